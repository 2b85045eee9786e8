// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/CheckpointsView.h"

#include "CheckpointTableModel.h"
#include "Readiness.h"
#include "TempDatabase.h"
#include "TestEntries.h"
#include "WorkspaceTest.h"
#include "dialogs/MarkDoneDialog.h"
#include "views/CheckpointDetails.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

namespace {

class CheckpointsViewTest : public WorkspaceTest
{
protected:
    /** Selects the first checkpoint of P7 in the view and returns its key. */
    QString selectFirstOfP7(CheckpointsView& view)
    {
        view.levelTabs()->setCurrentIndex(1);
        auto* table = qobject_cast<QTableView*>(view.levelTabs()->currentWidget());
        EXPECT_NE(table, nullptr);
        table->setCurrentIndex(table->model()->index(0, 0));
        return view.selectedCheckpoint();
    }

    QVariant stored(const QString& sql) const { return TempDatabase::scalar(m_temp.path(), sql); }

    double p7Readiness() const
    {
        const Framework& f = m_workspace->framework();
        return Readiness::forLevel(f, f.levels[1], m_workspace->checkpointProgress(),
                                   m_workspace->assessments())
            .readiness;
    }

    static QPushButton* button(const CheckpointsView& view, const QString& text)
    {
        const auto buttons = view.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

    static void save(MarkDoneDialog* dialog)
    {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    }
};

} // namespace

TEST_F(CheckpointsViewTest, MarkingDoneWithEvidenceStoresBothAndRaisesReadiness)
{
    CheckpointsView view(*m_workspace);
    const QString key = selectFirstOfP7(view);
    ASSERT_FALSE(key.isEmpty());
    const double before = p7Readiness();
    MarkDoneDialog* dialog = view.markDone();
    ASSERT_NE(dialog, nullptr);
    auto* evidence = dialog->findChild<QPlainTextEdit*>();
    ASSERT_NE(evidence, nullptr);
    QTest::keyClicks(evidence, QStringLiteral("https://git.example.com/pr/42"));
    save(dialog);
    EXPECT_EQ(stored(QStringLiteral("SELECT status || ' ' || done_on FROM checkpoint_progress "
                                    "WHERE checkpoint_key = '%1'")
                         .arg(key))
                  .toString(),
              QStringLiteral("done 2026-11-22"));
    EXPECT_EQ(stored(QStringLiteral("SELECT kind || ' ' || reference FROM evidence "
                                    "WHERE checkpoint_key = '%1'")
                         .arg(key))
                  .toString(),
              QStringLiteral("url https://git.example.com/pr/42"));
    // One more of 13 checkpoints done: readiness rises by (1/13) / 2.
    EXPECT_NEAR(p7Readiness() - before, 1.0 / 13 / 2, 1e-12);
}

TEST_F(CheckpointsViewTest, MarkingDoneWithoutEvidenceIsRefusedInTheDialogAndWritesNothing)
{
    CheckpointsView view(*m_workspace);
    selectFirstOfP7(view);
    MarkDoneDialog* dialog = view.markDone();
    ASSERT_NE(dialog, nullptr);
    save(dialog);
    EXPECT_TRUE(dialog->isVisible());
    bool shown = false;
    const auto labels = dialog->findChildren<QLabel*>();
    for (const QLabel* l : labels)
        shown = shown || (l->isVisible() && l->text().startsWith(QStringLiteral("evidence: ")));
    EXPECT_TRUE(shown);
    EXPECT_EQ(stored(QStringLiteral("SELECT count(*) FROM checkpoint_progress")).toInt(), 0);
    EXPECT_EQ(stored(QStringLiteral("SELECT count(*) FROM evidence")).toInt(), 0);
    dialog->reject();
}

TEST_F(CheckpointsViewTest, SelectionSurvivesMarkingInProgressAndTheButtonsFollowTheStatus)
{
    CheckpointsView view(*m_workspace);
    view.levelTabs()->setCurrentIndex(1);
    auto* table = qobject_cast<QTableView*>(view.levelTabs()->currentWidget());
    ASSERT_NE(table, nullptr);
    table->setCurrentIndex(table->model()->index(3, 0));
    const QString key = view.selectedCheckpoint();
    auto* start = button(view, QStringLiteral("Mark In &Progress"));
    ASSERT_NE(start, nullptr);
    ASSERT_TRUE(start->isEnabled());
    start->click();

    EXPECT_EQ(view.levelTabs()->currentWidget(), table);
    EXPECT_EQ(view.selectedCheckpoint(), key);
    EXPECT_FALSE(start->isEnabled());
    EXPECT_EQ(
        table->currentIndex().siblingAtColumn(CheckpointTableModel::DateColumn).data().toString(),
        QStringLiteral("2026-11-22"));
    EXPECT_TRUE(view.levelTabs()->tabText(1).endsWith(QStringLiteral("(0/13)")));
}

TEST_F(CheckpointsViewTest, DetailsListTheEvidenceAsLinksAndOpenTheEntryOnRequest)
{
    const auto id = m_workspace->addEntry(makeEntry(TestToday, QStringLiteral("delta_tech"), 2));
    ASSERT_TRUE(id.ok());
    CheckpointsView view(*m_workspace);
    const QString key = selectFirstOfP7(view);
    ASSERT_TRUE(m_workspace
                    ->markCheckpointDone(key, TestToday,
                                         {QStringLiteral("https://example.com/pr/9"),
                                          QStringLiteral("entry:%1").arg(id.value())},
                                         false, QStringLiteral("shipped in Q3"))
                    .ok());
    EXPECT_EQ(view.selectedCheckpoint(), key);
    const QString html = view.details()->toHtml();
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"https://example.com/pr/9\"")));
    EXPECT_TRUE(html.contains(QStringLiteral("href=\"rungs-entry:%1\"").arg(id.value())));
    EXPECT_TRUE(html.contains(QStringLiteral("shipped in Q3")));
    EXPECT_TRUE(view.details()->toPlainText().contains(QStringLiteral("done on 2026-11-22")));
    const QString button = view.findChild<QPushButton*>(QStringLiteral("markDone"))->text();
    EXPECT_EQ(button, QStringLiteral("Add &Evidence…"));

    QSignalSpy requested(&view, &CheckpointsView::entryRequested);
    Q_EMIT view.details()->anchorClicked(QUrl(QStringLiteral("rungs-entry:%1").arg(id.value())));
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toLongLong(), id.value());
}

