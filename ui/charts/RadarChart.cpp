// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarChart.h"

#include "ChartStyle.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPolarChart>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

using ChartStyle::hideFromLegend;
using ChartStyle::LabelColour;
using ChartStyle::palette;

const QColor WebColour = ChartStyle::GridColour;
const QColor OuterWebColour(0xa8, 0xae, 0xb5);
constexpr int FillAlpha = 56;

void attach(QChart* chart, QAbstractSeries* series)
{
    chart->addSeries(series);
    const QList<QAbstractAxis*> axes = chart->axes();
    for (QAbstractAxis* axis : axes)
        series->attachAxis(axis);
}

/**
 * An axis label as rich text, centred, a long name on two lines of about equal length
 * (broken at the space that keeps the longer line shortest). Qt Charts shrinks the
 * polar plot until every label fits beside it, so one-line names such as "Distributed
 * consistency & architecture" would leave a small chart almost no plot. Always rich
 * text, escaped, so a name with "<" shows as written.
 */
QString axisLabel(const QString& name)
{
    constexpr qsizetype LongName = 18;
    qsizetype best = -1;
    qsizetype bestLongest = name.size();
    if (name.size() > LongName) {
        for (qsizetype i = name.indexOf(QLatin1Char(' ')); i >= 0;
             i = name.indexOf(QLatin1Char(' '), i + 1)) {
            const qsizetype longest = std::max(i, name.size() - i - 1);
            if (longest < bestLongest) {
                best = i;
                bestLongest = longest;
            }
        }
    }
    const QString text = best < 0 ? name.toHtmlEscaped()
                                  : name.left(best).toHtmlEscaped() + QStringLiteral("<br>") +
                                        name.mid(best + 1).toHtmlEscaped();
    return QStringLiteral("<div align=\"center\">%1</div>").arg(text);
}

QString valueText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

/** Shows which axis the pointer is nearest to and the profile's value there. */
void showValueTooltip(const RadarData& data, const RadarProfile& profile, const QPointF& point)
{
    const auto n = data.axes.size();
    if (n == 0)
        return;
    // The angular coordinate runs 0..N and N is axis 0 again.
    const auto axis = qsizetype(std::lround(point.x())) % n;
    const double value = profile.values.value(axis, 0.0);
    QToolTip::showText(
        QCursor::pos(),
        RadarChart::tr("%1\n%2: %3").arg(profile.name, data.axes[axis], valueText(value)));
}

QLineSeries* polygonSeries(const QList<double>& values, double maximum, const QPen& pen)
{
    auto* series = new QLineSeries;
    series->replace(RadarData::closedPolygon(values, maximum));
    series->setPen(pen);
    series->setPointsVisible(false);
    return series;
}

void addWeb(QChart* chart, const RadarData& data, double maximum)
{
    // A ring at every whole score and one at the maximum, the outer edge, darker.
    QList<double> rings;
    for (double ring = 1; ring < maximum; ++ring)
        rings << ring;
    rings << maximum;
    for (double ring : rings) {
        const bool outer = ring == maximum;
        const QPen pen(outer ? OuterWebColour : WebColour, outer ? 1.4 : 1.0);
        auto* series = polygonSeries(QList<double>(data.axes.size(), ring), maximum, pen);
        attach(chart, series);
        hideFromLegend(chart, series);
    }
}

/** Series is a QXYSeries or a QAreaSeries: both report hovering with the same signal. */
template <typename Series>
void showTooltipsOnHover(Series* series, const RadarData& data, const RadarProfile& profile)
{
    QObject::connect(series, &Series::hovered, series,
                     [data, profile](const QPointF& point, bool state) {
                         if (state)
                             showValueTooltip(data, profile, point);
                         else
                             QToolTip::hideText();
                     });
}

void addProfile(QChart* chart, const RadarData& data, double maximum, const RadarProfile& profile,
                const QColor& colour)
{
    QPen pen(colour, profile.style == RadarProfile::Style::Filled ? 2.5 : 2.2);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    if (profile.style == RadarProfile::Style::Dashed)
        pen.setDashPattern({4, 3});
    auto* outline = polygonSeries(profile.values, maximum, pen);
    outline->setName(profile.name);

    if (profile.style == RadarProfile::Style::Filled) {
        // On a polar chart an area's border runs from the centre to the first point and
        // back: the area gets no pen, and a line series of its own draws the outline.
        auto* area = new QAreaSeries(polygonSeries(profile.values, maximum, pen));
        area->upperSeries()->setParent(area); // the area draws it but does not own it
        area->setName(profile.name);
        area->setPen(Qt::NoPen);
        QColor fill = colour;
        fill.setAlpha(FillAlpha);
        area->setBrush(fill);
        attach(chart, area);
        // The legend shows the fill, a little stronger, inside the outline's colour.
        const QList<QLegendMarker*> markers = chart->legend()->markers(area);
        for (QLegendMarker* marker : markers) {
            marker->setBrush(QColor(colour.red(), colour.green(), colour.blue(), 2 * FillAlpha));
            marker->setPen(QPen(colour, 1.5));
        }
        showTooltipsOnHover(area, data, profile);
        attach(chart, outline);
        hideFromLegend(chart, outline);
    } else {
        attach(chart, outline);
    }
    showTooltipsOnHover(outline, data, profile);
}

} // namespace

QChart* RadarChart::build(const RadarData& data)
{
    auto* chart = new QPolarChart;
    ChartStyle::applyPlain(chart);
    chart->setMargins(QMargins(16, 16, 16, 8));

    const double maximum = data.maximum > 0 ? data.maximum : 1; // an empty scale cannot be drawn
    const auto n = std::max<qsizetype>(data.axes.size(), 1);
    auto* angular = new QCategoryAxis;
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setRange(0, double(n));
    angular->setStartValue(-1); // the first label sits on 0, which must be above the start
    for (qsizetype i = 0; i < data.axes.size(); ++i)
        angular->append(axisLabel(data.axes[i]), double(i));
    angular->setLineVisible(false); // on a polar chart the axis line is the outer circle
    angular->setGridLinePen(QPen(WebColour, 1.0));
    angular->setLabelsFont(ChartStyle::font(1.1));
    angular->setLabelsColor(LabelColour);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);

    auto* radial = new QValueAxis;
    radial->setRange(0, maximum);
    radial->setTickCount(std::max(2, int(std::floor(maximum)) + 1));
    radial->setLabelFormat(QStringLiteral("%.0f"));
    radial->setGridLineVisible(false); // circles: the web below replaces them
    radial->setMinorGridLineVisible(false);
    radial->setLineVisible(false);
    radial->setLabelsFont(ChartStyle::font(0.85));
    radial->setLabelsColor(OuterWebColour.darker(130));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    addWeb(chart, data, maximum);
    for (qsizetype i = 0; i < data.profiles.size(); ++i)
        addProfile(chart, data, maximum, data.profiles[i], palette()[i % palette().size()]);

    QLegend* legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(ChartStyle::font(1.05));
    legend->setLabelColor(LabelColour);
    // Lines show as short strokes in their dash style. Not set for the whole legend: in
    // Qt 6.4 an area's marker of shape "from series" loses its brush and pen.
    const QList<QLegendMarker*> markers = legend->markers();
    for (QLegendMarker* marker : markers) {
        if (marker->type() == QLegendMarker::LegendMarkerTypeXY)
            marker->setShape(QLegend::MarkerShapeFromSeries);
    }
    return chart;
}
