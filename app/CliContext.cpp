// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "Backups.h"
#include "BuiltinFrameworks.h"
#include "FrameworkStore.h"
#include "InputValidator.h"
#include "ProfileStore.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

CliContext::CliContext(QString databasePath, const Clock& clock)
    : m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_out(stdout)
    , m_err(stderr)
{}

Result<Database*> CliContext::database(Access access)
{
    if (m_database)
        return m_database.get();
    if (access == Access::Existing && !QFileInfo::exists(m_databasePath))
        return Failure::database(tr("%1: there is no database here").arg(m_databasePath));
    auto opened = Database::open(m_databasePath, m_clock);
    if (!opened)
        return opened.error();
    if (access == Access::Use) {
        if (Status s = BuiltinFrameworks::ensureInstalled(*opened.value()); !s)
            return s.error();
        // Someone who only ever uses the command line gets the daily backup the window
        // makes; a failed backup is worth a warning, not the command.
        if (auto backup = Backups::daily(*opened.value()); !backup)
            m_err << "rungs: " << tr("the daily backup failed: %1").arg(backup.error().message)
                  << Qt::endl;
    }
    m_database = std::move(opened).value();
    return m_database.get();
}

Result<Framework> CliContext::framework(const QString& key)
{
    auto db = database();
    if (!db)
        return db.error();
    QString wanted = key;
    if (wanted.isEmpty()) {
        auto profile = ProfileStore(*db.value()).load();
        if (!profile)
            return profile.error();
        wanted = profile.value().frameworkKey;
    }
    return FrameworkStore(*db.value()).load(wanted);
}

int CliContext::fail(const Failure& failure)
{
    m_err << "rungs: " << failure.message << Qt::endl;
    return exitCodeFor(failure);
}

int CliContext::usage(const QString& message, const QString& command)
{
    m_err << "rungs: " << message << ' '
          << (command.isEmpty() ? tr("(see 'rungs --help')")
                                : tr("(see 'rungs %1 --help')").arg(command))
          << Qt::endl;
    return ExitUsage;
}

void CliContext::printRow(const QStringList& fields)
{
    QStringList clean;
    clean.reserve(fields.size());
    for (QString f : fields) {
        f.replace(QLatin1Char('\t'), QLatin1Char(' '));
        f.replace(QLatin1Char('\r'), QLatin1Char(' '));
        f.replace(QLatin1Char('\n'), QLatin1Char(' '));
        clean << f;
    }
    m_out << clean.join(QLatin1Char('\t')) << '\n';
}

void CliContext::printJson(const QJsonArray& array)
{
    m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

Status CliContext::readDayRange(const QCommandLineParser& parser, QDate& from, QDate& to) const
{
    const QDate today = m_clock.now().date();
    for (const QString& option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(option))
            continue;
        auto day = InputValidator::date(parser.value(option), today, QStringLiteral("--") + option);
        if (!day)
            return day.error();
        (option == QLatin1String("from") ? from : to) = day.value();
    }
    return {};
}
