// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartTextObject.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>

namespace {

enum Property
{
    ChartIndex = QTextFormat::UserProperty + 1,
    ChartSize,
};

} // namespace

ChartTextObject::ChartTextObject(QObject* parent)
    : QObject(parent)
{}

ChartTextObject::~ChartTextObject() = default;

int ChartTextObject::add(const QString& svgPath, const QString& fontFamily)
{
    QFile file(svgPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression family(QStringLiteral("font-family=\"[^\"]*\""));
    const QString svg =
        QString::fromUtf8(file.readAll())
            .replace(family, QStringLiteral("font-family=\"%1\"").arg(fontFamily.toHtmlEscaped()));
    auto renderer = std::make_unique<QSvgRenderer>(svg.toUtf8());
    if (!renderer->isValid())
        return -1;
    m_charts.push_back(std::move(renderer));
    return int(m_charts.size()) - 1;
}

QTextCharFormat ChartTextObject::format(int index, const QSizeF& size)
{
    QTextCharFormat f;
    f.setObjectType(Type);
    f.setProperty(ChartIndex, index);
    f.setProperty(ChartSize, size);
    return f;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    return format.property(ChartSize).toSizeF();
}

void ChartTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                 const QTextFormat& format)
{
    const int index = format.property(ChartIndex).toInt();
    if (index < 0 || index >= int(m_charts.size()))
        return;
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_charts[size_t(index)]->render(painter, rect);
    painter->restore();
}
