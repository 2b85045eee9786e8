// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SeriesPoint.h"

/**
 * Fewer points that draw the same picture. Qt Charts draws every point it is given and
 * never decimates, so ten years of days on an 800-pixel chart should be cut to one or
 * two points per pixel (recomputed on zoom) before they reach a series.
 *
 * Both methods take points sorted by day (equal days allowed) and return a subsequence
 * of them: every point returned is an input point, in input order. When the input has
 * no more points than maxPoints it comes back unchanged. Otherwise the result never
 * has more than maxPoints points and, with maxPoints >= 2, keeps the first and the last
 * point, so the line spans the whole range; with maxPoints below 2 no line can be drawn
 * and any single point would misrepresent the rest, so the result is empty. Both visit
 * each point a fixed number of times: O(n) time, O(maxPoints) extra memory.
 */
class Downsampler
{
public:
    /**
     * Largest-Triangle-Three-Buckets (Steinarsson, 2013): the points between the ends
     * are split into maxPoints − 2 buckets of equal count, and each bucket keeps the
     * point that makes the largest triangle with the point kept before it and the mean
     * of the next bucket. The result has exactly maxPoints points. It keeps the shape a
     * reader sees (peaks, dips, turns) but may drop a single extreme point: use it for
     * smooth lines, minMax() where no spike may be lost.
     */
    static Series lttb(const Series& points, int maxPoints);

    /**
     * The lowest and the highest point of each bucket, in day order (one point when they
     * are the same), between the first and last points. The span from the first to the
     * last day is split into (maxPoints − 2) / 2 buckets of equal length, so each bucket
     * is a slice of time (a pixel column when maxPoints is twice the width); buckets
     * without points give none, so the result may be shorter than maxPoints. With
     * maxPoints >= 4 the global minimum and maximum are always kept, so every spike
     * shows; with 3 only the ends fit.
     */
    static Series minMax(const Series& points, int maxPoints);
};
