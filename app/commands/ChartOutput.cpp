// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartOutput.h"

#include "CliContext.h"
#include "charts/ChartExporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

/** The DPI ChartExporter lays charts out at off screen: one logical pixel per dot. */
constexpr double LayoutDpi = 96;

std::optional<QSize> sizeFrom(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    const auto inRange = [](int side) {
        return side >= ChartOutput::MinimumSide && side <= ChartOutput::MaximumSide;
    };
    if (!inRange(size.width()) || !inRange(size.height()))
        return std::nullopt;
    return size;
}

} // namespace

void ChartOutput::addOptions(QCommandLineParser& parser, const QSize& defaultSize, bool withCsv)
{
    parser.addOption({QStringLiteral("out"),
                      withCsv ? tr("The file to write, ending in .png, .svg, .pdf or .csv "
                                   "(replaced if it exists).")
                              : tr("The file to write, ending in .png, .svg or .pdf (replaced "
                                   "if it exists)."),
                      tr("file")});
    parser.addOption({QStringLiteral("size"),
                      tr("Chart size in logical pixels, %1 to %2 a side (default %3x%4).")
                          .arg(MinimumSide)
                          .arg(MaximumSide)
                          .arg(defaultSize.width())
                          .arg(defaultSize.height()),
                      tr("WxH")});
    parser.addOption({QStringLiteral("dpi"),
                      tr("PNG resolution, %1 to %2 (default %3: two pixels per logical pixel).")
                          .arg(MinimumDpi)
                          .arg(MaximumDpi)
                          .arg(DefaultDpi),
                      tr("dots")});
}

std::optional<ChartOutput> ChartOutput::read(CliContext& context, const QCommandLineParser& parser,
                                             const QString& command, const QSize& defaultSize,
                                             bool withCsv)
{
    const QString suffixes = withCsv ? tr(".png, .svg, .pdf or .csv") : tr(".png, .svg or .pdf");
    ChartOutput output;
    output.path = parser.value(QStringLiteral("out"));
    if (output.path.isEmpty()) {
        context.usage(tr("%1: give --out FILE ending in %2").arg(command, suffixes), command);
        return std::nullopt;
    }
    if (!ChartExporter::canSave(output.path) && !(withCsv && output.isCsv())) {
        context.usage(tr("%1: %2: the name must end in %3").arg(command, output.path, suffixes),
                      command);
        return std::nullopt;
    }
    output.size = defaultSize;
    if (parser.isSet(QStringLiteral("size"))) {
        const auto given = sizeFrom(parser.value(QStringLiteral("size")));
        if (!given) {
            context.usage(tr("%1: --size %2: give WIDTHxHEIGHT, each %3 to %4, such as 1200x900")
                              .arg(command, parser.value(QStringLiteral("size")))
                              .arg(MinimumSide)
                              .arg(MaximumSide),
                          command);
            return std::nullopt;
        }
        output.size = *given;
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        bool ok = false;
        output.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
        if (!ok || output.dpi < MinimumDpi || output.dpi > MaximumDpi) {
            context.usage(tr("%1: --dpi %2: give a number from %3 to %4")
                              .arg(command, parser.value(QStringLiteral("dpi")))
                              .arg(MinimumDpi)
                              .arg(MaximumDpi),
                          command);
            return std::nullopt;
        }
    }
    return output;
}

bool ChartOutput::isCsv() const
{
    return QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

Status ChartOutput::save(QChart* chart) const
{
    return ChartExporter::save(chart, path, size, dpi / LayoutDpi);
}

Status ChartOutput::saveBytes(const QByteArray& bytes) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Failure::io(
            tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}
