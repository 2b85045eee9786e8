// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Framework.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

class Database;

/** A framework as listed, without its content. */
struct FrameworkSummary
{
    QString key;
    LocalizedText name;
    int revision = 1;
    bool builtin = false;
    QStringList levelCodes;
};

/**
 * Keeps frameworks in the database. A framework is stored whole, together with the
 * JSON it came from, and replaced whole when one with the same key is installed again.
 */
class FrameworkStore
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkStore)

public:
    explicit FrameworkStore(Database& db)
        : m_db(db)
    {}

    /** Every installed framework, built-in ones first, then by key. */
    Result<QList<FrameworkSummary>> list() const;
    /** The framework with this key; an InvalidInput failure naming it when unknown. */
    Result<Framework> load(const QString& key) const;
    /** The revision installed under key, or nullopt when there is none. */
    Result<std::optional<int>> installedRevision(const QString& key) const;

    /**
     * Installs framework in one transaction, replacing any framework with the same key.
     * A profile on that framework keeps its levels when they still exist.
     */
    Status install(const Framework& framework, const QByteArray& source, bool builtin = false);

    /**
     * Installs a framework the user brings, refusing keys of built-in frameworks;
     * sourceName names the file in the failure message.
     */
    Status importFramework(const Framework& framework, const QByteArray& source,
                           const QString& sourceName);

    /** install() without its own transaction, for callers that group several writes. */
    Status write(const Framework& framework, const QByteArray& source, bool builtin);

private:
    Database& m_db;
};
