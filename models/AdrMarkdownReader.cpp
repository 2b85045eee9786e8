// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrMarkdownReader.h"

#include "MarkdownText.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace {

using namespace MarkdownText;

// The parts of a record a section heading or a metadata key can name.
enum class Field
{
    None,
    Status,
    Date,
    DecisionMakers,
    Consulted,
    Informed,
    Tags,
    Supersedes,
    SupersededBy,
    Title,
    Context,
    Drivers,
    Options,
    Outcome,
    Consequences,
    Positive,
    Negative,
    Confirmation,
    ProsCons,
    MoreInfo,
    Results,
    History,
    FrameworkLinks,
};

size_t qHash(Field field, size_t seed = 0)
{
    return ::qHash(int(field), seed);
}

// Lower case, emphasis, HTML comments and a trailing colon removed, runs of spaces,
// dashes and underscores made one dash: "Decision Makers", "decision-makers" and
// "**Decision_makers:**" all become "decision-makers".
QString normalizedName(QString name)
{
    static const QRegularExpression comment(u"<!--.*?-->"_s);
    static const QRegularExpression separators(u"[\\s_-]+"_s);
    name.remove(comment);
    name.remove(u"**"_s).remove(u"__"_s);
    name = name.trimmed();
    while (name.endsWith(u':') || name.endsWith(u'：'))
        name.chop(1);
    return name.trimmed().toLower().replace(separators, u"-"_s);
}

// A lookup from each spelling to the field it names.
QHash<QString, Field> byName(const QList<std::pair<Field, QStringList>>& spellings)
{
    QHash<QString, Field> fields;
    for (const auto& [field, names] : spellings) {
        for (const QString& name : names)
            fields.insert(name, field);
    }
    return fields;
}

Field sectionField(const QString& heading)
{
    static const QHash<QString, Field> known = byName({
        {Field::Status, {u"status"_s, u"状态"_s}},
        {Field::Context,
         {u"context"_s, u"context-and-problem-statement"_s, u"problem-statement"_s,
          u"context-and-problem"_s, u"background"_s, u"背景"_s, u"上下文"_s, u"问题陈述"_s,
          u"背景与问题"_s, u"背景和问题陈述"_s, u"上下文和问题陈述"_s}},
        {Field::Drivers, {u"decision-drivers"_s, u"决策驱动因素"_s, u"决策因素"_s, u"驱动因素"_s}},
        {Field::Options,
         {u"considered-options"_s, u"options"_s, u"options-considered"_s, u"alternatives"_s,
          u"考虑的选项"_s, u"考虑过的方案"_s, u"备选方案"_s, u"候选方案"_s}},
        {Field::Outcome,
         {u"decision"_s, u"decision-outcome"_s, u"决策"_s, u"决定"_s, u"决策结果"_s}},
        {Field::Consequences, {u"consequences"_s, u"后果"_s, u"影响"_s}},
        {Field::Positive, {u"positive-consequences"_s, u"正面影响"_s}},
        {Field::Negative, {u"negative-consequences"_s, u"负面影响"_s}},
        {Field::Confirmation, {u"confirmation"_s, u"validation"_s, u"确认"_s, u"验证"_s}},
        {Field::ProsCons,
         {u"pros-and-cons-of-the-options"_s, u"pros-and-cons"_s, u"各选项的优缺点"_s,
          u"选项的优缺点"_s, u"优缺点"_s}},
        {Field::MoreInfo, {u"more-information"_s, u"links"_s, u"更多信息"_s, u"链接"_s}},
        {Field::Results, {u"results"_s, u"measured-results"_s, u"结果"_s}},
        {Field::History, {u"status-history"_s, u"状态历史"_s}},
        {Field::FrameworkLinks, {u"framework-links"_s}},
    });
    return known.value(normalizedName(heading), Field::None);
}

Field metadataField(const QString& key)
{
    static const QHash<QString, Field> known = byName({
        {Field::Status, {u"status"_s, u"状态"_s}},
        {Field::Date, {u"date"_s, u"日期"_s}},
        {Field::DecisionMakers, {u"decision-makers"_s, u"deciders"_s, u"决策者"_s}},
        {Field::Consulted, {u"consulted"_s, u"咨询"_s}},
        {Field::Informed, {u"informed"_s, u"知会"_s}},
        {Field::Tags, {u"tags"_s, u"标签"_s}},
        {Field::Supersedes, {u"supersedes"_s, u"supercedes"_s}},
        {Field::SupersededBy, {u"superseded-by"_s, u"superceded-by"_s}},
        {Field::Title, {u"title"_s}},
    });
    return known.value(normalizedName(key), Field::None);
}

struct StatusLine
{
    enum class Kind
    {
        None,
        Status,
        SupersededBy,
        Supersedes
    };
    Kind kind = Kind::None;
    std::optional<Adr::Status> status;
    QString word;         ///< the status word as written
    QDate date;           ///< a day given with the status
    QStringList refs;     ///< for the supersede kinds
    bool complete = true; ///< nothing on the line beyond what the fields hold
};

// A status word; log4brains' "draft" is the nearest thing to proposed.
std::optional<Adr::Status> statusWord(const QString& word)
{
    if (auto s = Adr::statusFromKey(word))
        return s;
    if (word.compare(u"draft"_s, Qt::CaseInsensitive) == 0)
        return Adr::Status::Proposed;
    return std::nullopt;
}

