// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketDocument.h"

#include "ChartTextObject.h"
#include "charts/ChartStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontInfo>
#include <QHash>
#include <QPaintDevice>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace {

using Kind = PacketBlock::Kind;

/**
 * Lengths in text formats (margins, padding, borders) in points. The layout reads them
 * as pixels at 96 dpi and scales them to its paint device itself.
 */
qreal formatPt(qreal points)
{
    return points * 96 / 72.0;
}

QColor toneColour(PacketTone tone)
{
    switch (tone) {
    case PacketTone::Good:
        return {0x15, 0x80, 0x3d};
    case PacketTone::Partial:
        return {0xb4, 0x53, 0x09};
    case PacketTone::Behind:
        return {0xb9, 0x1c, 0x1c};
    case PacketTone::Muted:
        return PacketDocument::Muted;
    case PacketTone::Plain:
        break;
    }
    return PacketDocument::Ink;
}

/** Set on blocks that must share a page with the block after them. */
constexpr int KeepWithNext = QTextFormat::UserProperty + 10;
/** The index of the outline block a text block shows. */
constexpr int OutlineIndex = QTextFormat::UserProperty + 11;

/** Page breaks added to the outline's own so that the pagination rules hold. */
struct Breaks
{
    QSet<qsizetype> blocks;          ///< outline blocks that start a page
    QHash<int, QSet<int>> tableRows; ///< outline table index → body rows that start a page
};

/** One part of an outline table as placed in the document. */
struct PlacedTable
{
    QTextTable* table = nullptr;
    int index = 0;    ///< of the table among the outline's tables
    int firstRow = 0; ///< the body row of the outline table in the part's first body row
    int headerRows = 0;
};

bool keepsWithNext(const QList<PacketBlock>& blocks, qsizetype i)
{
    const Kind kind = blocks[i].kind;
    if (kind == Kind::Title || kind == Kind::Subtitle || kind == Kind::Heading ||
        kind == Kind::Subheading || kind == Kind::Chart)
        return true;
    // A note right under a subheading is its byline (a decision's status and date).
    return kind == Kind::Note && i > 0 && blocks[i - 1].kind == Kind::Subheading;
}

QTextCharFormat text(qreal points, bool bold, const QColor& colour)
{
    QTextCharFormat f;
    f.setFont(PacketDocument::font(points, bold));
    f.setForeground(colour);
    return f;
}

/** Builds the document block by block with a QTextCursor. */
class Builder
{
public:
    Builder(QTextDocument& document, const QList<PacketDocument::Chart>& charts,
            const Breaks& breaks, const QSizeF& pageSize)
        : m_cursor(&document)
        , m_charts(charts)
        , m_breaks(breaks)
        , m_pageSize(pageSize)
    {}

    void add(const PacketBlock& block, qsizetype index, bool keepWithNext)
    {
        QTextBlockFormat f;
        f.setBottomMargin(formatPt(6));
        f.setLineHeight(118, QTextBlockFormat::ProportionalHeight);
        if (block.newPage || m_breaks.blocks.contains(index))
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        f.setProperty(KeepWithNext, keepWithNext);
        f.setProperty(OutlineIndex, index);
        switch (block.kind) {
        case Kind::Title:
            // The layout drops the top margin of a page's first block: a spacer line instead.
            paragraph(QTextBlockFormat(), text(60, false, PacketDocument::Ink), QString());
            f.setBottomMargin(formatPt(14));
            return paragraph(f, text(28, true, PacketDocument::Accent), block.text);
        case Kind::Subtitle:
            f.setBottomMargin(formatPt(10));
            return paragraph(f, text(15, false, PacketDocument::Ink), block.text);
        case Kind::Heading:
            f.setBottomMargin(formatPt(10));
            return paragraph(f, text(17, true, PacketDocument::Accent), block.text);
        case Kind::Subheading:
            f.setTopMargin(formatPt(10));
            f.setBottomMargin(formatPt(5));
            return paragraph(f, text(12.5, true, PacketDocument::Ink), block.text);
        case Kind::Paragraph:
            return paragraph(f, text(10, false, PacketDocument::Ink), block.text);
        case Kind::Note:
            f.setBottomMargin(formatPt(8));
            return paragraph(f, text(8.5, false, PacketDocument::Muted), block.text);
        case Kind::Table:
            return table(block.table);
        case Kind::Chart:
            return chart(f, block.chart);
        case Kind::Bullets:
            return bullets(f, block.items);
        }
    }

