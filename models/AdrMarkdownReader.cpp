// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrMarkdownReader.h"

#include "AdrFieldNames.h"
#include "AdrMetadataReader.h"
#include "AdrReading.h"
#include "AdrSectionReader.h"
#include "MarkdownText.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;
using namespace AdrFieldNames;
using namespace MarkdownText;

namespace {

// Finds the title, the metadata and the sections of one file, and hands each to the
// reader of that part.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(AdrMarkdownReader)

public:
    Parser(const QString& fileName, const QStringList& lines)
        : m_file(fileName)
        , m_lines(lines)
        , m_code(codeLines(lines))
        , m_reading(fileName)
    {}

    Result<AdrParse> run();

private:
    void readFileName();
    QString takeFrontMatter(qsizetype& at);
    bool isIndex(qsizetype firstSection) const;
    void readSections(qsizetype from);

    QString m_file;
    QStringList m_lines;
    QList<bool> m_code;
    AdrReading m_reading;
    std::optional<int> m_fileNumber;
    QDate m_fileDate;
};

void Parser::readFileName()
{
    static const QRegularExpression dated(u"^(\\d{8})-"_s);
    static const QRegularExpression numbered(u"^(\\d+)(?:[-_.]|$)"_s);
    static const QRegularExpression adrNumbered(u"^adr[-_ ]?(\\d+)(?:[-_.]|$)"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    if (const auto m = dated.match(m_file); m.hasMatch()) {
        const QDate day = QDate::fromString(m.captured(1), u"yyyyMMdd"_s);
        if (day.isValid() && day.year() >= 1970) {
            m_fileDate = day;
            m_reading.clues.datedFileName = true;
            return;
        }
    }
    if (const auto m = numbered.match(m_file); m.hasMatch())
        m_fileNumber = m.captured(1).toInt();
    else if (const auto a = adrNumbered.match(m_file); a.hasMatch())
        m_fileNumber = a.captured(1).toInt();
}

// YAML front matter: "---" on the line at `at`, up to the next "---" or "...". Its
// text, with `at` moved past it; or nothing.
QString Parser::takeFrontMatter(qsizetype& at)
{
    if (at >= m_lines.size() || m_lines[at].trimmed() != u"---"_s)
        return {};
    qsizetype end = at + 1;
    while (end < m_lines.size() && m_lines[end].trimmed() != u"---"_s &&
           m_lines[end].trimmed() != u"..."_s)
        ++end;
    if (end == m_lines.size()) {
        m_reading.warn(
            tr("the file starts with '---' but the front matter never ends; read as text"));
        return {};
    }
    m_reading.clues.frontMatter = true;
    const QString yaml = m_lines.mid(at + 1, end - at - 1).join(u'\n');
    for (qsizetype i = at; i <= end; ++i)
        m_code[i] = true; // keeps YAML comments from passing for headings
    at = end + 1;
    return yaml;
}

Result<AdrParse> Parser::run()
{
    readFileName();
    qsizetype at = 0;
    while (at < m_lines.size() && isBlank(m_lines[at]))
        ++at;
    const QString yaml = takeFrontMatter(at);

    // The title is the first level-1 heading before any section.
    qsizetype title = -1, firstSection = m_lines.size();
    for (qsizetype i = at; i < m_lines.size(); ++i) {
        const auto h = m_code[i] ? std::nullopt : headingOf(m_lines[i]);
        if (h && h->level == 1 && title < 0 && !h->text.isEmpty()) {
            title = i;
        } else if (h && h->level == 2) {
            firstSection = i;
            break;
        }
    }
    AdrMetadataReader metadata(m_reading);
    if (m_reading.clues.frontMatter)
        metadata.readFrontMatter(yaml, title >= 0);
    Adr& adr = m_reading.out.adr;
    if (title >= 0) {
        static const QRegularExpression numberedTitle(
            u"^(?:ADR[-_ ]?0*(\\d+)\\s*[:.\\-–—]?\\s+|0*(\\d+)[.:]\\s+)(\\S.*)$"_s,
            QRegularExpression::CaseInsensitiveOption);
        const QString text = headingOf(m_lines[title])->text;
        if (const auto m = numberedTitle.match(text); m.hasMatch()) {
            const int n = (m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2)).toInt();
            adr.title = m.captured(3).trimmed();
            m_reading.clues.titleNumber = true;
            if (m_fileNumber && *m_fileNumber != n)
                m_reading.warn(
                    tr("the title says number %1 but the file name %2; the file name counts")
                        .arg(n)
                        .arg(*m_fileNumber));
            else
                m_fileNumber = n;
        } else {
            adr.title = text;
        }
    } else if (adr.title.isEmpty()) {
        return Failure::invalid(
            tr("%1: no title heading ('# Title'); not a decision record").arg(m_file));
    }
    m_reading.understand(tr("title"));
    if (m_fileNumber) {
        adr.number = m_fileNumber;
        m_reading.understand(tr("number %1").arg(*m_fileNumber));
    }

    // Text above the title has nowhere to go but the text under it.
    const QStringList above = title >= 0 ? m_lines.mid(at, title - at) : QStringList();
    metadata.readPreamble(m_lines, m_code, title >= 0 ? title + 1 : at, firstSection,
                          joined(above));
    if (isIndex(firstSection))
        return Failure::invalid(
            tr("%1: a list of other records (an index), not a decision record").arg(m_file));
    readSections(firstSection);

    if (!m_reading.statusSet)
        adr.status = Adr::Status::Proposed;
    if (!m_reading.unknownStatus.isEmpty())
        m_reading.warn(
            (m_reading.statusSet
                 ? tr("status '%1' is not one of proposed, accepted, rejected, deprecated, "
                      "superseded; kept as written")
                 : tr("status '%1' is not one of proposed, accepted, rejected, deprecated, "
                      "superseded; read as proposed and kept as written"))
                .arg(m_reading.unknownStatus));
    else if (!m_reading.statusSet)
        m_reading.warn(tr("no status given; read as proposed"));
    if (!adr.date.isValid() && m_fileDate.isValid()) {
        adr.date = m_fileDate;
        m_reading.understand(tr("date from the file name"));
    }
    m_reading.out.format = m_reading.format();
    adr.sourceFormat = m_reading.out.format;
    return m_reading.out;
}