TEST_F(CheckpointsViewTest, DeletingTheEntryBehindEvidenceTakesItOffTheCheckpoint)
{
    const auto id = m_workspace->addEntry(makeEntry(TestToday, QStringLiteral("delta_tech"), 2));
    ASSERT_TRUE(id.ok());
    CheckpointsView view(*m_workspace);
    const QString key = selectFirstOfP7(view);
    ASSERT_TRUE(m_workspace
                    ->markCheckpointDone(key, TestToday,
                                         {QStringLiteral("entry:%1").arg(id.value())}, false)
                    .ok());
    ASSERT_EQ(m_workspace->evidence().value(key).size(), 1);
    ASSERT_TRUE(m_workspace->removeEntries({*m_workspace->entry(id.value())}).ok());
    EXPECT_TRUE(m_workspace->evidence().value(key).isEmpty());
    EXPECT_FALSE(view.details()->toHtml().contains(QStringLiteral("rungs-entry:")));
}

TEST_F(CheckpointsViewTest, SelectCheckpointShowsItsLevelEvenWhenTheDimensionFilterHidesIt)
{
    CheckpointsView view(*m_workspace);
    const Checkpoint p8 = m_workspace->framework().levels[2].checkpoints[0];
    auto* dimension = view.findChild<QComboBox*>();
    ASSERT_NE(dimension, nullptr);
    // Filter on a dimension other than the checkpoint's.
    for (int i = 1; i < dimension->count(); ++i) {
        if (dimension->itemData(i).toString() != p8.dimensionKey) {
            dimension->setCurrentIndex(i);
            break;
        }
    }
    ASSERT_TRUE(view.selectCheckpoint(p8.key));
    EXPECT_EQ(view.levelTabs()->currentIndex(), 2);
    EXPECT_EQ(view.selectedCheckpoint(), p8.key);
    EXPECT_EQ(dimension->currentIndex(), 0);
    EXPECT_FALSE(view.selectCheckpoint(QStringLiteral("no-such-checkpoint")));
}

TEST_F(CheckpointsViewTest, RemovingEvidenceKeepsTheStatus)
{
    CheckpointsView view(*m_workspace);
    const QString key = selectFirstOfP7(view);
    ASSERT_TRUE(m_workspace
                    ->markCheckpointDone(key, TestToday,
                                         {QStringLiteral("https://example.com/a"),
                                          QStringLiteral("https://example.com/b")},
                                         false)
                    .ok());
    const qint64 first = m_workspace->evidence().value(key).first().id;
    ASSERT_TRUE(m_workspace->removeEvidence(first).ok());
    EXPECT_EQ(stored(QStringLiteral("SELECT group_concat(reference) FROM evidence")).toString(),
              QStringLiteral("https://example.com/b"));
    EXPECT_EQ(stored(QStringLiteral("SELECT status FROM checkpoint_progress")).toString(),
              QStringLiteral("done"));
    EXPECT_FALSE(view.details()->toHtml().contains(QStringLiteral("example.com/a")));
    EXPECT_FALSE(m_workspace->removeEvidence(first).ok());
}

TEST_F(CheckpointsViewTest, ADecisionRecordPickedByTitleIsAddedAsEvidenceById)
{
    Adr older;
    older.title = QStringLiteral("Use Consul for configuration");
    older.number = 3;
    older.date = QDate(2026, 1, 5);
    Adr etcd;
    etcd.title = QStringLiteral("Move configuration to etcd");
    etcd.number = 7;
    etcd.date = QDate(2026, 3, 9);
    ASSERT_TRUE(m_workspace->addAdr(older).ok());
    auto etcdId = m_workspace->addAdr(etcd);
    ASSERT_TRUE(etcdId.ok());

    CheckpointsView view(*m_workspace);
    const QString key = selectFirstOfP7(view);
    MarkDoneDialog* dialog = view.markDone();
    ASSERT_NE(dialog, nullptr);
    auto* evidence = dialog->findChild<QPlainTextEdit*>();
    QTest::keyClicks(evidence, QStringLiteral("https://git.example.com/pr/42"));
    auto* picker = dialog->findChild<QComboBox*>();
    ASSERT_NE(picker, nullptr);
    EXPECT_EQ(picker->count(), 2);
    const int index = picker->findText(QStringLiteral("etcd"), Qt::MatchContains);
    ASSERT_GE(index, 0);
    EXPECT_EQ(picker->itemText(index),
              QStringLiteral("ADR-0007 · Move configuration to etcd (proposed)"));
    Q_EMIT picker->activated(index);
    EXPECT_EQ(evidence->toPlainText(),
              QStringLiteral("https://git.example.com/pr/42\nadr:%1").arg(etcdId.value()));
    save(dialog);
    EXPECT_EQ(stored(QStringLiteral("SELECT group_concat(kind || ' ' || adr_id, ',') FROM evidence "
                                    "WHERE checkpoint_key = '%1' AND kind = 'adr'")
                         .arg(key))
                  .toString(),
              QStringLiteral("adr %1").arg(etcdId.value()));
}
