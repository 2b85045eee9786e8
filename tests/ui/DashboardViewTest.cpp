// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/DashboardView.h"

#include "AssessmentTableModel.h"
#include "CheckpointProgressStore.h"
#include "TempDatabase.h"
#include "TestEntries.h"
#include "Workspace.h"
#include "WorkspaceTest.h"
#include "dialogs/AssessDialog.h"
#include "views/RadarPanel.h"

#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class DashboardViewTest : public WorkspaceTest
{
protected:
    void log(const QDate& day)
    {
        ASSERT_TRUE(m_workspace->addEntry(makeEntry(day, QStringLiteral("delta_tech"), 1)).ok());
    }

    static QLabel* label(const DashboardView& view, const char* name)
    {
        auto* found = view.findChild<QLabel*>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }
};

} // namespace

TEST_F(DashboardViewTest, ShowsStreakOnceEntriesAreAddedThroughTheWorkspace)
{
    DashboardView view(*m_workspace);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_EQ(label(view, "streak")->text(), QStringLiteral("Streak: 0 days in a row"));
    EXPECT_TRUE(label(view, "nothingToday")->isVisible());

    log(TestToday.addDays(-2));
    log(TestToday.addDays(-1));
    log(TestToday);

    EXPECT_EQ(label(view, "streak")->text(), QStringLiteral("Streak: 3 days in a row"));
    EXPECT_FALSE(label(view, "nothingToday")->isVisible());
}

TEST_F(DashboardViewTest, StreakThroughYesterdayStillSaysNothingLoggedToday)
{
    DashboardView view(*m_workspace);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    log(TestToday.addDays(-5)); // before the gap: not part of the streak
    log(TestToday.addDays(-2));
    log(TestToday.addDays(-1));

    EXPECT_EQ(label(view, "streak")->text(), QStringLiteral("Streak: 2 days in a row"));
    QLabel* hint = label(view, "nothingToday");
    EXPECT_TRUE(hint->isVisible());
    EXPECT_EQ(hint->text(), QStringLiteral("Nothing logged today yet"));
}

TEST_F(DashboardViewTest, ShowsNewestSelfAssessmentBesideBothLevelsExpectations)
{
    DashboardView view(*m_workspace);
    auto* table = view.findChild<QTableView*>();
    ASSERT_NE(table, nullptr);
    auto* model = qobject_cast<AssessmentTableModel*>(table->model());
    ASSERT_NE(model, nullptr);
    const QModelIndex influence = model->indexFromDimension(QStringLiteral("influence"));
    ASSERT_TRUE(influence.isValid());
    const auto cell = [&](int column) {
        return influence.siblingAtColumn(column).data().toString();
    };
    EXPECT_EQ(cell(AssessmentTableModel::ScoreColumn), QStringLiteral("not assessed"));

    for (const auto& [score, day] :
         {std::pair{2.5, TestToday.addDays(-21)}, std::pair{3.5, TestToday}}) {
        Assessment a;
        a.day = day;
        a.frameworkKey = QStringLiteral("go-backend");
        a.dimensionKey = QStringLiteral("influence");
        a.score = score;
        ASSERT_TRUE(m_workspace->addAssessment(a).ok());
    }

    const QModelIndex again = model->indexFromDimension(QStringLiteral("influence"));
    ASSERT_TRUE(again.isValid());
    EXPECT_EQ(again.siblingAtColumn(AssessmentTableModel::ScoreColumn).data().toString(),
              QStringLiteral("3.5 (2026-11-22)"));
    EXPECT_EQ(again.siblingAtColumn(AssessmentTableModel::CurrentColumn).data().toString(),
              QStringLiteral("1.5"));
    EXPECT_EQ(again.siblingAtColumn(AssessmentTableModel::TargetColumn).data().toString(),
              QStringLiteral("3"));
    EXPECT_EQ(model->headerData(AssessmentTableModel::TargetColumn, Qt::Horizontal).toString(),
              QStringLiteral("P7 expects"));
}

