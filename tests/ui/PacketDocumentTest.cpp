// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PacketDocument.h"

#include "report/ChartTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

/** Outlines laid out on pages of 2000 x 3000 pixels at 300 dpi (about A4's text area). */
class PacketDocumentTest : public ::testing::Test
{
protected:
    PacketDocumentTest()
    {
        m_writer.setResolution(300);
        m_writer.setPageSize(QPageSize(QPageSize::A4));
    }

    void layOut(const PacketOutline& outline)
    {
        m_document = PacketDocument::layOut(outline, {}, &m_charts, &m_writer, QSizeF(2000, 3000));
    }

    int pageAt(qreal y) const { return int(std::floor(y / m_document->pageSize().height())); }
    QRectF rect(const QTextBlock& block) const
    {
        return m_document->documentLayout()->blockBoundingRect(block);
    }
    /** The page of a block's first line. */
    int pageOf(const QTextBlock& block) const
    {
        const QTextLine first = block.layout()->lineAt(0);
        return pageAt(rect(block).top() + (first.isValid() ? first.y() : 0));
    }

    static PacketBlock block(PacketBlock::Kind kind, const QString& text)
    {
        PacketBlock b;
        b.kind = kind;
        b.text = text;
        return b;
    }

    QBuffer m_pdf;
    QPdfWriter m_writer{&m_pdf};
    ChartTextObject m_charts;
    std::unique_ptr<QTextDocument> m_document;
};

/** Words enough for lines of a paragraph. */
QString words(int lines)
{
    return QStringList(lines * 12, u"evidence"_s).join(QLatin1Char(' '));
}

TEST_F(PacketDocumentTest, HeadingsShareTheirPageWithWhatFollows)
{
    // Sections of uneven length put some heading near the end of a page.
    PacketOutline outline;
    for (int i = 0; i < 40; ++i) {
        outline.blocks << block(PacketBlock::Kind::Subheading, u"Section %1"_s.arg(i));
        outline.blocks << block(PacketBlock::Kind::Paragraph, words(1 + (i * 7) % 9));
    }
    layOut(outline);

    int headings = 0;
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        if (!b.text().startsWith(u"Section "_s))
            continue;
        ++headings;
        ASSERT_TRUE(b.next().isValid());
        EXPECT_EQ(pageOf(b), pageOf(b.next())) << b.text().toStdString();
    }
    EXPECT_EQ(headings, 40);
    EXPECT_GE(m_document->pageCount(), 5);
}

TEST_F(PacketDocumentTest, TableRowsAreNotCutByAPageEnd)
{
    PacketTable table;
    table.header = {u"Checkpoint"_s, u"Evidence"_s};
    table.widths = {50, 50};
    for (int i = 0; i < 120; ++i) {
        QStringList lines(1 + i % 4, u"line of row %1"_s.arg(i));
        table.rows << QList<PacketCell>{{lines.join(QLatin1Char('\n')), u"detail"_s},
                                        {u"one line"_s}};
    }
    PacketOutline outline;
    outline.blocks << block(PacketBlock::Kind::Heading, u"Checkpoints"_s);
    PacketBlock b;
    b.kind = PacketBlock::Kind::Table;
    b.table = table;
    outline.blocks << b;
    layOut(outline);

    // Every body row starts and ends on one page, and all of them are there.
    int rows = 0;
    for (QTextBlock first = m_document->begin(); first.isValid(); first = first.next()) {
        const QTextTable* t = QTextCursor(first).currentTable();
        if (!t)
            continue;
        const QTextTableCell cell = t->cellAt(first.position());
        if (cell.row() == 0 || cell.column() != 0 || cell.firstCursorPosition().block() != first)
            continue;
        const QTextBlock last = t->cellAt(cell.row(), 0).lastCursorPosition().block();
        EXPECT_EQ(pageOf(first), pageAt(rect(last).bottom() - 1)) << first.text().toStdString();
        ++rows;
    }
    EXPECT_EQ(rows, 120);
    EXPECT_GE(m_document->pageCount(), 4);
}

TEST_F(PacketDocumentTest, AShortTableMovesToTheNextPageWithItsHeading)
{
    PacketOutline outline;
    outline.blocks << block(PacketBlock::Kind::Paragraph, words(32));
    outline.blocks << block(PacketBlock::Kind::Subheading, u"Competencies"_s);
    PacketBlock b;
    b.kind = PacketBlock::Kind::Table;
    b.table.header = {u"Competency"_s, u"Now"_s};
    b.table.widths = {70, 30};
    for (int i = 0; i < 8; ++i)
        b.table.rows << QList<PacketCell>{{u"Competency %1"_s.arg(i)}, {u"3"_s}};
    outline.blocks << b;
    layOut(outline);

    QTextBlock heading;
    QTextBlock lastRow;
    for (QTextBlock x = m_document->begin(); x.isValid(); x = x.next()) {
        if (x.text() == u"Competencies"_s)
            heading = x;
        if (x.text() == u"Competency 7"_s)
            lastRow = x;
    }
    ASSERT_TRUE(heading.isValid());
    ASSERT_TRUE(lastRow.isValid());
    EXPECT_EQ(pageOf(heading), 1);
    EXPECT_EQ(pageOf(lastRow), 1);
}

} // namespace