// Chinese status words, which have no spaces to end them.
std::optional<std::pair<Adr::Status, QString>> chineseStatus(const QString& text)
{
    static const QList<std::pair<QString, Adr::Status>> words = {
        {u"已被取代"_s, Adr::Status::Superseded}, {u"已取代"_s, Adr::Status::Superseded},
        {u"被取代"_s, Adr::Status::Superseded},   {u"已接受"_s, Adr::Status::Accepted},
        {u"已采纳"_s, Adr::Status::Accepted},     {u"接受"_s, Adr::Status::Accepted},
        {u"采纳"_s, Adr::Status::Accepted},       {u"已拒绝"_s, Adr::Status::Rejected},
        {u"拒绝"_s, Adr::Status::Rejected},       {u"已废弃"_s, Adr::Status::Deprecated},
        {u"已弃用"_s, Adr::Status::Deprecated},   {u"废弃"_s, Adr::Status::Deprecated},
        {u"弃用"_s, Adr::Status::Deprecated},     {u"提议中"_s, Adr::Status::Proposed},
        {u"已提议"_s, Adr::Status::Proposed},     {u"提议"_s, Adr::Status::Proposed},
        {u"草稿"_s, Adr::Status::Proposed},
    };
    for (const auto& [word, status] : words) {
        if (text.startsWith(word))
            return std::pair{status, word};
    }
    return std::nullopt;
}

// One line of a status: "Accepted", "Accepted on 2020-01-05", "2020-01-05: Proposed",
// "Superseded by [3. Foo](0003-foo.md)", adr-tools' "Supercedes [1. Bar](0001-bar.md)".
StatusLine parseStatusLine(QString line)
{
    static const QRegularExpression bullet(u"^\\s*(?:[*+-]\\s+)?"_s);
    static const QRegularExpression by(
        u"^(?:superseded|superceded|replaced)\\s+by\\b\\s*:?\\s*(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression replaces(
        u"^(?:supersedes|supercedes|replaces)\\b\\s*:?\\s*(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression datedFirst(u"^(\\S+?)\\s*[:\\-–—]?\\s+(\\S.*)$"_s);
    static const QRegularExpression word(u"^([A-Za-z]+)\\b[\\s.,:;!)]*(.*)$"_s);
    static const QRegularExpression datePrefix(
        u"^(?:on|since|at|from|as of|-|–|—|:|\\()?\\s*(.*?)\\)?\\.?$"_s,
        QRegularExpression::CaseInsensitiveOption);

    line.remove(bullet);
    line.remove(u"**"_s);
    line = line.trimmed();
    StatusLine out;
    if (const auto m = by.match(line); m.hasMatch()) {
        out.kind = StatusLine::Kind::SupersededBy;
        out.status = Adr::Status::Superseded;
        out.refs = refsIn(m.captured(1));
        return out;
    }
    if (const auto m = replaces.match(line); m.hasMatch()) {
        out.kind = StatusLine::Kind::Supersedes;
        out.refs = refsIn(m.captured(1));
        return out;
    }
    // A day first, the status after it.
    if (const auto m = datedFirst.match(line); m.hasMatch()) {
        const DateParse d = parseDate(m.captured(1));
        if (d.matched && d.date.isValid()) {
            StatusLine rest = parseStatusLine(m.captured(2));
            if (rest.kind == StatusLine::Kind::Status && !rest.date.isValid()) {
                rest.date = d.date;
                return rest;
            }
        }
    }
    QString tail;
    if (const auto m = word.match(line); m.hasMatch()) {
        out.status = statusWord(m.captured(1));
        out.word = m.captured(1);
        tail = m.captured(2).trimmed();
    } else if (const auto zh = chineseStatus(line)) {
        out.status = zh->first;
        out.word = zh->second;
        tail = line.mid(zh->second.size()).trimmed();
    }
    if (!out.status)
        return {};
    out.kind = StatusLine::Kind::Status;
    if (!tail.isEmpty()) {
        const DateParse d = parseDate(datePrefix.match(tail).captured(1));
        if (d.matched && d.date.isValid())
            out.date = d.date;
        else
            out.complete = false;
    }
    return out;
}

// Where a value came from decides how a raw copy of it is kept.
struct Source
{
    QString key;  ///< the key as written
    QString text; ///< the value's source text
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(AdrMarkdownReader)

public:
    Parser(const QString& fileName, const QStringList& lines)
        : m_file(fileName)
        , m_lines(lines)
        , m_code(codeLines(lines))
    {
        m_out.adr.sourcePath = fileName;
    }

    Result<AdrParse> run();

private:
    void warn(const QString& text) { m_out.warnings << text; }
    void understand(const QString& text) { m_out.understood << text; }
    void keepRaw(Adr::RawPart::Kind kind, const QString& name, const QString& body)
    {
        m_out.adr.raw << Adr::RawPart{kind, name, body};
        m_out.keptRaw << (name.isEmpty() ? tr("text under the title") : name);
    }
    void keepRawMeta(const Source& source)
    {
        keepRaw(Adr::RawPart::Kind::FrontMatter, source.key, source.text);
    }

    void readFileName();
    void readFrontMatter(const QString& yaml, bool titleHeading);
    void readPreamble(qsizetype from, qsizetype to, const QString& above);
    bool readMetadataTable(const QStringList& table);
    bool takeMetadata(Field field, const QString& value, const Source& source);
    bool takeStatusValue(const QString& value);
    bool takeDate(const QString& value);
    void readSection(const QString& heading, const QStringList& body);
    void readStatusSection(const QString& heading, const QStringList& body);
    void readOptions(const QString& heading, const QStringList& body);
    void readProsAndCons(const QString& heading, const QStringList& body);
    void readOptionBlock(const QString& name, const QStringList& lines);
    bool isOptionName(const QString& name) const;
    void readTableSection(Field field, const QString& heading, const QStringList& body);
    void readConsequences(Field field, const QString& heading, const QStringList& body);
    void findChosenOptions();
    Adr::Option& optionNamed(const QString& name);
    QString detectFormat() const;

    QString m_file;
    QStringList m_lines;
    QList<bool> m_code;
    AdrParse m_out;
    QSet<Field> m_seen;
    std::optional<int> m_fileNumber;
    QDate m_fileDate;
    bool m_statusSet = false;
    QString m_positive, m_negative;

    // What tells the formats apart.
    bool m_frontMatter = false, m_fmDeciders = false, m_fmDecisionMakers = false;
    bool m_statusSection = false, m_plainMetadata = false, m_dashBullets = false;
    bool m_madr2 = false, m_madr4 = false, m_titleNumber = false, m_validation = false;
    bool m_nygardSections = false;
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
            return;
        }
    }
    if (const auto m = numbered.match(m_file); m.hasMatch())
        m_fileNumber = m.captured(1).toInt();
    else if (const auto a = adrNumbered.match(m_file); a.hasMatch())
        m_fileNumber = a.captured(1).toInt();
}

