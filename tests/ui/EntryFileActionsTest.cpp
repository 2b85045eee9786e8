// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryFileActions.h"

#include "EntryStore.h"
#include "TempDatabase.h"
#include "TestEntries.h"
#include "Workspace.h"
#include "WorkspaceTest.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

namespace {

// The fake clock says 2026-11-22: every day below is in the past.
class EntryFileActionsTest : public WorkspaceTest
{
protected:
    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_temp.path(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_EQ(file.write(bytes), bytes.size());
        return path;
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        return file.readAll();
    }

    int storedCount() const
    {
        const QVariant count =
            TempDatabase::scalar(m_temp.path(), QStringLiteral("SELECT count(*) FROM entry"));
        EXPECT_TRUE(count.isValid());
        return count.toInt();
    }

    void add(const QString& day, const QString& metric, double value, const QString& note = {},
             const QString& evidence = {})
    {
        const Entry e =
            makeEntry(QDate::fromString(day, Qt::ISODate), metric, value, note, evidence);
        ASSERT_TRUE(m_workspace->addEntry(e).ok());
    }

    /** Answers the next modal message box with OK, keeping its text in *text. */
    static void acceptNextMessageBox(QString* text)
    {
        QTimer::singleShot(0, [text] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            *text = box->text();
            box->button(QMessageBox::Ok)->click();
        });
    }

    QWidget m_parent;
};

const QByteArray ThreeRows = "date,metric,value,note,evidence\n"
                             "2026-11-20,delta_tech,3,\"refactor, tests\",\n"
                             "2026-11-21,p99_latency_ms,180.5,,https://grafana.example.com/d/1\n"
                             "2026-11-22,adrs_written,1,ADR-7,\n";

} // namespace

TEST_F(EntryFileActionsTest, ImportOfGoodFileStoresEveryRowAndSaysHowMany)
{
    const QString path = write(QStringLiteral("three.csv"), ThreeRows);
    EXPECT_EQ(EntryFileActions::importFile(&m_parent, *m_workspace, path),
              QStringLiteral("Imported 3 entries"));

    EXPECT_EQ(storedCount(), 3);
    const QList<Entry>& entries = m_workspace->entries();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[0].day, QDate(2026, 11, 20));
    EXPECT_EQ(entries[0].metricKey, QStringLiteral("delta_tech"));
    EXPECT_EQ(entries[0].value, 3.0);
    EXPECT_EQ(entries[0].note, QStringLiteral("refactor, tests"));
    EXPECT_EQ(entries[1].metricKey, QStringLiteral("p99_latency_ms"));
    EXPECT_EQ(entries[1].value, 180.5);
    EXPECT_EQ(entries[1].evidence, QStringLiteral("https://grafana.example.com/d/1"));
    EXPECT_EQ(entries[2].day, QDate(2026, 11, 22));
    EXPECT_EQ(entries[2].note, QStringLiteral("ADR-7"));
}

TEST_F(EntryFileActionsTest, ImportingTheSameFileAgainSkipsWhatIsPresent)
{
    const QString path = write(QStringLiteral("three.csv"), ThreeRows);
    ASSERT_EQ(EntryFileActions::importFile(&m_parent, *m_workspace, path),
              QStringLiteral("Imported 3 entries"));
    EXPECT_EQ(EntryFileActions::importFile(&m_parent, *m_workspace, path),
              QStringLiteral("Imported 0 entries; skipped 3 already present"));
    EXPECT_EQ(storedCount(), 3);
}

TEST_F(EntryFileActionsTest, BadFileShowsWarningNamingLineAndWritesNothing)
{
    add(QStringLiteral("2026-11-01"), QStringLiteral("delta_tech"), 2);
    // Line 2 is fine, line 3 is not: the whole file is refused.
    const QString path = write(QStringLiteral("bad.csv"), "date,metric,value\n"
                                                          "2026-11-20,delta_tech,3\n"
                                                          "2026-11-21,delta_tech,x\n");
    QString shown;
    acceptNextMessageBox(&shown);
    EXPECT_EQ(EntryFileActions::importFile(&m_parent, *m_workspace, path),
              QStringLiteral("Nothing imported from bad.csv"));
    EXPECT_EQ(
        shown,
        QStringLiteral("Nothing was imported.\n\n%1:3: value: 'x' is not a number").arg(path));
    EXPECT_EQ(storedCount(), 1);
    EXPECT_EQ(m_workspace->entryCount(), 1);
}

