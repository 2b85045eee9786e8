// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/CompositePanel.h"

#include "TestEntries.h"
#include "Workspace.h"
#include "WorkspaceTest.h"
#include "charts/ChartView.h"
#include "dialogs/WeightsDialog.h"

#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

class CompositePanelTest : public WorkspaceTest
{
protected:
    static QLabel* label(const CompositePanel& panel, const char* name)
    {
        auto* found = panel.findChild<QLabel*>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    void log(const QList<Entry>& entries)
    {
        for (const Entry& e : entries)
            ASSERT_TRUE(m_workspace->addEntry(e).ok());
    }
};

} // namespace

TEST_F(CompositePanelTest, EmptyDatabaseExplainsInWordsInsteadOfAChart)
{
    CompositePanel panel(*m_workspace);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    EXPECT_EQ(label(panel, "compositeScore")->text(),
              u"Log entries for at least two weeks to see a composite score"_s);
    EXPECT_FALSE(panel.view()->isVisible());
    EXPECT_FALSE(label(panel, "compositeChange")->isVisible());
    EXPECT_FALSE(label(panel, "compositeWeights")->isVisible());
    EXPECT_FALSE(label(panel, "compositeNotes")->isVisible());
}

TEST_F(CompositePanelTest, ThreeWeeksShowThisWeeksScoreItsChangeTheTrendAndTheWeights)
{
    CompositePanel panel(*m_workspace);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    log(compositeExampleEntries());
    CompositeSettings settings;
    settings.weights = {{u"alert_hours_week"_s, 3}};
    ASSERT_TRUE(m_workspace->setCompositeSettings(settings).ok());

    // Weeks score 0, 0.7920722277 and 0.8539638862 (TestEntries.h): 79 % → 85 %.
    EXPECT_EQ(label(panel, "compositeScore")->text(), u"Composite score this week: 85 %"_s);
    QLabel* change = label(panel, "compositeChange");
    EXPECT_TRUE(change->isVisible());
    EXPECT_EQ(change->text(), u"+6 points since last week"_s);
    // Blended weights 0.4158555446 and 0.5841444554, the larger first.
    EXPECT_EQ(label(panel, "compositeWeights")->text(),
              u"Weights in use: Hours on alerts and upgrades: 58 % · "
              u"Δ tech: new capability mastered: 42 %"_s);
    EXPECT_FALSE(label(panel, "compositeNotes")->isVisible());

    ASSERT_TRUE(panel.view()->isVisible());
    EXPECT_EQ(panel.view()->height(), 180);
    const QList<QAbstractSeries*> series = panel.view()->chart()->series();
    ASSERT_EQ(series.size(), 1);
    auto* line = qobject_cast<QLineSeries*>(series.constFirst());
    ASSERT_NE(line, nullptr);
    ASSERT_EQ(line->count(), 3);
    EXPECT_NEAR(line->at(1).y(), 79.207222767769, 1e-9);
    EXPECT_NEAR(line->at(2).y(), 85.396388616115, 1e-9);
}

TEST_F(CompositePanelTest, ADropSaysHowManyPointsWereLost)
{
    CompositePanel panel(*m_workspace);
    // delta_tech alone, weekly sums 1, 4, 3 → z 0, 1, 2/3: 100 % → 67 %.
    log({makeEntry(nov(3), u"delta_tech"_s, 1), makeEntry(nov(10), u"delta_tech"_s, 4),
         makeEntry(nov(20), u"delta_tech"_s, 3)});
    EXPECT_EQ(label(panel, "compositeScore")->text(), u"Composite score this week: 67 %"_s);
    EXPECT_EQ(label(panel, "compositeChange")->text(), u"−33 points since last week"_s);
}

TEST_F(CompositePanelTest, NotesOnDegenerateCasesShowInItalic)
{
    CompositePanel panel(*m_workspace);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    // delta_business logs 2 every week: it cannot tell the weeks apart.
    log({makeEntry(nov(3), u"delta_tech"_s, 1), makeEntry(nov(10), u"delta_tech"_s, 4),
         makeEntry(nov(3), u"delta_business"_s, 2), makeEntry(nov(10), u"delta_business"_s, 2),
         makeEntry(nov(17), u"delta_business"_s, 2)});
    QLabel* notes = label(panel, "compositeNotes");
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->font().italic());
    EXPECT_TRUE(notes->text().contains(
        u"\"Δ business: rule mapped to design\" has the same value in every period"_s))
        << notes->text().toStdString();
}

TEST_F(CompositePanelTest, OneWeekOfEntriesIsExplained)
{
    CompositePanel panel(*m_workspace);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    log({makeEntry(nov(17), u"delta_tech"_s, 1), makeEntry(nov(19), u"delta_tech"_s, 2)});
    EXPECT_EQ(label(panel, "compositeScore")->text(),
              u"Log entries for at least two weeks to see a composite score"_s);
    QLabel* notes = label(panel, "compositeNotes");
    EXPECT_TRUE(notes->isVisible());
    EXPECT_TRUE(notes->text().contains(u"one week"_s)) << notes->text().toStdString();
    EXPECT_FALSE(panel.view()->isVisible());
}

TEST_F(CompositePanelTest, WeightsButtonOpensTheDialog)
{
    CompositePanel panel(*m_workspace);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QPushButton* weights = nullptr;
    for (QPushButton* button : panel.findChildren<QPushButton*>())
        weights = button->text() == u"&Weights…"_s ? button : weights;
    ASSERT_NE(weights, nullptr);
    QTest::mouseClick(weights, Qt::LeftButton);
    auto* dialog = panel.findChild<WeightsDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
}

TEST_F(CompositePanelTest, ManyMetricsShowTheThreeLargestWeightsAndTheRestInTheTooltip)
{
    CompositePanel panel(*m_workspace);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    log(compositeExampleEntries());
    const QStringList more = {u"delta_business"_s, u"delta_resilience"_s, u"gc_pause_ms"_s};
    for (int i = 0; i < more.size(); ++i) {
        log({makeEntry(nov(3), more[i], 1 + i), makeEntry(nov(10), more[i], 3 * (i + 1)),
             makeEntry(nov(17), more[i], 2 + i * i)});
    }

    // Five weights; the tooltip lists them all, largest first.
    QLabel* weights = label(panel, "compositeWeights");
    const QString all = weights->toolTip();
    ASSERT_TRUE(all.startsWith(u"Weights in use: "_s)) << all.toStdString();
    const QStringList items = all.mid(16).split(u" · "_s);
    ASSERT_EQ(items.size(), 5) << all.toStdString();
    QList<int> percents;
    static const QRegularExpression percentAtEnd(u"(\\d+) %$"_s);
    for (const QString& item : items)
        percents << percentAtEnd.match(item).captured(1).toInt();
    EXPECT_TRUE(std::is_sorted(percents.rbegin(), percents.rend())) << all.toStdString();

    EXPECT_EQ(weights->text(),
              u"Largest weights: "_s + items.mid(0, 3).join(u" · "_s) + u" and 2 more"_s);
}