    const QList<PlacedTable>& tables() const { return m_placed; }

private:
    /** A new block, or the empty one a new document or a table leaves behind. */
    void startBlock(const QTextBlockFormat& format, const QTextCharFormat& chars)
    {
        if (m_reuseBlock) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_reuseBlock = false;
            return;
        }
        m_cursor.insertBlock(format, chars);
    }

    void paragraph(const QTextBlockFormat& format, const QTextCharFormat& chars,
                   const QString& content)
    {
        startBlock(format, chars);
        m_cursor.insertText(content, chars);
    }

    void chart(QTextBlockFormat format, qsizetype index)
    {
        const PacketDocument::Chart chart = m_charts.value(index);
        format.setAlignment(Qt::AlignHCenter);
        format.setLineHeight(100, QTextBlockFormat::ProportionalHeight);
        format.setTopMargin(formatPt(4));
        startBlock(format, QTextCharFormat());
        // As wide as the text at the chart's aspect ratio, and never most of a page.
        const qreal width = m_pageSize.width();
        const QSizeF logical = chart.logicalSize;
        const qreal height =
            logical.isEmpty() ? width * 0.6 : width * logical.height() / logical.width();
        m_cursor.insertText(
            QString(QChar::ObjectReplacementCharacter),
            ChartTextObject::format(chart.handle,
                                    {width, std::min(height, m_pageSize.height() * 0.85)}));
    }

    void bullets(QTextBlockFormat format, const QStringList& items)
    {
        format.setBottomMargin(formatPt(2));
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        list.setIndent(1);
        const QTextCharFormat chars = text(10, false, PacketDocument::Ink);
        QTextList* created = nullptr;
        for (const QString& item : items) {
            startBlock(format, chars);
            m_cursor.insertText(item, chars);
            if (created)
                created->add(m_cursor.block());
            else
                created = m_cursor.createList(list);
        }
    }

    void table(const PacketTable& table)
    {
        const int index = m_tableCount++;
        const QSet<int> breaks = m_breaks.tableRows.value(index);
        QList<int> starts = breaks.values();
        if (!breaks.contains(0))
            starts << 0;
        std::sort(starts.begin(), starts.end());
        for (qsizetype part = 0; part < starts.size(); ++part) {
            const int first = starts[part];
            const int end = part + 1 < starts.size() ? starts[part + 1] : int(table.rows.size());
            tablePart(table, index, first, end, breaks.contains(first));
        }
    }

    void tablePart(const PacketTable& table, int index, int first, int end, bool newPage)
    {
        const int headerRows = table.header.isEmpty() ? 0 : 1;
        const int columns = int(table.widths.size());
        if (columns == 0 || end - first + headerRows == 0)
            return;
        QTextTableFormat f;
        f.setBorderCollapse(true);
        f.setBorder(formatPt(0.6));
        f.setBorderBrush(PacketDocument::Rule);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        f.setCellSpacing(0);
        f.setCellPadding(formatPt(4));
        f.setTopMargin(formatPt(2));
        f.setBottomMargin(formatPt(8));
        f.setHeaderRowCount(headerRows);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (newPage)
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QList<QTextLength> widths;
        for (int w : table.widths)
            widths << QTextLength(QTextLength::PercentageLength, w);
        f.setColumnWidthConstraints(widths);
        QTextTable* t = m_cursor.insertTable(end - first + headerRows, columns, f);
        for (int c = 0; c < columns && headerRows; ++c)
            cell(t, 0, c, PacketCell{table.header.value(c), {}, PacketTone::Plain, true}, true);
        for (int r = first; r < end; ++r) {
            for (int c = 0; c < columns; ++c)
                cell(t, r - first + headerRows, c, table.rows[r].value(c), false);
        }
        m_placed << PlacedTable{t, index, first, headerRows};
        m_cursor.movePosition(QTextCursor::End);
        m_reuseBlock = true;
    }

    static void cell(QTextTable* table, int row, int column, const PacketCell& content, bool header)
    {
        QTextTableCell c = table->cellAt(row, column);
        // With collapsed borders, the grid lines are the cells' own borders.
        QTextTableCellFormat f = c.format().toTableCellFormat();
        f.setBorder(formatPt(0.6));
        f.setBorderBrush(PacketDocument::Rule);
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        if (header)
            f.setBackground(PacketDocument::HeaderFill);
        c.setFormat(f);
        QTextCursor cursor = c.firstCursorPosition();
        QTextBlockFormat block;
        block.setLineHeight(112, QTextBlockFormat::ProportionalHeight);
        const QTextCharFormat chars = text(header ? 9 : 9.5, header || content.strong,
                                           header ? PacketDocument::Ink : toneColour(content.tone));
        cursor.setBlockFormat(block);
        const QStringList lines = content.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                cursor.insertBlock(block, chars);
            cursor.insertText(lines[i], chars);
        }
        if (!content.detail.isEmpty()) {
            const QTextCharFormat small = text(8, false, PacketDocument::Muted);
            cursor.insertBlock(block, small);
            cursor.insertText(content.detail, small);
        }
    }

    QTextCursor m_cursor;
    QList<PacketDocument::Chart> m_charts;
    Breaks m_breaks;
    QSizeF m_pageSize;
    QList<PlacedTable> m_placed;
    int m_tableCount = 0;
    bool m_reuseBlock = true;
};

