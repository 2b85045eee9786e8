// SPDX-License-Identifier: GPL-3.0-or-later
// The radar drawn off screen and exported: pictures checked by their pixels and by
// the parsers of their formats.
#include "charts/RadarChart.h"

#include "charts/ChartExporter.h"
#include "charts/ChartView.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QImage>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** Eight axes (one in Chinese), the user filled, a target outline, a dashed reference. */
RadarData knownData()
{
    RadarData data;
    data.axes = {u"Runtime & performance tuning"_s,
                 u"Distributed consistency & architecture"_s,
                 u"Engineering efficiency"_s,
                 u"Technical judgment"_s,
                 u"Platform & reliability"_s,
                 u"影响力"_s,
                 u"Technical breadth"_s,
                 u"Collaboration & leadership"_s};
    data.profiles = {
        {u"You (latest)"_s, {4, 3, 3.5, 2, 4, 2.5, 1.5, 3}, RadarProfile::Style::Filled},
        {u"P7 expects"_s, {4, 4, 3.5, 3.5, 4, 3, 3, 3.5}, RadarProfile::Style::Outline},
        {u"P6 expects"_s, {3, 2.5, 2.5, 2, 2.5, 1.5, 1.5, 2.5}, RadarProfile::Style::Dashed}};
    return data;
}

template <typename Series>
QList<Series*> seriesOf(QChart* chart)
{
    QList<Series*> found;
    const QList<QAbstractSeries*> all = chart->series();
    for (QAbstractSeries* s : all) {
        if (auto* typed = qobject_cast<Series*>(s))
            found << typed;
    }
    return found;
}

/** colour drawn with its alpha over white, as the exporter's background shows it. */
QColor overWhite(const QColor& colour)
{
    const double a = colour.alphaF();
    const auto mix = [a](int c) { return int(std::lround(c * a + 255 * (1 - a))); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

int pixelsNear(const QImage& image, const QColor& colour, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance &&
                std::abs(c.green() - colour.green()) <= tolerance &&
                std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

class RadarChartTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_chart.reset(RadarChart::build(knownData()));
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<QChart> m_chart;
    const QSize m_size{600, 450};
};

} // namespace

TEST_F(RadarChartTest, HasAWebOfRingsHiddenFromTheLegendAndOneEntryPerProfile)
{
    // Five rings (1..5) and three outlines are line series; the filled profile's fill is
    // an area (its outline is a line of its own).
    EXPECT_EQ(seriesOf<QLineSeries>(m_chart.get()).size(), 5 + 3);
    ASSERT_EQ(seriesOf<QAreaSeries>(m_chart.get()).size(), 1);
    // Markers are visible only once the chart is laid out in a scene, as in a view.
    QGraphicsScene scene;
    scene.addItem(m_chart.get());
    m_chart->resize(m_size);
    QCoreApplication::processEvents();
    QStringList legend;
    const QList<QLegendMarker*> markers = m_chart->legend()->markers();
    for (const QLegendMarker* m : markers) {
        if (m->isVisible())
            legend << m->label();
    }
    EXPECT_EQ(legend, (QStringList{u"You (latest)"_s, u"P7 expects"_s, u"P6 expects"_s}));
    scene.removeItem(m_chart.get());
    EXPECT_EQ(m_chart->legend()->alignment(), Qt::AlignBottom);
    EXPECT_EQ(m_chart->animationOptions(), QChart::NoAnimation);
    // Each polygon is closed: its last point is its first, one turn later.
    const QList<QPointF> you =
        seriesOf<QAreaSeries>(m_chart.get()).first()->upperSeries()->points();
    ASSERT_EQ(you.size(), 9);
    EXPECT_EQ(you.last(), QPointF(8, you.first().y()));
}

TEST_F(RadarChartTest, AxisLabelsCanShowChinese)
{
    if (QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty())
        GTEST_SKIP() << "no font with Simplified Chinese on this system";
    const auto axes = m_chart->axes(Qt::Horizontal);
    ASSERT_FALSE(axes.isEmpty());
    auto* angular = qobject_cast<QCategoryAxis*>(axes.first());
    ASSERT_NE(angular, nullptr);
    EXPECT_EQ(angular->categoriesLabels().size(), 8);
    EXPECT_TRUE(QFontMetricsF(angular->labelsFont()).inFontUcs4(U'影'));
}

TEST_F(RadarChartTest, HoveringAnOutlineShowsTheAxisAndValue)
{
    QLineSeries* target = nullptr;
    for (QLineSeries* s : seriesOf<QLineSeries>(m_chart.get())) {
        if (s->name() == u"P7 expects"_s)
            target = s;
    }
    ASSERT_NE(target, nullptr);
    Q_EMIT target->hovered(QPointF(3.2, 3.4), true); // nearest to axis 3
    EXPECT_EQ(QToolTip::text(), u"P7 expects\nTechnical judgment: 3.5"_s);
    Q_EMIT target->hovered(QPointF(7.8, 3.9), true); // past the last axis: axis 0 again
    EXPECT_EQ(QToolTip::text(), u"P7 expects\nRuntime & performance tuning: 4"_s);
    Q_EMIT target->hovered(QPointF(7.8, 3.9), false);
}

TEST_F(RadarChartTest, PngShowsTheFilledProfileAndTheOutlinesAtTwiceTheSize)
{
    const QString file = path(u"radar.png"_s);
    const Status s = ChartExporter::save(m_chart.get(), file, m_size);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    QImage image(file);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), m_size * ChartExporter::PngPixelRatio);
    EXPECT_EQ(image.pixelColor(2, 2), QColor(Qt::white));
    EXPECT_GT(distinctColours(image), 200); // anti-aliased lines and text, not a blank page

    // The filled profile's translucent colour covers a good part of the picture.
    const QAreaSeries* you = seriesOf<QAreaSeries>(m_chart.get()).first();
    const int fill = pixelsNear(image, overWhite(you->brush().color()), 6);
    EXPECT_GT(fill, image.width() * image.height() / 40) << "fill pixels: " << fill;
    // The target's outline is drawn in its own colour.
    QColor outline;
    for (QLineSeries* line : seriesOf<QLineSeries>(m_chart.get())) {
        if (line->name() == u"P7 expects"_s)
            outline = line->pen().color();
    }
    ASSERT_TRUE(outline.isValid());
    EXPECT_GT(pixelsNear(image, outline, 20), 2000);
}