Result<AdrParse> Parser::run()
{
    readFileName();
    qsizetype at = 0;
    while (at < m_lines.size() && isBlank(m_lines[at]))
        ++at;

    // YAML front matter: "---" on the first line, up to the next "---" or "...".
    QString yaml;
    if (at < m_lines.size() && m_lines[at].trimmed() == u"---"_s) {
        qsizetype end = at + 1;
        while (end < m_lines.size() && m_lines[end].trimmed() != u"---"_s &&
               m_lines[end].trimmed() != u"..."_s)
            ++end;
        if (end < m_lines.size()) {
            m_frontMatter = true;
            yaml = m_lines.mid(at + 1, end - at - 1).join(u'\n');
            for (qsizetype i = at; i <= end; ++i)
                m_code[i] = true; // keeps YAML comments from passing for headings
            at = end + 1;
        } else {
            warn(tr("the file starts with '---' but the front matter never ends; read as text"));
        }
    }

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
    if (m_frontMatter)
        readFrontMatter(yaml, title >= 0);
    Adr& adr = m_out.adr;
    if (title >= 0) {
        static const QRegularExpression numberedTitle(
            u"^(?:ADR[-_ ]?0*(\\d+)\\s*[:.\\-–—]?\\s+|0*(\\d+)[.:]\\s+)(\\S.*)$"_s,
            QRegularExpression::CaseInsensitiveOption);
        const QString text = headingOf(m_lines[title])->text;
        if (const auto m = numberedTitle.match(text); m.hasMatch()) {
            const int n = (m.capturedLength(1) > 0 ? m.captured(1) : m.captured(2)).toInt();
            adr.title = m.captured(3).trimmed();
            m_titleNumber = true;
            if (m_fileNumber && *m_fileNumber != n)
                warn(tr("the title says number %1 but the file name %2; the file name counts")
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
    understand(tr("title"));
    if (m_fileNumber) {
        adr.number = m_fileNumber;
        understand(tr("number %1").arg(*m_fileNumber));
    }

    // Text above the title has nowhere to go but the text under it.
    const QStringList above = title >= 0 ? m_lines.mid(at, title - at) : QStringList();
    readPreamble(title >= 0 ? title + 1 : at, firstSection, joined(above));

    // A file listing other records (adr-tools' README.md, log4brains' index.md) has a
    // title too, but it is no record.
    if (firstSection == m_lines.size() && !m_frontMatter && m_seen.isEmpty() &&
        adr.raw.size() == 1 && adr.raw.first().name.isEmpty()) {
        static const QRegularExpression mdLink(u"\\]\\([^)]*\\.md\\)"_s);
        bool allLinks = true;
        for (const QString& line : adr.raw.first().body.split(u'\n'))
            allLinks = allLinks && (isBlank(line) || (listItem(line) && line.contains(mdLink)));
        if (allLinks)
            return Failure::invalid(
                tr("%1: a list of other records (an index), not a decision record").arg(m_file));
    }

    // Sections: split at level-2 headings, and at level-3 headings that name a known
    // section outside Pros and Cons, where level 3 names the options.
    QString heading;
    QStringList body;
    bool inProsCons = false;
    bool open = false;
    for (qsizetype i = firstSection; i < m_lines.size(); ++i) {
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
            readSection(heading, body);
        heading = h->text;
        body.clear();
        open = true;
        if (h->level == 2)
            inProsCons = f == Field::ProsCons;
        if (h->level == 3 && f == Field::Consequences)
            m_madr4 = true;
    }
    if (open)
        readSection(heading, body);

    if (!m_positive.isEmpty() || !m_negative.isEmpty()) {
        const bool both = !m_positive.isEmpty() && !m_negative.isEmpty();
        adr.consequences = m_positive + (both ? u"\n"_s : QString()) + m_negative;
    }
    findChosenOptions();

    if (!m_statusSet) {
        adr.status = Adr::Status::Proposed;
        warn(tr("no status given; read as proposed"));
    }
    if (!adr.date.isValid() && m_fileDate.isValid()) {
        adr.date = m_fileDate;
        understand(tr("date from the file name"));
    }
    m_out.format = detectFormat();
    adr.sourceFormat = m_out.format;
    return m_out;
}

void Parser::readFrontMatter(const QString& yaml, bool titleHeading)
{
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        warn(tr("front matter is not valid YAML (line %1: %2); kept as written")
                 .arg(e.mark.line + 1)
                 .arg(QString::fromStdString(e.msg)));
        keepRaw(Adr::RawPart::Kind::Section, u"Front Matter"_s, u"```yaml\n"_s + yaml + u"\n```"_s);
        return;
    }
    if (root.IsNull())
        return;
    if (!root.IsMap()) {
        warn(tr("front matter is not a list of keys; kept as written"));
        keepRaw(Adr::RawPart::Kind::Section, u"Front Matter"_s, u"```yaml\n"_s + yaml + u"\n```"_s);
        return;
    }

    // Unknown keys keep their value's source text, so they come back as written; the
    // parsed tree says where each top-level key starts.
    const QStringList lines = yaml.split(u'\n');
    struct Entry
    {
        QString key;
        int line;
        YAML::Node value;
    };
    QList<Entry> entries;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it->first.IsScalar())
            continue;
        entries << Entry{QString::fromStdString(it->first.Scalar()), it->first.Mark().line,
                         it->second};
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.line < b.line; });

    for (qsizetype e = 0; e < entries.size(); ++e) {
        const Entry& entry = entries[e];
        const int end = e + 1 < entries.size() ? entries[e + 1].line : int(lines.size());
        // The value starts after the colon that ends the key.
        QString first =
            entry.line >= 0 && entry.line < lines.size() ? lines[entry.line] : QString();
        qsizetype colon = 0;
        if (!first.isEmpty() && (first.front() == u'"' || first.front() == u'\''))
            colon = first.indexOf(first.front(), 1);
        colon = first.indexOf(u':', std::max<qsizetype>(colon, 0));
        QStringList text{colon >= 0 ? first.mid(colon + 1).trimmed() : QString()};
        for (int l = entry.line + 1; l < end; ++l)
            text << lines[l];
        while (text.size() > 1 && (isBlank(text.last()) || text.last().startsWith(u'#')))
            text.removeLast();
        const Source source{entry.key, text.join(u'\n')};

        const Field field = metadataField(entry.key);
        const QString normalized = normalizedName(entry.key);
        if (normalized == u"deciders"_s)
            m_fmDeciders = true;
        if (normalized == u"decision-makers"_s)
            m_fmDecisionMakers = true;
        // Lists ("[Ana, Bo]" or one "- name" per line) read as the comma-separated text
        // the other formats use.
        QString value;
        bool plain = true;
        if (entry.value.IsScalar()) {
            value = QString::fromStdString(entry.value.Scalar());
        } else if (entry.value.IsSequence()) {
            QStringList items;
            for (const auto& item : entry.value) {
                if (item.IsScalar())
                    items << QString::fromStdString(item.Scalar());
                else
                    plain = false;
            }
            value = items.join(u", "_s);
        } else if (!entry.value.IsNull()) {
            plain = false;
        }
        // A title here counts only when the file has no title heading.
        if (field == Field::Title && plain && !titleHeading && !value.trimmed().isEmpty()) {
            m_out.adr.title = value.trimmed();
            continue;
        }
        if (field != Field::None && field != Field::Title && !plain)
            warn(tr("front matter '%1' is not a single value; kept as written").arg(entry.key));
        if (field == Field::None || field == Field::Title || !plain ||
            !takeMetadata(field, value, source))
            keepRawMeta(source);
    }
}

