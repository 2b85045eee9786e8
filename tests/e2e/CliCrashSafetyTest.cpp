// SPDX-License-Identifier: GPL-3.0-or-later
// Kills `rungs import` and `rungs adr import` with SIGKILL at random moments and checks
// what a power cut would leave: a database that passes integrity_check and holds either
// none or all of the import.
#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#include <random>

namespace {

constexpr int Kills = 20;

class CliCrashSafety : public Cli
{
protected:
    /** Starts rungs on the database; the caller waits or kills. */
    static void start(QProcess& process, const QString& database, const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("RUNGS_DB"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(RUNGS_BINARY),
                      QStringList{QStringLiteral("--db"), database} + arguments);
        ASSERT_TRUE(process.waitForStarted());
    }

    /** Milliseconds one complete run takes on this machine, in this build. */
    static qint64 timeOfOneRun(const QString& database, const QStringList& arguments)
    {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        start(process, database, arguments);
        EXPECT_TRUE(process.waitForFinished(120000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return timer.elapsed();
    }

    /**
     * Runs arguments Kills times on fresh copies of base, each killed after a random
     * delay up to a little more than a whole run, and checks each copy afterwards.
     * countSql counts the imported rows; a copy must hold before or after of them.
     */
    void killRepeatedly(const QString& base, const QStringList& arguments, const QString& countSql)
    {
        const int before = TempDatabase::scalar(base, countSql).toInt();
        const QString probe = m_temp.path(QStringLiteral("probe.sqlite"));
        ASSERT_TRUE(QFile::copy(base, probe));
        const qint64 whole = timeOfOneRun(probe, arguments);
        const int after = TempDatabase::scalar(probe, countSql).toInt();
        ASSERT_GT(after, before);

        std::mt19937 random(20261122);
        std::uniform_int_distribution<qint64> delay(0, whole * 11 / 10);
        int killed = 0;
        int none = 0;
        int all = 0;
        for (int i = 0; i < Kills; ++i) {
            const QString copy = m_temp.path(QStringLiteral("kill-%1.sqlite").arg(i));
            ASSERT_TRUE(QFile::copy(base, copy));
            QProcess process;
            start(process, copy, arguments);
            QThread::msleep(static_cast<unsigned long>(delay(random)));
            if (process.state() == QProcess::Running) {
                process.kill(); // SIGKILL: no handler, no clean-up runs
                ++killed;
            }
            ASSERT_TRUE(process.waitForFinished(120000));

            EXPECT_EQ(
                TempDatabase::scalar(copy, QStringLiteral("PRAGMA integrity_check")).toString(),
                QStringLiteral("ok"))
                << "run " << i;
            const int count = TempDatabase::scalar(copy, countSql).toInt();
            EXPECT_TRUE(count == before || count == after)
                << "run " << i << " left " << count << " rows; expected " << before << " or "
                << after;
            none += count == before;
            all += count == after;
            const Outcome check = runOn(copy, {QStringLiteral("check")});
            EXPECT_EQ(check.exitCode, 0) << "run " << i << ": " << check.err.toStdString();
        }
        // Most runs must have been cut short, or this tested nothing.
        EXPECT_GE(killed, Kills / 2) << "killed " << killed << " of " << Kills;
        EXPECT_GT(none, 0);
        std::cout << "[          ] " << killed << " of " << Kills << " runs killed; " << none
                  << " left none of the import, " << all << " all of it\n";
    }

    /** A database that already holds an entry, so imports are backed up first. */
    QString baseDatabase()
    {
        const QString base = m_temp.path(QStringLiteral("base.sqlite"));
        const Outcome r =
            runOn(base, {QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("1"),
                         QStringLiteral("--date"), QStringLiteral("2016-01-01")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return base;
    }
};

} // namespace

TEST_F(CliCrashSafety, KilledEntryImportLeavesAnIntactDatabaseWithNoneOrAllRows)
{
    const QString base = baseDatabase();
    QByteArray csv = "date,metric,value,note\n";
    const QDate first(2016, 1, 2);
    for (int i = 0; i < 20000; ++i)
        csv += first.addDays(i % 3000).toString(Qt::ISODate).toUtf8() + ",delta_tech," +
               QByteArray::number(i % 5) + ",row " + QByteArray::number(i) + '\n';
    const QString file = m_temp.path(QStringLiteral("big.csv"));
    ASSERT_TRUE(writeFile(file, csv));
    killRepeatedly(base, {QStringLiteral("import"), file},
                   QStringLiteral("SELECT count(*) FROM entry"));
}

TEST_F(CliCrashSafety, KilledAdrImportLeavesAnIntactDatabaseWithNoneOrAllRecords)
{
    const QString base = baseDatabase();
    const QString folder = m_temp.path(QStringLiteral("adr"));
    ASSERT_TRUE(QDir().mkpath(folder));
    for (int n = 1; n <= 400; ++n) {
        const QByteArray text = "# " + QByteArray::number(n) + ". Decision number " +
                                QByteArray::number(n) +
                                "\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n" +
                                QByteArray("Why this was needed. ").repeated(20) +
                                "\n\n## Decision\n\nWhat was chosen.\n\n## Consequences\n\n" +
                                QByteArray("What follows. ").repeated(20) + '\n';
        ASSERT_TRUE(writeFile(
            folder +
                QStringLiteral("/%1-decision-number-%2.md").arg(n, 4, 10, QLatin1Char('0')).arg(n),
            text));
    }
    killRepeatedly(base, {QStringLiteral("adr"), QStringLiteral("import"), folder},
                   QStringLiteral("SELECT count(*) FROM adr"));
}
