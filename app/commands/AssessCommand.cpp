// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessCommand.h"

#include "AssessmentStore.h"
#include "CliContext.h"
#include "InputValidator.h"
#include "NumberText.h"

void AssessCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("dimension"), tr("Dimension key or name."));
    parser.addPositionalArgument(QStringLiteral("score"), tr("0, 0.5, 1 … 5."));
    parser.addOption({QStringLiteral("date"),
                      tr("Day of the assessment: YYYY-MM-DD, today (default) or yesterday."),
                      tr("day"), QStringLiteral("today")});
    parser.addOption({QStringLiteral("note"), tr("Why this score."), tr("text")});
}

int AssessCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usage(tr("assess: give a DIMENSION and a SCORE"), name());
    auto framework = context.framework();
    if (!framework)
        return context.fail(framework.error());
    auto assessment = InputValidator::assessment({parser.value(QStringLiteral("date")), args[0],
                                                  args[1], parser.value(QStringLiteral("note"))},
                                                 framework.value(), context.clock().now().date());
    if (!assessment)
        return context.fail(assessment.error());
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto id = AssessmentStore(*db.value()).add(assessment.value());
    if (!id)
        return context.fail(id.error());
    const Assessment& a = assessment.value();
    context.printRow({QString::number(id.value()), a.day.toString(Qt::ISODate), a.dimensionKey,
                      numberText(a.score), a.note});
    return ExitOk;
}