// Takes one metadata value; false when it is not understood or the field is already
// filled, and the caller keeps the source text instead.
bool Parser::takeMetadata(Field field, const QString& value, const Source& source)
{
    Adr& adr = m_out.adr;
    const QString v = value.trimmed();
    auto once = [&](QString& target, const QString& what) {
        if (m_seen.contains(field))
            return false;
        m_seen.insert(field);
        target = v;
        understand(what);
        return true;
    };
    switch (field) {
    case Field::Status:
        return takeStatusValue(v);
    case Field::Date:
        return takeDate(v);
    case Field::DecisionMakers:
        if (normalizedName(source.key) == u"deciders"_s)
            m_madr2 = true;
        else
            m_madr4 = true;
        return once(adr.decisionMakers, tr("decision-makers"));
    case Field::Consulted:
        m_madr4 = true;
        return once(adr.consulted, tr("consulted"));
    case Field::Informed:
        m_madr4 = true;
        return once(adr.informed, tr("informed"));
    case Field::Tags:
        return once(adr.tags, tr("tags"));
    case Field::Supersedes:
        m_out.supersedesRefs << refsIn(v);
        understand(tr("supersedes: %1").arg(m_out.supersedesRefs.join(u", "_s)));
        return true;
    case Field::SupersededBy:
        if (!m_out.supersededByRef.isEmpty() || refsIn(v).isEmpty())
            return false;
        m_out.supersededByRef = refsIn(v).first();
        understand(tr("superseded by %1").arg(m_out.supersededByRef));
        if (!m_statusSet) {
            adr.status = Adr::Status::Superseded;
            m_statusSet = true;
        }
        return true;
    default:
        return false;
    }
}

bool Parser::takeStatusValue(const QString& value)
{
    if (m_seen.contains(Field::Status))
        return false;
    const StatusLine line = parseStatusLine(value);
    if (line.kind == StatusLine::Kind::None || line.kind == StatusLine::Kind::Supersedes) {
        warn(tr("status '%1' is not one of proposed, accepted, rejected, deprecated, "
                "superseded; kept as written")
                 .arg(value));
        return false;
    }
    m_seen.insert(Field::Status);
    Adr& adr = m_out.adr;
    adr.status = *line.status;
    m_statusSet = true;
    understand(tr("status: %1").arg(Adr::statusKey(adr.status)));
    if (line.word.compare(u"draft"_s, Qt::CaseInsensitive) == 0)
        warn(tr("status 'draft' read as proposed"));
    if (line.kind == StatusLine::Kind::SupersededBy && !line.refs.isEmpty() &&
        m_out.supersededByRef.isEmpty()) {
        m_out.supersededByRef = line.refs.first();
        understand(tr("superseded by %1").arg(m_out.supersededByRef));
    }
    if (line.date.isValid())
        adr.history << Adr::StatusChange{Adr::statusKey(adr.status), line.date, QString()};
    return line.complete;
}

