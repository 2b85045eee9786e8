// SPDX-License-Identifier: GPL-3.0-or-later
#include "MovingAverage.h"

Series MovingAverage::trailing(const Series& points, int window)
{
    Series averages;
    if (window < 1 || window > points.size())
        return averages;
    averages.reserve(points.size() - window + 1);
    for (qsizetype last = window - 1; last < points.size(); ++last) {
        double sum = 0;
        for (qsizetype i = last - window + 1; i <= last; ++i)
            sum += points[i].value;
        averages << SeriesPoint{points[last].day, sum / window};
    }
    return averages;
}
