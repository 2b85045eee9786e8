// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Framework.h"
#include "Result.h"

#include <QCoreApplication>

/**
 * Reads a framework from its JSON form (docs/framework-format.md) and validates it
 * completely. Pure: bytes in, a Framework or the first problem out.
 *
 * A failure message starts with sourceName and names the place: a line number for
 * syntax errors ("team.json:7: json: …"), a path into the document otherwise
 * ("team.json: levels[2].checkpoints[0].title: missing").
 */
class FrameworkReader
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkReader)

public:
    static constexpr int FormatVersion = 1;

    static Result<Framework> read(const QByteArray& json, const QString& sourceName);
    /**
     * Reads and validates the file at path, naming it by path in messages. The file's
     * bytes go to source when given, so they can be stored as they were.
     */
    static Result<Framework> readFile(const QString& path, QByteArray* source = nullptr);
};
