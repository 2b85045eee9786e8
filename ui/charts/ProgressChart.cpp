// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressChart.h"

#include "ChartStyle.h"
#include "Downsampler.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QCursor>
#include <QFontMetrics>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr int MinimumDaysInView = 7;
constexpr int ValueTicks = 6;
/** Pixel columns assumed before the chart has been laid out. */
constexpr int DefaultColumns = 800;
const QColor TargetColour(0x6b, 0x72, 0x80);
const QColor GoodSideColour(0x16, 0xa3, 0x4a, 28);
constexpr double TargetLabelScale = 0.85;

/** "P6 · P7 1": the levels whose target is target's value, and the value. */
QString targetLabel(const ProgressLine& line, const ProgressTarget& target, bool normalised)
{
    QStringList levels;
    for (const ProgressTarget& t : line.targets) {
        if (t.value == target.value)
            levels << t.levelCode;
    }
    const QString codes = levels.join(QStringLiteral(" · "));
    return normalised
               ? codes
               : ProgressChart::tr("%1 %2").arg(codes, QLocale().toString(target.value, 'g', 4));
}

/** The points from..to and one more on each side, so lines run on to the edges. */
Series visible(const Series& points, const QDate& from, const QDate& to)
{
    auto first = std::lower_bound(points.begin(), points.end(), from,
                                  [](const SeriesPoint& p, const QDate& d) { return p.day < d; });
    auto last = std::upper_bound(points.begin(), points.end(), to,
                                 [](const QDate& d, const SeriesPoint& p) { return d < p.day; });
    if (first != points.begin())
        --first;
    if (last != points.end())
        ++last;
    return Series(first, last);
}

QList<QPointF> toChart(const Series& points)
{
    QList<QPointF> xy;
    xy.reserve(points.size());
    for (const SeriesPoint& p : points)
        xy << QPointF(ChartStyle::chartX(p.day), p.value);
    return xy;
}

/** Completion holds its value until the next day something is done: drawn as steps. */
QList<QPointF> toSteps(const Series& points)
{
    QList<QPointF> xy;
    xy.reserve(2 * points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double x = ChartStyle::chartX(points[i].day);
        if (i > 0)
            xy << QPointF(x, points[i - 1].value);
        xy << QPointF(x, points[i].value);
    }
    return xy;
}

QString valueText(double value, const QString& unit)
{
    const QString number = QLocale().toString(value, 'g', 4);
    return unit.isEmpty() ? number : ProgressChart::tr("%1 %2").arg(number, unit);
}

/**
 * The days that get a tick and their labels: calendar boundaries (Mondays, firsts of
 * months, quarters, years) rather than evenly spaced instants, so a tick labelled
 * 2024-03 is where March begins. About 4 to 14 ticks whatever the span. Numbers only:
 * QDate::toString() writes month names in English whatever the language.
 */
QList<std::pair<QDate, QString>> ticks(const QDate& from, const QDate& to)
{
    const qint64 span = from.daysTo(to);
    QList<std::pair<QDate, QString>> out;
    auto label = [](const QDate& day, const char* format) {
        return day.toString(QLatin1String(format));
    };
    if (span <= 14) {
        for (QDate d = from; d <= to; d = d.addDays(1))
            out << std::pair{d, label(d, "MM-dd")};
    } else if (span <= 98) {
        for (QDate d = from.addDays((8 - from.dayOfWeek()) % 7); d <= to; d = d.addDays(7))
            out << std::pair{d, label(d, "MM-dd")};
    } else if (span <= 14 * 31) {
        QDate d(from.year(), from.month(), 1);
        for (d = d < from ? d.addMonths(1) : d; d <= to; d = d.addMonths(1))
            out << std::pair{d, label(d, "yyyy-MM")};
    } else if (span <= 4 * 366) {
        QDate d(from.year(), 1 + (from.month() - 1) / 3 * 3, 1);
        for (d = d < from ? d.addMonths(3) : d; d <= to; d = d.addMonths(3))
            out << std::pair{d, label(d, "yyyy-MM")};
    } else {
        const int step = span <= 14 * 366 ? 1 : 2;
        QDate d(from.year(), 1, 1);
        for (d = d < from ? d.addYears(1) : d; d <= to; d = d.addYears(step))
            out << std::pair{d, label(d, "yyyy")};
    }
    return out;
}