// A file listing other records (adr-tools' README.md, log4brains' index.md) has a
// title too, but it is no record.
bool Parser::isIndex(qsizetype firstSection) const
{
    const Adr& adr = m_reading.out.adr;
    if (firstSection != m_lines.size() || m_reading.clues.frontMatter ||
        !m_reading.seen.isEmpty() || adr.raw.size() != 1 || !adr.raw.first().name.isEmpty())
        return false;
    static const QRegularExpression mdLink(u"\\]\\([^)]*\\.md\\)"_s);
    bool allLinks = true;
    for (const QString& line : adr.raw.first().body.split(u'\n'))
        allLinks = allLinks && (isBlank(line) || (listItem(line) && line.contains(mdLink)));
    return allLinks;
}

// Sections are split at level-2 headings, and at level-3 headings that name a known
// section outside Pros and Cons, where level 3 names the options.
void Parser::readSections(qsizetype from)
{
    AdrSectionReader sections(m_reading);
    QString heading;
    QStringList body;
    bool inProsCons = false;
    bool open = false;
    for (qsizetype i = from; i < m_lines.size(); ++i) {
        const auto h = m_code[i] ? std::nullopt : headingOf(m_lines[i]);
        const Field f = h ? sectionField(h->text) : Field::None;
        const bool split =
            h && (h->level == 2 || (h->level == 3 && !inProsCons &&
                                    (f == Field::Consequences || f == Field::Positive ||
                                     f == Field::Negative || f == Field::Confirmation)));
        if (!split) {
            body << m_lines[i];
            continue;
        }
        if (open)
            sections.read(heading, body);
        heading = h->text;
        body.clear();
        open = true;
        if (h->level == 2)
            inProsCons = f == Field::ProsCons;
        if (h->level == 3 && f == Field::Consequences)
            m_reading.clues.madr4 = true;
    }
    if (open)
        sections.read(heading, body);
    sections.finish();
}

} // namespace

Result<AdrParse> AdrMarkdownReader::read(const QString& fileName, const QByteArray& content)
{
    if (content.trimmed().isEmpty())
        return Failure::invalid(tr("%1: the file is empty").arg(fileName));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(content);
    if (decoder.hasError())
        return Failure::invalid(tr("%1: not UTF-8 text").arg(fileName));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    return Parser(fileName, text.split(u'\n')).run();
}
