// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

/**
 * The shortest text that reads back as the same double ("4", "2.5", "0.1"), in the
 * C locale. Every number Rungs writes for machines or files goes through here.
 */
inline QString numberText(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}
