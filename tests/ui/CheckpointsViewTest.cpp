// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/CheckpointsView.h"

#include "Readiness.h"
#include "TempDatabase.h"
#include "WorkspaceTest.h"
#include "dialogs/MarkDoneDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

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
