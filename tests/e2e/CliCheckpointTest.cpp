// SPDX-License-Identifier: GPL-3.0-or-later
// `rungs checkpoint done|start|reset` as scripts use it, and what `rungs checkpoints`
// shows afterwards.
#include "CliRunner.h"

#include <QJsonObject>

namespace {

const QString AdrWithResults = QStringLiteral("p7-adr-with-results");
const QString Pr7 = QStringLiteral("https://git.example.com/pr/7");

/** The object with id key in a `checkpoints --format json` array; empty when absent. */
QJsonObject checkpointIn(const QJsonArray& array, const QString& key)
{
    for (const QJsonValue& v : array) {
        if (v[QStringLiteral("id")].toString() == key)
            return v.toObject();
    }
    return {};
}

} // namespace

class CliCheckpoint : public Cli
{
protected:
    QString status(const QString& key) const
    {
        return TempDatabase::scalar(db(),
                                    QStringLiteral("SELECT status FROM checkpoint_progress WHERE "
                                                   "checkpoint_key = '%1'")
                                        .arg(key))
            .toString();
    }
    int evidenceRows() const
    {
        return TempDatabase::scalar(db(), QStringLiteral("SELECT count(*) FROM evidence")).toInt();
    }
};

TEST_F(CliCheckpoint, DoneWithUrlEvidenceShowsInCheckpointsAsDoneTodayWithOnePiece)
{
    const QString today = iso(QDate::currentDate());
    const Outcome r = run({QStringLiteral("checkpoint"), QStringLiteral("done"), AdrWithResults,
                           QStringLiteral("--evidence"), Pr7});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("p7-adr-with-results\tP7\tdone\t%1\n").arg(today));
    EXPECT_TRUE(r.err.isEmpty());

    const Outcome list =
        run({QStringLiteral("checkpoints"), QStringLiteral("--level"), QStringLiteral("P7"),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    const QJsonArray a = jsonArray(list.out);
    const QJsonObject doneOne = checkpointIn(a, AdrWithResults);
    EXPECT_EQ(doneOne[QStringLiteral("status")].toString(), QStringLiteral("done"));
    EXPECT_EQ(doneOne[QStringLiteral("done_on")].toString(), today);
    EXPECT_EQ(doneOne[QStringLiteral("evidence_count")].toInt(-1), 1);
    // The fields that were there before are still there.
    EXPECT_EQ(doneOne[QStringLiteral("level")].toString(), QStringLiteral("P7"));
    EXPECT_FALSE(doneOne[QStringLiteral("title")].toString().isEmpty());
    EXPECT_FALSE(doneOne[QStringLiteral("evidence")].toString().isEmpty());

    const QJsonObject other = checkpointIn(a, QStringLiteral("p7-tracing-choice-adr"));
    EXPECT_EQ(other[QStringLiteral("status")].toString(), QStringLiteral("not_started"));
    EXPECT_TRUE(other[QStringLiteral("done_on")].isNull());
    EXPECT_EQ(other[QStringLiteral("evidence_count")].toInt(-1), 0);
}

TEST_F(CliCheckpoint, TableRowEndsWithDoneDateAndEvidenceCount)
{
    const QString today = iso(QDate::currentDate());
    ASSERT_EQ(run({QStringLiteral("checkpoint"), QStringLiteral("done"), AdrWithResults,
                   QStringLiteral("--evidence"), Pr7, QStringLiteral("--evidence"),
                   QStringLiteral("9f3c2e1")})
                  .exitCode,
              0);
    const Outcome list =
        run({QStringLiteral("checkpoints"), QStringLiteral("--level"), QStringLiteral("P7")});
    ASSERT_EQ(list.exitCode, 0);
    bool seen = false;
    for (const QString& line : list.lines()) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        ASSERT_EQ(fields.size(), 7) << line.toStdString();
        if (fields[0] != AdrWithResults) {
            EXPECT_EQ(fields[5], QString());
            EXPECT_EQ(fields[6], QStringLiteral("0"));
            continue;
        }
        seen = true;
        EXPECT_EQ(fields[2], QStringLiteral("done"));
        EXPECT_EQ(fields[5], today);
        EXPECT_EQ(fields[6], QStringLiteral("2"));
    }
    EXPECT_TRUE(seen);
}

TEST_F(CliCheckpoint, DoneWithoutEvidenceIsInvalidInputAndChangesNothing)
{
    ASSERT_EQ(run({QStringLiteral("checkpoint"), QStringLiteral("start"), AdrWithResults}).exitCode,
              0);
    const Outcome r = run({QStringLiteral("checkpoint"), QStringLiteral("done"), AdrWithResults});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("rungs: evidence: give at least one piece of evidence, or say "
                                    "there is none yet\n"));
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(status(AdrWithResults), QStringLiteral("in_progress"));
    EXPECT_EQ(evidenceRows(), 0);
}

