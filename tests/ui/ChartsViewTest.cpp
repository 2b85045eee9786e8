// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ChartsView.h"

#include "TestEntries.h"
#include "WorkspaceTest.h"
#include "charts/ProgressChart.h"

#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

class ChartsViewTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WorkspaceTest::SetUp());
        useOwnConfigFolder();
    }

    /** One p99_latency_ms entry a day for days days up to today, falling 1 ms a day. */
    void logLatency(int days)
    {
        QList<Entry> entries;
        for (int i = 0; i < days; ++i)
            entries << makeEntry(TestToday.addDays(-i), u"p99_latency_ms"_s, 200 + i);
        ASSERT_TRUE(m_workspace->importEntries(entries, {}).ok());
    }
};

} // namespace

TEST_F(ChartsViewTest, TheChartFillsTheViewBesideTheControls)
{
    ChartsView view(*m_workspace);
    view.resize(1100, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    auto* chartView = view.findChild<QChartView*>();
    ASSERT_NE(chartView, nullptr);
    EXPECT_GT(chartView->width(), 600);
    EXPECT_GT(chartView->height(), 450);
    EXPECT_NEAR(view.chart()->size().width(), chartView->width(), 2);
    EXPECT_NEAR(view.chart()->size().height(), chartView->height(), 2);
}

TEST_F(ChartsViewTest, TheChartFillsTheViewWhenItsPageIsShownLater)
{
    QStackedWidget pages;
    auto* first = new QWidget;
    auto* view = new ChartsView(*m_workspace);
    pages.addWidget(first);
    pages.addWidget(view);
    pages.resize(1100, 700);
    pages.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pages));
    pages.setCurrentWidget(view);
    QCoreApplication::processEvents();
    auto* chartView = view->findChild<QChartView*>();
    EXPECT_NEAR(view->chart()->size().width(), chartView->width(), 2);
    EXPECT_NEAR(view->chart()->size().height(), chartView->height(), 2);
}

TEST_F(ChartsViewTest, TickedMetricIsDrawnWithItsForecastSpelledOut)
{
    logLatency(60); // 259 ms sixty days ago, falling 1 ms a day to 200 ms today
    ChartsView view(*m_workspace);
    view.setLines({u"p99_latency_ms"_s});
    const ProgressChartData& data = view.chart()->data();
    ASSERT_EQ(data.lines.size(), 1);
    EXPECT_EQ(data.lines[0].key, u"p99_latency_ms"_s);
    auto* forecast = view.findChild<QLabel*>();
    ASSERT_NE(forecast, nullptr);
    const QStringList texts = [&] {
        QStringList t;
        for (QLabel* label : view.findChildren<QLabel*>())
            t << label->text();
        return t;
    }();
    EXPECT_TRUE(texts.join(u'\n').contains(u"P99 latency"_s)) << texts.join(u'\n').toStdString();
}

TEST_F(ChartsViewTest, ZoomKeysNarrowTheDaysAndKeepThePointsWithinThePixels)
{
    logLatency(3 * 365);
    ChartsView view(*m_workspace);
    view.resize(1000, 650);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setLines({u"p99_latency_ms"_s});
    auto* days = view.findChild<QComboBox*>();
    ASSERT_NE(days, nullptr);
    days->setCurrentIndex(3); // everything
    auto* period = view.findChildren<QComboBox*>().at(1);
    period->setCurrentIndex(0); // per day
    QCoreApplication::processEvents();
    ProgressChart* chart = view.chart();
    const qint64 before = chart->visibleFrom().daysTo(chart->visibleTo());
    EXPECT_EQ(before, 3 * 365 - 1);
    const double width = chart->plotArea().width();
    EXPECT_LE(chart->drawnPointCount(), qsizetype(2 * std::ceil(width)));

    auto* chartView = view.findChild<QChartView*>();
    chartView->setFocus();
    QTest::keyClick(chartView, Qt::Key_Plus);
    const qint64 zoomed = chart->visibleFrom().daysTo(chart->visibleTo());
    EXPECT_NEAR(double(zoomed), double(before) / 2, 2);
    const QDate from = chart->visibleFrom();
    QTest::keyClick(chartView, Qt::Key_Left);
    EXPECT_LT(chart->visibleFrom(), from);
    QTest::keyClick(chartView, Qt::Key_Home);
    EXPECT_EQ(chart->visibleFrom().daysTo(chart->visibleTo()), before);
}

TEST_F(ChartsViewTest, ExportWritesThePlottedValuesAsCsvAndThePictureAsPng)
{
    logLatency(10);
    ChartsView view(*m_workspace);
    view.resize(900, 600);
    view.setLines({u"p99_latency_ms"_s});
    auto* period = view.findChildren<QComboBox*>().at(1);
    period->setCurrentIndex(0); // per day

    const QString csv = m_temp.path(u"chart.csv"_s);
    ASSERT_TRUE(view.exportTo(csv).ok());
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = file.readAll().split('\n');
    ASSERT_GE(rows.size(), 11);
    EXPECT_EQ(rows[0], "date,series,value,average");
    // Ten days logged, 209 ms nine days ago down to 200 ms today.
    EXPECT_EQ(rows[1],
              (TestToday.addDays(-9).toString(Qt::ISODate) + u",p99_latency_ms,209,"_s).toUtf8());
    EXPECT_EQ(rows[10], (TestToday.toString(Qt::ISODate) + u",p99_latency_ms,200,"_s).toUtf8());

    const QString png = m_temp.path(u"chart.png"_s);
    ASSERT_TRUE(view.exportTo(png).ok());
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    // The line is drawn in the first palette colour somewhere on the white.
    bool blue = false;
    for (int y = 0; y < image.height() && !blue; y += 2)
        for (int x = 0; x < image.width() && !blue; x += 2)
            blue = image.pixelColor(x, y) == QColor(0x25, 0x63, 0xeb);
    EXPECT_TRUE(blue);
}

TEST_F(ChartsViewTest, ChoicesAreRememberedForTheNextWindow)
{
    {
        ChartsView view(*m_workspace);
        view.setLines({u"p99_latency_ms"_s, u"composite"_s});
        view.findChildren<QComboBox*>().at(1)->setCurrentIndex(2); // per month
    }
    ChartsView again(*m_workspace);
    const ProgressChartRequest r = again.request();
    EXPECT_EQ(r.metrics, QStringList{u"p99_latency_ms"_s});
    EXPECT_TRUE(r.composite);
    EXPECT_FALSE(r.checkpoints);
    EXPECT_EQ(r.period, SeriesAggregation::Period::Month);
}

TEST_F(ChartsViewTest, AShownChartSettlesInsteadOfRedrawingForever)
{
    logLatency(3 * 365);
    ChartsView view(*m_workspace);
    view.resize(1000, 650);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setLines({u"p99_latency_ms"_s, u"composite"_s});
    view.findChild<QComboBox*>()->setCurrentIndex(3); // everything
    QTest::qWait(100);
    // Each redraw relabels the axes and so lays the chart out again: a redraw that
    // answered every layout would never stop.
    QSignalSpy laidOut(view.chart(), &QChart::plotAreaChanged);
    QTest::qWait(300);
    EXPECT_EQ(laidOut.count(), 0);
}
