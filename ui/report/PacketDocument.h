// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketOutline.h"

#include <QColor>
#include <QFont>
#include <QSizeF>

#include <memory>

class ChartTextObject;

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QTextDocument;
QT_END_NAMESPACE

/**
 * A PacketOutline laid out as a QTextDocument in pages, for printing: styled headings
 * and paragraphs, bordered tables with a shaded header row, bulleted lists and charts
 * as ChartTextObject characters.
 *
 * Pagination rules on top of QTextDocument's own (which moves whole lines only):
 *   - headings, subheadings, charts and a note right under a subheading stay on one
 *     page with the block after them: when that block starts on the next page, the
 *     heading (and the chain of such blocks before it) moves there too;
 *   - a table row that would be cut by a page end starts a new page instead: the
 *     table is split there and its header row repeated. A row taller than a page is
 *     left to break.
 * Both rules are applied after layout, by looking where blocks landed and laying out
 * again, until nothing moves.
 */
class PacketDocument
{
public:
    /** The packet's colours: text, headings, captions, grid lines, table headers. */
    static inline const QColor Ink{0x1f, 0x29, 0x37};
    static inline const QColor Accent{0x1e, 0x40, 0xaf};
    static inline const QColor Muted{0x6b, 0x72, 0x80};
    static inline const QColor Rule{0xc7, 0xce, 0xd6};
    static inline const QColor HeaderFill{0xee, 0xf2, 0xf7};

    /**
     * The packet's font at points: the application's font family for Latin text, with
     * ChartStyle's CJK fallbacks for Chinese.
     */
    static QFont font(qreal points, bool bold = false);

    /** A chart the document can show: its ChartTextObject index and its logical size. */
    struct Chart
    {
        int handle = -1;
        QSizeF logicalSize;
    };

    /**
     * Lays out outline for device in pages of pageSize (in device pixels). charts
     * holds one entry per outline chart, drawn by chartHandler, which must outlive the
     * document. Charts are as wide as the text and keep their aspect ratio.
     */
    static std::unique_ptr<QTextDocument> layOut(const PacketOutline& outline,
                                                 const QList<Chart>& charts,
                                                 ChartTextObject* chartHandler,
                                                 QPaintDevice* device, const QSizeF& pageSize);
};
