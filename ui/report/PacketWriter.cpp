// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketWriter.h"

#include "MarkdownPacket.h"
#include "PacketOutline.h"
#include "PdfPacket.h"
#include "charts/ChartExporter.h"
#include "charts/ProgressChart.h"
#include "charts/RadarChart.h"

#include <QChart>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <memory>

namespace {

using Outcome = PacketWriter::Outcome;

Failure writeFailure(const QString& path, const QString& reason)
{
    return Failure::io(PacketWriter::tr("%1: cannot write: %2").arg(path, reason));
}

std::unique_ptr<QChart> buildChart(const PromotionPacket& packet, const PacketChart& chart)
{
    if (chart.kind == PacketChart::Kind::Radar)
        return std::unique_ptr<QChart>(RadarChart::build(packet.radar));
    auto progress = std::make_unique<ProgressChart>();
    if (chart.kind == PacketChart::Kind::Overview)
        progress->setData(packet.overview, {true, false});
    else
        progress->setData(packet.metrics[chart.metric].chart, {true, true});
    return progress;
}

/**
 * Draws every chart of outline into folder as "<fileName>.<suffix>", telling progress
 * after each; Cancelled when it says stop.
 */
Result<Outcome> saveCharts(const PromotionPacket& packet, const PacketOutline& outline,
                           const QString& folder, const QString& suffix,
                           const std::function<bool()>& step)
{
    for (const PacketChart& c : outline.charts) {
        const std::unique_ptr<QChart> chart = buildChart(packet, c);
        const QString path = QDir(folder).filePath(c.fileName + QLatin1Char('.') + suffix);
        if (Status s = ChartExporter::save(chart.get(), path, c.size); !s)
            return s.error();
        if (!step())
            return Outcome::Cancelled;
    }
    return Outcome::Written;
}

Result<Outcome> writePdf(const PromotionPacket& packet, const PacketOutline& outline,
                         const QString& path, const PacketWriter::Progress& progress)
{
    const int charts = int(outline.charts.size());
    int done = 0;
    const auto step = [&progress, &done](int total) {
        return !progress || progress(++done, total);
    };
    QTemporaryDir folder;
    if (!folder.isValid())
        return writeFailure(path, folder.errorString());
    // Until the document is laid out, the pages are guessed: about one per chart and four.
    const int guessedPages = charts + 4;
    auto drawn = saveCharts(packet, outline, folder.path(), QStringLiteral("svg"),
                            [&] { return step(charts + guessedPages); });
    if (!drawn || drawn.value() == Outcome::Cancelled)
        return drawn;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailure(path, file.errorString());
    auto printed = PdfPacket::print(outline, folder.path(), &file,
                                    [&](int, int pages) { return step(charts + pages); });
    if (!printed)
        return printed.error();
    if (!printed.value())
        return Outcome::Cancelled;
    if (!file.commit())
        return writeFailure(path, file.errorString());
    return Outcome::Written;
}

/** Moves the images from staging into folder, which may hold those of an earlier export. */
Status placeImages(const QString& staging, const QString& folder)
{
    QDir dir;
    if (!QFileInfo::exists(folder))
        return dir.rename(staging, folder)
                   ? Status()
                   : writeFailure(folder, PacketWriter::tr("cannot create the folder"));
    if (!QFileInfo(folder).isDir())
        return writeFailure(folder, PacketWriter::tr("a file of that name is in the way"));
    const QStringList names = QDir(staging).entryList(QDir::Files);
    for (const QString& name : names) {
        const QString target = QDir(folder).filePath(name);
        if ((QFileInfo::exists(target) && !QFile::remove(target)) ||
            !QFile::rename(QDir(staging).filePath(name), target))
            return writeFailure(target, PacketWriter::tr("cannot replace the image"));
    }
    return {};
}

Result<Outcome> writeMarkdown(const PromotionPacket& packet, const PacketOutline& outline,
                              const QString& path, const PacketWriter::Progress& progress)
{
    const QFileInfo info(path);
    const int total = int(outline.charts.size()) + 1;
    int done = 0;
    const auto step = [&progress, &done, total] { return !progress || progress(++done, total); };
    // Beside the target, so that the finished folder is renamed into place, not copied.
    QTemporaryDir staging(info.absoluteDir().filePath(QStringLiteral(".rungs-packet-XXXXXX")));
    if (!staging.isValid())
        return writeFailure(path, staging.errorString());
    auto drawn = saveCharts(packet, outline, staging.path(), QStringLiteral("png"), step);
    if (!drawn || drawn.value() == Outcome::Cancelled)
        return drawn;

    const QString folderName = PacketWriter::imageFolderName(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailure(path, file.errorString());
    const QByteArray text = MarkdownPacket::text(outline, folderName);
    if (file.write(text) != text.size())
        return writeFailure(path, file.errorString());
    if (Status s = placeImages(staging.path(), info.absoluteDir().filePath(folderName)); !s)
        return s.error();
    if (!file.commit())
        return writeFailure(path, file.errorString());
    step();
    return Outcome::Written;
}

} // namespace

bool PacketWriter::canWrite(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("md");
}

QString PacketWriter::imageFolderName(const QString& markdownPath)
{
    return QFileInfo(markdownPath).completeBaseName() + QStringLiteral("-images");
}

Result<PacketWriter::Outcome> PacketWriter::write(const PromotionPacket& packet,
                                                  const QString& path, const Progress& progress)
{
    if (!canWrite(path))
        return Failure::invalid(tr("%1: the name must end in .pdf or .md").arg(path));
    const PacketOutline outline = PacketOutline::of(packet);
    if (QFileInfo(path).suffix().toLower() == QLatin1String("pdf"))
        return writePdf(packet, outline, path, progress);
    return writeMarkdown(packet, outline, path, progress);
}
