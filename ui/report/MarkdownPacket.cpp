// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownPacket.h"

#include <QRegularExpression>

namespace MarkdownPacket {

namespace {

using Kind = PacketBlock::Kind;

/** Text inside a table cell: one line, bars escaped, line breaks as <br>. */
QString cellText(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return text.split(QLatin1Char('\n')).join(QStringLiteral("<br>"));
}

QString cell(const PacketCell& c)
{
    QString text = cellText(c.text);
    if (c.strong && !text.isEmpty())
        text = QStringLiteral("**%1**").arg(text);
    if (!c.detail.isEmpty())
        text += QStringLiteral("<br>*%1*").arg(cellText(c.detail));
    return text;
}

QString row(const QStringList& cells)
{
    return QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
}

QString table(const PacketTable& t)
{
    const qsizetype columns = t.widths.size();
    QStringList header;
    for (qsizetype c = 0; c < columns; ++c)
        header << cellText(t.header.value(c));
    QString out = row(header) + row(QStringList(columns, QStringLiteral("---")));
    for (const QList<PacketCell>& r : t.rows) {
        QStringList cells;
        for (qsizetype c = 0; c < columns; ++c)
            cells << cell(r.value(c));
        out += row(cells);
    }
    return out;
}

/** A link destination; in angle brackets when it holds characters that end a plain one. */
QString destination(const QString& path)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s()<>]+$"));
    return plain.match(path).hasMatch() ? path : QStringLiteral("<%1>").arg(path);
}

QString escapedInline(QString text)
{
    static const QRegularExpression special(QStringLiteral("([\\\\*_\\[\\]])"));
    return text.replace(special, QStringLiteral("\\\\1"));
}

} // namespace

QByteArray text(const PacketOutline& outline, const QString& imageFolder)
{
    QStringList parts;
    for (const PacketBlock& b : outline.blocks) {
        switch (b.kind) {
        case Kind::Title:
            parts << QStringLiteral("# %1\n").arg(b.text);
            break;
        case Kind::Subtitle:
            parts << QStringLiteral("**%1**\n").arg(escapedInline(b.text));
            break;
        case Kind::Heading:
            parts << QStringLiteral("## %1\n").arg(b.text);
            break;
        case Kind::Subheading:
            parts << QStringLiteral("### %1\n").arg(b.text);
            break;
        case Kind::Paragraph:
            parts << b.text + QLatin1Char('\n');
            break;
        case Kind::Note:
            parts << QStringLiteral("*%1*\n").arg(escapedInline(b.text));
            break;
        case Kind::Table:
            parts << table(b.table);
            break;
        case Kind::Chart: {
            const PacketChart& chart = outline.charts[b.chart];
            parts << QStringLiteral("![%1](%2)\n")
                         .arg(escapedInline(chart.title),
                              destination(imageFolder + QLatin1Char('/') + chart.fileName +
                                          QStringLiteral(".png")));
            break;
        }
        case Kind::Bullets: {
            QString list;
            for (const QString& item : b.items)
                list += QStringLiteral("- %1\n").arg(item);
            parts << list;
            break;
        }
        }
    }
    return parts.join(QLatin1Char('\n')).toUtf8();
}

} // namespace MarkdownPacket