/** True once the chart has been laid out with room for a plot. */
bool hasWidth(const QRectF& plotArea)
{
    return plotArea.width() > 10;
}

/** Pixel columns of the plot; a default before the chart has been laid out. */
int columns(const QRectF& plotArea)
{
    return hasWidth(plotArea) ? int(std::ceil(plotArea.width())) : DefaultColumns;
}

} // namespace

struct ProgressChart::Drawn
{
    struct Target
    {
        ProgressTarget target;
        QLineSeries* line = nullptr;
        QScatterSeries* label = nullptr;
        QAreaSeries* band = nullptr; ///< the good side, for the target level only
    };

    qsizetype index = 0; ///< into m_data.lines
    QValueAxis* axis = nullptr;
    QLineSeries* series = nullptr;
    QLineSeries* average = nullptr;
    QLineSeries* trend = nullptr;
    QList<Target> targets;
};

ProgressChart::ProgressChart(QGraphicsItem* parent)
    : QChart(parent)
{
    ChartStyle::applyPlain(this);
    setMargins(QMargins(4, 8, 8, 4));
    setFont(ChartStyle::font());
    legend()->setAlignment(Qt::AlignBottom);
    legend()->setFont(ChartStyle::font());
    // Queued: series changed inside the layout pass of a view's resize are not painted.
    connect(
        this, &QChart::plotAreaChanged, this,
        [this] {
            // Only the width decides how many points are drawn, and only the width the
            // layout settled on: relabelling the axes lays the chart out again and may
            // report passing areas on the way. The axes do not depend on the width.
            if (!m_redrawing && columns(plotArea()) != m_columns)
                thinPoints();
        },
        Qt::QueuedConnection);
}

ProgressChart::~ProgressChart() = default;

void ProgressChart::clear()
{
    m_drawn.clear();
    removeAllSeries();
    const QList<QAbstractAxis*> old = axes();
    for (QAbstractAxis* axis : old) {
        removeAxis(axis);
        delete axis;
    }
    m_axes.clear();
    m_days = nullptr;
    m_percent = nullptr;
}

void ProgressChart::setData(const ProgressChartData& data, const Options& options)
{
    m_redrawing = true;
    clear();
    m_data = data;
    m_days = new QCategoryAxis(this);
    m_days->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_days->setGridLinePen(QPen(ChartStyle::GridColour, 1.0));
    m_days->setLabelsColor(ChartStyle::LabelColour);
    m_days->setLabelsFont(ChartStyle::font(0.9));
    addAxis(m_days, Qt::AlignBottom);
    connect(m_days, &QCategoryAxis::rangeChanged, this, &ProgressChart::onAxisRangeChanged);

    for (qsizetype i = 0; i < m_data.lines.size(); ++i)
        addLine(m_data.lines[i], i, options);
    setTitle(m_data.lines.isEmpty() ? tr("Nothing to draw: pick a metric, or log some figures")
                                    : QString());
    // Average and trend are told apart in the legend when one line leaves room.
    for (const auto& drawn : m_drawn) {
        if (m_drawn.size() > 1) {
            if (drawn->average)
                ChartStyle::hideFromLegend(this, drawn->average);
            if (drawn->trend)
                ChartStyle::hideFromLegend(this, drawn->trend);
        }
        for (const Drawn::Target& t : drawn->targets) {
            ChartStyle::hideFromLegend(this, t.line);
            ChartStyle::hideFromLegend(this, t.label);
            if (t.band)
                ChartStyle::hideFromLegend(this, t.band);
        }
    }
    legend()->setVisible(!m_data.lines.isEmpty());
    m_visibleFrom = m_data.from;
    m_visibleTo = m_data.to;
    m_redrawing = false;
    redraw();
}

