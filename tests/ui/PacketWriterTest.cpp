// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PacketWriter.h"

#include "DemoData.h"
#include "WorkspaceTest.h"
#include "report/PacketOutline.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/** A year of demo data (DemoData) up to the fake clock's today, as a packet. */
class PacketWriterTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WorkspaceTest::SetUp());
        DemoSettings settings;
        settings.years = 1;
        ASSERT_TRUE(DemoData::generate(*m_db, settings).ok());
        ASSERT_TRUE(m_workspace->reload().ok());
        const QDate today = m_workspace->today();
        auto sources =
            PromotionPacket::sourcesFrom(*m_workspace, PromotionPacket::defaultFrom(today), today);
        ASSERT_TRUE(sources.ok());
        m_packet = PromotionPacket::gather(sources.value());
        ASSERT_FALSE(m_packet.metrics.isEmpty());
        ASSERT_FALSE(m_packet.adrs.isEmpty());
    }

    QString file(const QString& name) const { return m_temp.path(name); }
    QStringList folder() const
    {
        return QDir(m_temp.dir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    /** Writes the packet to name, cancelling at step cancelAt (never when 0). */
    Result<PacketWriter::Outcome> write(const QString& name, int cancelAt = 0)
    {
        return PacketWriter::write(m_packet, file(name), [this, cancelAt](int done, int total) {
            m_steps << std::pair(done, total);
            return done != cancelAt;
        });
    }

    PromotionPacket m_packet;
    QList<std::pair<int, int>> m_steps;
};

int pdfPages(const QByteArray& pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?!s)"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TEST_F(PacketWriterTest, PdfHasSeveralPagesAndReportsEveryStep)
{
    const QStringList before = folder();
    auto written = write(u"packet.pdf"_s);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    EXPECT_EQ(written.value(), PacketWriter::Outcome::Written);
    const QByteArray pdf = contents(file(u"packet.pdf"_s));
    EXPECT_TRUE(pdf.startsWith("%PDF"));
    // Cover, readiness, checkpoints, progress, a chart page per two key metrics, records.
    const int pages = pdfPages(pdf);
    EXPECT_GE(pages, 5 + int(m_packet.metrics.size() + 1) / 2);
    ASSERT_FALSE(m_steps.isEmpty());
    EXPECT_EQ(m_steps.last().first, m_steps.last().second);
    const int charts = int(PacketOutline::of(m_packet).charts.size());
    EXPECT_EQ(m_steps.last().second, charts + pages);
    QStringList expected = before + QStringList{u"packet.pdf"_s};
    expected.sort();
    EXPECT_EQ(folder(), expected);
}

TEST_F(PacketWriterTest, MarkdownLinksEveryChartAsAPngInTheFolderBesideIt)
{
    auto written = write(u"packet.md"_s);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();
    const QString text = QString::fromUtf8(contents(file(u"packet.md"_s)));
    EXPECT_TRUE(text.startsWith(u"# Promotion packet\n"_s));
    EXPECT_TRUE(text.contains(u"## 4 Decision records"_s));
    static const QRegularExpression image(u"!\\[[^\\]]*\\]\\(([^)]+)\\)"_s);
    QStringList links;
    for (const QRegularExpressionMatch& m : image.globalMatch(text))
        links << m.captured(1);
    EXPECT_EQ(links.size(), PacketOutline::of(m_packet).charts.size());
    for (const QString& link : std::as_const(links)) {
        EXPECT_TRUE(link.startsWith(u"packet-images/"_s)) << link.toStdString();
        const QImage png(file(link), "PNG");
        EXPECT_FALSE(png.isNull()) << link.toStdString();
    }
    EXPECT_EQ(QDir(file(u"packet-images"_s)).entryList(QDir::Files).size(), links.size());
}

TEST_F(PacketWriterTest, CancellingThePdfLeavesNoFile)
{
    const QStringList before = folder();
    auto written = write(u"packet.pdf"_s, 2);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written.value(), PacketWriter::Outcome::Cancelled);
    EXPECT_EQ(m_steps.size(), 2);
    EXPECT_EQ(folder(), before);
}

TEST_F(PacketWriterTest, CancellingWhilePrintingPagesLeavesNoFile)
{
    const int charts = int(PacketOutline::of(m_packet).charts.size());
    const QStringList before = folder();
    auto written = write(u"packet.pdf"_s, charts + 2);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written.value(), PacketWriter::Outcome::Cancelled);
    EXPECT_EQ(folder(), before);
}

TEST_F(PacketWriterTest, CancellingTheMarkdownLeavesNeitherFileNorImages)
{
    const QStringList before = folder();
    auto written = write(u"packet.md"_s, 3);
    ASSERT_TRUE(written.ok());
    EXPECT_EQ(written.value(), PacketWriter::Outcome::Cancelled);
    EXPECT_EQ(folder(), before);
}

TEST_F(PacketWriterTest, AnotherExportReplacesTheImagesAndKeepsOtherFiles)
{
    ASSERT_TRUE(QDir(m_temp.dir()).mkdir(u"packet-images"_s));
    for (const QString& name : {u"01-radar.png"_s, u"notes.txt"_s}) {
        QFile f(file(u"packet-images/"_s + name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("not a picture");
    }
    ASSERT_TRUE(write(u"packet.md"_s).ok());
    EXPECT_FALSE(QImage(file(u"packet-images/01-radar.png"_s), "PNG").isNull());
    EXPECT_EQ(contents(file(u"packet-images/notes.txt"_s)), "not a picture");
}

TEST_F(PacketWriterTest, RefusesAnotherSuffixAndWritesNothing)
{
    const QStringList before = folder();
    auto written = write(u"packet.docx"_s);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(written.error().message,
              u"%1: the name must end in .pdf or .md"_s.arg(file(u"packet.docx"_s)));
    EXPECT_EQ(folder(), before);
    EXPECT_TRUE(PacketWriter::canWrite(u"a/B.PDF"_s));
    EXPECT_TRUE(PacketWriter::canWrite(u"b.md"_s));
    EXPECT_FALSE(PacketWriter::canWrite(u"c.markdown"_s));
}

TEST_F(PacketWriterTest, OutlineStartsEachPartOnAPageAndPairsTheMetricCharts)
{
    const PacketOutline outline = PacketOutline::of(m_packet);
    QStringList pageStarts;
    for (const PacketBlock& b : outline.blocks) {
        if (b.kind == PacketBlock::Kind::Heading) {
            EXPECT_TRUE(b.newPage) << b.text.toStdString();
        }
        if (b.newPage)
            pageStarts << b.text;
    }
    QStringList expected{u"1 Readiness and competencies"_s, u"2 Checkpoints"_s,
                         u"3 Progress over the period"_s};
    for (qsizetype i = 0; i < m_packet.metrics.size(); i += 2)
        expected << u"%1 (%2)"_s.arg(m_packet.metrics[i].name, m_packet.metrics[i].unit);
    expected << u"4 Decision records"_s;
    EXPECT_EQ(pageStarts, expected);
}

} // namespace