/** Where blocks landed, in pages of the document's page height. */
class Pages
{
public:
    explicit Pages(const QTextDocument& document)
        : m_document(document)
        , m_height(document.pageSize().height())
    {}

    qreal firstLineTop(const QTextBlock& block) const
    {
        const QRectF r = m_document.documentLayout()->blockBoundingRect(block);
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return r.top();
        return r.top() + layout->lineAt(0).y() - layout->boundingRect().top();
    }
    qreal bottom(const QTextBlock& block) const
    {
        return m_document.documentLayout()->blockBoundingRect(block).bottom();
    }
    int pageAt(qreal y) const { return int(std::floor(y / m_height)); }
    int pageOf(const QTextBlock& block) const { return pageAt(firstLineTop(block)); }
    /** Whether y is within a few lines of the top of its page. */
    bool nearPageTop(qreal y) const { return y - pageAt(y) * m_height < m_height * 0.03; }
    qreal height() const { return m_height; }

private:
    const QTextDocument& m_document;
    qreal m_height;
};

/** The first of the blocks marked KeepWithNext that end with block. */
QTextBlock chainStart(QTextBlock block)
{
    while (block.previous().isValid() && block.previous().blockFormat().boolProperty(KeepWithNext))
        block = block.previous();
    return block;
}

/** A page break that makes a pagination rule hold, and where its problem lies. */
struct Fix
{
    qreal y = 0;
    qsizetype block = -1; ///< an outline block to start a page with, or
    int table = -1;       ///< a table whose body row starts a page
    int row = -1;
};

/**
 * The first block marked KeepWithNext that is on another page than the block after
 * it: the page then starts with it, or with the marked blocks right before it (a
 * subheading before a chart before its caption).
 */
std::optional<Fix> firstLoneBlock(const QTextDocument& document, const Breaks& breaks)
{
    const Pages pages(document);
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next()) {
        const QTextBlock next = b.next();
        if (!b.blockFormat().boolProperty(KeepWithNext) || !next.isValid() ||
            pages.pageOf(b) == pages.pageOf(next))
            continue;
        const QTextBlock start = chainStart(b);
        const QTextBlockFormat f = start.blockFormat();
        const qsizetype index = f.property(OutlineIndex).toLongLong();
        const qreal top = pages.firstLineTop(start);
        if (!pages.nearPageTop(top) && !f.pageBreakPolicy() && !breaks.blocks.contains(index))
            return Fix{top, index, -1, -1};
    }
    return std::nullopt;
}

/** Where the rows first..last (inclusive) of a table begin and end. */
std::pair<qreal, qreal> rowSpan(const Pages& pages, const QTextTable* table, int first, int last)
{
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = std::numeric_limits<qreal>::lowest();
    for (int c = 0; c < table->columns(); ++c) {
        top = std::min(top,
                       pages.firstLineTop(table->cellAt(first, c).firstCursorPosition().block()));
        bottom =
            std::max(bottom, pages.bottom(table->cellAt(last, c).lastCursorPosition().block()));
    }
    return {top, bottom};
}

/**
 * The first table cut by a page end where it should not be: a short table (up to a
 * third of a page) anywhere, or a longer one inside a row that fits on a page.
 */