bool Parser::takeDate(const QString& value)
{
    if (m_seen.contains(Field::Date))
        return false;
    const DateParse d = parseDate(value);
    if (!d.matched) {
        warn(tr("date '%1' is not understood (expected YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY); "
                "left empty")
                 .arg(value));
        return false;
    }
    if (!d.date.isValid()) {
        warn(tr("date '%1' is not a real day; left empty").arg(value));
        return false;
    }
    if (d.monthDay)
        warn(tr("date '%1' read as month/day/year").arg(value));
    m_seen.insert(Field::Date);
    m_out.adr.date = d.date;
    understand(tr("date"));
    return true;
}

// Metadata lines and tables under the title, then whatever text follows them.
void Parser::readPreamble(qsizetype from, qsizetype to, const QString& above)
{
    // An unknown "Key: value" is metadata only in a block that a known key started, in
    // the same style (the same bullet, or none). Otherwise a first paragraph such as
    // "Note: …", or MADR 2's "Technical Story: …" below the bullets, stays text.
    bool known = false;
    std::optional<QChar> style;
    qsizetype i = from;
    while (i < to) {
        const QString& line = m_lines[i];
        if (isBlank(line)) {
            ++i;
            continue;
        }
        if (m_code[i])
            break;
        if (isTableRow(line)) {
            qsizetype end = i;
            while (end < to && isTableRow(m_lines[end]) && !m_code[end])
                ++end;
            if (!readMetadataTable(m_lines.mid(i, end - i)))
                break;
            known = true;
            style.reset();
            i = end;
            continue;
        }
        const auto kv = keyValueOf(line);
        if (!kv)
            break;
        const Field field = metadataField(kv->key);
        if (field == Field::None && (!known || (style && *style != kv->marker))) {
            if (normalizedName(kv->key) == u"technical-story"_s)
                m_madr2 = true;
            break;
        }
        known = known || field != Field::None;
        style = kv->marker;
        // Indented lines continue a value: a long list of names, or a YAML block that
        // AdrMarkdownWriter put there.
        QStringList text{kv->value};
        ++i;
        while (i < to && isContinuation(m_lines[i]) && !m_code[i]) {
            text << m_lines[i].mid(m_lines[i].startsWith(u'\t') ? 1 : 2);
            ++i;
        }
        while (text.size() > 1 && isBlank(text.last()))
            text.removeLast();
        const Source source{kv->key, text.join(u'\n')};
        if (kv->bullet && kv->marker == u'-')
            m_dashBullets = true;
        if (!kv->bullet && (field == Field::Date || field == Field::Status))
            m_plainMetadata = true;
        QStringList folded;
        for (const QString& t : text)
            folded << t.trimmed();
        if (field == Field::None || field == Field::Title ||
            !takeMetadata(field, folded.join(u' '), source))
            keepRawMeta(source);
    }
    QString text = joined(m_lines.mid(i, to - i));
    if (!above.isEmpty())
        text = text.isEmpty() ? above : above + u"\n\n"_s + text;
    if (!text.isEmpty())
        keepRaw(Adr::RawPart::Kind::Section, QString(), text);
}

// A metadata table: "| Status | Accepted |" rows, or a header of keys over one row of
// values. False, and nothing taken, when the table names no known key.
bool Parser::readMetadataTable(const QStringList& table)
{
    const auto rows = tableOf(table);
    if (!rows)
        return false;
    QList<std::pair<QString, QString>> pairs;
    const QStringList& header = rows->first();
    const bool across =
        header.size() > 2 || (header.size() == 2 && metadataField(header[1]) != Field::None);
    if (across) {
        if (rows->size() != 2)
            return false;
        for (qsizetype c = 0; c < header.size(); ++c)
            pairs << std::pair{header[c], c < rows->at(1).size() ? rows->at(1)[c] : QString()};
    } else {
        for (const QStringList& row : *rows) {
            if (row.size() != 2)
                return false;
            pairs << std::pair{row[0], row[1]};
        }
    }
    if (std::none_of(pairs.begin(), pairs.end(),
                     [](const auto& p) { return metadataField(p.first) != Field::None; }))
        return false;
    for (const auto& [key, value] : pairs) {
        const Field field = metadataField(key);
        if (field == Field::None || field == Field::Title ||
            !takeMetadata(field, value, Source{key, value}))
            keepRawMeta(Source{key, value});
    }
    return true;
}

