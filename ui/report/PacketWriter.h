// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PromotionPacket.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>

/**
 * Writes a promotion packet to a file, the format chosen by its suffix:
 *   - .pdf: A4 pages with the charts as vectors (PdfPacket);
 *   - .md: Markdown (MarkdownPacket) and, beside it, a folder "<name>-images" with a
 *     PNG per chart, linked relatively.
 *
 * Charts are drawn off screen with ChartExporter, so a QApplication must exist (the
 * command line creates one for commands that draw charts). Nothing is left behind
 * when writing fails or is cancelled: the PDF and the Markdown file are written
 * through QSaveFile, the images into a hidden folder beside them that takes its place
 * only at the end; images of an earlier export in that folder are replaced.
 */
class PacketWriter
{
    Q_DECLARE_TR_FUNCTIONS(PacketWriter)

public:
    /** Called after every step (a chart, a page); returning false cancels. */
    using Progress = std::function<bool(int done, int total)>;

    enum class Outcome
    {
        Written,
        Cancelled,
    };

    /** True when path ends in .pdf or .md (any case). */
    static bool canWrite(const QString& path);
    /** The folder the Markdown file at path links its images from: "<base name>-images". */
    static QString imageFolderName(const QString& markdownPath);

    /**
     * Writes packet to path. InvalidInput for another suffix, Io when a file cannot
     * be written; Cancelled when progress returned false, with nothing written.
     */
    static Result<Outcome> write(const PromotionPacket& packet, const QString& path,
                                 const Progress& progress = {});
};
