// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"
#include "Framework.h"
#include "Result.h"

#include <QCoreApplication>

/** Entries in files: what the command line and the window both read and write. */
class EntryFile
{
    Q_DECLARE_TR_FUNCTIONS(EntryFile)

public:
    /** True when path ends in .csv or .json (any case): the formats save() writes. */
    static bool canSave(const QString& path);
    /**
     * Writes entries as CSV or JSON, chosen by the suffix, replacing the file only once
     * it is complete: an interrupted export never leaves half a file.
     */
    static Status save(const QString& path, const QList<Entry>& entries);
    /** Reads and validates a CSV file (EntryCsv::read); messages name path and line. */
    static Result<QList<Entry>> load(const QString& path, const Framework& framework,
                                     const QDate& today);
};
