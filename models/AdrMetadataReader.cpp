// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrMetadataReader.h"

#include "AdrFrontMatter.h"
#include "AdrStatusLine.h"
#include "MarkdownText.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace AdrFieldNames;
using namespace MarkdownText;

void AdrMetadataReader::readFrontMatter(const QString& yaml, bool titleHeading)
{
    const AdrFrontMatter frontMatter = AdrFrontMatter::read(yaml);
    if (frontMatter.problem != AdrFrontMatter::Problem::None) {
        if (frontMatter.problem == AdrFrontMatter::Problem::NotYaml)
            m_reading.warn(tr("front matter is not valid YAML (line %1: %2); kept as written")
                               .arg(frontMatter.line)
                               .arg(frontMatter.message));
        else
            m_reading.warn(tr("front matter is not a list of keys; kept as written"));
        m_reading.keepRaw(Adr::RawPart::Kind::Section, u"Front Matter"_s,
                          u"```yaml\n"_s + yaml + u"\n```"_s);
        return;
    }
    for (const AdrFrontMatter::Entry& entry : frontMatter.entries) {
        const Field field = metadataField(entry.key);
        const QString normalized = normalizedName(entry.key);
        if (normalized == u"deciders"_s)
            m_reading.clues.frontMatterDeciders = true;
        if (normalized == u"decision-makers"_s)
            m_reading.clues.frontMatterDecisionMakers = true;
        const Source source{entry.key, entry.text};
        if (!entry.plain) {
            if (field != Field::None && field != Field::Title)
                m_reading.warn(
                    tr("front matter '%1' is not a single value; kept as written").arg(entry.key));
            keep(source);
        } else if (field == Field::Title && !titleHeading && !entry.value.trimmed().isEmpty()) {
            m_reading.out.adr.title = entry.value.trimmed();
        } else {
            takeOrKeep(field, entry.value, source);
        }
    }
}

void AdrMetadataReader::readPreamble(const QStringList& lines, const QList<bool>& code,
                                     qsizetype from, qsizetype to, const QString& above)
{
    // An unknown "Key: value" is metadata only in a block that a known key started, in
    // the same style (the same bullet, or none). Otherwise a first paragraph such as
    // "Note: …", or MADR 2's "Technical Story: …" below the bullets, stays text.
    bool known = false;
    // Set once a key was read: the marker of its line (a null QChar for no bullet).
    bool styled = false;
    QChar style;
    qsizetype i = from;
    while (i < to) {
        const QString& line = lines[i];
        if (isBlank(line)) {
            ++i;
            continue;
        }
        if (code[i])
            break;
        if (isTableRow(line)) {
            qsizetype end = i;
            while (end < to && isTableRow(lines[end]) && !code[end])
                ++end;
            if (!readTable(lines.mid(i, end - i)))
                break;
            known = true;
            styled = false;
            i = end;
            continue;
        }
        const auto kv = keyValueOf(line);
        if (!kv)
            break;
        const Field field = metadataField(kv->key);
        if (field == Field::None && (!known || (styled && style != kv->marker))) {
            if (normalizedName(kv->key) == u"technical-story"_s)
                m_reading.clues.madr2 = true;
            break;
        }
        known = known || field != Field::None;
        style = kv->marker;
        styled = true;
        // Indented lines continue a value: a long list of names, or a YAML block that
        // AdrMarkdownWriter put there.
        QStringList text{kv->value};
        ++i;
        while (i < to && isContinuation(lines[i]) && !code[i]) {
            text << lines[i].mid(lines[i].startsWith(u'\t') ? 1 : 2);
            ++i;
        }
        while (text.size() > 1 && isBlank(text.last()))
            text.removeLast();
        if (kv->bullet && kv->marker == u'-')
            m_reading.clues.dashBullets = true;
        if (!kv->bullet && (field == Field::Date || field == Field::Status))
            m_reading.clues.plainMetadata = true;
        QStringList folded;
        for (const QString& t : text)
            folded << t.trimmed();
        takeOrKeep(field, folded.join(u' '), Source{kv->key, text.join(u'\n')});
    }
    QString text = joined(lines.mid(i, to - i));
    if (!above.isEmpty())
        text = text.isEmpty() ? above : above + u"\n\n"_s + text;
    if (!text.isEmpty())
        m_reading.keepRaw(Adr::RawPart::Kind::Section, QString(), text);
}