void Parser::readSection(const QString& heading, const QStringList& body)
{
    Adr& adr = m_out.adr;
    const Field field = sectionField(heading);
    const QString text = joined(body);
    const QString name = normalizedName(heading);
    if (name == u"context"_s || name == u"decision"_s)
        m_nygardSections = true;
    if (field == Field::Positive || field == Field::Negative || field == Field::Consequences) {
        if (field != Field::Consequences)
            m_madr2 = true;
        readConsequences(field, heading, body);
        return;
    }
    if (field == Field::None) {
        // Some files give each option a level-2 heading after "Pros and Cons".
        if (m_seen.contains(Field::ProsCons) && isOptionName(heading))
            readOptionBlock(heading, body);
        else
            keepRaw(Adr::RawPart::Kind::Section, heading, text);
        return;
    }
    if (m_seen.contains(field) && field != Field::Status) {
        warn(tr("a second '%1' section; kept as written").arg(heading));
        keepRaw(Adr::RawPart::Kind::Section, heading, text);
        return;
    }
    if (field != Field::Status)
        m_seen.insert(field);
    auto take = [&](QString& target, const QString& what) {
        target = text;
        understand(what);
    };
    switch (field) {
    case Field::Status:
        readStatusSection(heading, body);
        break;
    case Field::Context:
        take(adr.context, tr("context"));
        break;
    case Field::Drivers:
        take(adr.decisionDrivers, tr("decision drivers"));
        break;
    case Field::Outcome:
        take(adr.decisionOutcome, tr("decision outcome"));
        break;
    case Field::Confirmation:
        if (normalizedName(heading) == u"confirmation"_s)
            m_madr4 = true;
        else
            m_validation = true;
        take(adr.confirmation, tr("confirmation"));
        break;
    case Field::MoreInfo:
        if (normalizedName(heading) == u"links"_s)
            m_madr2 = true;
        take(adr.moreInformation, tr("more information"));
        // MADR 2 and log4brains put the supersede links here.
        for (const QString& line : body) {
            const StatusLine s = parseStatusLine(line);
            if (s.kind == StatusLine::Kind::Supersedes) {
                m_out.supersedesRefs << s.refs;
            } else if (s.kind == StatusLine::Kind::SupersededBy && !s.refs.isEmpty() &&
                       m_out.supersededByRef.isEmpty()) {
                m_out.supersededByRef = s.refs.first();
            }
        }
        break;
    case Field::Options:
        readOptions(heading, body);
        break;
    case Field::ProsCons:
        readProsAndCons(heading, body);
        break;
    case Field::Results:
    case Field::History:
    case Field::FrameworkLinks:
        readTableSection(field, heading, body);
        break;
    default:
        keepRaw(Adr::RawPart::Kind::Section, heading, text);
    }
}

// adr-tools' status section: a status word, link lines, and whatever people add.
void Parser::readStatusSection(const QString& heading, const QStringList& body)
{
    m_statusSection = true;
    // Metadata above gave the status already: the lines here stay as written.
    const bool given = m_seen.contains(Field::Status);
    QStringList kept;
    std::optional<Adr::Status> last;
    QString lastWord;
    QList<Adr::StatusChange> history;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QString& line = body[i];
        if (isBlank(line)) {
            kept << line;
            continue;
        }
        if (isTableRow(line)) {
            qsizetype end = i;
            while (end < body.size() && isTableRow(body[end]))
                ++end;
            if (!readMetadataTable(body.mid(i, end - i)))
                kept << body.mid(i, end - i);
            i = end - 1;
            continue;
        }
        const StatusLine s = parseStatusLine(line);
        switch (s.kind) {
        case StatusLine::Kind::SupersededBy:
            if (!s.refs.isEmpty() && m_out.supersededByRef.isEmpty()) {
                m_out.supersededByRef = s.refs.first();
                understand(tr("superseded by %1").arg(m_out.supersededByRef));
            }
            if (given) {
                if (m_out.adr.status != Adr::Status::Superseded)
                    kept << line;
            } else {
                last = Adr::Status::Superseded;
                lastWord = u"superseded"_s;
            }
            break;
        case StatusLine::Kind::Supersedes:
            m_out.supersedesRefs << s.refs;
            understand(tr("supersedes: %1").arg(s.refs.join(u", "_s)));
            break;
        case StatusLine::Kind::Status:
            if (given) {
                kept << line;
                break;
            }
            last = s.status;
            lastWord = s.word;
            if (s.date.isValid())
                history << Adr::StatusChange{Adr::statusKey(*s.status), s.date, QString()};
            if (!s.complete)
                kept << line;
            break;
        case StatusLine::Kind::None:
            kept << line;
            break;
        }
    }
    if (last) {
        m_seen.insert(Field::Status);
        m_out.adr.status = *last;
        m_statusSet = true;
        understand(tr("status: %1").arg(Adr::statusKey(*last)));
        if (lastWord.compare(u"draft"_s, Qt::CaseInsensitive) == 0)
            warn(tr("status 'draft' read as proposed"));
        if (!history.isEmpty()) {
            m_out.adr.history << history;
            understand(tr("status history: %1").arg(history.size()));
        }
    }
    // Collapse the gaps the understood lines leave behind.
    QStringList tidy;
    for (const QString& line : kept) {
        if (isBlank(line) && (tidy.isEmpty() || isBlank(tidy.last())))
            continue;
        tidy << line;
    }
    if (const QString text = joined(tidy); !text.isEmpty())
        keepRaw(Adr::RawPart::Kind::Section, heading, text);
}

QString optionKey(QString name)
{
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression quotes(u"[\"'`*_“”‘’「」]"_s);
    return name.replace(link, u"\\1"_s).remove(quotes).simplified().toLower();
}

Adr::Option& Parser::optionNamed(const QString& name)
{
    QList<Adr::Option>& options = m_out.adr.options;
    const QString key = optionKey(name);
    for (Adr::Option& o : options) {
        if (optionKey(o.name) == key)
            return o;
    }
    options << Adr::Option{name, {}, {}, {}, false};
    return options.last();
}

bool Parser::isOptionName(const QString& name) const
{
    const QString key = optionKey(name);
    return std::any_of(m_out.adr.options.begin(), m_out.adr.options.end(),
                       [&](const Adr::Option& o) { return optionKey(o.name) == key; });
}