TEST_F(RadarChartTest, SvgParsesWithTheChartsSize)
{
    const QString file = path(u"radar.svg"_s);
    const Status s = ChartExporter::save(m_chart.get(), file, m_size);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    QSvgRenderer renderer(file);
    ASSERT_TRUE(renderer.isValid());
    EXPECT_EQ(renderer.viewBox().size(), m_size);
    EXPECT_TRUE(QFile(file).size() > 10000);
}

TEST_F(RadarChartTest, PdfIsAPdfOfSomeSubstance)
{
    const QString file = path(u"radar.PDF"_s);
    const Status s = ChartExporter::save(m_chart.get(), file, m_size);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    QFile pdf(file);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_EQ(pdf.read(4), QByteArray("%PDF"));
    EXPECT_GT(pdf.size(), 4000);
}

TEST_F(RadarChartTest, UnknownSuffixIsRefusedAndNothingIsWritten)
{
    const QString file = path(u"radar.txt"_s);
    const Status s = ChartExporter::save(m_chart.get(), file, m_size);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(s.error().message, file + u": the name must end in .png, .svg or .pdf"_s);
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_FALSE(ChartExporter::canSave(path(u"radar"_s)));
    EXPECT_TRUE(ChartExporter::canSave(path(u"radar.Svg"_s)));
}

TEST_F(RadarChartTest, ExportingAChartShownInAViewLeavesTheViewAsItWas)
{
    ChartView view(m_chart.release());
    view.resize(420, 380);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    const QSizeF shown = view.chart()->size();
    const Status s = ChartExporter::save(view.chart(), path(u"shown.png"_s), m_size);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(view.chart()->size(), shown);
    EXPECT_EQ(QImage(path(u"shown.png"_s)).size(), m_size * ChartExporter::PngPixelRatio);
}

TEST_F(RadarChartTest, ViewLeavesTheWheelToItsParentAndSurvivesPressesAnywhere)
{
    QWidget page;
    auto* layout = new QVBoxLayout(&page);
    auto* view = new ChartView(m_chart.release());
    layout->addWidget(view);
    page.resize(500, 400);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));

    // An ignored wheel event from the window system travels on to the parent (a scroll
    // area scrolls the page); a test can only send a synthesized one, which stops here.
    const QPoint inside = view->viewport()->rect().center();
    QWheelEvent wheel(inside, view->viewport()->mapToGlobal(inside), QPoint(), QPoint(0, -120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    EXPECT_FALSE(wheel.isAccepted());

    // A press anywhere, on the chart or beside it, is handled or passed on (QTBUG-118669).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(1, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
    view->setSceneRect(QRectF(-1000, -1000, 10, 10)); // nothing under the pointer at all
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
}