std::optional<Fix> firstCutTable(const QTextDocument& document, const QList<PlacedTable>& tables,
                                 const Breaks& breaks)
{
    const Pages pages(document);
    const auto cut = [&pages](qreal top, qreal bottom) {
        return pages.pageAt(top) != pages.pageAt(bottom - 1);
    };
    for (const PlacedTable& placed : tables) {
        const QTextTable* t = placed.table;
        const QSet<int> rowBreaks = breaks.tableRows.value(placed.index);
        const auto [top, bottom] = rowSpan(pages, t, 0, t->rows() - 1);
        if (placed.firstRow == 0 && cut(top, bottom) && bottom - top < pages.height() / 3 &&
            !rowBreaks.contains(0)) {
            // The heading of the table goes with it.
            const QTextBlock before = t->firstCursorPosition().block().previous();
            if (before.isValid() && before.blockFormat().boolProperty(KeepWithNext)) {
                const qsizetype index =
                    chainStart(before).blockFormat().property(OutlineIndex).toLongLong();
                if (!breaks.blocks.contains(index))
                    return Fix{top, index, -1, -1};
            }
            return Fix{top, -1, placed.index, 0};
        }
        for (int r = placed.headerRows; r < t->rows(); ++r) {
            const auto [rowTop, rowBottom] = rowSpan(pages, t, r, r);
            const int row = placed.firstRow + r - placed.headerRows;
            if (cut(rowTop, rowBottom) && rowBottom - rowTop < pages.height() * 0.8 &&
                !rowBreaks.contains(row))
                return Fix{rowTop, -1, placed.index, row};
        }
    }
    return std::nullopt;
}

struct Built
{
    std::unique_ptr<QTextDocument> document;
    QList<PlacedTable> tables;
};

Built build(const PacketOutline& outline, const QList<PacketDocument::Chart>& charts,
            ChartTextObject* chartHandler, QPaintDevice* device, const QSizeF& pageSize,
            const Breaks& breaks)
{
    auto document = std::make_unique<QTextDocument>();
    document->setUseDesignMetrics(true);
    document->setDocumentMargin(0);
    document->setDefaultFont(PacketDocument::font(10));
    Builder builder(*document, charts, breaks, pageSize);
    for (qsizetype i = 0; i < outline.blocks.size(); ++i)
        builder.add(outline.blocks[i], i, keepsWithNext(outline.blocks, i));
    // The layout is made only now, so that it lays the document out once, not per edit.
    document->documentLayout()->setPaintDevice(device);
    document->documentLayout()->registerHandler(ChartTextObject::Type, chartHandler);
    document->setPageSize(pageSize);
    return {std::move(document), builder.tables()};
}

} // namespace

QFont PacketDocument::font(qreal points, bool bold)
{
    QFont f = ChartStyle::font(points / ChartStyle::font().pointSizeF());
    f.setBold(bold);
    // Off screen the application font is the generic "Sans Serif", which is no family
    // of its own: Qt would draw Latin text with the first CJK fallback, whose digits a
    // PDF reader cannot turn back into text. The family it stands for comes first.
    QStringList families = f.families();
    families.prepend(QFontInfo(QApplication::font()).family());
    families.removeDuplicates();
    f.setFamilies(families);
    // Any letter spacing turns ligatures off: "fi" stays two letters that PDF readers
    // find and copy, rather than one "ﬁ" character. A twentieth of a pixel shows nowhere.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

std::unique_ptr<QTextDocument> PacketDocument::layOut(const PacketOutline& outline,
                                                      const QList<Chart>& charts,
                                                      ChartTextObject* chartHandler,
                                                      QPaintDevice* device, const QSizeF& pageSize)
{
    // Each round lays the document out anew with one more page break, before the first
    // place that breaks a rule; no break is added twice, so the rounds end.
    Breaks breaks;
    for (;;) {
        Built built = build(outline, charts, chartHandler, device, pageSize, breaks);
        std::optional<Fix> fix = firstLoneBlock(*built.document, breaks);
        const std::optional<Fix> row = firstCutTable(*built.document, built.tables, breaks);
        if (row && (!fix || row->y < fix->y))
            fix = row;
        if (!fix)
            return std::move(built.document);
        if (fix->block >= 0)
            breaks.blocks.insert(fix->block);
        else
            breaks.tableRows[fix->table].insert(fix->row);
    }
}