// "* Option A" per line; an item's indented lines describe it. AdrMarkdownWriter marks
// the chosen option with " (chosen)".
void Parser::readOptions(const QString& heading, const QStringList& body)
{
    static const QString chosenMark = u" (chosen)"_s;
    QStringList extra;
    Adr::Option* current = nullptr;
    QStringList description;
    auto finish = [&] {
        if (current && !joined(description).isEmpty() && current->description.isEmpty())
            current->description = joined(description);
        description.clear();
    };
    for (const QString& line : body) {
        if (const auto item = listItem(line)) {
            finish();
            QString name = *item;
            bool chosen = false;
            if (name.endsWith(chosenMark)) {
                name.chop(chosenMark.size());
                chosen = true;
            }
            current = &optionNamed(name.trimmed());
            current->chosen = current->chosen || chosen;
        } else if (current && (isContinuation(line) || isBlank(line))) {
            description << line.trimmed();
        } else if (!isBlank(line)) {
            finish();
            current = nullptr;
            extra << line;
        }
    }
    finish();
    understand(tr("considered options: %1").arg(m_out.adr.options.size()));
    if (const QString text = joined(extra); !text.isEmpty())
        keepRaw(Adr::RawPart::Kind::Section, heading, joined(extra));
}

// "### Option" per option: a description, then "* Good, because …" and
// "* Bad, because …" items, which become one argument per line of pros and cons.
void Parser::readProsAndCons(const QString& heading, const QStringList& body)
{
    const QList<bool> code = codeLines(body);
    QStringList before;
    QList<std::pair<QString, QStringList>> blocks;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const auto h = code[i] ? std::nullopt : headingOf(body[i]);
        if (h && h->level == 3) {
            blocks << std::pair{h->text, QStringList()};
            continue;
        }
        (blocks.isEmpty() ? before : blocks.last().second) << body[i];
    }
    for (const auto& [name, lines] : blocks)
        readOptionBlock(name, lines);
    understand(tr("pros and cons"));
    if (const QString text = joined(before); !text.isEmpty())
        keepRaw(Adr::RawPart::Kind::Section, heading, text);
}

