// SPDX-License-Identifier: GPL-3.0-or-later
// `rungs report`: the promotion packet of a demo database, as a PDF poppler can read and
// as Markdown with its images.
#include "CliRunner.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

/** Two years of demo data in demo.sqlite, in the test's folder. */
class CliReport : public Cli
{
protected:
    void SetUp() override
    {
        const Outcome demo = rungs({u"demo"_s, u"--years"_s, u"2"_s, u"--out"_s, u"demo.sqlite"_s},
                                   {}, m_temp.dir());
        ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    }

    Outcome report(const QStringList& arguments)
    {
        return runOn(file(u"demo.sqlite"_s), QStringList{u"report"_s} + arguments);
    }
    QString file(const QString& name) const { return QDir(m_temp.dir()).filePath(name); }
    QStringList folder() const
    {
        return QDir(m_temp.dir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    /** A poppler tool's output for the arguments, with white space runs as one space. */
    static QString poppler(const QString& tool, const QStringList& arguments)
    {
        QProcess process;
        process.start(QStandardPaths::findExecutable(tool), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }
};

bool popplerInstalled()
{
    return !QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty() &&
           !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty();
}

} // namespace

TEST_F(CliReport, PdfHasSeveralPagesWithTheLevelsACheckpointAndADecision)
{
    if (!popplerInstalled())
        GTEST_SKIP() << "pdftoppm and pdftotext (poppler-utils) are not installed";
    const Outcome r = report({u"--out"_s, u"packet.pdf"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u"packet.pdf\n"_s);
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    ASSERT_TRUE(readFile(file(u"packet.pdf"_s)).startsWith("%PDF"));

    poppler(u"pdftoppm"_s, {u"-r"_s, u"30"_s, u"-png"_s, file(u"packet.pdf"_s), file(u"page"_s)});
    const QStringList pages = QDir(m_temp.dir()).entryList({u"page-*.png"_s}, QDir::Files);
    EXPECT_GE(pages.size(), 4);

    const QString text = poppler(u"pdftotext"_s, {file(u"packet.pdf"_s), u"-"_s});
    EXPECT_TRUE(text.contains(u"Promotion packet"_s));
    EXPECT_TRUE(text.contains(u"P6 High-output executor → P7 System owner"_s))
        << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(u"Page 2 of %1"_s.arg(pages.size())));

    // The first P7 checkpoint; its title wraps in its table cell, so its start is enough.
    const Outcome listed = runOn(file(u"demo.sqlite"_s), {u"checkpoints"_s, u"--level"_s, u"P7"_s});
    ASSERT_EQ(listed.exitCode, 0);
    const QString title = listed.lines().constFirst().split(u'\t').value(4);
    const QString start = title.section(u' ', 0, 3);
    ASSERT_FALSE(start.isEmpty());
    EXPECT_TRUE(text.contains(start)) << start.toStdString();

    // The newest accepted decision with an English title comes early in the packet.
    const Outcome adrs = runOn(file(u"demo.sqlite"_s), {u"adr"_s, u"list"_s});
    ASSERT_EQ(adrs.exitCode, 0);
    static const QRegularExpression latin(u"^[\\x20-\\x7e]+$"_s);
    QString decision;
    QString newest;
    for (const QString& line : adrs.lines()) {
        const QStringList f = line.split(u'\t');
        if (f.value(1) == u"accepted"_s && f.value(2) >= newest &&
            latin.match(f.value(3)).hasMatch()) {
            newest = f.value(2);
            decision = f.value(3);
        }
    }
    ASSERT_FALSE(decision.isEmpty());
    EXPECT_TRUE(text.contains(decision)) << decision.toStdString();
}

TEST_F(CliReport, MarkdownLinksImagesThatExistAndArePngs)
{
    const Outcome r = report({u"--out"_s, u"packet.md"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(readFile(file(u"packet.md"_s)));
    EXPECT_TRUE(text.contains(u"P6 High-output executor → P7 System owner"_s));
    static const QRegularExpression image(u"!\\[[^\\]]*\\]\\(([^)]+)\\)"_s);
    int links = 0;
    for (const QRegularExpressionMatch& m : image.globalMatch(text)) {
        const QByteArray png = readFile(file(m.captured(1)));
        EXPECT_TRUE(png.startsWith("\x89PNG\r\n\x1a\n")) << m.captured(1).toStdString();
        ++links;
    }
    EXPECT_GE(links, 4);
    EXPECT_EQ(QDir(file(u"packet-images"_s)).entryList(QDir::Files).size(), links);
}

TEST_F(CliReport, AnotherSuffixIsAUsageErrorAndWritesNothing)
{
    const QStringList before = folder();
    const Outcome r = report({u"--out"_s, u"packet.docx"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(u"rungs: report: packet.docx: the name must end in .pdf or .md"_s))
        << r.err.toStdString();
    EXPECT_EQ(r.err.count(u'\n'), 1);
    EXPECT_EQ(report({}).exitCode, 2);
    EXPECT_EQ(folder(), before);
}

TEST_F(CliReport, BadPeriodIsInvalidInputAndWritesNothing)
{
    const QStringList before = folder();
    const Outcome reversed = report(
        {u"--out"_s, u"packet.pdf"_s, u"--from"_s, u"2026-06-01"_s, u"--to"_s, u"2026-01-01"_s});
    EXPECT_EQ(reversed.exitCode, 3);
    EXPECT_EQ(reversed.err, u"rungs: --from: 2026-06-01 is after --to 2026-01-01\n"_s);
    const Outcome bad = report({u"--out"_s, u"packet.pdf"_s, u"--to"_s, u"soon"_s});
    EXPECT_EQ(bad.exitCode, 3);
    EXPECT_TRUE(bad.err.startsWith(u"rungs: --to: 'soon' is not a date"_s))
        << bad.err.toStdString();
    EXPECT_EQ(folder(), before);
}

TEST_F(CliReport, PeriodOptionsChooseTheDaysThePacketCovers)
{
    const Outcome r = report(
        {u"--out"_s, u"packet.md"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-06-30"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = QString::fromUtf8(readFile(file(u"packet.md"_s)));
    EXPECT_TRUE(text.contains(u"| **Period** | 2025-01-01 to 2025-06-30 |"_s));
}