TEST_F(DashboardViewTest, AssessButtonOpensDialogForTheSelectedDimension)
{
    DashboardView view(*m_workspace);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableView*>();
    auto* model = qobject_cast<AssessmentTableModel*>(table->model());
    ASSERT_NE(model, nullptr);
    table->setCurrentIndex(model->indexFromDimension(QStringLiteral("technical_judgment")));

    QPushButton* assess = nullptr;
    for (QPushButton* button : view.findChildren<QPushButton*>())
        assess = button->text() == QStringLiteral("&Assess…") ? button : assess;
    ASSERT_NE(assess, nullptr);
    QTest::mouseClick(assess, Qt::LeftButton);

    auto* dialog = view.findChild<AssessDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->dimension(), QStringLiteral("technical_judgment"));
    dialog->reject();
}

TEST_F(DashboardViewTest, ReadinessOfTheTargetLevelRisesWhenACheckpointIsDone)
{
    DashboardView view(*m_workspace);
    const auto standing = [&view] {
        QString text;
        const auto labels = view.findChildren<QLabel*>();
        for (const QLabel* l : labels) {
            if (l->text().contains(QStringLiteral("checkpoints done")))
                text = l->text();
        }
        return text;
    };
    EXPECT_TRUE(standing().contains(QStringLiteral("0 of 13 checkpoints done")));
    EXPECT_TRUE(standing().contains(QStringLiteral("readiness <b>0&nbsp;%</b>")))
        << standing().toStdString();
    // One P7 checkpoint of 13 done, nothing assessed: (1/13 + 0) / 2 = 3.8 % → 4 %.
    const Framework& f = m_workspace->framework();
    ASSERT_TRUE(CheckpointProgressStore(*m_db)
                    .markDone(f, f.level(QStringLiteral("P7"))->checkpoints.first().key, TestToday,
                              {QStringLiteral("https://example.com/pr/1")}, false)
                    .ok());
    ASSERT_TRUE(m_workspace->reload().ok());
    EXPECT_TRUE(
        standing().contains(QStringLiteral("readiness <b>4&nbsp;%</b> · 1 of 13 checkpoints done")))
        << standing().toStdString();
}

TEST_F(DashboardViewTest, NextCheckpointsPutTheOneInProgressFirstAndLinkToIt)
{
    DashboardView view(*m_workspace);
    // A copy: every checkpoint write reloads the framework.
    const Level p7 = *m_workspace->framework().level(QStringLiteral("P7"));
    ASSERT_GE(p7.checkpoints.size(), 5);
    const QString first = p7.checkpoints[0].key;
    const QString started = p7.checkpoints[4].key;
    ASSERT_TRUE(m_workspace->markCheckpointDone(first, TestToday, {}, true).ok());
    ASSERT_TRUE(m_workspace->markCheckpointInProgress(started, TestToday).ok());

    const QString text = label(view, "nextCheckpoints")->text();
    // Three links: the started one, then the first two not started (the done one is skipped).
    EXPECT_EQ(text.count(QStringLiteral("<a href=")), 3) << text.toStdString();
    const qsizetype startedAt = text.indexOf(QStringLiteral("href=\"%1\"").arg(started));
    const qsizetype secondAt =
        text.indexOf(QStringLiteral("href=\"%1\"").arg(p7.checkpoints[1].key));
    ASSERT_GE(startedAt, 0);
    ASSERT_GE(secondAt, 0);
    EXPECT_LT(startedAt, secondAt);
    EXPECT_FALSE(text.contains(QStringLiteral("href=\"%1\"").arg(first)));

    QSignalSpy requested(&view, &DashboardView::checkpointRequested);
    Q_EMIT label(view, "nextCheckpoints")->linkActivated(started);
    ASSERT_EQ(requested.size(), 1);
    EXPECT_EQ(requested.first().first().toString(), started);
}

TEST_F(DashboardViewTest, RadarExportWritesTheChartAsShownToAnImage)
{
    ASSERT_TRUE(
        m_workspace
            ->addAssessment(Assessment{0, TestToday, m_workspace->framework().key,
                                       QStringLiteral("technical_judgment"), 4.5, QString()})
            .ok());
    DashboardView view(*m_workspace);
    view.resize(1200, 800);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QString path = m_temp.path(QStringLiteral("radar.png"));
    ASSERT_TRUE(view.radar()->exportTo(path).ok());
    const QImage image(path);
    ASSERT_FALSE(image.isNull());
    // The view's size at twice the pixels, and not a blank page: the filled profile is blue.
    EXPECT_GE(image.width(), 2 * 600);
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            const QColor c = image.pixelColor(x, y);
            coloured += c.saturation() > 80;
        }
    }
    EXPECT_GT(coloured, 100);
}
