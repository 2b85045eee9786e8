// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SeriesPoint.h"

/**
 * A trailing moving average: the smoothed line a progress chart draws over the points.
 */
class MovingAverage
{
public:
    /**
     * For each point from the window-th on, the mean of that point and the window − 1
     * points before it, at that point's day. The window counts points, not days: over
     * a gap in the log it reaches further back in time, so a week without entries does
     * not leave an average of nothing.
     *
     * The first window − 1 points have no average, rather than the mean of the fewer
     * points before them: that mean would be noisiest exactly where the line starts,
     * yet drawn as if it were as smooth as the rest. Average the whole history and then
     * cut the range (SeriesAggregation::inRange()) so a range's first points still get
     * one. A window below 1 or larger than the series gives no points; a window of 1
     * gives the points themselves.
     *
     * Each average sums its own window, so rounding never carries from one window to
     * the next; that is n · window additions, well under a millisecond for ten years
     * of days with a one-year window.
     */
    static Series trailing(const Series& points, int window);
};
