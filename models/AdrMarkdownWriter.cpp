// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrMarkdownWriter.h"

#include "NumberText.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

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

QString table(const QStringList& header, const QList<QStringList>& rows)
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
    return adr.number ? u"%1. %2"_s.arg(*adr.number).arg(title) : title;
}

} // namespace

QByteArray AdrMarkdownWriter::write(const Adr& adr, const QList<Adr>& all)
{
    QStringList blocks;
    blocks << u"# "_s + headingLine(adr);

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
    blocks << meta.join(u'\n');

    for (const Adr::RawPart& part : adr.raw) {
        if (part.kind == Adr::RawPart::Kind::Section && part.name.isEmpty() &&
            !trimmedBlock(part.body).isEmpty())
            blocks << demoted(trimmedBlock(part.body), 3);
    }

    auto section = [&](const QString& heading, const QString& body, int level = 2) {
        const QString text = trimmedBlock(body);
        if (text.isEmpty())
            return;
        blocks << QString(level, u'#') + u' ' + heading;
        blocks << demoted(text, level + 1);
    };

    section(u"Context and Problem Statement"_s, adr.context);
    section(u"Decision Drivers"_s, adr.decisionDrivers);

    if (!adr.options.isEmpty()) {
        QStringList items;
        for (const Adr::Option& o : adr.options)
            items << u"* "_s + oneLine(o.name) + (o.chosen ? u" (chosen)"_s : QString());
        blocks << u"## Considered Options"_s << items.join(u'\n');
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

    const bool argued = std::any_of(adr.options.begin(), adr.options.end(), [](const auto& o) {
        return !trimmedBlock(o.description).isEmpty() || !o.pros.trimmed().isEmpty() ||
               !o.cons.trimmed().isEmpty();
    });
    if (argued) {
        blocks << u"## Pros and Cons of the Options"_s;
        for (const Adr::Option& o : adr.options) {
            QStringList arguments;
            for (const QString& line : o.pros.split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    arguments << u"* Good, because "_s + line.trimmed();
            }
            for (const QString& line : o.cons.split(u'\n')) {
                if (!line.trimmed().isEmpty())
                    arguments << u"* Bad, because "_s + line.trimmed();
            }
            const QString description = trimmedBlock(o.description);
            if (description.isEmpty() && arguments.isEmpty())
                continue;
            blocks << u"### "_s + oneLine(o.name);
            if (!description.isEmpty())
                blocks << demoted(description, 4);
            if (!arguments.isEmpty())
                blocks << arguments.join(u'\n');
        }
    }

    section(u"More Information"_s, adr.moreInformation);

    if (!adr.results.isEmpty()) {
        QList<QStringList> rows;
        for (const Adr::Result& r : adr.results)
            rows << QStringList{r.metric, optionalNumber(r.before), optionalNumber(r.after), r.unit,
                                r.note};
        blocks << u"## Results"_s
               << table({u"Metric"_s, u"Before"_s, u"After"_s, u"Unit"_s, u"Note"_s}, rows);
    }
    if (!adr.history.isEmpty()) {
        QList<QStringList> rows;
        for (const Adr::StatusChange& c : adr.history)
            rows << QStringList{c.changedOn.toString(Qt::ISODate), c.status, c.note};
        blocks << u"## Status History"_s << table({u"Date"_s, u"Status"_s, u"Note"_s}, rows);
    }
    if (!adr.links.isEmpty()) {
        QList<QStringList> rows;
        for (const Adr::Link& l : adr.links)
            rows << QStringList{l.frameworkKey,
                                l.kind == Adr::Link::Kind::Dimension ? u"dimension"_s
                                                                     : u"checkpoint"_s,
                                l.targetKey};
        blocks << u"## Framework Links"_s << table({u"Framework"_s, u"Kind"_s, u"Key"_s}, rows);
    }

    for (const Adr::RawPart& part : adr.raw) {
        if (part.kind != Adr::RawPart::Kind::Section || part.name.isEmpty())
            continue;
        blocks << u"## "_s + oneLine(part.name);
        if (const QString text = trimmedBlock(part.body); !text.isEmpty())
            blocks << demoted(text, 3);
    }
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
