// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrendChart.h"

#include "ChartStyle.h"

#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

using ChartStyle::GridColour;
using ChartStyle::LabelColour;

QPointF chartPoint(const QDate& day, double percent)
{
    return {ChartStyle::chartX(day), std::clamp(percent, 0.0, 100.0)};
}

/**
 * The most ticks, up to 7, that fall exactly on points when the points are evenly
 * spaced (weeks): the intervals between points must split evenly into tick intervals.
 */
int tickCount(qsizetype points)
{
    const auto intervals = std::max<qsizetype>(points - 1, 1);
    for (qsizetype ticks = std::min<qsizetype>(intervals, 6); ticks > 1; --ticks) {
        if (intervals % ticks == 0)
            return int(ticks) + 1;
    }
    return 2;
}

} // namespace

QChart* TrendChart::build(const QList<std::pair<QDate, double>>& points)
{
    auto* chart = new QChart;
    ChartStyle::applyPlain(chart);
    chart->setMargins(QMargins(4, 4, 8, 4));
    chart->legend()->hide();

    auto* days = new QDateTimeAxis;
    // Numbers only: QDateTime::toString() writes month names in English whatever the
    // language, and a few weeks need no year.
    days->setFormat(QStringLiteral("MM-dd"));
    days->setTickCount(tickCount(points.size()));
    days->setGridLinePen(QPen(GridColour, 1.0));
    days->setLabelsColor(LabelColour);
    if (!points.isEmpty()) {
        auto [first, last] =
            std::minmax_element(points.begin(), points.end(),
                                [](const auto& a, const auto& b) { return a.first < b.first; });
        QDate from = first->first;
        QDate to = last->first;
        if (from == to) { // a range of nothing cannot be drawn
            from = from.addDays(-3);
            to = to.addDays(3);
        }
        days->setRange(QDateTime(from, QTime(0, 0)), QDateTime(to, QTime(0, 0)));
    }
    chart->addAxis(days, Qt::AlignBottom);

    auto* percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setTickCount(5);
    percent->setLabelFormat(QStringLiteral("%.0f %%"));
    percent->setGridLinePen(QPen(GridColour, 1.0));
    percent->setLabelsColor(LabelColour);
    chart->addAxis(percent, Qt::AlignLeft);

    auto* line = new QLineSeries;
    QList<QPointF> xy;
    xy.reserve(points.size());
    for (const auto& [day, value] : points)
        xy << chartPoint(day, value);
    line->replace(xy);
    line->setPen(QPen(ChartStyle::paletteColour(0), 2.2));
    line->setPointsVisible(true);
    chart->addSeries(line);
    line->attachAxis(days);
    line->attachAxis(percent);

    QObject::connect(line, &QLineSeries::hovered, line, [points](const QPointF& point, bool state) {
        if (!state) {
            QToolTip::hideText();
            return;
        }
        // The point nearest to the pointer, by day.
        const auto nearest =
            std::min_element(points.begin(), points.end(), [&](const auto& a, const auto& b) {
                return std::abs(chartPoint(a.first, 0).x() - point.x()) <
                       std::abs(chartPoint(b.first, 0).x() - point.x());
            });
        if (nearest == points.end())
            return;
        QToolTip::showText(QCursor::pos(),
                           TrendChart::tr("Week of %1: %2 %")
                               .arg(QLocale().toString(nearest->first, QLocale::ShortFormat))
                               .arg(qRound(nearest->second)));
    });
    return chart;
}
