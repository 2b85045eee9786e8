// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <cmath>

/**
 * The shortest text that reads back as the same double ("4", "2.5", "1000000"), in
 * the C locale. Plain notation across the range people log; exponent notation only
 * for magnitudes below 1e-6 or from 1e15 on. Every number Rungs writes for machines
 * or files goes through here.
 */
inline QString numberText(double value)
{
    const double magnitude = std::abs(value);
    const bool plain = value == 0 || (magnitude >= 1e-6 && magnitude < 1e15);
    return QString::number(value, plain ? 'f' : 'g', QLocale::FloatingPointShortest);
}
