// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrMarkdownWriter.h"

#include "AdrFieldNames.h"
#include "MarkdownText.h"
#include "NumberText.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace AdrFieldNames;
using namespace MarkdownText;

namespace {

// Metadata values live on one bullet line.
QString oneLine(const QString& text)
{
    QStringList parts;
    for (const QString& line : text.split(u'\n'))
        parts << line.trimmed();
    parts.removeAll(QString());
    return parts.join(u' ');
}

// Headings above `level` in a text would end the section it is written in; they go
// one level under it instead. Fenced code is left alone.
QString demoted(const QString& text, int level)
{
    static const QRegularExpression heading(u"^ {0,3}(#{1,6})(?=[ \\t]|$)"_s);
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    QStringList lines = text.split(u'\n');
    QString open;
    for (QString& line : lines) {
        if (const auto f = fence.match(line); f.hasMatch()) {
            if (open.isEmpty())
                open = f.captured(1);
            else if (f.captured(1).front() == open.front() && f.capturedLength(1) >= open.size())
                open.clear();
            continue;
        }
        if (!open.isEmpty())
            continue;
        const auto h = heading.match(line);
        if (h.hasMatch() && h.capturedLength(1) < level)
            line = QString(level, u'#') + line.mid(h.capturedEnd(1));
    }
    return lines.join(u'\n');
}

// Blank lines at either end of a text would come back trimmed; drop them here too.
QString trimmedBlock(const QString& text)
{
    QStringList lines = text.split(u'\n');
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

QString cell(const QString& text)
{
    QString c = text.trimmed();
    c.replace(u'|', u"\\|"_s);
    c.replace(u'\n', u"<br>"_s);
    return c;
}

QString tableText(const QStringList& header, const QList<QStringList>& rows)
{
    QStringList lines;
    lines << u"| "_s + header.join(u" | "_s) + u" |"_s;
    lines << u"|"_s + QStringList(header.size(), u"---"_s).join(u'|') + u"|"_s;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (const QString& c : row)
            cells << cell(c);
        lines << u"| "_s + cells.join(u" | "_s) + u" |"_s;
    }
    return lines.join(u'\n');
}

QString optionalNumber(const std::optional<double>& value)
{
    return value ? numberText(*value) : QString();
}

// "[ADR-0005](0005-use-postgres.md)", or the title for a record without number.
QString linkTo(const Adr& other)
{
    const QString text = other.number ? u"ADR-%1"_s.arg(*other.number, 4, 10, QLatin1Char('0'))
                                      : oneLine(other.title);
    return u"[%1](%2)"_s.arg(text, AdrMarkdownWriter::fileName(other));
}

QString headingLine(const Adr& adr)
{
    const QString title = oneLine(adr.title);
    const QString line = adr.number ? u"%1. %2"_s.arg(*adr.number).arg(title) : title;
    // Markdown reads a heading's trailing " #" as closing markup, not text ("# Use C #"
    // is titled "Use C"); an explicit closing sequence keeps such a title whole.
    return line.endsWith(u'#') ? line + u" #"_s : line;
}

// The bullets under the title: the known fields, then the kept front-matter parts.
QString metadata(const Adr& adr, const QList<Adr>& all)
{
    QStringList meta;
    QString status = Adr::statusKey(adr.status);
    if (adr.status == Adr::Status::Superseded && adr.supersededBy != 0) {
        const auto by = std::find_if(all.begin(), all.end(),
                                     [&](const Adr& a) { return a.id == adr.supersededBy; });
        if (by != all.end())
            status += u" by "_s + linkTo(*by);
    }
    meta << u"* Status: "_s + status;
    if (adr.date.isValid())
        meta << u"* Date: "_s + adr.date.toString(Qt::ISODate);
    const std::pair<QString, const QString*> people[] = {
        {u"Decision-makers"_s, &adr.decisionMakers},
        {u"Consulted"_s, &adr.consulted},
        {u"Informed"_s, &adr.informed},
        {u"Tags"_s, &adr.tags},
    };
    for (const auto& [key, value] : people) {
        if (!oneLine(*value).isEmpty())
            meta << u"* %1: %2"_s.arg(key, oneLine(*value));
    }
    QStringList replaced;
    for (const Adr& other : all) {
        if (adr.id != 0 && other.id != adr.id && other.supersededBy == adr.id)
            replaced << linkTo(other);
    }
    if (!replaced.isEmpty())
        meta << u"* Supersedes: "_s + replaced.join(u", "_s);
    // A kept front-matter value goes on its bullet, further lines indented under it:
    // AdrMarkdownReader takes indented lines as the value's continuation.
    for (const Adr::RawPart& part : adr.raw) {
        if (part.kind != Adr::RawPart::Kind::FrontMatter)
            continue;
        const QStringList lines = part.body.split(u'\n');
        QString bullet = u"* "_s + part.name + u':';
        if (!lines.first().isEmpty())
            bullet += u' ' + lines.first();
        for (qsizetype i = 1; i < lines.size(); ++i)
            bullet += u"\n  "_s + lines[i];
        meta << bullet;
    }
    return meta.join(u'\n');
}

// A kept section named like a section the writer writes itself, when it reads back as
// the text beside that section's list, option blocks or table (no list item at any
// indentation in Considered Options, no level-3 heading in Pros and Cons): the section
// it goes in. Field::None for one that is written under its own heading.
Field insideField(const Adr::RawPart& part)
{
    const Field field = sectionField(part.name);
    if (field != Field::Options && field != Field::ProsCons && field != Field::Results &&
        field != Field::History && field != Field::FrameworkLinks)
        return Field::None;
    const QStringList lines = part.body.split(u'\n');
    const QList<bool> code = codeLines(lines);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (code[i])
            continue;
        const auto heading = headingOf(lines[i]);
        if ((field == Field::Options && listItem(lines[i].trimmed())) ||
            (field == Field::ProsCons && heading && heading->level == 3))
            return Field::None;
    }
    return field;
}