void AdrMetadataReader::readStatusSection(const QString& heading, const QStringList& body)
{
    AdrParse& out = m_reading.out;
    m_reading.clues.statusSection = true;
    // Metadata above gave the status already: the lines here stay as written.
    const bool given = m_reading.seen.contains(Field::Status);
    QStringList kept;
    std::optional<Adr::Status> last;
    QString lastWord;
    QList<Adr::StatusChange> history;
    const QList<bool> code = codeLines(body);
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QString& line = body[i];
        if (isBlank(line) || code[i]) {
            kept << line;
            continue;
        }
        if (isTableRow(line)) {
            qsizetype end = i;
            while (end < body.size() && isTableRow(body[end]) && !code[end])
                ++end;
            if (!readTable(body.mid(i, end - i)))
                kept << body.mid(i, end - i);
            i = end - 1;
            continue;
        }
        const AdrStatusLine s = AdrStatusLine::parse(line);
        switch (s.kind) {
        case AdrStatusLine::Kind::SupersededBy:
            if (!s.refs.isEmpty() && out.supersededByRef.isEmpty()) {
                out.supersededByRef = s.refs.first();
                m_reading.understand(tr("superseded by %1").arg(out.supersededByRef));
            }
            if (given) {
                if (out.adr.status != Adr::Status::Superseded)
                    kept << line;
            } else {
                last = Adr::Status::Superseded;
                lastWord = u"superseded"_s;
            }
            break;
        case AdrStatusLine::Kind::Supersedes:
            out.supersedesRefs << s.refs;
            m_reading.understand(tr("supersedes: %1").arg(s.refs.join(u", "_s)));
            break;
        case AdrStatusLine::Kind::Status:
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
        case AdrStatusLine::Kind::None:
            kept << line;
            break;
        }
    }
    if (last) {
        m_reading.seen.insert(Field::Status);
        out.adr.status = *last;
        m_reading.statusSet = true;
        m_reading.understand(tr("status: %1").arg(Adr::statusKey(*last)));
        if (lastWord.compare(u"draft"_s, Qt::CaseInsensitive) == 0)
            m_reading.warn(tr("status 'draft' read as proposed"));
        if (!history.isEmpty()) {
            out.adr.history << history;
            m_reading.understand(tr("status history: %1").arg(history.size()));
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
        m_reading.keepRaw(Adr::RawPart::Kind::Section, heading, text);
}

// A metadata table: "| Status | Accepted |" rows, or a header of keys over one row of
// values. False, and nothing taken, when the table names no known key.
bool AdrMetadataReader::readTable(const QStringList& table)
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
    for (const auto& [key, value] : pairs)
        takeOrKeep(metadataField(key), value, Source{key, value});
    return true;
}

void AdrMetadataReader::takeOrKeep(Field field, const QString& value, const Source& source)
{
    if (!take(field, value, source))
        keep(source);
}

// Takes one metadata value; false when it is not understood, the field is already
// filled, or the field is none a value fills (Field::None, or a title, which only
// front matter may give).
bool AdrMetadataReader::take(Field field, const QString& value, const Source& source)
{
    AdrParse& out = m_reading.out;
    Adr& adr = out.adr;
    const QString v = value.trimmed();
    auto once = [&](QString& target, const QString& what) {
        if (m_reading.seen.contains(field))
            return false;
        m_reading.seen.insert(field);
        target = v;
        m_reading.understand(what);
        return true;
    };
    switch (field) {
    case Field::Status:
        return takeStatus(v);
    case Field::Date:
        return takeDate(v);
    case Field::DecisionMakers:
        if (normalizedName(source.key) == u"deciders"_s)
            m_reading.clues.madr2 = true;
        else
            m_reading.clues.madr4 = true;
        return once(adr.decisionMakers, tr("decision-makers"));
    case Field::Consulted:
        m_reading.clues.madr4 = true;
        return once(adr.consulted, tr("consulted"));
    case Field::Informed:
        m_reading.clues.madr4 = true;
        return once(adr.informed, tr("informed"));
    case Field::Tags:
        return once(adr.tags, tr("tags"));
    case Field::Supersedes:
        out.supersedesRefs << refsIn(v);
        m_reading.understand(tr("supersedes: %1").arg(out.supersedesRefs.join(u", "_s)));
        return true;
    case Field::SupersededBy:
        if (!out.supersededByRef.isEmpty() || refsIn(v).isEmpty())
            return false;
        out.supersededByRef = refsIn(v).first();
        m_reading.understand(tr("superseded by %1").arg(out.supersededByRef));
        if (!m_reading.statusSet) {
            adr.status = Adr::Status::Superseded;
            m_reading.statusSet = true;
        }
        return true;
    default:
        return false;
    }
}

bool AdrMetadataReader::takeStatus(const QString& value)
{
    if (m_reading.seen.contains(Field::Status))
        return false;
    const AdrStatusLine line = AdrStatusLine::parse(value);
    if (line.kind == AdrStatusLine::Kind::None || line.kind == AdrStatusLine::Kind::Supersedes) {
        if (m_reading.unknownStatus.isEmpty())
            m_reading.unknownStatus = value;
        return false;
    }
    m_reading.seen.insert(Field::Status);
    AdrParse& out = m_reading.out;
    out.adr.status = *line.status;
    m_reading.statusSet = true;
    m_reading.understand(tr("status: %1").arg(Adr::statusKey(out.adr.status)));
    if (line.word.compare(u"draft"_s, Qt::CaseInsensitive) == 0)
        m_reading.warn(tr("status 'draft' read as proposed"));
    if (line.kind == AdrStatusLine::Kind::SupersededBy && !line.refs.isEmpty() &&
        out.supersededByRef.isEmpty()) {
        out.supersededByRef = line.refs.first();
        m_reading.understand(tr("superseded by %1").arg(out.supersededByRef));
    }
    if (line.date.isValid())
        out.adr.history << Adr::StatusChange{Adr::statusKey(out.adr.status), line.date, QString()};
    return line.complete;
}

bool AdrMetadataReader::takeDate(const QString& value)
{
    if (m_reading.seen.contains(Field::Date))
        return false;
    const DateParse d = parseDate(value);
    if (!d.matched) {
        m_reading.warn(tr("date '%1' is not understood (expected YYYY-MM-DD, DD/MM/YYYY or "
                          "DD.MM.YYYY); left empty")
                           .arg(value));
        return false;
    }
    if (!d.date.isValid()) {
        m_reading.warn(tr("date '%1' is not a real day; left empty").arg(value));
        return false;
    }
    if (d.monthDay)
        m_reading.warn(tr("date '%1' read as month/day/year").arg(value));
    m_reading.seen.insert(Field::Date);
    m_reading.out.adr.date = d.date;
    m_reading.understand(tr("date"));
    return true;
}

void AdrMetadataReader::keep(const Source& source)
{
    m_reading.keepRaw(Adr::RawPart::Kind::FrontMatter, source.key, source.text);
}
