// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownText.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace MarkdownText {

bool isBlank(const QString& line)
{
    return line.trimmed().isEmpty();
}

QString joined(QStringList lines)
{
    while (!lines.isEmpty() && isBlank(lines.first()))
        lines.removeFirst();
    while (!lines.isEmpty() && isBlank(lines.last()))
        lines.removeLast();
    return lines.join(u'\n');
}

std::optional<Heading> headingOf(const QString& line)
{
    static const QRegularExpression re(u"^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*$"_s);
    static const QRegularExpression closing(u"[ \\t]+#+$"_s);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    QString text = m.captured(2);
    text.remove(closing);
    return Heading{int(m.capturedLength(1)), text.trimmed()};
}

QList<bool> codeLines(const QStringList& lines)
{
    static const QRegularExpression fence(u"^ {0,3}(`{3,}|~{3,})"_s);
    QList<bool> code(lines.size(), false);
    QString open;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = fence.match(lines[i]);
        if (open.isEmpty()) {
            if (m.hasMatch()) {
                open = m.captured(1);
                code[i] = true;
            }
        } else {
            code[i] = true;
            if (m.hasMatch() && m.captured(1).front() == open.front() &&
                m.capturedLength(1) >= open.size() &&
                lines[i].trimmed().size() == m.captured(1).size())
                open.clear();
        }
    }
    return code;
}

std::optional<QString> listItem(const QString& line)
{
    static const QRegularExpression re(u"^ {0,3}(?:[*+-]|\\d{1,9}[.)])[ \\t]+(.*)$"_s);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).trimmed();
}

bool isContinuation(const QString& line)
{
    return line.startsWith(u"  "_s) || line.startsWith(u'\t');
}

QString comparableName(const QString& name)
{
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression marks(u"[\"'`*_“”‘’「」]"_s);
    static const QRegularExpression trailing(u"[\\s.,;:!?…。，；：！？]+$"_s);
    static const QRegularExpression insideBrackets(u"(?<=[(\\[{])\\s+|\\s+(?=[)\\]}])"_s);
    const QString plain = QString(name)
                              .replace(link, u"\\1"_s)
                              .remove(marks)
                              .remove(trailing)
                              .remove(insideBrackets)
                              .simplified()
                              .toLower();
    return plain.isEmpty() ? name.simplified() : plain;
}

bool startsAtWord(const QString& text, const QString& prefix)
{
    return !prefix.isEmpty() && text.startsWith(prefix) &&
           (text.size() == prefix.size() || !text[prefix.size()].isLetterOrNumber());
}

bool isTableRow(const QString& line)
{
    return line.trimmed().startsWith(u'|');
}

QStringList tableCells(const QString& line)
{
    static const QRegularExpression br(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    QString row = line.trimmed();
    if (row.startsWith(u'|'))
        row.remove(0, 1);
    if (row.endsWith(u'|') && !row.endsWith(u"\\|"_s))
        row.chop(1);
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (row[i] == u'\\' && i + 1 < row.size() && row[i + 1] == u'|') {
            cell += u'|';
            ++i;
        } else if (row[i] == u'|') {
            cells << cell;
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    cells << cell;
    for (QString& c : cells)
        c = c.trimmed().replace(br, u"\n"_s);
    return cells;
}

bool isSeparatorRow(const QString& line)
{
    static const QRegularExpression re(u"^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?$"_s);
    return re.match(line.trimmed()).hasMatch();
}

std::optional<QList<QStringList>> tableOf(const QStringList& lines)
{
    if (lines.size() < 2 || !isSeparatorRow(lines[1]))
        return std::nullopt;
    QList<QStringList> rows{tableCells(lines[0])};
    for (qsizetype i = 2; i < lines.size(); ++i)
        rows << tableCells(lines[i]);
    return rows;
}

std::optional<KeyValue> keyValueOf(const QString& line)
{
    // An optional bullet, the key (perhaps bold; any text without a colon, so that keys
    // from YAML front matter such as "nav_order" or "jira.ticket" come back when
    // AdrMarkdownWriter has written them as bullets), a colon (perhaps full-width), the
    // value.
    static const QRegularExpression re(
        u"^ {0,3}(?:([*+-])[ \\t]+)?"
        u"(?:\\*\\*|__)?([^\\s:：*_|#>\\[][^:：]{0,59}?)(?:\\*\\*|__)?[ \\t]*"
        u"(?::(?:\\*\\*|__)?(?:[ \\t]+(.*)|$)|：(?:\\*\\*|__)?[ \\t]*(.*))$"_s);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    const QString key = m.captured(2).trimmed();
    if (key.split(u' ', Qt::SkipEmptyParts).size() > 4)
        return std::nullopt;
    const QString value = m.capturedLength(3) > 0 ? m.captured(3) : m.captured(4);
    return KeyValue{key, value.trimmed(), m.capturedLength(1) > 0,
                    m.capturedLength(1) > 0 ? m.captured(1).front() : QChar()};
}

QStringList refsIn(const QString& text)
{
    static const QRegularExpression link(
        u"\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)"_s);
    QStringList refs;
    for (auto it = link.globalMatch(text); it.hasNext();)
        refs << it.next().captured(1);
    if (!refs.isEmpty())
        return refs;
    for (QString part : text.split(u',', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        while (part.endsWith(u'.'))
            part.chop(1);
        if (part.startsWith(u'[') && part.endsWith(u']'))
            part = part.mid(1, part.size() - 2).trimmed();
        if (!part.isEmpty())
            refs << part;
    }
    return refs;
}

DateParse parseDate(QString text)
{
    static const QList<std::pair<QRegularExpression, std::array<int, 3>>> shapes = {
        {QRegularExpression(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?$"_s), {1, 2, 3}},
        {QRegularExpression(u"^(\\d{4})/(\\d{1,2})/(\\d{1,2})$"_s), {1, 2, 3}},
        {QRegularExpression(u"^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"_s), {3, 2, 1}},
        {QRegularExpression(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$"_s), {3, 2, 1}},
        {QRegularExpression(u"^(\\d{4})(\\d{2})(\\d{2})$"_s), {1, 2, 3}},
        {QRegularExpression(u"^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$"_s), {1, 2, 3}},
    };
    text = text.trimmed();
    if (text.size() > 1 && (text.front() == u'"' || text.front() == u'\'') &&
        text.back() == text.front())
        text = text.mid(1, text.size() - 2).trimmed();
    for (const auto& [re, order] : shapes) {
        const auto m = re.match(text);
        if (!m.hasMatch())
            continue;
        const int y = m.captured(order[0]).toInt();
        const int mo = m.captured(order[1]).toInt();
        const int d = m.captured(order[2]).toInt();
        DateParse p{QDate(y, mo, d), true, false};
        // Day first is what the slash form means here; a US month first is the only
        // reading left when the "month" cannot be one.
        if (!p.date.isValid() && order[0] == 3 && text.contains(u'/') && mo > 12 && d <= 12) {
            p.date = QDate(y, d, mo);
            p.monthDay = p.date.isValid();
        }
        return p;
    }
    return {};
}

} // namespace MarkdownText
