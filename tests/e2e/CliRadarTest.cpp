// SPDX-License-Identifier: GPL-3.0-or-later
// `rungs radar`: the competency radar drawn without a display, as scripts and CI run it.
#include "CliRunner.h"

#include <QDir>
#include <QImage>

namespace {

/** PNG files hold two pixels per logical pixel of --size (ChartExporter::PngPixelRatio). */
constexpr int PngPixelRatio = 2;

} // namespace

TEST_F(Cli, RadarWithoutADisplayWritesAPngOfTheRequestedSize)
{
    ASSERT_EQ(
        run({QStringLiteral("assess"), QStringLiteral("influence"), QStringLiteral("3")}).exitCode,
        0);
    const Outcome r =
        run({QStringLiteral("radar"), QStringLiteral("--out"), QStringLiteral("r.png"),
             QStringLiteral("--size"), QStringLiteral("640x480")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("r.png\n"));
    const QImage image(QDir(m_temp.dir()).filePath(QStringLiteral("r.png")));
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(640, 480) * PngPixelRatio);
}

TEST_F(Cli, RadarDrawsSvgAndPdfAtTheDefaultSize)
{
    const Outcome svg =
        run({QStringLiteral("radar"), QStringLiteral("--out"), QStringLiteral("r.svg"),
             QStringLiteral("--snapshot"), QStringLiteral("0")});
    ASSERT_EQ(svg.exitCode, 0) << svg.err.toStdString();
    const QByteArray text = readFile(QDir(m_temp.dir()).filePath(QStringLiteral("r.svg")));
    EXPECT_TRUE(text.contains("viewBox=\"0 0 1200 900\"")) << text.left(600).toStdString();

    const Outcome pdf =
        run({QStringLiteral("radar"), QStringLiteral("--out"), QStringLiteral("r.pdf")});
    ASSERT_EQ(pdf.exitCode, 0) << pdf.err.toStdString();
    EXPECT_TRUE(readFile(QDir(m_temp.dir()).filePath(QStringLiteral("r.pdf"))).startsWith("%PDF"));
}

TEST_F(Cli, RadarRefusesAnotherSuffixAsAUsageErrorAndWritesNothing)
{
    // As `rungs export` does for a name it cannot write: a usage error, status 2.
    const Outcome r =
        run({QStringLiteral("radar"), QStringLiteral("--out"), QStringLiteral("r.txt")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(
        QStringLiteral("rungs: radar: r.txt: the name must end in .png, .svg or .pdf")))
        << r.err.toStdString();
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1);
    EXPECT_FALSE(QFile::exists(QDir(m_temp.dir()).filePath(QStringLiteral("r.txt"))));
}

TEST_F(Cli, RadarNeedsAnOutputFileAndSaneOptions)
{
    EXPECT_EQ(run({QStringLiteral("radar")}).exitCode, 2);
    for (const char* size : {"1200", "10x10", "99999x900", "wide"}) {
        const Outcome r =
            run({QStringLiteral("radar"), QStringLiteral("--out"), QStringLiteral("r.png"),
                 QStringLiteral("--size"), QLatin1String(size)});
        EXPECT_EQ(r.exitCode, 2) << size;
        EXPECT_TRUE(r.err.contains(QStringLiteral("--size"))) << r.err.toStdString();
    }
    EXPECT_EQ(run({QStringLiteral("radar"), QStringLiteral("--out"), QStringLiteral("r.png"),
                   QStringLiteral("--snapshot"), QStringLiteral("-3")})
                  .exitCode,
              2);
    EXPECT_FALSE(QFile::exists(QDir(m_temp.dir()).filePath(QStringLiteral("r.png"))));
}
