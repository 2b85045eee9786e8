// SPDX-License-Identifier: GPL-3.0-or-later
// The progress chart off screen: how often its many points are placed, and axes that
// do not depend on how the chart got to the days it shows.
#include "charts/ProgressChart.h"

#include "charts/ChartExporter.h"

#include <QTemporaryDir>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/** Ten years of a daily metric between 0 and 240, its average, and two targets. */
ProgressChartData tenYears()
{
    ProgressChartData data;
    data.to = QDate(2026, 11, 22);
    data.from = data.to.addDays(-3649);
    data.targetLevel = u"P7"_s;
    ProgressLine line;
    line.key = u"delta_tech"_s;
    line.name = u"Technical contributions"_s;
    line.unit = u"count/day"_s;
    for (QDate day = data.from; day <= data.to; day = day.addDays(1)) {
        const double phase = double(day.toJulianDay()) / 30.0;
        line.points << SeriesPoint{day, 120 + 120 * std::sin(phase)};
        line.average << SeriesPoint{day, 120 + 60 * std::sin(phase / 12)};
    }
    line.targets = {{u"P6"_s, 100, false}, {u"P7"_s, 150, true}};
    data.lines << line;
    return data;
}

QValueAxis* valueAxis(const QChart& chart)
{
    const QList<QAbstractAxis*> axes = chart.axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(axes.first());
}

} // namespace

TEST(ProgressChart, AChartExportedWithoutAViewIsThinnedOnceAtEachExportsWidth)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ProgressChart chart;
    chart.setData(tenYears(), {true, true});

    ASSERT_TRUE(ChartExporter::save(&chart, dir.filePath(u"wide.svg"_s), QSize(1200, 900)).ok());
    EXPECT_EQ(chart.thinCount(), 1);
    const double width = chart.plotArea().width();
    EXPECT_GT(width, 1000);
    // The line at two points a column, its average at one: drawn for this width.
    EXPECT_LE(chart.drawnPointCount(), qsizetype(3 * std::ceil(width)));
    EXPECT_GT(chart.drawnPointCount(), qsizetype(2 * std::ceil(width)));

    ASSERT_TRUE(ChartExporter::save(&chart, dir.filePath(u"small.png"_s), QSize(640, 400)).ok());
    EXPECT_EQ(chart.thinCount(), 2);
    EXPECT_LE(chart.drawnPointCount(), qsizetype(3 * std::ceil(chart.plotArea().width())));
}

TEST(ProgressChart, TheValueAxisDependsOnTheDaysShownNotOnTheWayThere)
{
    ProgressChart chart;
    chart.setData(tenYears(), {true, true});
    QValueAxis* axis = valueAxis(chart);
    ASSERT_NE(axis, nullptr);
    const double min = axis->min();
    const double max = axis->max();
    const int ticks = axis->tickCount();
    EXPECT_EQ(min, 0);
    EXPECT_GE(max, 240);

    chart.zoomDays(4);
    chart.panDays(-0.5);
    chart.showAllDays();
    EXPECT_EQ(axis->min(), min);
    EXPECT_EQ(axis->max(), max);
    EXPECT_EQ(axis->tickCount(), ticks);
}
