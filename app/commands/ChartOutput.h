// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

class CliContext;
class QCommandLineParser;
QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

/**
 * The --out, --size and --dpi options of every command that draws a chart into a file
 * (`rungs radar`, `rungs chart`), read and refused alike, and the one way those files
 * are written (ChartExporter; CSV through QSaveFile).
 */
class ChartOutput
{
    Q_DECLARE_TR_FUNCTIONS(ChartOutput)

public:
    /** Smallest and largest side in logical pixels: readable labels, bounded memory. */
    static constexpr int MinimumSide = 200;
    static constexpr int MaximumSide = 4000;
    /** PNG density: 192 dpi is two pixels per logical pixel, crisp on HiDPI and paper. */
    static constexpr int DefaultDpi = 192;
    static constexpr int MinimumDpi = 48;
    static constexpr int MaximumDpi = 600;

    /** Adds the options; withCsv also offers FILE.csv for the plotted values. */
    static void addOptions(QCommandLineParser& parser, const QSize& defaultSize, bool withCsv);
    /**
     * The options as given, or nullopt after printing the usage problem (the caller
     * returns ExitUsage): a missing --out, a suffix the command cannot write, a size
     * outside MinimumSide..MaximumSide, a DPI outside MinimumDpi..MaximumDpi.
     */
    static std::optional<ChartOutput> read(CliContext& context, const QCommandLineParser& parser,
                                           const QString& command, const QSize& defaultSize,
                                           bool withCsv);

    QString path;
    QSize size;
    int dpi = DefaultDpi;

    bool isCsv() const;
    /** Draws chart into path (PNG, SVG or PDF) at size and, for PNG, dpi. */
    Status save(QChart* chart) const;
    /** Writes bytes to path atomically. */
    Status saveBytes(const QByteArray& bytes) const;
};
