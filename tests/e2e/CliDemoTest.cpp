// SPDX-License-Identifier: GPL-3.0-or-later
// `rungs demo`: a new database of demo data that the other commands then read.
#include "CliRunner.h"

#include <QDir>
#include <QJsonObject>

namespace {

class CliDemo : public Cli
{
protected:
    /** Runs rungs in the test's folder, without --db. */
    Outcome demo(const QStringList& arguments)
    {
        return rungs(QStringList{QStringLiteral("demo")} + arguments, {}, m_temp.dir());
    }
    QString file(const QString& name) const { return QDir(m_temp.dir()).filePath(name); }
    /** Every name in the test's folder, hidden ones too. */
    QStringList folder() const
    {
        return QDir(m_temp.dir()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }
};

} // namespace

TEST_F(CliDemo, WritesADatabaseThatStatusAndEntriesRead)
{
    const Outcome r = demo({QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--out"),
                            QStringLiteral("demo.sqlite")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    ASSERT_EQ(r.lines().size(), 1);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("demo.sqlite: go-backend P6 → P7; entries ")))
        << r.out.toStdString();
    // The file alone: no temporary file and no write-ahead log beside it.
    EXPECT_EQ(folder(), QStringList{QStringLiteral("demo.sqlite")});

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("RUNGS_DB"), file(QStringLiteral("demo.sqlite")));
    const Outcome status =
        rungs({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")},
              environment);
    ASSERT_EQ(status.exitCode, 0) << status.err.toStdString();
    const QJsonObject s = QJsonDocument::fromJson(status.out.toUtf8()).object();
    EXPECT_EQ(s.value(QStringLiteral("framework")).toString(), QStringLiteral("go-backend"));
    EXPECT_EQ(s.value(QStringLiteral("target_level")).toString(), QStringLiteral("P7"));
    const QJsonArray levels = s.value(QStringLiteral("levels")).toArray();
    ASSERT_FALSE(levels.isEmpty());
    EXPECT_GT(levels[0].toObject().value(QStringLiteral("readiness")).toDouble(), 0);

    const Outcome entries =
        runOn(file(QStringLiteral("demo.sqlite")),
              {QStringLiteral("entries"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(entries.exitCode, 0) << entries.err.toStdString();
    EXPECT_EQ(entries.lines().constFirst(), QStringLiteral("date,metric,value,note,evidence"));
    EXPECT_GT(entries.lines().size(), 500);
    EXPECT_TRUE(entries.out.contains(QStringLiteral(",delta_tech,")));

    const Outcome check = runOn(file(QStringLiteral("demo.sqlite")), {QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
}

TEST_F(CliDemo, SameSeedWritesTheSameEntriesAndFrameworkChoosesTheLadder)
{
    for (const char* name : {"a.sqlite", "b.sqlite"})
        ASSERT_EQ(demo({QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--seed"),
                        QStringLiteral("7"), QStringLiteral("--out"), QLatin1String(name)})
                      .exitCode,
                  0);
    const QStringList csv{QStringLiteral("entries"), QStringLiteral("--format"),
                          QStringLiteral("csv")};
    const Outcome a = runOn(file(QStringLiteral("a.sqlite")), csv);
    const Outcome b = runOn(file(QStringLiteral("b.sqlite")), csv);
    ASSERT_EQ(a.exitCode, 0);
    EXPECT_EQ(a.out, b.out);

    const Outcome ic =
        demo({QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--framework"),
              QStringLiteral("ic-track"), QStringLiteral("--out"), QStringLiteral("ic.sqlite")});
    ASSERT_EQ(ic.exitCode, 0) << ic.err.toStdString();
    EXPECT_TRUE(ic.out.startsWith(QStringLiteral("ic.sqlite: ic-track L4 → L5; ")))
        << ic.out.toStdString();
}

TEST_F(CliDemo, RefusesAnExistingFileAndLeavesItUnchanged)
{
    ASSERT_TRUE(writeFile(file(QStringLiteral("mine.sqlite")), "not to be replaced"));
    const Outcome r = demo({QStringLiteral("--out"), QStringLiteral("mine.sqlite")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("rungs: demo: mine.sqlite already exists; give the name of "
                                    "a new file\n"));
    EXPECT_EQ(readFile(file(QStringLiteral("mine.sqlite"))), QByteArray("not to be replaced"));
    EXPECT_EQ(folder(), QStringList{QStringLiteral("mine.sqlite")});
}

TEST_F(CliDemo, RefusesYearsOutsideOneToThirtyAndWritesNothing)
{
    for (const char* years : {"0", "31", "two", "-1"}) {
        const Outcome r = demo({QStringLiteral("--years"), QLatin1String(years),
                                QStringLiteral("--out"), QStringLiteral("demo.sqlite")});
        EXPECT_EQ(r.exitCode, 3) << years;
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("rungs: demo: --years ")))
            << r.err.toStdString();
        EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
        EXPECT_TRUE(folder().isEmpty()) << folder().join(QLatin1Char(' ')).toStdString();
    }
}

TEST_F(CliDemo, NeedsAnOutputFileAndAKnownFramework)
{
    EXPECT_EQ(demo({}).exitCode, 2);
    const Outcome r = demo({QStringLiteral("--framework"), QStringLiteral("nope"),
                            QStringLiteral("--out"), QStringLiteral("demo.sqlite")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("nope"))) << r.err.toStdString();
    EXPECT_TRUE(folder().isEmpty()) << folder().join(QLatin1Char(' ')).toStdString();
}
