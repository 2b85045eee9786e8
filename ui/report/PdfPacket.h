// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PacketOutline.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

/**
 * Prints a PacketOutline as an A4 PDF: the pages of a PacketDocument, each drawn by
 * hand (QTextDocument::drawContents on the page's slice), the cover with a coloured
 * band and every other page with a footer: the packet's title and "Page n of m".
 *
 * Design note: the layout runs at the printer's resolution, so text is measured where
 * it is drawn; charts are SVG files (ChartExporter) drawn as vectors by
 * ChartTextObject, scaled to the text width.
 */
class PdfPacket
{
    Q_DECLARE_TR_FUNCTIONS(PdfPacket)

public:
    /** After each printed page: the page (from 1) and how many there are; false stops. */
    using PagePrinted = std::function<bool(int page, int pages)>;

    /**
     * Prints outline into device, which must be open for writing. The charts are read
     * from chartFolder as "<PacketChart::fileName>.svg". Returns false when pagePrinted
     * stopped it (device then holds part of a file), Failure::Io when a chart cannot be
     * read or the device cannot be written.
     */
    static Result<bool> print(const PacketOutline& outline, const QString& chartFolder,
                              QIODevice* device, const PagePrinted& pagePrinted);
};
