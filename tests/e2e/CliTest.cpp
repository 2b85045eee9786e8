// SPDX-License-Identifier: GPL-3.0-or-later
// The `rungs` binary as scripts use it: arguments in, output, stderr and exit status out.
#include "CliRunner.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

TEST(CliBasics, VersionPrintsNameAndVersion)
{
    const Outcome r = rungs({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out, QStringLiteral("rungs %1\n").arg(QStringLiteral(RUNGS_VERSION)));
}

TEST(CliBasics, HelpListsEveryCommandAndExitStatuses)
{
    const Outcome r = rungs({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    for (const char* command :
         {"framework", "metrics", "dimensions", "checkpoints", "check", "backup"})
        EXPECT_TRUE(r.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(command))))
            << command;
    EXPECT_TRUE(r.out.contains(QStringLiteral("3 invalid input")));
}

TEST(CliBasics, CommandHelpShowsItsOptions)
{
    const Outcome r = rungs({QStringLiteral("checkpoints"), QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: rungs checkpoints")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("--level")));
}

TEST(CliBasics, UnknownCommandIsUsageErrorOnOneLine)
{
    const Outcome r = rungs({QStringLiteral("promote-me")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(r.err,
              QStringLiteral("rungs: unknown command \"promote-me\" (see 'rungs --help')\n"));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(Cli, UnknownOptionIsUsageError)
{
    const Outcome r = run({QStringLiteral("metrics"), QStringLiteral("--colour")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("colour")));
}

TEST_F(Cli, UnexpectedArgumentIsUsageError)
{
    const Outcome r = run({QStringLiteral("dimensions"), QStringLiteral("extra")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("unexpected argument \"extra\"")));
}

TEST_F(Cli, FrameworkListShowsBothBuiltinsKeyFirstWithGoActive)
{
    const Outcome r = run({QStringLiteral("framework"), QStringLiteral("list")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.lines();
    ASSERT_EQ(lines.size(), 2);
    const QStringList go = lines[0].split(QLatin1Char('\t'));
    ASSERT_EQ(go.size(), 5);
    EXPECT_EQ(go[0], QStringLiteral("go-backend"));
    EXPECT_EQ(go[2], QStringLiteral("P6 P7 P8"));
    EXPECT_EQ(go[4], QStringLiteral("active"));
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("ic-track\t")));
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("\tinactive")));
}

TEST_F(Cli, FrameworkListAsJsonIsArrayOfObjectsWithKeys)
{
    const Outcome r = run({QStringLiteral("framework"), QStringLiteral("list"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray a = jsonArray(r.out);
    ASSERT_EQ(a.size(), 2);
    EXPECT_EQ(a[0][QStringLiteral("key")].toString(), QStringLiteral("go-backend"));
    EXPECT_TRUE(a[0][QStringLiteral("active")].toBool());
    EXPECT_EQ(a[1][QStringLiteral("levels")].toArray().size(), 3);
}

TEST_F(Cli, CheckpointsOfP7AreAtLeastSixAllOfP7NotStarted)
{
    const Outcome r =
        run({QStringLiteral("checkpoints"), QStringLiteral("--level"), QStringLiteral("P7")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.lines();
    EXPECT_GE(lines.size(), 6);
    for (const QString& line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        // id, level, status, dimension, title, done on, pieces of evidence
        ASSERT_EQ(fields.size(), 7) << line.toStdString();
        EXPECT_FALSE(fields[0].isEmpty());
        EXPECT_EQ(fields[1], QStringLiteral("P7"));
        EXPECT_EQ(fields[2], QStringLiteral("not_started"));
        EXPECT_FALSE(fields[4].isEmpty());
        EXPECT_TRUE(fields[5].isEmpty());
        EXPECT_EQ(fields[6], QStringLiteral("0"));
    }
}

TEST_F(Cli, CheckpointsWithoutLevelListEveryLevelLowestFirst)
{
    const Outcome r = run({QStringLiteral("checkpoints")});
    ASSERT_EQ(r.exitCode, 0);
    const QStringList lines = r.lines();
    ASSERT_GE(lines.size(), 18);
    EXPECT_TRUE(lines.first().contains(QStringLiteral("\tP6\t")));
    EXPECT_TRUE(lines.last().contains(QStringLiteral("\tP8\t")));
}

TEST_F(Cli, CheckpointsLevelMatchesCaseInsensitively)
{
    const Outcome lower =
        run({QStringLiteral("checkpoints"), QStringLiteral("--level"), QStringLiteral("p8")});
    const Outcome upper =
        run({QStringLiteral("checkpoints"), QStringLiteral("--level"), QStringLiteral("P8")});
    EXPECT_EQ(lower.exitCode, 0);
    EXPECT_EQ(lower.out, upper.out);
}

TEST_F(Cli, CheckpointsAsJsonCarryIdStatusAndEvidence)
{
    const Outcome r =
        run({QStringLiteral("checkpoints"), QStringLiteral("--level"), QStringLiteral("P6"),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray a = jsonArray(r.out);
    ASSERT_GE(a.size(), 6);
    for (const QJsonValue& v : a) {
        EXPECT_FALSE(v[QStringLiteral("id")].toString().isEmpty());
        EXPECT_EQ(v[QStringLiteral("level")].toString(), QStringLiteral("P6"));
        EXPECT_EQ(v[QStringLiteral("status")].toString(), QStringLiteral("not_started"));
        EXPECT_FALSE(v[QStringLiteral("evidence")].toString().isEmpty());
    }
}

TEST_F(Cli, UnknownLevelIsInvalidInputNamingTheLevels)
{
    const Outcome r =
        run({QStringLiteral("checkpoints"), QStringLiteral("--level"), QStringLiteral("P9")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err,
              QStringLiteral("rungs: --level: unknown level \"P9\" (the levels of go-backend "
                             "are P6, P7, P8)\n"));
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(Cli, MetricsListsRequiredKeysFirstOnTheirLines)
{
    const Outcome r = run({QStringLiteral("metrics")});
    ASSERT_EQ(r.exitCode, 0);
    const QStringList expected = {
        QStringLiteral("delta_tech"),          QStringLiteral("delta_business"),
        QStringLiteral("delta_resilience"),    QStringLiteral("review_response_hours"),
        QStringLiteral("review_closure_rate"), QStringLiteral("alert_hours_week"),
        QStringLiteral("p99_latency_ms"),      QStringLiteral("gc_pause_ms"),
        QStringLiteral("mttr_minutes"),        QStringLiteral("adrs_written"),
        QStringLiteral("cross_team_reuse")};
    QStringList keys;
    for (const QString& line : r.lines())
        keys << line.section(QLatin1Char('\t'), 0, 0);
    EXPECT_GE(keys.size(), 11);
    EXPECT_EQ(keys.mid(0, 11), expected);
}

TEST_F(Cli, MetricsShowDirectionAndTargetsInShortestForm)
{
    const Outcome r = run({QStringLiteral("metrics")});
    ASSERT_EQ(r.exitCode, 0);
    const QString mttr = r.lines().filter(QStringLiteral("mttr_minutes\t")).value(0);
    const QStringList fields = mttr.split(QLatin1Char('\t'));
    ASSERT_EQ(fields.size(), 6);
    EXPECT_EQ(fields[3], QStringLiteral("lower"));
    // The P8 target is 6.2 minutes, from the MTTR figure the framework cites.
    EXPECT_TRUE(fields[5].contains(QStringLiteral("P8=6.2"))) << fields[5].toStdString();
}

TEST_F(Cli, MetricsAsJsonHaveNumbersNotStrings)
{
    const Outcome r =
        run({QStringLiteral("metrics"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0);
    const QJsonArray a = jsonArray(r.out);
    ASSERT_GE(a.size(), 11);
    const QJsonObject closure = a[4].toObject();
    EXPECT_EQ(closure[QStringLiteral("key")].toString(), QStringLiteral("review_closure_rate"));
    EXPECT_EQ(closure[QStringLiteral("direction")].toString(), QStringLiteral("higher"));
    EXPECT_TRUE(closure[QStringLiteral("targets")][QStringLiteral("P7")].isDouble());
    EXPECT_EQ(closure[QStringLiteral("targets")][QStringLiteral("P7")].toDouble(), 90);
}

TEST_F(Cli, UnknownFormatIsUsageError)
{
    const Outcome r =
        run({QStringLiteral("metrics"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"xml\"")));
}

TEST_F(Cli, DimensionsListsEightWithExpectationsPerLevel)
{
    const Outcome r = run({QStringLiteral("dimensions")});
    ASSERT_EQ(r.exitCode, 0);
    ASSERT_EQ(r.lines().size(), 8);
    EXPECT_TRUE(r.lines()[0].startsWith(QStringLiteral("runtime_performance\t")));
    EXPECT_TRUE(r.lines()[0].contains(
        QRegularExpression(QStringLiteral("\tP6=[0-9.]+,P7=[0-9.]+,P8=[0-9.]+$"))));
}

TEST_F(Cli, ImportingInvalidFrameworkExitsThreeNamingFieldAndWritesNothing)
{
    ASSERT_EQ(run({QStringLiteral("framework"), QStringLiteral("list")}).exitCode, 0);
    const QString before =
        TempDatabase::scalar(db(), QStringLiteral("SELECT group_concat(key) FROM framework"))
            .toString();
    const QString bad =
        QStringLiteral(RUNGS_FIXTURES "/frameworks/bad/missing-checkpoint-title.json");
    const Outcome r = run({QStringLiteral("framework"), QStringLiteral("import"), bad});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("rungs: ") + bad + QStringLiteral(": levels[")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.endsWith(QStringLiteral(".title: missing\n"))) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    EXPECT_EQ(TempDatabase::scalar(db(), QStringLiteral("SELECT group_concat(key) FROM framework"))
                  .toString(),
              before);
}

TEST_F(Cli, ImportingMissingFileExitsThree)
{
    const Outcome r = run(
        {QStringLiteral("framework"), QStringLiteral("import"), QStringLiteral("/no/such.json")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("/no/such.json")));
}

TEST_F(Cli, ImportedFrameworkCanBeUsedAndListed)
{
    const QString file = QStringLiteral(RUNGS_FIXTURES "/frameworks/minimal.json");
    const Outcome imported = run({QStringLiteral("framework"), QStringLiteral("import"), file});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.startsWith(QStringLiteral("Imported framework minimal")));

    const Outcome used =
        run({QStringLiteral("framework"), QStringLiteral("use"), QStringLiteral("minimal")});
    ASSERT_EQ(used.exitCode, 0) << used.err.toStdString();
    const Outcome list = run({QStringLiteral("framework"), QStringLiteral("list")});
    EXPECT_TRUE(list.lines()
                    .filter(QStringLiteral("minimal\t"))
                    .value(0)
                    .endsWith(QStringLiteral("\tactive")));
    const Outcome checkpoints = run({QStringLiteral("checkpoints")});
    ASSERT_EQ(checkpoints.exitCode, 0);
    EXPECT_TRUE(checkpoints.out.contains(QStringLiteral("\tA1\t")));
    EXPECT_FALSE(checkpoints.out.contains(QStringLiteral("\tP6\t")));
}

TEST_F(Cli, UsingUnknownFrameworkExitsThree)
{
    const Outcome r =
        run({QStringLiteral("framework"), QStringLiteral("use"), QStringLiteral("nope")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"nope\"")));
}

TEST_F(Cli, FrameworkWithoutActionIsUsageError)
{
    EXPECT_EQ(run({QStringLiteral("framework")}).exitCode, 2);
    EXPECT_EQ(
        run({QStringLiteral("framework"), QStringLiteral("delete"), QStringLiteral("x")}).exitCode,
        2);
    EXPECT_EQ(run({QStringLiteral("framework"), QStringLiteral("import")}).exitCode, 2);
}

TEST_F(Cli, DatabaseIsOwnerOnlyWalAndVersioned)
{
    ASSERT_EQ(run({QStringLiteral("metrics")}).exitCode, 0);
    struct stat st
    {};
    ASSERT_EQ(::stat(QFile::encodeName(db()).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, mode_t(0600));
    EXPECT_EQ(TempDatabase::scalar(db(), QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("wal"));
    EXPECT_GE(TempDatabase::scalar(db(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
}

TEST_F(Cli, CheckReportsHealthyDatabaseInWords)
{
    ASSERT_EQ(run({QStringLiteral("metrics")}).exitCode, 0);
    const Outcome r = run({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Integrity: ok")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("References: ok")));
}

TEST_F(Cli, CheckOfCorruptFileExitsFourWithOneLine)
{
    QFile file(db());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\x5a'));
    file.close();
    const Outcome r = run({QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("rungs: ") + db()));
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
}

TEST_F(Cli, BackupToFileWritesOpenableCopy)
{
    ASSERT_EQ(run({QStringLiteral("metrics")}).exitCode, 0);
    const QString out = m_temp.path(QStringLiteral("copy.sqlite"));
    const Outcome r = run({QStringLiteral("backup"), QStringLiteral("--out"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), out);
    EXPECT_EQ(TempDatabase::scalar(out, QStringLiteral("SELECT count(*) FROM framework")).toInt(),
              2);
}

TEST_F(Cli, BackupWithoutOutGoesToBackupsFolder)
{
    ASSERT_EQ(run({QStringLiteral("metrics")}).exitCode, 0);
    const Outcome r = run({QStringLiteral("backup")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.startsWith(m_temp.dir() + QStringLiteral("/backups/rungs-")));
    EXPECT_TRUE(QFileInfo::exists(r.out.trimmed()));
}

TEST_F(Cli, BackupRestorePutsTheBackupBackAndKeepsTheFileItReplaced)
{
    ASSERT_EQ(
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("1")}).exitCode,
        0);
    const QString backup = run({QStringLiteral("backup")}).out.trimmed();
    ASSERT_TRUE(QFileInfo::exists(backup));
    ASSERT_EQ(
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("2")}).exitCode,
        0);
    ASSERT_EQ(entryCount(), 2);

    const Outcome listed = run({QStringLiteral("backup"), QStringLiteral("--list")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    ASSERT_FALSE(listed.lines().isEmpty());
    EXPECT_TRUE(listed.lines().constFirst().startsWith(backup + u'\t'));

    const Outcome r = run({QStringLiteral("backup"), QStringLiteral("--restore"), backup});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(entryCount(), 1);
    const QStringList kept =
        QDir(m_temp.dir()).entryList({QStringLiteral("rungs.sqlite.before-restore-*")});
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(TempDatabase::scalar(m_temp.dir() + u'/' + kept.constFirst(),
                                   QStringLiteral("SELECT count(*) FROM entry"))
                  .toInt(),
              2);
}

TEST_F(Cli, BackupRestoreOfAFileThatIsNoRungsDatabaseExitsThreeAndChangesNothing)
{
    ASSERT_EQ(
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("1")}).exitCode,
        0);
    const QString notes = m_temp.path(QStringLiteral("notes.txt"));
    ASSERT_TRUE(writeFile(notes, "not a database\n"));
    const Outcome r = run({QStringLiteral("backup"), QStringLiteral("--restore"), notes});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("rungs: backup: %1: not a SQLite database\n").arg(notes));
    EXPECT_EQ(entryCount(), 1);
    EXPECT_TRUE(QDir(m_temp.dir()).entryList({QStringLiteral("*before-restore*")}).isEmpty());
}

TEST_F(Cli, LoggingLoadsNoQtGuiLibraryButDrawingAChartDoes)
{
    // The dynamic loader names every library it loads on stderr under LD_DEBUG=libs.
    QProcessEnvironment loaderTrace;
    loaderTrace.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));
    const QStringList guiLibraries{QStringLiteral("libQt6Gui"), QStringLiteral("libQt6Widgets"),
                                   QStringLiteral("libQt6Charts")};
    const auto loaded = [&](const QStringList& arguments) {
        const Outcome r =
            rungs(QStringList{QStringLiteral("--db"), db()} + arguments, loaderTrace, m_temp.dir());
        EXPECT_EQ(r.exitCode, 0) << r.err.right(2000).toStdString();
        QStringList found;
        for (const QString& library : guiLibraries) {
            if (r.err.contains(QStringLiteral("file=") + library))
                found << library;
        }
        return found;
    };
    EXPECT_EQ(loaded({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("3")}),
              QStringList());
    EXPECT_EQ(loaded({QStringLiteral("entries")}), QStringList());
    EXPECT_EQ(loaded({QStringLiteral("chart"), QStringLiteral("delta_tech"),
                      QStringLiteral("--out"), m_temp.path(QStringLiteral("chart.svg"))}),
              guiLibraries);
}

TEST_F(Cli, TheFirstCommandOfTheDayOnADatabaseWithDataMakesTheDailyBackupOnce)
{
    const QString folder = m_temp.dir() + QStringLiteral("/backups");
    const auto dailies = [&] {
        return QDir(folder).entryList({QStringLiteral("rungs-*-daily.sqlite")});
    };
    ASSERT_EQ(
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("1")}).exitCode,
        0);
    EXPECT_TRUE(dailies().isEmpty()) << "an empty database was backed up";

    const Outcome r =
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("2")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    ASSERT_EQ(dailies().size(), 1);
    EXPECT_EQ(TempDatabase::scalar(folder + u'/' + dailies().constFirst(),
                                   QStringLiteral("SELECT count(*) FROM entry"))
                  .toInt(),
              1);

    ASSERT_EQ(run({QStringLiteral("status")}).exitCode, 0);
    EXPECT_EQ(dailies().size(), 1) << "a second backup on the same day";
}

TEST_F(Cli, ImportIntoADatabaseWithEntriesBacksItUpFirst)
{
    ASSERT_EQ(run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("1"),
                   QStringLiteral("--date"), QStringLiteral("2026-01-05")})
                  .exitCode,
              0);
    const QString csv = m_temp.path(QStringLiteral("more.csv"));
    ASSERT_TRUE(writeFile(csv, "date,metric,value\n2026-01-06,delta_tech,2\n"));
    ASSERT_EQ(run({QStringLiteral("import"), csv}).exitCode, 0);
    const QStringList backups = QDir(m_temp.dir() + QStringLiteral("/backups"))
                                    .entryList({QStringLiteral("*-before-import.sqlite")});
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(
        TempDatabase::scalar(m_temp.dir() + QStringLiteral("/backups/") + backups.constFirst(),
                             QStringLiteral("SELECT count(*) FROM entry"))
            .toInt(),
        1);
    EXPECT_EQ(entryCount(), 2);
}

TEST_F(Cli, CheckAndBackupOfMissingDatabaseExitFourAndCreateNothing)
{
    for (const char* command : {"check", "backup"}) {
        const Outcome r = run({QLatin1String(command)});
        EXPECT_EQ(r.exitCode, 4) << command;
        EXPECT_EQ(r.err, QStringLiteral("rungs: %1: there is no database here\n").arg(db()));
        EXPECT_FALSE(QFileInfo::exists(db()));
    }
}

TEST_F(Cli, BackupOntoTheDatabaseItselfIsRefused)
{
    ASSERT_EQ(run({QStringLiteral("metrics")}).exitCode, 0);
    const Outcome r = run({QStringLiteral("backup"), QStringLiteral("--out"), db()});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is the database itself")));
    EXPECT_EQ(TempDatabase::scalar(db(), QStringLiteral("SELECT count(*) FROM framework")).toInt(),
              2);
}

TEST(CliEnvironment, RungsDbSelectsTheDatabase)
{
    TempDatabase temp;
    QProcessEnvironment env;
    env.insert(QStringLiteral("RUNGS_DB"), temp.path(QStringLiteral("from-env.sqlite")));
    const Outcome r = rungs({QStringLiteral("metrics")}, env);
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(QFileInfo::exists(temp.path(QStringLiteral("from-env.sqlite"))));
}

TEST(CliEnvironment, GuiWithoutDisplayExplainsAndSuggestsCommands)
{
    TempDatabase temp;
    const Outcome r = rungs({QStringLiteral("--db"), temp.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("no display")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("rungs --help")));
    EXPECT_FALSE(QFileInfo::exists(temp.path()));
}

// --- Entries: log, entries, assess, import, export ------------------------------------

namespace {

/** Holds the write lock of the database at path, as the window does while it saves. */
class WriteLock
{
public:
    explicit WriteLock(const QString& path)
        : m_name(QStringLiteral("write-lock"))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        EXPECT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO entry (day, metric_key, value, created_at, updated_at) VALUES "
            "('2026-01-02', 'delta_tech', 3, '2026-01-02T09:00:00Z', '2026-01-02T09:00:00Z')")));
    }
    void commit()
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        EXPECT_TRUE(q.exec(QStringLiteral("COMMIT")));
    }
    ~WriteLock()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    QString m_name;
};

} // namespace

TEST_F(Cli, LogWaitsForAnotherWriterAndBothWritesAreKept)
{
    ASSERT_EQ(
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("1")}).exitCode,
        0);
    {
        WriteLock other(db());
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RUNGS_BINARY),
                      {QStringLiteral("--db"), db(), QStringLiteral("log"),
                       QStringLiteral("delta_tech"), QStringLiteral("2")});
        ASSERT_TRUE(process.waitForStarted());
        EXPECT_FALSE(process.waitForFinished(1500)) << "the command did not wait for the lock";
        other.commit();
        ASSERT_TRUE(process.waitForFinished(10000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    }
    EXPECT_EQ(entryCount(), 3);
}

TEST_F(Cli, LogAgainstAWriterThatHoldsTheLockTooLongSaysTheDatabaseIsBusyAndWritesNothing)
{
    ASSERT_EQ(
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("1")}).exitCode,
        0);
    WriteLock other(db());
    const Outcome r =
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("2")});
    EXPECT_EQ(r.exitCode, 4);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("rungs: %1: the database is busy").arg(db())))
        << r.err.toStdString();
    EXPECT_EQ(r.err.count(u'\n'), 1);
    other.commit();
    EXPECT_EQ(entryCount(), 2) << "the other writer's entry and the first one";
}