// An option's block under Pros and Cons: its description and one argument per line.
QStringList optionBlock(const Adr::Option& option)
{
    QStringList arguments;
    for (const QString& line : option.pros.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            arguments << u"* Good, because "_s + line.trimmed();
    }
    for (const QString& line : option.cons.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            arguments << u"* Bad, because "_s + line.trimmed();
    }
    QStringList block{u"### "_s + oneLine(option.name)};
    if (const QString description = trimmedBlock(option.description); !description.isEmpty())
        block << demoted(description, 4);
    if (!arguments.isEmpty())
        block << arguments.join(u'\n');
    return block;
}

// The blocks of the options that have any, and of an option without one when a later
// option of the same name has one: AdrMarkdownReader gives each block to the first
// option of its name that has none yet.
QStringList optionBlocks(const QList<Adr::Option>& options)
{
    QList<QStringList> each;
    for (const Adr::Option& o : options)
        each << optionBlock(o);
    QStringList blocks;
    for (qsizetype i = 0; i < options.size(); ++i) {
        bool needed = each[i].size() > 1;
        for (qsizetype j = i + 1; j < options.size() && !needed; ++j)
            needed = each[j].size() > 1 &&
                     comparableName(options[j].name) == comparableName(options[i].name);
        if (needed)
            blocks << each[i];
    }
    return blocks;
}

} // namespace

