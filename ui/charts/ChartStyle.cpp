// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include <QApplication>
#include <QChart>
#include <QDateTime>
#include <QGraphicsLayout>
#include <QLegendMarker>

#include <cmath>

namespace ChartStyle {

const QList<QColor>& palette()
{
    static const QList<QColor> colours{QColor(0x25, 0x63, 0xeb), QColor(0xea, 0x58, 0x0c),
                                       QColor(0x15, 0x80, 0x3d), QColor(0x7c, 0x3a, 0xed),
                                       QColor(0x0d, 0x94, 0x88), QColor(0xdb, 0x27, 0x77)};
    return colours;
}

QColor paletteColour(qsizetype index)
{
    return palette()[index % palette().size()];
}

QFont font(qreal pointSizeFactor)
{
    QFont f = QApplication::font();
    f.setFamilies({f.family(), QStringLiteral("Noto Sans CJK SC"),
                   QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
                   QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC")});
    f.setPointSizeF(f.pointSizeF() * pointSizeFactor);
    return f;
}

void applyPlain(QChart* chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
}

void hideFromLegend(QChart* chart, QAbstractSeries* series)
{
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (QLegendMarker* marker : markers)
        marker->setVisible(false);
}

double chartX(const QDate& day)
{
    return double(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch());
}

QDate dayAt(double x)
{
    // Noon of the day at x, so that a 23- or 25-hour day still rounds to itself.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(x)) + 12 * 3600 * 1000);
    return at.date();
}

} // namespace ChartStyle
