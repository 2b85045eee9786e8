// SPDX-License-Identifier: GPL-3.0-or-later
// The weekly trend line drawn from plain (day, percent) points.
#include "charts/TrendChart.h"

#include "charts/ChartExporter.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <memory>

namespace {

QDate nov(int day)
{
    return QDate(2026, 11, day);
}

template <typename Axis>
Axis* axis(QChart* chart, Qt::Orientation orientation)
{
    const QList<QAbstractAxis*> found = chart->axes(orientation);
    EXPECT_EQ(found.size(), 1);
    return found.isEmpty() ? nullptr : qobject_cast<Axis*>(found.constFirst());
}

QLineSeries* onlyLine(QChart* chart)
{
    const QList<QAbstractSeries*> all = chart->series();
    EXPECT_EQ(all.size(), 1);
    return all.isEmpty() ? nullptr : qobject_cast<QLineSeries*>(all.constFirst());
}

QList<std::pair<QDate, double>> weeks(int count)
{
    QList<std::pair<QDate, double>> points;
    for (int i = 0; i < count; ++i)
        points.append({nov(2).addDays(7 * i), 10.0 * i});
    return points;
}

} // namespace

TEST(TrendChart, SeriesHoldsThePointsGivenOnAZeroToHundredPercentScale)
{
    std::unique_ptr<QChart> chart(
        TrendChart::build({{nov(2), 0}, {nov(9), 79.2}, {nov(16), 85.4}}));
    QLineSeries* line = onlyLine(chart.get());
    ASSERT_NE(line, nullptr);
    const QList<QPointF> points = line->points();
    ASSERT_EQ(points.size(), 3);
    const QList<QDate> days = {nov(2), nov(9), nov(16)};
    const QList<double> values = {0, 79.2, 85.4};
    for (qsizetype i = 0; i < points.size(); ++i) {
        EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(points[i].x())).date(), days[i]);
        EXPECT_DOUBLE_EQ(points[i].y(), values[i]);
    }

    auto* percent = axis<QValueAxis>(chart.get(), Qt::Vertical);
    ASSERT_NE(percent, nullptr);
    EXPECT_EQ(percent->min(), 0);
    EXPECT_EQ(percent->max(), 100);
    auto* time = axis<QDateTimeAxis>(chart.get(), Qt::Horizontal);
    ASSERT_NE(time, nullptr);
    EXPECT_EQ(time->min().date(), nov(2));
    EXPECT_EQ(time->max().date(), nov(16));
    EXPECT_EQ(line->attachedAxes().size(), 2);
}

TEST(TrendChart, ValuesOutsideTheScaleAreDrawnAtItsEdges)
{
    std::unique_ptr<QChart> chart(TrendChart::build({{nov(2), -5}, {nov(9), 130}}));
    QLineSeries* line = onlyLine(chart.get());
    ASSERT_NE(line, nullptr);
    ASSERT_EQ(line->count(), 2);
    EXPECT_EQ(line->at(0).y(), 0);
    EXPECT_EQ(line->at(1).y(), 100);
}

TEST(TrendChart, ASinglePointGetsAFewDaysEitherSide)
{
    std::unique_ptr<QChart> chart(TrendChart::build({{nov(16), 50}}));
    auto* time = axis<QDateTimeAxis>(chart.get(), Qt::Horizontal);
    ASSERT_NE(time, nullptr);
    EXPECT_EQ(time->min().date(), nov(13));
    EXPECT_EQ(time->max().date(), nov(19));
}

TEST(TrendChart, DateTicksFallOnWeeksWhereTheyCan)
{
    // 3 weeks: 2 intervals, a tick on each week. 13 weeks: 12 intervals in 6 steps of two
    // weeks, 7 ticks. 14 weeks: 13 intervals split evenly only as one: the two ends.
    for (const auto& [count, ticks] : {std::pair{3, 3}, std::pair{13, 7}, std::pair{14, 2}}) {
        std::unique_ptr<QChart> chart(TrendChart::build(weeks(count)));
        auto* time = axis<QDateTimeAxis>(chart.get(), Qt::Horizontal);
        ASSERT_NE(time, nullptr);
        EXPECT_EQ(time->tickCount(), ticks) << count << " weeks";
    }
}

TEST(TrendChart, ExportedPictureShowsTheLine)
{
    std::unique_ptr<QChart> chart(TrendChart::build(weeks(5)));
    QLineSeries* line = onlyLine(chart.get());
    ASSERT_NE(line, nullptr);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("trend.png"));
    ASSERT_TRUE(ChartExporter::save(chart.get(), file, QSize(480, 180)).ok());
    const QImage image(file);
    ASSERT_FALSE(image.isNull());
    const QColor colour = line->pen().color();
    int near = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            near += std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                        std::abs(c.blue() - colour.blue()) <
                    30;
        }
    }
    EXPECT_GT(near, 200) << "pixels of the line's colour: " << near;
}