TEST_F(EntryFileActionsTest, CancellingTheProgressDialogRollsBackTheWholeImport)
{
    add(QStringLiteral("2026-11-01"), QStringLiteral("delta_tech"), 2);
    // 200,000 valid rows: the import runs well past the dialog's 300 ms minimum duration,
    // so it shows and takes events, with room to spare on a fast machine.
    QByteArray csv = "date,metric,value\n";
    for (int i = 0; i < 200000; ++i) {
        csv += QDate(2026, 11, 22).addDays(-(i % 3000)).toString(Qt::ISODate).toLatin1() +
               ",delta_tech," + QByteArray::number(i % 21) + '\n';
    }
    const QString path = write(QStringLiteral("large.csv"), csv);

    // Runs whenever the import lets events through: presses Cancel on the progress
    // dialog once, and closes (and records) any message box, so a wrong turn fails the
    // test instead of hanging it.
    bool cancelled = false;
    QString unexpectedBox;
    QTimer watcher;
    watcher.setInterval(0);
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            unexpectedBox = box->text();
            box->button(QMessageBox::Ok)->click();
            return;
        }
        auto* progress = m_parent.findChild<QProgressDialog*>();
        if (!cancelled && progress) {
            progress->cancel();
            cancelled = true;
        }
    });
    watcher.start();
    const QString outcome = EntryFileActions::importFile(&m_parent, *m_workspace, path);
    watcher.stop();

    ASSERT_TRUE(cancelled) << "the progress dialog never took events";
    EXPECT_EQ(outcome, QStringLiteral("Import cancelled; nothing was imported"));
    EXPECT_TRUE(unexpectedBox.isEmpty()) << unexpectedBox.toStdString();
    EXPECT_EQ(storedCount(), 1);
    EXPECT_EQ(m_workspace->entryCount(), 1);
}

TEST_F(EntryFileActionsTest, ExportToCsvWritesHeaderAndRowsInDayMetricOrder)
{
    add(QStringLiteral("2026-11-21"), QStringLiteral("delta_tech"), 2.5,
        QStringLiteral("said \"no\", twice"), QStringLiteral("https://git.example.com/pr/9"));
    add(QStringLiteral("2026-11-20"), QStringLiteral("mttr_minutes"), 6.25);
    add(QStringLiteral("2026-11-21"), QStringLiteral("adrs_written"), 1);
    const QString path = m_temp.path(QStringLiteral("out.csv"));

    EXPECT_EQ(EntryFileActions::exportFile(&m_parent, *m_workspace, path),
              QStringLiteral("Exported 3 entries to %1").arg(path));
    EXPECT_EQ(read(path), QByteArray("date,metric,value,note,evidence\n"
                                     "2026-11-20,mttr_minutes,6.25,,\n"
                                     "2026-11-21,adrs_written,1,,\n"
                                     "2026-11-21,delta_tech,2.5,\"said \"\"no\"\", twice\","
                                     "https://git.example.com/pr/9\n"));
}

TEST_F(EntryFileActionsTest, ExportToJsonWritesArrayWithNumbersAsNumbers)
{
    add(QStringLiteral("2026-11-21"), QStringLiteral("delta_tech"), 2.5, QStringLiteral("note"));
    add(QStringLiteral("2026-11-20"), QStringLiteral("mttr_minutes"), 6.25);
    const QString path = m_temp.path(QStringLiteral("out.json"));

    EXPECT_EQ(EntryFileActions::exportFile(&m_parent, *m_workspace, path),
              QStringLiteral("Exported 2 entries to %1").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(read(path), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(doc.isArray());
    const QJsonArray a = doc.array();
    ASSERT_EQ(a.size(), 2);
    const QJsonObject first = a[0].toObject();
    EXPECT_EQ(first[QStringLiteral("date")].toString(), QStringLiteral("2026-11-20"));
    EXPECT_EQ(first[QStringLiteral("metric")].toString(), QStringLiteral("mttr_minutes"));
    EXPECT_TRUE(first[QStringLiteral("value")].isDouble());
    EXPECT_EQ(first[QStringLiteral("value")].toDouble(), 6.25);
    const QJsonObject second = a[1].toObject();
    EXPECT_EQ(second[QStringLiteral("metric")].toString(), QStringLiteral("delta_tech"));
    EXPECT_EQ(second[QStringLiteral("value")].toDouble(), 2.5);
    EXPECT_EQ(second[QStringLiteral("note")].toString(), QStringLiteral("note"));
}

TEST_F(EntryFileActionsTest, ExportIntoMissingFolderWarnsAndReturnsNothing)
{
    add(QStringLiteral("2026-11-21"), QStringLiteral("delta_tech"), 1);
    const QString path = m_temp.path(QStringLiteral("no-such-folder/out.csv"));
    QString shown;
    acceptNextMessageBox(&shown);
    EXPECT_TRUE(EntryFileActions::exportFile(&m_parent, *m_workspace, path).isEmpty());
    EXPECT_TRUE(shown.startsWith(path + QStringLiteral(": cannot write"))) << shown.toStdString();
    EXPECT_FALSE(QFileInfo::exists(path));
}
