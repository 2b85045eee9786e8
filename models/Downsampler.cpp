// SPDX-License-Identifier: GPL-3.0-or-later
#include "Downsampler.h"

#include <algorithm>
#include <cmath>

namespace {

/** Whether points needs cutting; sets result to the answer when it does not. */
bool needsCutting(const Series& points, int maxPoints, Series& result)
{
    if (points.size() <= maxPoints)
        result = points;
    else if (maxPoints < 2)
        result.clear();
    else
        return true;
    return false;
}

/** Twice the area of the triangle a, b, c: only comparisons need it, so no halving. */
double doubleArea(double ax, double ay, const SeriesPoint& b, double cx, double cy)
{
    return std::abs((ax - cx) * (b.value - ay) - (ax - b.x()) * (cy - ay));
}

} // namespace

Series Downsampler::lttb(const Series& points, int maxPoints)
{
    Series kept;
    if (!needsCutting(points, maxPoints, kept))
        return kept;
    const qsizetype n = points.size();
    const qsizetype buckets = maxPoints - 2;
    // Bucket b holds the points from start(b) up to start(b + 1); integer arithmetic
    // makes the last bucket end exactly before the last point.
    const auto start = [&](qsizetype b) { return 1 + b * (n - 2) / buckets; };

    kept.reserve(maxPoints);
    kept << points.constFirst();
    qsizetype previous = 0;
    for (qsizetype b = 0; b < buckets; ++b) {
        // The third corner: the mean of the next bucket, or the last point after the
        // last bucket.
        const qsizetype nextFrom = start(b + 1);
        const qsizetype nextTo = b + 1 < buckets ? start(b + 2) : n;
        double cx = 0;
        double cy = 0;
        for (qsizetype i = nextFrom; i < nextTo; ++i) {
            cx += points[i].x();
            cy += points[i].value;
        }
        cx /= double(nextTo - nextFrom);
        cy /= double(nextTo - nextFrom);

        const double ax = points[previous].x();
        const double ay = points[previous].value;
        qsizetype chosen = start(b);
        double largest = -1;
        for (qsizetype i = start(b); i < nextFrom; ++i) {
            const double area = doubleArea(ax, ay, points[i], cx, cy);
            if (area > largest) {
                largest = area;
                chosen = i;
            }
        }
        kept << points[chosen];
        previous = chosen;
    }
    kept << points.constLast();
    return kept;
}

Series Downsampler::minMax(const Series& points, int maxPoints)
{
    Series kept;
    if (!needsCutting(points, maxPoints, kept))
        return kept;
    const qsizetype buckets = (maxPoints - 2) / 2;
    const qsizetype last = points.size() - 1;
    const double firstX = points.constFirst().x();
    const double span = points.constLast().x() - firstX;

    // Per bucket, the index of its lowest and highest point; -1 while it has none.
    QList<qsizetype> low(buckets, -1);
    QList<qsizetype> high(buckets, -1);
    for (qsizetype i = 1; i < last && buckets > 0; ++i) {
        const auto slice =
            span > 0 ? qsizetype((points[i].x() - firstX) / span * double(buckets)) : qsizetype(0);
        const qsizetype b = std::clamp(slice, qsizetype(0), buckets - 1);
        if (low[b] < 0 || points[i].value < points[low[b]].value)
            low[b] = i;
        if (high[b] < 0 || points[i].value > points[high[b]].value)
            high[b] = i;
    }

    kept.reserve(2 + 2 * buckets);
    kept << points.constFirst();
    for (qsizetype b = 0; b < buckets; ++b) {
        if (low[b] < 0)
            continue;
        kept << points[std::min(low[b], high[b])];
        if (low[b] != high[b])
            kept << points[std::max(low[b], high[b])];
    }
    kept << points.constLast();
    return kept;
}