QValueAxis* ProgressChart::axisFor(const ProgressLine& line, const QColor& colour)
{
    const bool percent = m_data.normalised || line.kind != ProgressLine::Kind::Metric;
    if (percent && m_percent)
        return m_percent;
    auto* axis = new QValueAxis(this);
    axis->setLabelsFont(ChartStyle::font(0.9));
    axis->setTitleFont(ChartStyle::font(0.9));
    axis->setTickCount(ValueTicks);
    axis->setGridLinePen(QPen(ChartStyle::GridColour, 1.0));
    axis->setGridLineVisible(m_axes.isEmpty());
    if (percent) {
        axis->setLabelFormat(QStringLiteral("%.0f %%"));
        axis->setLabelsColor(ChartStyle::LabelColour);
        axis->setTitleText(m_data.normalised ? tr("%1 target = 100 %").arg(m_data.targetLevel)
                                             : QString());
        m_percent = axis;
    } else {
        axis->setLabelFormat(QStringLiteral("%.4g"));
        axis->setLabelsColor(colour.darker(120));
        axis->setTitleText(line.unit);
        axis->setTitleBrush(colour.darker(120));
    }
    addAxis(axis, m_axes.size() % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
    m_axes << axis;
    return axis;
}

void ProgressChart::addLine(const ProgressLine& line, qsizetype index, const Options& options)
{
    const QColor colour = ChartStyle::paletteColour(index);
    auto drawn = std::make_unique<Drawn>();
    drawn->index = index;
    drawn->axis = axisFor(line, colour);

    auto attach = [this, &drawn](QAbstractSeries* series) {
        addSeries(series);
        series->attachAxis(m_days);
        series->attachAxis(drawn->axis);
    };

    if (options.targets) {
        for (const ProgressTarget& target : line.targets) {
            // Normalised lines share one axis: the one target line at 100 % is enough.
            if (m_data.normalised && (!target.isTargetLevel || index > 0))
                continue;
            Drawn::Target t;
            t.target = target;
            // One line's good side reads at a glance; several would cover each other.
            if (target.isTargetLevel && m_data.lines.size() == 1) {
                auto* upper = new QLineSeries(this);
                auto* lower = new QLineSeries(this);
                t.band = new QAreaSeries(upper, lower);
                t.band->setPen(Qt::NoPen);
                t.band->setBrush(GoodSideColour);
                attach(t.band);
            }
            t.line = new QLineSeries(this);
            QPen pen(target.isTargetLevel ? colour.darker(130) : TargetColour,
                     target.isTargetLevel ? 1.6 : 1.0, Qt::DashLine);
            t.line->setPen(pen);
            attach(t.line);
            t.label = new QScatterSeries(this);
            t.label->setMarkerSize(1);
            t.label->setPen(Qt::NoPen);
            t.label->setBrush(Qt::transparent);
            t.label->setPointLabelsClipping(false);
            t.label->setPointLabelsColor(target.isTargetLevel ? colour.darker(130) : TargetColour);
            t.label->setPointLabelsFont(ChartStyle::font(TargetLabelScale));
            t.label->setPointLabelsFormat(targetLabel(line, target, m_data.normalised));
            // Levels that share a value share one label: the first of them carries it.
            t.label->setPointLabelsVisible(std::none_of(
                drawn->targets.begin(), drawn->targets.end(),
                [&](const Drawn::Target& other) { return other.target.value == target.value; }));
            drawn->targets << t;
        }
    }

    drawn->series = new QLineSeries(this);
    drawn->series->setName(line.name);
    drawn->series->setPen(QPen(colour, 2.0));
    attach(drawn->series);
    connect(drawn->series, &QLineSeries::hovered, this,
            [this, index](const QPointF& at, bool state) {
                showTooltip(m_data.lines[index], at, state);
            });

    if (!line.average.isEmpty()) {
        drawn->average = new QLineSeries(this);
        drawn->average->setName(tr("Moving average"));
        QColor soft = colour;
        soft.setAlpha(150);
        drawn->average->setPen(QPen(soft, 3.0));
        attach(drawn->average);
    }
    if (options.trend && line.trend) {
        drawn->trend = new QLineSeries(this);
        drawn->trend->setName(tr("Trend"));
        drawn->trend->setPen(QPen(colour.darker(140), 1.4, Qt::DotLine));
        attach(drawn->trend);
    }
    // Labels last: series are painted in the order they were added, and a label under a
    // dense line cannot be read.
    for (const Drawn::Target& t : std::as_const(drawn->targets))
        attach(t.label);
    m_drawn.push_back(std::move(drawn));
}

std::pair<QDate, QDate> ProgressChart::shownDays() const
{
    const QDate to = m_visibleTo.isValid() && m_visibleTo > m_visibleFrom
                         ? m_visibleTo
                         : m_visibleFrom.addDays(1);
    return {m_visibleFrom, to};
}

void ProgressChart::redraw()
{
    if (!m_days || m_redrawing)
        return;
    fitAxes();
    // A chart not laid out yet, such as one about to be exported, gets its points when
    // it is (plotAreaChanged): Qt Charts places them once, at the width they are for.
    m_columns = 0;
    if (hasWidth(plotArea()))
        thinPoints();
}

void ProgressChart::fitAxes()
{
    m_redrawing = true;
    const auto [from, to] = shownDays();
    const double left = ChartStyle::chartX(from);
    const double right = ChartStyle::chartX(to);

    // Emptied first: every change of an axis below makes Qt Charts place every point of
    // the series on it again, and the points for these days follow the axes anyway.
    for (const auto& drawn : m_drawn) {
        drawn->series->clear();
        if (drawn->average)
            drawn->average->clear();
    }

    // Per axis: the lowest and highest value in view, targets included.
    QHash<QValueAxis*, std::pair<double, double>> ranges;
    auto widen = [&ranges](QValueAxis* axis, double value) {
        auto it = ranges.find(axis);
        if (it == ranges.end())
            ranges.insert(axis, {value, value});
        else
            *it = {std::min(it->first, value), std::max(it->second, value)};
    };
    for (const auto& drawn : m_drawn) {
        const ProgressLine& line = m_data.lines[drawn->index];
        for (const SeriesPoint& p : visible(line.points, from, to))
            widen(drawn->axis, p.value);
        for (const Drawn::Target& t : drawn->targets)
            widen(drawn->axis, t.target.value);
    }

    for (auto it = ranges.begin(); it != ranges.end(); ++it) {
        auto [low, high] = it.value();
        if (it.key() == m_percent && !m_data.normalised) {
            low = std::min(low, 0.0);
            high = std::max(high, 100.0);
        }
        const double pad = high > low ? (high - low) * 0.08 : std::max(std::abs(high) * 0.1, 1.0);
        // Counts, hours and percentages do not go below 0: neither does their axis.
        low = low >= 0 ? std::max(0.0, low - pad) : low - pad;
        high += pad;
        // applyNiceNumbers() picks its step from the axis's tick count and changes that
        // count, so applying it again can give another range (0–259: 0–300 in 4 ticks
        // from 6, then 0–400 in 3 from 4). Applied twice from the same count, the axis
        // depends on the values alone, not on how often the chart was drawn before.
        it.key()->setTickCount(ValueTicks);
        for (int pass = 0; pass < 2; ++pass) {
            it.key()->setRange(low, high);
            it.key()->applyNiceNumbers();
        }
    }

    const QStringList old = m_days->categoriesLabels();
    for (const QString& label : old)
        m_days->remove(label);
    // A tick may fall on the first day: the first category must end after the start.
    m_days->setStartValue(left - 1);
    for (const auto& [day, label] : ticks(from, to))
        m_days->append(label, ChartStyle::chartX(day));
    m_days->setRange(left, right);
    m_redrawing = false;
}

void ProgressChart::thinPoints()
{
    if (!m_days)
        return;
    ++m_thinCount;
    m_columns = columns(plotArea());
    const auto [from, to] = shownDays();
    const double left = ChartStyle::chartX(from);
    const double right = ChartStyle::chartX(to);

    for (const auto& drawn : m_drawn) {
        const ProgressLine& line = m_data.lines[drawn->index];
        const Series inView = visible(line.points, from, to);
        if (line.kind == ProgressLine::Kind::Checkpoints)
            drawn->series->replace(toSteps(inView));
        else
            drawn->series->replace(toChart(Downsampler::minMax(inView, 2 * m_columns)));
        if (drawn->average) {
            const Series averageInView = visible(line.average, from, to);
            drawn->average->replace(toChart(Downsampler::lttb(averageInView, m_columns)));
        }
        if (drawn->trend && line.trend) {
            const double a = line.trend->valueAt(from);
            const double b = line.trend->valueAt(to);
            drawn->trend->replace({QPointF(left, a), QPointF(right, b)});
        }
    }

    const QFontMetrics metrics(ChartStyle::font(TargetLabelScale));
    const double daysPerPixel = (right - left) / std::max(plotArea().width(), 1.0);
    for (const auto& drawn : m_drawn) {
        const ProgressLine& line = m_data.lines[drawn->index];
        for (const Drawn::Target& t : drawn->targets) {
            const double y = t.target.value;
            t.line->replace({QPointF(left, y), QPointF(right, y)});
            // The label sits above the line's right end, inside the plot.
            const double inset =
                (metrics.horizontalAdvance(t.label->pointLabelsFormat()) / 2.0 + 6) * daysPerPixel;
            t.label->replace({QPointF(right - inset, y)});
            if (t.band) {
                const bool upward = line.direction == Metric::Direction::HigherIsBetter;
                const double edge = upward ? drawn->axis->max() : drawn->axis->min();
                t.band->upperSeries()->replace(
                    {QPointF(left, upward ? edge : y), QPointF(right, upward ? edge : y)});
                t.band->lowerSeries()->replace(
                    {QPointF(left, upward ? y : edge), QPointF(right, upward ? y : edge)});
            }
        }
    }
}

void ProgressChart::onAxisRangeChanged()
{
    if (m_redrawing)
        return;
    // Zoomed or scrolled by the view (rubber band): thin the data for the new days. The
    // axis also reports ranges of its own making (it widens to take in the categories'
    // start): the same days need nothing, and redrawing them would report again.
    const QDate from = ChartStyle::dayAt(m_days->min());
    const QDate to = ChartStyle::dayAt(m_days->max());
    if (from != m_visibleFrom || to != m_visibleTo)
        showDays(from, to);
}

void ProgressChart::showDays(const QDate& from, const QDate& to)
{
    QDate a = std::max(from.isValid() ? from : m_data.from, m_data.from);
    QDate b = std::min(to.isValid() ? to : m_data.to, m_data.to);
    if (a.daysTo(b) < MinimumDaysInView) {
        const qint64 missing = MinimumDaysInView - a.daysTo(b);
        a = a.addDays(-(missing / 2));
        b = a.addDays(MinimumDaysInView);
        if (b > m_data.to && m_data.from.daysTo(m_data.to) >= MinimumDaysInView) {
            b = m_data.to;
            a = b.addDays(-MinimumDaysInView);
        }
    }
    const bool changed = a != m_visibleFrom || b != m_visibleTo;
    m_visibleFrom = a;
    m_visibleTo = b;
    redraw();
    if (changed)
        Q_EMIT visibleDaysChanged(a, b);
}

void ProgressChart::zoomDays(double factor)
{
    if (factor <= 0)
        return;
    const qint64 span = m_visibleFrom.daysTo(m_visibleTo);
    const qint64 middle = m_visibleFrom.toJulianDay() + span / 2;
    const auto half = qint64(std::llround(double(span) / factor / 2));
    showDays(QDate::fromJulianDay(middle - half), QDate::fromJulianDay(middle + half));
}

void ProgressChart::panDays(double fraction)
{
    const qint64 span = m_visibleFrom.daysTo(m_visibleTo);
    qint64 shift = std::llround(double(span) * fraction);
    shift = std::clamp(shift, m_visibleFrom.daysTo(m_data.from), m_visibleTo.daysTo(m_data.to));
    showDays(m_visibleFrom.addDays(shift), m_visibleTo.addDays(shift));
}

void ProgressChart::showAllDays()
{
    showDays(m_data.from, m_data.to);
}

qsizetype ProgressChart::drawnPointCount() const
{
    qsizetype n = 0;
    for (const auto& drawn : m_drawn) {
        n += drawn->series->count();
        if (drawn->average)
            n += drawn->average->count();
    }
    return n;
}

void ProgressChart::showTooltip(const ProgressLine& line, const QPointF& at, bool hovered)
{
    if (!hovered || line.points.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    const QDate day = ChartStyle::dayAt(at.x());
    auto next = std::lower_bound(line.points.begin(), line.points.end(), day,
                                 [](const SeriesPoint& p, const QDate& d) { return p.day < d; });
    if (next == line.points.end() ||
        (next != line.points.begin() && std::prev(next)->day.daysTo(day) < day.daysTo(next->day)))
        next = std::prev(next);
    QToolTip::showText(QCursor::pos(),
                       tr("%1\n%2: %3")
                           .arg(line.name, QLocale().toString(next->day, QLocale::ShortFormat),
                                valueText(next->value, line.unit)));
}