void Parser::readOptionBlock(const QString& name, const QStringList& lines)
{
    static const QRegularExpression argument(
        u"^(?:(good|pros?|bad|cons?)\\b\\s*[,:]?\\s*(?:because\\b\\s*)?|(优点|缺点)\\s*[:：，,]?\\s*)(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    Adr::Option& option = optionNamed(name);
    QStringList description, pros, cons;
    QStringList* current = nullptr; // where the last argument went, for its wrapped lines
    for (const QString& line : lines) {
        if (const auto item = listItem(line)) {
            const auto m = argument.match(*item);
            const QString kind = (m.captured(1) + m.captured(2)).toLower();
            if (m.hasMatch() && !m.captured(3).trimmed().isEmpty()) {
                const bool good =
                    kind.startsWith(u"good"_s) || kind.startsWith(u"pro"_s) || kind == u"优点"_s;
                current = good ? &pros : &cons;
                *current << m.captured(3).trimmed();
                continue;
            }
            current = nullptr;
        } else if (current && isContinuation(line) && !isBlank(line)) {
            current->last() += u' ' + line.trimmed();
            continue;
        } else if (!isBlank(line)) {
            current = nullptr;
        }
        description << line;
    }
    auto add = [](QString& target, const QString& more) {
        target = target.isEmpty() ? more : more.isEmpty() ? target : target + u"\n\n"_s + more;
    };
    add(option.description, joined(description));
    add(option.pros, pros.join(u'\n'));
    add(option.cons, cons.join(u'\n'));
}

// MADR 2's Positive and Negative Consequences become MADR 4's one list of
// "Good, because" and "Bad, because" items.
void Parser::readConsequences(Field field, const QString& heading, const QStringList& body)
{
    const QString text = joined(body);
    if (field == Field::Consequences) {
        if (m_seen.contains(Field::Consequences) || m_seen.contains(Field::Positive) ||
            m_seen.contains(Field::Negative)) {
            warn(tr("a second '%1' section; kept as written").arg(heading));
            keepRaw(Adr::RawPart::Kind::Section, heading, text);
            return;
        }
        m_seen.insert(field);
        m_out.adr.consequences = text;
        understand(tr("consequences"));
        return;
    }
    if (m_seen.contains(field) || m_seen.contains(Field::Consequences)) {
        warn(tr("a second '%1' section; kept as written").arg(heading));
        keepRaw(Adr::RawPart::Kind::Section, heading, text);
        return;
    }
    m_seen.insert(field);
    static const QRegularExpression already(u"^(good|bad|neutral)\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QString prefix = field == Field::Positive ? u"Good, because "_s : u"Bad, because "_s;
    QStringList lines;
    for (const QString& line : joined(body).split(u'\n')) {
        const auto item = listItem(line);
        if (item && !already.match(*item).hasMatch())
            lines << u"* "_s + prefix + *item;
        else
            lines << line;
    }
    (field == Field::Positive ? m_positive : m_negative) = lines.join(u'\n');
    understand(field == Field::Positive ? tr("positive consequences")
                                        : tr("negative consequences"));
}

// Tables of results, status history and framework links. A table that does not fit
// keeps the whole section raw; text around a table that fits is kept raw on its own.
void Parser::readTableSection(Field field, const QString& heading, const QStringList& body)
{
    qsizetype start = 0;
    while (start < body.size() && !isTableRow(body[start]))
        ++start;
    qsizetype end = start;
    while (end < body.size() && isTableRow(body[end]))
        ++end;
    const auto rows = tableOf(body.mid(start, end - start));
    auto refuse = [&](const QString& why) {
        warn(tr("%1: %2; section kept as written").arg(heading, why));
        keepRaw(Adr::RawPart::Kind::Section, heading, joined(body));
    };
    if (!rows || rows->size() < 2)
        return refuse(tr("no table"));

    using Columns = QList<QStringList>;
    static const QHash<Field, Columns> names = {
        {Field::Results,
         {{u"metric"_s, u"指标"_s, u"measure"_s},
          {u"before"_s, u"之前"_s, u"前"_s, u"baseline"_s},
          {u"after"_s, u"之后"_s, u"后"_s},
          {u"unit"_s, u"units"_s, u"单位"_s},
          {u"note"_s, u"notes"_s, u"备注"_s, u"说明"_s}}},
        {Field::History,
         {{u"date"_s, u"日期"_s}, {u"status"_s, u"状态"_s}, {u"note"_s, u"备注"_s}}},
        {Field::FrameworkLinks,
         {{u"framework"_s, u"框架"_s}, {u"kind"_s, u"类型"_s}, {u"key"_s, u"键"_s}}},
    };
    const Columns columns = names.value(field);
    QList<int> index(columns.size(), -1);
    const QStringList& header = rows->first();
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QString name = normalizedName(header[c]);
        qsizetype known = -1;
        for (qsizetype k = 0; k < columns.size(); ++k) {
            if (columns[k].contains(name))
                known = k;
        }
        if (known < 0 || index[known] >= 0)
            return refuse(tr("unknown column '%1'").arg(header[c]));
        index[known] = int(c);
    }
    // Results need a metric; history a date and status; links all three columns.
    const qsizetype required = field == Field::Results ? 1 : field == Field::History ? 2 : 3;
    for (qsizetype k = 0; k < required; ++k) {
        if (index[k] < 0)
            return refuse(tr("missing column '%1'").arg(columns[k].first()));
    }

    QList<Adr::Result> results;
    QList<Adr::StatusChange> history;
    QList<Adr::Link> links;
    for (qsizetype r = 1; r < rows->size(); ++r) {
        const QStringList& row = rows->at(r);
        if (row.size() > header.size())
            return refuse(tr("row %1 has more cells than the header").arg(r));
        auto cell = [&](int k) {
            return index[k] >= 0 && index[k] < row.size() ? row[index[k]] : QString();
        };
        if (field == Field::Results) {
            auto number = [&](int k, std::optional<double>& out) {
                const QString t = cell(k);
                if (t.isEmpty() || t == u"-"_s || t == u"–"_s || t == u"—"_s ||
                    t.compare(u"n/a"_s, Qt::CaseInsensitive) == 0)
                    return true;
                bool ok = false;
                const double v = QLocale::c().toDouble(t, &ok);
                if (ok)
                    out = v;
                return ok;
            };
            Adr::Result result{cell(0), {}, {}, cell(3), cell(4)};
            if (!number(1, result.before))
                return refuse(tr("'%1' in row %2 is not a number").arg(cell(1)).arg(r));
            if (!number(2, result.after))
                return refuse(tr("'%1' in row %2 is not a number").arg(cell(2)).arg(r));
            results << result;
        } else if (field == Field::History) {
            const DateParse d = parseDate(cell(0));
            if (!d.date.isValid())
                return refuse(tr("'%1' in row %2 is not a day").arg(cell(0)).arg(r));
            history << Adr::StatusChange{cell(1), d.date, cell(2)};
        } else {
            const QString kind = cell(1).toLower();
            if (kind != u"dimension"_s && kind != u"checkpoint"_s)
                return refuse(
                    tr("'%1' in row %2 is neither dimension nor checkpoint").arg(cell(1)).arg(r));
            links << Adr::Link{cell(0),
                               kind == u"dimension"_s ? Adr::Link::Kind::Dimension
                                                      : Adr::Link::Kind::Checkpoint,
                               cell(2)};
        }
    }
    Adr& adr = m_out.adr;
    if (field == Field::Results) {
        adr.results = results;
        understand(tr("results: %1").arg(results.size()));
    } else if (field == Field::History) {
        adr.history = history;
        understand(tr("status history: %1").arg(history.size()));
    } else {
        adr.links = links;
        understand(tr("framework links: %1").arg(links.size()));
    }
    QStringList around = body.mid(0, start);
    if (!around.isEmpty() && end < body.size())
        around << QString();
    around << body.mid(end);
    if (const QString text = joined(around); !text.isEmpty())
        keepRaw(Adr::RawPart::Kind::Section, heading, text);
}

// "Chosen option: "Option A", because …" in the decision outcome marks Option A.
void Parser::findChosenOptions()
{
    static const QRegularExpression chosen(
        u"^\\s*(?:[*+-]\\s+)?(?:\\*\\*|__)?(?:chosen option|选择的方案|所选方案|选定方案)(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?(.+)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<Adr::Option>& options = m_out.adr.options;
    for (const QString& line : m_out.adr.decisionOutcome.split(u'\n')) {
        const auto m = chosen.match(line);
        if (!m.hasMatch())
            continue;
        const QString said = optionKey(m.captured(1));
        Adr::Option* best = nullptr;
        for (Adr::Option& o : options) {
            const QString key = optionKey(o.name);
            if (key.isEmpty() || !said.startsWith(key))
                continue;
            if (said.size() > key.size() && said[key.size()].isLetterOrNumber())
                continue;
            if (!best || key.size() > optionKey(best->name).size())
                best = &o;
        }
        if (best && !best->chosen) {
            best->chosen = true;
            understand(tr("chosen option"));
        }
    }
}

QString Parser::detectFormat() const
{
    if (m_frontMatter)
        return (m_fmDeciders && !m_fmDecisionMakers) || m_validation ? u"madr3"_s : u"madr4"_s;
    if (m_fileDate.isValid())
        return u"log4brains"_s;
    if (m_statusSection || m_plainMetadata || (m_titleNumber && m_nygardSections))
        return u"nygard"_s;
    if (m_dashBullets && m_seen.contains(Field::Tags))
        return u"log4brains"_s;
    if (m_madr2)
        return u"madr2"_s;
    if (m_madr4 || !m_seen.isEmpty())
        return u"madr4"_s;
    return m_titleNumber ? u"nygard"_s : u"madr4"_s;
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
