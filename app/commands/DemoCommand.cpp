// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "BuiltinFrameworks.h"
#include "CliContext.h"
#include "DemoData.h"
#include "DemoFile.h"

#include <limits>

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

    const Result<DemoSummary> summary =
        DemoFile::create(out, context.clock(), settings, DemoFile::Existing::Refuse);
    if (!summary)
        return context.fail(
            Failure{summary.error().kind, tr("demo: %1").arg(summary.error().message)});

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
