// SPDX-License-Identifier: GPL-3.0-or-later
// The entry commands as scripts use them: log, entries, assess, import and export.
#include "CliRunner.h"

#include <QJsonObject>

namespace {

/**
 * An entries CSV with rows data rows: row i (line i + 2, after the header) is delta_tech
 * on the day i days before today, valued i mod 21. On badLine the value is "x".
 */
QByteArray generatedCsv(int rows, int badLine = 0)
{
    const QDate today = QDate::currentDate();
    QByteArray csv = "date,metric,value,note,evidence\n";
    for (int i = 0; i < rows; ++i) {
        const int line = i + 2;
        csv += today.addDays(-i).toString(Qt::ISODate).toLatin1() + ",delta_tech," +
               (line == badLine ? QByteArray("x") : QByteArray::number(i % 21)) + ",,\n";
    }
    return csv;
}

} // namespace

TEST_F(Cli, LogPrintsTheStoredEntryAsOneTabSeparatedLine)
{
    const Outcome r =
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("3")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // id, day (today by default), metric key, value, empty note, empty evidence.
    EXPECT_EQ(r.out, QStringLiteral("1\t%1\tdelta_tech\t3\t\t\n").arg(iso(QDate::currentDate())));
    EXPECT_TRUE(r.err.isEmpty());
    EXPECT_EQ(
        TempDatabase::scalar(db(), QStringLiteral("SELECT day FROM entry WHERE id = 1")).toString(),
        iso(QDate::currentDate()));
    EXPECT_EQ(TempDatabase::scalar(db(), QStringLiteral("SELECT value FROM entry WHERE id = 1"))
                  .toDouble(),
              3.0);
}

TEST_F(Cli, LogTakesNegativeValueAsTheValueNotAsOptions)
{
    // cost_reduction_pct allows -100 to 100: a cost that went up is a negative saving.
    const Outcome r =
        run({QStringLiteral("log"), QStringLiteral("cost_reduction_pct"), QStringLiteral("-12.75"),
             QStringLiteral("--note"), QStringLiteral("bigger cache")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("1\t%1\tcost_reduction_pct\t-12.75\tbigger cache\t\n")
                         .arg(iso(QDate::currentDate())));
    const Outcome bad =
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("-1")});
    EXPECT_EQ(bad.exitCode, 3);
    EXPECT_EQ(bad.err, QStringLiteral("rungs: value: -1 is outside 0 to 20 for delta_tech\n"));
}