QByteArray AdrMarkdownWriter::write(const Adr& adr, const QList<Adr>& all)
{
    QStringList blocks{u"# "_s + headingLine(adr), metadata(adr, all)};

    // Kept sections go back where they were read when that place is known: into the
    // section whose list, option blocks or table they stood beside; a status section
    // above the others. Every other one follows the known sections, under its heading.
    QHash<Field, QStringList> inside;
    QList<const Adr::RawPart*> statusSections, after;
    for (const Adr::RawPart& part : adr.raw) {
        const QString text = trimmedBlock(part.body);
        if (part.kind != Adr::RawPart::Kind::Section)
            continue;
        if (part.name.isEmpty()) {
            if (!text.isEmpty())
                blocks << demoted(text, 3);
        } else if (const Field field = insideField(part); field != Field::None) {
            if (!text.isEmpty())
                inside[field] << demoted(text, field == Field::ProsCons ? 4 : 3);
        } else {
            (sectionField(part.name) == Field::Status ? statusSections : after) << &part;
        }
    }
    auto ownHeading = [&](const Adr::RawPart* part) {
        blocks << u"## "_s + oneLine(part->name);
        if (const QString text = trimmedBlock(part->body); !text.isEmpty())
            blocks << demoted(text, 3);
    };
    auto section = [&](const QString& heading, const QString& body, int level = 2) {
        const QString text = trimmedBlock(body);
        if (text.isEmpty())
            return;
        blocks << QString(level, u'#') + u' ' + heading;
        blocks << demoted(text, level + 1);
    };
    // A table section: the table when there are rows, and the text kept beside it.
    auto table = [&](const QString& heading, Field field, const QStringList& header,
                     const QList<QStringList>& rows) {
        if (rows.isEmpty() && !inside.contains(field))
            return;
        blocks << u"## "_s + heading;
        if (!rows.isEmpty())
            blocks << tableText(header, rows);
        blocks << inside.value(field);
    };

    for (const Adr::RawPart* part : statusSections)
        ownHeading(part);
    section(u"Context and Problem Statement"_s, adr.context);
    section(u"Decision Drivers"_s, adr.decisionDrivers);

    if (!adr.options.isEmpty() || inside.contains(Field::Options)) {
        QStringList items;
        for (const Adr::Option& o : adr.options)
            items << u"* "_s + oneLine(o.name) + (o.chosen ? u" (chosen)"_s : QString());
        blocks << u"## Considered Options"_s << inside.value(Field::Options);
        if (!items.isEmpty())
            blocks << items.join(u'\n');
    }

    // MADR 4 puts Consequences and Confirmation under the outcome.
    if (!trimmedBlock(adr.decisionOutcome).isEmpty() || !trimmedBlock(adr.consequences).isEmpty() ||
        !trimmedBlock(adr.confirmation).isEmpty()) {
        blocks << u"## Decision Outcome"_s;
        if (const QString text = trimmedBlock(adr.decisionOutcome); !text.isEmpty())
            blocks << demoted(text, 3);
        section(u"Consequences"_s, adr.consequences, 3);
        section(u"Confirmation"_s, adr.confirmation, 3);
    }

    const QStringList argued = optionBlocks(adr.options);
    if (!argued.isEmpty() || inside.contains(Field::ProsCons))
        blocks << u"## Pros and Cons of the Options"_s << inside.value(Field::ProsCons) << argued;

    section(u"More Information"_s, adr.moreInformation);

    QList<QStringList> rows;
    for (const Adr::Result& r : adr.results)
        rows << QStringList{r.metric, optionalNumber(r.before), optionalNumber(r.after), r.unit,
                            r.note};
    table(u"Results"_s, Field::Results,
          {u"Metric"_s, u"Before"_s, u"After"_s, u"Unit"_s, u"Note"_s}, rows);
    rows.clear();
    for (const Adr::StatusChange& c : adr.history)
        rows << QStringList{c.changedOn.toString(Qt::ISODate), c.status, c.note};
    table(u"Status History"_s, Field::History, {u"Date"_s, u"Status"_s, u"Note"_s}, rows);
    rows.clear();
    for (const Adr::Link& l : adr.links)
        rows << QStringList{l.frameworkKey,
                            l.kind == Adr::Link::Kind::Dimension ? u"dimension"_s : u"checkpoint"_s,
                            l.targetKey};
    table(u"Framework Links"_s, Field::FrameworkLinks, {u"Framework"_s, u"Kind"_s, u"Key"_s}, rows);

    for (const Adr::RawPart* part : after)
        ownHeading(part);
    return (blocks.join(u"\n\n"_s) + u'\n').toUtf8();
}

QString AdrMarkdownWriter::fileName(const Adr& adr)
{
    // Accents come off ("Café" gives "cafe"); other scripts leave no ASCII behind.
    const QString plain = adr.title.normalized(QString::NormalizationForm_KD);
    QString slug;
    for (const QChar c : plain) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            slug += c.toLower();
        else if (c.category() != QChar::Mark_NonSpacing)
            slug += u'-';
    }
    static const QRegularExpression dashes(u"-{2,}"_s);
    slug.replace(dashes, u"-"_s);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    // Long titles make unwieldy file names; cut at a word boundary.
    constexpr qsizetype MaxSlug = 60;
    if (slug.size() > MaxSlug) {
        slug.truncate(MaxSlug);
        if (const auto dash = slug.lastIndexOf(u'-'); dash > 0)
            slug.truncate(dash);
    }
    if (slug.isEmpty())
        slug = u"adr"_s;
    const QString name =
        adr.number ? u"%1-%2"_s.arg(*adr.number, 4, 10, QLatin1Char('0')).arg(slug) : slug;
    return name + u".md"_s;
}

QByteArray AdrMarkdownWriter::index(const QList<Adr>& adrs)
{
    QList<std::pair<QString, QString>> entries;
    for (const Adr& adr : adrs)
        entries << std::pair{fileName(adr), headingLine(adr)};
    std::sort(entries.begin(), entries.end());
    QString text = u"# Architecture Decision Records\n\n"_s;
    for (const auto& [file, title] : entries)
        text += u"* [%1](%2)\n"_s.arg(title, file);
    return text.toUtf8();
}
