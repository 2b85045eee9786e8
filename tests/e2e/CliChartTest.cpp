// SPDX-License-Identifier: GPL-3.0-or-later
// `rungs chart`: progress charts and their values drawn without a display.
#include "CliRunner.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

class CliChart : public Cli
{
protected:
    void log(const QString& metric, const QString& value, const QString& day)
    {
        const Outcome r = run({u"log"_s, metric, value, u"--date"_s, day});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    QString path(const QString& name) const { return QDir(m_temp.dir()).filePath(name); }

    /** True when some pixel of image has colour (the first line's is 0x2563eb). */
    static bool hasColour(const QImage& image, const QColor& colour)
    {
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (image.pixelColor(x, y) == colour)
                    return true;
        return false;
    }
};

TEST_F(CliChart, CsvHoldsThePeriodValuesByEachMetricsRule)
{
    // Δ tech is summed: 2 + 5 in the week of Monday 3 March is 7 in 7 days, 1 a day;
    // 14 in the next week is 2 a day. MTTR is a mean: (30 + 10) / 2. P99 latency takes
    // the last value of the week.
    log(u"delta_tech"_s, u"2"_s, u"2025-03-03"_s);
    log(u"delta_tech"_s, u"5"_s, u"2025-03-05"_s);
    log(u"delta_tech"_s, u"14"_s, u"2025-03-12"_s);
    log(u"mttr_minutes"_s, u"30"_s, u"2025-03-03"_s);
    log(u"mttr_minutes"_s, u"10"_s, u"2025-03-04"_s);
    log(u"p99_latency_ms"_s, u"300"_s, u"2025-03-03"_s);
    log(u"p99_latency_ms"_s, u"100"_s, u"2025-03-04"_s);
    const Outcome r = run({u"chart"_s, u"delta_tech"_s, u"MTTR"_s, u"P99 latency"_s, u"--from"_s,
                           u"2025-03-01"_s, u"--to"_s, u"2025-03-31"_s, u"--out"_s, u"c.csv"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(u"c.csv\n"_s)) << r.out.toStdString();
    EXPECT_EQ(readFile(path(u"c.csv"_s)), QByteArray("date,series,value,average\n"
                                                     "2025-03-03,delta_tech,1,\n"
                                                     "2025-03-10,delta_tech,2,\n"
                                                     "2025-03-03,mttr_minutes,20,\n"
                                                     "2025-03-03,p99_latency_ms,100,\n"));
}

TEST_F(CliChart, PngSvgAndPdfAreDrawnAndReadByOtherTools)
{
    for (int day = 1; day <= 28; ++day)
        log(u"p99_latency_ms"_s, QString::number(300 - 4 * day),
            u"2025-02-%1"_s.arg(day, 2, 10, QLatin1Char('0')));
    const QStringList common{u"chart"_s,  u"p99_latency_ms"_s, u"--period"_s, u"day"_s,
                             u"--from"_s, u"2025-02-01"_s,     u"--to"_s,     u"2025-02-28"_s};

    Outcome r = run(common + QStringList{u"--out"_s, u"c.png"_s, u"--size"_s, u"640x400"_s,
                                         u"--dpi"_s, u"96"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Falling 4 ms a day from 296 ms: the P7 target lies far below, ahead in time.
    EXPECT_TRUE(r.out.contains(u"P99 latency: at this rate the P7 target"_s))
        << r.out.toStdString();
    const QImage png(path(u"c.png"_s));
    ASSERT_FALSE(png.isNull());
    EXPECT_EQ(png.size(), QSize(640, 400)); // 96 dpi: one pixel per logical pixel
    EXPECT_TRUE(hasColour(png, QColor(0x25, 0x63, 0xeb)));

    r = run(common + QStringList{u"--out"_s, u"c.svg"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Qt writes a line as one two-point polyline per segment: 28 days give 27, more
    // come from the grid, targets and trend.
    const QByteArray svgText = readFile(path(u"c.svg"_s));
    QXmlStreamReader svg(svgText);
    int polylines = 0;
    while (!svg.atEnd()) {
        if (svg.readNext() == QXmlStreamReader::StartElement && svg.name() == u"polyline"_s)
            ++polylines;
    }
    EXPECT_FALSE(svg.hasError()) << svg.errorString().toStdString();
    EXPECT_GE(polylines, 27);
    EXPECT_TRUE(svgText.contains("#2563eb")); // the first line's colour

    r = run(common + QStringList{u"--out"_s, u"c.pdf"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(readFile(path(u"c.pdf"_s)).startsWith("%PDF-"));
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (pdftoppm.isEmpty())
        GTEST_SKIP() << "pdftoppm (poppler-utils) is not installed";
    QProcess render;
    render.start(pdftoppm, {u"-png"_s, u"-r"_s, u"48"_s, u"-singlefile"_s, path(u"c.pdf"_s),
                            path(u"rendered"_s)});
    ASSERT_TRUE(render.waitForFinished(30000));
    ASSERT_EQ(render.exitCode(), 0) << render.readAllStandardError().toStdString();
    const QImage page(path(u"rendered.png"_s));
    ASSERT_FALSE(page.isNull());
    EXPECT_EQ(page.width(), 1200 / 2); // the default 1200 logical pixels at 96 dpi, drawn at 48
}

TEST_F(CliChart, RefusalsNameTheProblemAndWriteNothing)
{
    log(u"delta_tech"_s, u"2"_s, u"2025-03-03"_s);
    Outcome r = run({u"chart"_s, u"no_such_metric"_s, u"--out"_s, u"x.png"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(u"no_such_metric: no such metric"_s)) << r.err.toStdString();

    r = run({u"chart"_s, u"delta_tech"_s, u"--out"_s, u"x.gif"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(u"x.gif: the name must end in .png, .svg, .pdf or .csv"_s))
        << r.err.toStdString();

    r = run({u"chart"_s, u"delta_tech"_s, u"--from"_s, u"2025-04-01"_s, u"--to"_s, u"2025-03-01"_s,
             u"--out"_s, u"x.png"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(u"--from 2025-04-01 is after --to 2025-03-01"_s))
        << r.err.toStdString();

    r = run({u"chart"_s, u"delta_tech"_s, u"--dpi"_s, u"10"_s, u"--out"_s, u"x.png"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_FALSE(QFile::exists(path(u"x.png"_s)));
    EXPECT_FALSE(QFile::exists(path(u"x.gif"_s)));
}
