// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointCommand.h"

#include "CheckpointProgressStore.h"
#include "CliContext.h"
#include "InputValidator.h"

void CheckpointCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("done, start (in progress) or reset (not started)."));
    parser.addPositionalArgument(QStringLiteral("id"),
                                 tr("The checkpoint's id, as 'rungs checkpoints' shows it."));
    parser.addOption({QStringLiteral("evidence"),
                      tr("With done: what proves it; repeat for more. adr:N or ADR-N, entry:N, "
                         "a URL, a commit or a file."),
                      tr("ref")});
    parser.addOption(
        {QStringLiteral("no-evidence"), tr("With done: there is no evidence yet; say so.")});
    parser.addOption({QStringLiteral("date"),
                      tr("With done or start: the day, YYYY-MM-DD, today (default) or "
                         "yesterday."),
                      tr("day"), QStringLiteral("today")});
    parser.addOption({QStringLiteral("note"), tr("With done or start: a note."), tr("text")});
}

int CheckpointCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usage(tr("checkpoint: give done, start or reset and a checkpoint ID"),
                             name());
    const QString action = args[0];
    const bool done = action == QLatin1String("done");
    const bool reset = action == QLatin1String("reset");
    if (!done && !reset && action != QLatin1String("start"))
        return context.usage(
            tr("checkpoint: unknown action \"%1\" (use done, start or reset)").arg(action), name());
    if (!done &&
        (parser.isSet(QStringLiteral("evidence")) || parser.isSet(QStringLiteral("no-evidence"))))
        return context.usage(
            tr("checkpoint %1: --evidence and --no-evidence go with done only").arg(action),
            name());
    if (reset && (parser.isSet(QStringLiteral("date")) || parser.isSet(QStringLiteral("note"))))
        return context.usage(tr("checkpoint reset: --date and --note go with done or start"),
                             name());

    auto framework = context.framework();
    if (!framework)
        return context.fail(framework.error());
    const Framework& f = framework.value();
    auto checkpoint = InputValidator::checkpoint(args[1], f);
    if (!checkpoint)
        return context.fail(checkpoint.error());
    const Checkpoint& c = checkpoint.value();
    QDate day;
    if (!reset) {
        auto checked = InputValidator::date(parser.value(QStringLiteral("date")),
                                            context.clock().now().date());
        if (!checked)
            return context.fail(checked.error());
        day = checked.value();
    }

    // The framework was loaded from the database, so it is open.
    CheckpointProgressStore store(*context.database().value());
    const QString note = parser.value(QStringLiteral("note"));
    const Status written =
        done    ? store.markDone(f, c.key, day, parser.values(QStringLiteral("evidence")),
                                 parser.isSet(QStringLiteral("no-evidence")), note)
        : reset ? store.reset(f, c.key)
                : store.markInProgress(f, c.key, day, note);
    if (!written)
        return context.fail(written.error());

    auto progress = store.load(f.key);
    if (!progress)
        return context.fail(progress.error());
    const CheckpointProgress p = progress.value().value(c.key);
    context.printRow({c.key, c.levelCode, CheckpointProgress::statusKey(p.status),
                      p.doneOn.isValid() ? p.doneOn.toString(Qt::ISODate) : QString()});
    return ExitOk;
}
