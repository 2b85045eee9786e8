// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

class AdrStore;
template <typename T>
class Result;

/**
 * `rungs adr new|list|show|status|supersede|import|export`: decision records from a
 * terminal.
 *
 * A record is named by its number (`7`, `ADR-7`, `0007`); when several records share a
 * number (imports from different folders), the first stored is meant, and `id:N` names
 * any record by its id, as `adr list --format json` shows it. Rows printed for records
 * are `number, status, date, title`, tab-separated, with empty fields where a record has
 * no number or date.
 */
class AdrCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AdrCommand)

public:
    QString name() const override { return QStringLiteral("adr"); }
    QString summary() const override
    {
        return tr("Write, list, search, supersede, import and export decision records (ADRs).");
    }
    QString synopsis() const override
    {
        return QStringLiteral("new TITLE | list | show N | status N STATUS | supersede OLD NEW |"
                              " import DIR | export DIR");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;

private:
    int create(CliContext& context, const QCommandLineParser& parser) const;
    int list(CliContext& context, const QCommandLineParser& parser) const;
    int show(CliContext& context, const QString& reference) const;
    int status(CliContext& context, const QCommandLineParser& parser) const;
    int supersede(CliContext& context, const QCommandLineParser& parser) const;
    int import(CliContext& context, const QString& dir, bool strict) const;
    int exportTo(CliContext& context, const QString& dir) const;

    /** The id of the record reference names (N, ADR-N or id:N); field names it in messages. */
    static Result<qint64> resolve(const AdrStore& store, const QString& reference,
                                  const QString& field);
};
