// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSvgRenderer>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

/**
 * Charts inside a QTextDocument, drawn as vectors: each chart is an SVG file that
 * ChartExporter wrote, shown by an object character whose format (format()) names the
 * chart and its size on the page. The document lays the character out like a large
 * letter, so charts flow and break across pages with the text around them.
 */
class ChartTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    /** The object type to register this handler for with the document's layout. */
    static constexpr int Type = QTextFormat::UserObject + 1;

    explicit ChartTextObject(QObject* parent = nullptr);
    ~ChartTextObject() override;

    /**
     * Loads an SVG file that ChartExporter wrote; returns its index for format(), or -1
     * when it cannot be read. The file names only the first family of a chart's font,
     * not the fallbacks ChartStyle::font() adds, so it is drawn with fontFamily, the
     * family the chart was measured with (QFontInfo of that font).
     */
    int add(const QString& svgPath, const QString& fontFamily);

    /** The format of an object character that draws chart index at size (layout units). */
    static QTextCharFormat format(int index, const QSizeF& size);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    std::vector<std::unique_ptr<QSvgRenderer>> m_charts;
};
