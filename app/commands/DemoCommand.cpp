// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "BuiltinFrameworks.h"
#include "CliContext.h"
#include "DemoData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <limits>

namespace {

/** A name beside target that no file has yet, hidden in file listings. */
QString temporaryPathBeside(const QFileInfo& target)
{
    const QDir dir = target.absoluteDir();
    for (int attempt = 0;; ++attempt) {
        const QString path = dir.filePath(QStringLiteral(".%1.%2-%3.partial")
                                              .arg(target.fileName())
                                              .arg(QCoreApplication::applicationPid())
                                              .arg(attempt));
        if (!QFileInfo::exists(path))
            return path;
    }
}

/**
 * Creates the database at path and fills it; on return the connection is closed, which
 * folds the write-ahead log into the file, so the file alone holds everything.
 */
Result<DemoSummary> generateInto(const QString& path, const Clock& clock,
                                 const DemoSettings& settings)
{
    Result<DemoSummary> summary = [&]() -> Result<DemoSummary> {
        auto db = Database::open(path, clock);
        if (!db)
            return db.error();
        return DemoData::generate(*db.value(), settings);
    }();
    if (summary && QFile::exists(path + QStringLiteral("-wal")))
        return Failure::database(
            DemoCommand::tr("%1: the write-ahead log was not folded into the file").arg(path));
    return summary;
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

void DemoCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("out"),
                      tr("The new database file to write; an existing file is never replaced."),
                      tr("file")});
    parser.addOption({QStringLiteral("years"),
                      tr("How many years of data, ending today: %1 to %2 (default %3).")
                          .arg(DemoSettings::MinimumYears)
                          .arg(DemoSettings::MaximumYears)
                          .arg(DemoSettings::DefaultYears),
                      tr("N")});
    parser.addOption({QStringLiteral("seed"),
                      tr("Seed of the random data; the same seed gives the same data "
                         "(default %1).")
                          .arg(DemoSettings::DefaultSeed),
                      tr("S")});
    parser.addOption(
        {QStringLiteral("framework"),
         tr("Built-in framework to use (default %1).").arg(BuiltinFrameworks::defaultKey()),
         tr("key")});
}

int DemoCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            tr("demo: unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
            name());
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(tr("demo: give --out FILE, the new database to write"), name());

    DemoSettings settings;
    if (parser.isSet(QStringLiteral("years"))) {
        const QString text = parser.value(QStringLiteral("years"));
        bool ok = false;
        settings.years = text.toInt(&ok);
        if (!ok || settings.years < DemoSettings::MinimumYears ||
            settings.years > DemoSettings::MaximumYears)
            return context.fail(
                Failure::invalid(tr("demo: --years %1: give a whole number of years from %2 to %3")
                                     .arg(text)
                                     .arg(DemoSettings::MinimumYears)
                                     .arg(DemoSettings::MaximumYears)));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        const QString text = parser.value(QStringLiteral("seed"));
        bool ok = false;
        settings.seed = text.toULongLong(&ok);
        if (!ok)
            return context.fail(
                Failure::invalid(tr("demo: --seed %1: give a whole number from 0 to %2")
                                     .arg(text)
                                     .arg(std::numeric_limits<quint64>::max())));
    }
    settings.frameworkKey = parser.value(QStringLiteral("framework"));

    const QFileInfo target(out);
    if (target.exists() || target.isSymLink())
        return context.fail(
            Failure::invalid(tr("demo: %1 already exists; give the name of a new file").arg(out)));
    if (!target.absoluteDir().exists())
        return context.fail(Failure::invalid(
            tr("demo: %1: there is no folder %2").arg(out, target.absoluteDir().path())));

    const QString temporary = temporaryPathBeside(target);
    const Result<DemoSummary> summary = generateInto(temporary, context.clock(), settings);
    if (!summary) {
        removeDatabaseFiles(temporary);
        return context.fail(
            Failure{summary.error().kind, tr("demo: %1").arg(summary.error().message)});
    }
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        removeDatabaseFiles(temporary);
        return context.fail(Failure::io(tr("demo: cannot move %1 to %2").arg(temporary, out)));
    }

    const DemoSummary& s = summary.value();
    context.out() << tr("%1: %2 %3 → %4; entries %5, self-assessments %6, checkpoints done %7, "
                        "evidence %8, ADRs %9")
                         .arg(out, s.frameworkKey, s.currentLevel, s.targetLevel)
                         .arg(s.entries)
                         .arg(s.assessments)
                         .arg(s.checkpointsDone)
                         .arg(s.evidence)
                         .arg(s.adrs)
                  << '\n';
    return ExitOk;
}
