// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExporter.h"

#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>
#include <QSvgGenerator>

#include <memory>

namespace {

constexpr double InchesPerMeter = 1 / 0.0254;

/**
 * The DPI Qt Charts measures its texts at (the screen's logical DPI, 96 off screen).
 * Every target paints at the same DPI, so texts fill the boxes they were laid out in.
 */
int layoutDpi()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return screen ? qRound(screen->logicalDotsPerInchY()) : 96;
}

/**
 * Paints chart into painter at size logical pixels. A chart outside any scene gets a
 * scene of its own for the time being; a chart shown in a view is drawn from the view's
 * scene and gets its size back afterwards.
 */
void paint(QChart* chart, QPainter& painter, const QSize& size)
{
    std::unique_ptr<QGraphicsScene> ownScene;
    QGraphicsScene* scene = chart->scene();
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
        scene = ownScene.get();
    }
    const QSizeF shownSize = chart->size();
    chart->resize(size);
    // Resizing lays the chart out at once; activate() also applies a layout request still
    // queued from a change since it was last shown, as nothing here returns to the loop.
    if (QGraphicsLayout* layout = chart->layout())
        layout->activate();
    // Charts that fit their data to the plot's size do it on a queued plotAreaChanged
    // (a change made inside a view's layout pass would not be painted): deliver it now,
    // then lay out what it changed.
    QCoreApplication::sendPostedEvents(chart, QEvent::MetaCall);
    if (QGraphicsLayout* layout = chart->layout())
        layout->activate();
    const QRectF source = chart->mapRectToScene(QRectF(QPointF(0, 0), QSizeF(size)));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::IgnoreAspectRatio);
    if (ownScene)
        ownScene->removeItem(chart); // the caller keeps the chart
    else
        chart->resize(shownSize);
}

Failure writeFailure(const QString& path, const QString& reason)
{
    return Failure::io(
        ChartExporter::tr("%1: cannot write: %2")
            .arg(path, reason.isEmpty() ? ChartExporter::tr("unknown error") : reason));
}

Status commit(QSaveFile& file, const QString& path)
{
    if (!file.commit())
        return writeFailure(path, file.errorString());
    return {};
}

Status savePng(QChart* chart, QSaveFile& file, const QString& path, const QSize& size, double ratio)
{
    QImage image((QSizeF(size) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return writeFailure(path, ChartExporter::tr("the image is too large"));
    image.setDevicePixelRatio(ratio);
    const int dpi = layoutDpi();
    image.setDotsPerMeterX(qRound(dpi * InchesPerMeter));
    image.setDotsPerMeterY(qRound(dpi * InchesPerMeter));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paint(chart, painter, size);
    }
    // Tagged with the real pixel density only now: fonts were sized at the layout DPI.
    image.setDotsPerMeterX(qRound(dpi * ratio * InchesPerMeter));
    image.setDotsPerMeterY(qRound(dpi * ratio * InchesPerMeter));
    if (!image.convertToFormat(QImage::Format_RGB32).save(&file, "PNG"))
        return writeFailure(path, file.errorString());
    return commit(file, path);
}

Status saveSvg(QChart* chart, QSaveFile& file, const QString& path, const QSize& size)
{
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(layoutDpi());
    generator.setTitle(chart->title());
    {
        QPainter painter(&generator);
        if (!painter.isActive())
            return writeFailure(path, file.errorString());
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        paint(chart, painter, size);
    }
    return commit(file, path);
}

Status savePdf(QChart* chart, QSaveFile& file, const QString& path, const QSize& size)
{
    // QPdfWriter closes only devices it opened itself, so a QSaveFile works as well for
    // PDF as for the other formats: one way to replace files atomically.
    QPdfWriter writer(&file);
    const int dpi = layoutDpi();
    writer.setResolution(dpi);
    const QSizeF points = QSizeF(size) * 72.0 / dpi;
    writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setCreator(QStringLiteral("Rungs"));
    writer.setTitle(chart->title());
    {
        QPainter painter(&writer);
        if (!painter.isActive())
            return writeFailure(path, file.errorString());
        painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        paint(chart, painter, size);
    }
    return commit(file, path);
}

} // namespace

bool ChartExporter::canSave(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
           suffix == QLatin1String("pdf");
}

Status ChartExporter::save(QChart* chart, const QString& path, const QSize& size,
                           double pngPixelRatio)
{
    if (!canSave(path))
        return Failure::invalid(tr("%1: the name must end in .png, .svg or .pdf").arg(path));
    if (!chart || size.isEmpty() || !(pngPixelRatio > 0))
        return Failure::invalid(tr("%1: nothing to draw at this size").arg(path));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeFailure(path, file.errorString());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return savePng(chart, file, path, size, pngPixelRatio);
    if (suffix == QLatin1String("svg"))
        return saveSvg(chart, file, path, size);
    return savePdf(chart, file, path, size);
}
