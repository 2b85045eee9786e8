// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfPacket.h"

#include "ChartTextObject.h"
#include "PacketDocument.h"
#include "charts/ChartStyle.h"

#include <QDir>
#include <QFontInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {

/** Layout and printing resolution: fine enough that text is placed where it is measured. */
constexpr int Dpi = 300;

/** Page margins in millimetres; the footer sits in the bottom margin. */
constexpr qreal SideMargin = 20;
constexpr qreal TopMargin = 18;
constexpr qreal BottomMargin = 24;
constexpr qreal FooterBaseline = 13;

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * Dpi;
}

qreal pt(qreal points)
{
    return points / 72.0 * Dpi;
}

/** The cover gets a band of the accent colour; every other page a footer. */
void decorate(QPainter& painter, const QSizeF& paper, const QString& footer, int page, int pages)
{
    painter.save();
    if (page == 0) {
        painter.fillRect(QRectF(0, 0, paper.width(), mm(9)), PacketDocument::Accent);
        painter.restore();
        return;
    }
    const qreal left = mm(SideMargin);
    const qreal right = paper.width() - mm(SideMargin);
    const qreal baseline = paper.height() - mm(FooterBaseline);
    painter.setPen(QPen(PacketDocument::Rule, pt(0.6)));
    painter.drawLine(QPointF(left, baseline - pt(14)), QPointF(right, baseline - pt(14)));
    const QFont font = PacketDocument::font(8);
    painter.setFont(font);
    painter.setPen(PacketDocument::Muted);
    const QString number = PdfPacket::tr("Page %1 of %2").arg(page + 1).arg(pages);
    const QFontMetricsF metrics(font, painter.device());
    const qreal numberWidth = metrics.horizontalAdvance(number);
    painter.drawText(QPointF(right - numberWidth, baseline), number);
    painter.drawText(
        QPointF(left, baseline),
        metrics.elidedText(footer, Qt::ElideRight, right - left - numberWidth - mm(8)));
    painter.restore();
}

Failure writeFailure(const QIODevice* device)
{
    return Failure::io(PdfPacket::tr("cannot write the PDF: %1").arg(device->errorString()));
}

} // namespace

Result<bool> PdfPacket::print(const PacketOutline& outline, const QString& chartFolder,
                              QIODevice* device, const PagePrinted& pagePrinted)
{
    QPdfWriter writer(device);
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(outline.title);
    writer.setCreator(QStringLiteral("Rungs"));
    const QSizeF paper = writer.pageLayout().fullRectPixels(Dpi).size();
    const QRectF area(mm(SideMargin), mm(TopMargin), paper.width() - 2 * mm(SideMargin),
                      paper.height() - mm(TopMargin) - mm(BottomMargin));

    ChartTextObject chartHandler;
    QList<PacketDocument::Chart> charts;
    const QString family = QFontInfo(ChartStyle::font()).family();
    for (const PacketChart& c : outline.charts) {
        const QString path = QDir(chartFolder).filePath(c.fileName + QStringLiteral(".svg"));
        const int handle = chartHandler.add(path, family);
        if (handle < 0)
            return Failure::io(tr("%1: cannot read the chart").arg(path));
        charts << PacketDocument::Chart{handle, QSizeF(c.size)};
    }
    const std::unique_ptr<QTextDocument> document =
        PacketDocument::layOut(outline, charts, &chartHandler, &writer, area.size());

    QPainter painter;
    if (!painter.begin(&writer))
        return writeFailure(device);
    const int pages = document->pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !writer.newPage())
            return writeFailure(device);
        painter.save();
        painter.translate(area.left(), area.top() - page * area.height());
        // A pixel short: a line that starts the next page starts exactly where this one
        // ends, and would be drawn here too, hidden by the clip but found by text search.
        document->drawContents(&painter,
                               QRectF(0, page * area.height(), area.width(), area.height() - 1));
        painter.restore();
        decorate(painter, paper, outline.footer, page, pages);
        if (pagePrinted && !pagePrinted(page + 1, pages))
            return false;
    }
    if (!painter.end())
        return writeFailure(device);
    return true;
}