TEST_F(CliCheckpoint, NoEvidenceMarksDoneWithoutCountingAPiece)
{
    const Outcome r = run({QStringLiteral("checkpoint"), QStringLiteral("done"), AdrWithResults,
                           QStringLiteral("--no-evidence"), QStringLiteral("--date"),
                           QStringLiteral("2026-01-05")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("p7-adr-with-results\tP7\tdone\t2026-01-05\n"));
    EXPECT_EQ(TempDatabase::scalar(db(), QStringLiteral("SELECT kind FROM evidence")).toString(),
              QStringLiteral("none"));
    const Outcome list =
        run({QStringLiteral("checkpoints"), QStringLiteral("--level"), QStringLiteral("P7"),
             QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject o = checkpointIn(jsonArray(list.out), AdrWithResults);
    EXPECT_EQ(o[QStringLiteral("done_on")].toString(), QStringLiteral("2026-01-05"));
    EXPECT_EQ(o[QStringLiteral("evidence_count")].toInt(-1), 0);
}

TEST_F(CliCheckpoint, UnknownIdIsInvalidInputNamingIt)
{
    const Outcome r = run({QStringLiteral("checkpoint"), QStringLiteral("done"),
                           QStringLiteral("p7-nope"), QStringLiteral("--evidence"), Pr7});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("rungs: checkpoint: unknown checkpoint 'p7-nope' in "
                                    "framework go-backend\n"));
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(evidenceRows(), 0);
}

TEST_F(CliCheckpoint, DayThatIsNotInTheCalendarIsInvalidInput)
{
    const Outcome r = run({QStringLiteral("checkpoint"), QStringLiteral("done"), AdrWithResults,
                           QStringLiteral("--evidence"), Pr7, QStringLiteral("--date"),
                           QStringLiteral("2026-02-30")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("rungs: date: 2026-02-30 is not a day of the calendar\n"));
    EXPECT_TRUE(status(AdrWithResults).isEmpty());
    EXPECT_EQ(evidenceRows(), 0);
}

TEST_F(CliCheckpoint, MissingEntryReferenceIsInvalidInput)
{
    const Outcome r = run({QStringLiteral("checkpoint"), QStringLiteral("done"), AdrWithResults,
                           QStringLiteral("--evidence"), QStringLiteral("entry:34")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("rungs: evidence: entry 34 does not exist\n"));
    EXPECT_TRUE(status(AdrWithResults).isEmpty());
}

TEST_F(CliCheckpoint, StartAndResetPrintTheNewRowAndResetKeepsEvidence)
{
    const Outcome start =
        run({QStringLiteral("checkpoint"), QStringLiteral("start"), AdrWithResults});
    ASSERT_EQ(start.exitCode, 0) << start.err.toStdString();
    EXPECT_EQ(start.out, QStringLiteral("p7-adr-with-results\tP7\tin_progress\t\n"));

    ASSERT_EQ(run({QStringLiteral("checkpoint"), QStringLiteral("done"), AdrWithResults,
                   QStringLiteral("--evidence"), Pr7})
                  .exitCode,
              0);
    const Outcome reset =
        run({QStringLiteral("checkpoint"), QStringLiteral("reset"), AdrWithResults});
    ASSERT_EQ(reset.exitCode, 0) << reset.err.toStdString();
    EXPECT_EQ(reset.out, QStringLiteral("p7-adr-with-results\tP7\tnot_started\t\n"));
    EXPECT_EQ(evidenceRows(), 1);
}

TEST_F(CliCheckpoint, UnknownActionAndMisplacedOptionsAreUsageErrors)
{
    const Outcome action =
        run({QStringLiteral("checkpoint"), QStringLiteral("finish"), AdrWithResults});
    EXPECT_EQ(action.exitCode, 2);
    EXPECT_EQ(action.err, QStringLiteral("rungs: checkpoint: unknown action \"finish\" (use done, "
                                         "start or reset) (see 'rungs checkpoint --help')\n"));
    const Outcome evidence = run({QStringLiteral("checkpoint"), QStringLiteral("start"),
                                  AdrWithResults, QStringLiteral("--evidence"), Pr7});
    EXPECT_EQ(evidence.exitCode, 2);
    const Outcome missing = run({QStringLiteral("checkpoint"), QStringLiteral("done")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(status(AdrWithResults).isEmpty());
}