TEST_F(Cli, LogYesterdayWithNoteAndEvidenceShowsThemOnTheLine)
{
    const Outcome r =
        run({QStringLiteral("log"), QStringLiteral("adrs_written"), QStringLiteral("2"),
             QStringLiteral("--date"), QStringLiteral("yesterday"), QStringLiteral("--note"),
             QStringLiteral("cache ADR"), QStringLiteral("--evidence"),
             QStringLiteral("https://git.example.com/adr/12")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("1\t%1\tadrs_written\t2\tcache ADR\t"
                                    "https://git.example.com/adr/12\n")
                         .arg(iso(QDate::currentDate().addDays(-1))));
}

namespace {

// Three entries logged out of order, one note needing every kind of CSV quoting.
const QString TrickyNote = QStringLiteral("Fixed \"GC\", then\nwrote it up");

} // namespace

class CliEntries : public Cli
{
protected:
    void SetUp() override
    {
        const QList<QStringList> logs = {
            {QStringLiteral("delta_tech"), QStringLiteral("2.5"), QStringLiteral("2026-01-05"),
             TrickyNote, QStringLiteral("https://git.example.com/pr/7")},
            {QStringLiteral("p99_latency_ms"),
             QStringLiteral("1e3"),
             QStringLiteral("2026-01-04"),
             {},
             {}},
            {QStringLiteral("adrs_written"),
             QStringLiteral("1"),
             QStringLiteral("2026-01-05"),
             QStringLiteral("plain"),
             {}},
        };
        for (const QStringList& l : logs) {
            QStringList args = {QStringLiteral("log"), l[0], l[1], QStringLiteral("--date"), l[2]};
            if (!l[3].isEmpty())
                args << QStringLiteral("--note") << l[3];
            if (!l[4].isEmpty())
                args << QStringLiteral("--evidence") << l[4];
            const Outcome r = run(args);
            ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        }
    }
};

TEST_F(CliEntries, CsvHasHeaderRowsInDayMetricOrderAndRfc4180Quoting)
{
    const Outcome r =
        run({QStringLiteral("entries"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // By day, then metric; 1e3 in shortest form; the note quoted, its quotes doubled and
    // its line break kept inside the quotes.
    EXPECT_EQ(r.out, QStringLiteral("date,metric,value,note,evidence\n"
                                    "2026-01-04,p99_latency_ms,1000,,\n"
                                    "2026-01-05,adrs_written,1,plain,\n"
                                    "2026-01-05,delta_tech,2.5,\"Fixed \"\"GC\"\", then\n"
                                    "wrote it up\",https://git.example.com/pr/7\n"));
}

TEST_F(CliEntries, JsonIsArrayWithIdsAndValuesAsNumbers)
{
    const Outcome r =
        run({QStringLiteral("entries"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray a = jsonArray(r.out);
    ASSERT_EQ(a.size(), 3);
    const QJsonObject first = a[0].toObject();
    EXPECT_TRUE(first[QStringLiteral("id")].isDouble());
    EXPECT_EQ(first[QStringLiteral("id")].toInt(), 2); // p99 was logged second
    EXPECT_EQ(first[QStringLiteral("date")].toString(), QStringLiteral("2026-01-04"));
    EXPECT_EQ(first[QStringLiteral("metric")].toString(), QStringLiteral("p99_latency_ms"));
    EXPECT_TRUE(first[QStringLiteral("value")].isDouble());
    EXPECT_EQ(first[QStringLiteral("value")].toDouble(), 1000.0);
    const QJsonObject last = a[2].toObject();
    EXPECT_TRUE(last[QStringLiteral("value")].isDouble());
    EXPECT_EQ(last[QStringLiteral("value")].toDouble(), 2.5);
    EXPECT_EQ(last[QStringLiteral("note")].toString(), TrickyNote);
    EXPECT_EQ(last[QStringLiteral("evidence")].toString(),
              QStringLiteral("https://git.example.com/pr/7"));
}

TEST_F(CliEntries, TableReplacesLineBreaksInNotesWithSpaces)
{
    const Outcome r =
        run({QStringLiteral("entries"), QStringLiteral("--metric"), QStringLiteral("delta_tech")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("1\t2026-01-05\tdelta_tech\t2.5\tFixed \"GC\", then wrote it "
                                    "up\thttps://git.example.com/pr/7\n"));
}

TEST_F(CliEntries, UnknownFormatIsUsageErrorNamingIt)
{
    const Outcome r =
        run({QStringLiteral("entries"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"xml\""))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(Cli, EntriesFilterByMetricAndInclusiveDayRange)
{
    // delta_tech on the 3rd to 6th (values 3 to 6), adrs_written on the 4th.
    for (int day = 3; day <= 6; ++day) {
        ASSERT_EQ(run({QStringLiteral("log"), QStringLiteral("delta_tech"), QString::number(day),
                       QStringLiteral("--date"), QStringLiteral("2026-01-0%1").arg(day)})
                      .exitCode,
                  0);
    }
    ASSERT_EQ(run({QStringLiteral("log"), QStringLiteral("adrs_written"), QStringLiteral("1"),
                   QStringLiteral("--date"), QStringLiteral("2026-01-04")})
                  .exitCode,
              0);

    const Outcome r =
        run({QStringLiteral("entries"), QStringLiteral("--metric"), QStringLiteral("delta_tech"),
             QStringLiteral("--from"), QStringLiteral("2026-01-04"), QStringLiteral("--to"),
             QStringLiteral("2026-01-05")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("2\t2026-01-04\tdelta_tech\t4\t\t\n"
                                    "3\t2026-01-05\tdelta_tech\t5\t\t\n"));

    const Outcome day4 =
        run({QStringLiteral("entries"), QStringLiteral("--from"), QStringLiteral("2026-01-04"),
             QStringLiteral("--to"), QStringLiteral("2026-01-04")});
    ASSERT_EQ(day4.exitCode, 0);
    EXPECT_EQ(day4.out, QStringLiteral("5\t2026-01-04\tadrs_written\t1\t\t\n"
                                       "2\t2026-01-04\tdelta_tech\t4\t\t\n"));

    const Outcome from6 =
        run({QStringLiteral("entries"), QStringLiteral("--from"), QStringLiteral("2026-01-06")});
    ASSERT_EQ(from6.exitCode, 0);
    EXPECT_EQ(from6.out, QStringLiteral("4\t2026-01-06\tdelta_tech\t6\t\t\n"));
}

TEST_F(Cli, EntriesFromYesterdayLeaveOutOlderDays)
{
    const QDate today = QDate::currentDate();
    for (int back = 0; back <= 2; ++back) {
        ASSERT_EQ(run({QStringLiteral("log"), QStringLiteral("delta_tech"), QString::number(back),
                       QStringLiteral("--date"), iso(today.addDays(-back))})
                      .exitCode,
                  0);
    }
    const Outcome r =
        run({QStringLiteral("entries"), QStringLiteral("--from"), QStringLiteral("yesterday")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("2\t%1\tdelta_tech\t1\t\t\n1\t%2\tdelta_tech\t0\t\t\n")
                         .arg(iso(today.addDays(-1)), iso(today)));
}

TEST_F(Cli, BadLogInputExitsThreeWithOneLineAndWritesNothing)
{
    ASSERT_EQ(
        run({QStringLiteral("log"), QStringLiteral("delta_tech"), QStringLiteral("1")}).exitCode,
        0);
    ASSERT_EQ(entryCount(), 1);

    struct Case
    {
        QStringList arguments;
        QString message;
    };
    const QString longNote(65537, QLatin1Char('n'));
    const QList<Case> cases = {
        {{QStringLiteral("delta_teck"), QStringLiteral("3")},
         QStringLiteral("metric: unknown metric 'delta_teck' in framework go-backend "
                        "(see 'rungs metrics')")},
        {{QStringLiteral("delta_tech"), QStringLiteral("abc")},
         QStringLiteral("value: 'abc' is not a number")},
        {{QStringLiteral("delta_tech"), QStringLiteral("nan")},
         QStringLiteral("value: 'nan' is not a number")},
        {{QStringLiteral("delta_tech"), QStringLiteral("25")},
         QStringLiteral("value: 25 is outside 0 to 20 for delta_tech")},
        {{QStringLiteral("delta_tech"), QStringLiteral("3"), QStringLiteral("--date"),
          QStringLiteral("2026-02-30")},
         QStringLiteral("date: 2026-02-30 is not a day of the calendar")},
        {{QStringLiteral("delta_tech"), QStringLiteral("3"), QStringLiteral("--date"),
          QStringLiteral("2999-01-01")},
         QStringLiteral("date: 2999-01-01 is in the future")},
        {{QStringLiteral("delta_tech"), QStringLiteral("3"), QStringLiteral("--note"), longNote},
         QStringLiteral("note: 65537 bytes are more than the 65536 allowed")},
    };
    for (const Case& c : cases) {
        const Outcome r = run(QStringList{QStringLiteral("log")} + c.arguments);
        const std::string what = c.arguments.join(QLatin1Char(' ')).left(60).toStdString();
        EXPECT_EQ(r.exitCode, 3) << what;
        EXPECT_EQ(r.err, QStringLiteral("rungs: ") + c.message + QLatin1Char('\n')) << what;
        EXPECT_TRUE(r.out.isEmpty()) << what;
        EXPECT_EQ(entryCount(), 1) << what;
    }
}

TEST_F(Cli, AssessAcceptsHalfStepScore)
{
    const Outcome r =
        run({QStringLiteral("assess"), QStringLiteral("influence"), QStringLiteral("3.5")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("1\t%1\tinfluence\t3.5\t\n").arg(iso(QDate::currentDate())));
    EXPECT_EQ(TempDatabase::scalar(db(), QStringLiteral("SELECT score FROM assessment")).toDouble(),
              3.5);
}

TEST_F(Cli, AssessRefusesScoreBetweenHalfSteps)
{
    const Outcome r =
        run({QStringLiteral("assess"), QStringLiteral("influence"), QStringLiteral("3.3")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("rungs: score: 3.3 is not one of 0, 0.5, 1 … 5\n"));
    EXPECT_TRUE(r.out.isEmpty());
    const QVariant stored =
        TempDatabase::scalar(db(), QStringLiteral("SELECT count(*) FROM assessment"));
    ASSERT_TRUE(stored.isValid()); // the table exists: the database was opened
    EXPECT_EQ(stored.toInt(), 0);
}

TEST_F(Cli, ImportWithBadValueOnLine501NamesFileLineAndFieldAndWritesNothing)
{
    ASSERT_EQ(
        run({QStringLiteral("log"), QStringLiteral("adrs_written"), QStringLiteral("1")}).exitCode,
        0);
    // 1,000 data rows after the header; line 501 is the 500th of them.
    ASSERT_TRUE(writeFile(m_temp.path(QStringLiteral("thousand.csv")), generatedCsv(1000, 501)));
    // Named relative to the working directory: the message repeats it as given.
    const Outcome r = run({QStringLiteral("import"), QStringLiteral("thousand.csv")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, QStringLiteral("rungs: thousand.csv:501: value: 'x' is not a number\n"));
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(entryCount(), 1);
}

TEST_F(Cli, ImportingTheSameFileAgainSkipsEveryRow)
{
    const QString file = m_temp.path(QStringLiteral("good.csv"));
    ASSERT_TRUE(writeFile(file, generatedCsv(999)));
    const Outcome first = run({QStringLiteral("import"), file});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, file + QStringLiteral(": imported 999 entries\n"));
    EXPECT_EQ(entryCount(), 999);

    const Outcome again = run({QStringLiteral("import"), file});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_EQ(again.out,
              file + QStringLiteral(": imported 0 entries, skipped 999 already present\n"));
    EXPECT_EQ(entryCount(), 999);
}

TEST_F(Cli, ExportThenImportIntoFreshDatabaseThenExportGivesTheSameBytes)
{
    ASSERT_TRUE(writeFile(m_temp.path(QStringLiteral("good.csv")), generatedCsv(999)));
    ASSERT_EQ(run({QStringLiteral("import"), m_temp.path(QStringLiteral("good.csv"))}).exitCode, 0);
    const QList<QStringList> logs = {
        {QStringLiteral("delta_tech"), QStringLiteral("2.5"), QStringLiteral("--note"), TrickyNote,
         QStringLiteral("--evidence"), QStringLiteral("https://git.example.com/pr/7")},
        {QStringLiteral("review_closure_rate"), QStringLiteral("0.30000000000000004"),
         QStringLiteral("--note"), QStringLiteral(" padded, 中文 ")},
        // "--" ends the options, so the negative value is not read as one.
        {QStringLiteral("--note"), QStringLiteral("line one\r\nline two"), QStringLiteral("--"),
         QStringLiteral("cost_reduction_pct"), QStringLiteral("-12.75")},
    };
    for (const QStringList& l : logs) {
        const Outcome r = run(QStringList{QStringLiteral("log")} + l);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    const QString a = m_temp.path(QStringLiteral("a.csv"));
    const Outcome exported = run({QStringLiteral("export"), a});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.out, a + QStringLiteral(": exported 1002 entries\n"));

    const QString fresh = m_temp.path(QStringLiteral("fresh.sqlite"));
    const Outcome imported = runOn(fresh, {QStringLiteral("import"), a});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out, a + QStringLiteral(": imported 1002 entries\n"));

    const QString b = m_temp.path(QStringLiteral("b.csv"));
    ASSERT_EQ(runOn(fresh, {QStringLiteral("export"), b}).exitCode, 0);
    const QByteArray first = readFile(a);
    EXPECT_TRUE(first.startsWith("date,metric,value,note,evidence\n"));
    EXPECT_TRUE(first.contains(",0.30000000000000004,\" padded, 中文 \",\n"));
    EXPECT_EQ(readFile(b), first);
}

TEST_F(Cli, ExportToUnknownSuffixIsUsageErrorAndWritesNoFile)
{
    const QString file = m_temp.path(QStringLiteral("x.txt"));
    const Outcome r = run({QStringLiteral("export"), file});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(file)) << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(Cli, ImportOfMissingFileExitsThreeNamingIt)
{
    const QString file = m_temp.path(QStringLiteral("absent.csv"));
    const Outcome r = run({QStringLiteral("import"), file});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.startsWith(QStringLiteral("rungs: ") + file + QStringLiteral(": ")))
        << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(Cli, ImportReadsCrlfLineEndsAndByteOrderMark)
{
    const QString file = m_temp.path(QStringLiteral("windows.csv"));
    ASSERT_TRUE(writeFile(file, "\xEF\xBB\xBF"
                                "date,metric,value,note,evidence\r\n"
                                "2026-03-01,delta_tech,4,from Excel,\r\n"
                                "2026-03-02,adrs_written,1,,https://example.com/adr/3\r\n"));
    const Outcome r = run({QStringLiteral("import"), file});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, file + QStringLiteral(": imported 2 entries\n"));

    const Outcome csv =
        run({QStringLiteral("entries"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0);
    // No BOM and no CR survive into what was stored.
    EXPECT_EQ(csv.out, QStringLiteral("date,metric,value,note,evidence\n"
                                      "2026-03-01,delta_tech,4,from Excel,\n"
                                      "2026-03-02,adrs_written,1,,https://example.com/adr/3\n"));
}
