// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PromotionPacket.h"

#include <QCoreApplication>
#include <QSize>

/** How a table cell reads at a glance; the PDF colours it, Markdown does not. */
enum class PacketTone
{
    Plain,
    Good,    ///< done, met
    Partial, ///< in progress
    Behind,  ///< a target not met
    Muted,   ///< not started, nothing logged
};

struct PacketCell
{
    QString text = {};
    QString detail = {}; ///< a second, smaller line (a checkpoint's dimension)
    PacketTone tone = PacketTone::Plain;
    bool strong = false;
};

struct PacketTable
{
    QStringList header;
    QList<QList<PacketCell>> rows;
    QList<int> widths; ///< per column, in percent of the text width
};

/** A chart of the packet: what to draw and at which size (logical pixels). */
struct PacketChart
{
    enum class Kind
    {
        Radar,
        Overview,
        Metric,
    };
    Kind kind = Kind::Radar;
    qsizetype metric = -1; ///< into PromotionPacket::metrics for Kind::Metric
    QString fileName;      ///< without suffix: "01-radar", "03-metric-p99_latency_ms"
    QString title;         ///< alternative text
    QSize size;
};

struct PacketBlock
{
    enum class Kind
    {
        Title,
        Subtitle,
        Heading,
        Subheading,
        Paragraph,
        Note, ///< smaller, grey: captions and explanations
        Table,
        Chart,
        Bullets,
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QStringList items;    ///< Bullets
    PacketTable table;    ///< Table
    qsizetype chart = -1; ///< into PacketOutline::charts for Chart
    bool newPage = false; ///< starts a page in print
};

/**
 * The promotion packet as a sequence of titled blocks, tables and charts, with every
 * sentence worded: what the PDF and the Markdown writer share, so both say the same.
 *
 * Layout: a cover with the facts; 1 readiness, radar, competencies and metric gaps;
 * 2 the checkpoints of the current and target level with evidence; 3 progress: the
 * composite score and checkpoint completion, the key metrics table, then a chart per
 * key metric, two to a page; 4 the decision records. Each numbered part starts a page.
 */
struct PacketOutline
{
    Q_DECLARE_TR_FUNCTIONS(PacketOutline)

public:
    QString title;  ///< the document's title (PDF metadata)
    QString footer; ///< what every page after the cover says at its foot, left
    QList<PacketBlock> blocks;
    QList<PacketChart> charts;

    static PacketOutline of(const PromotionPacket& packet);
};
