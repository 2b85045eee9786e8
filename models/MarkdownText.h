// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * Line-level reading of Markdown as decision records use it: headings, fenced code,
 * list items, pipe tables, "Key: value" lines, link targets and the date shapes people
 * write. No rendering (QTextDocument does that); only what AdrMarkdownReader needs to
 * find the parts of a record.
 */
namespace MarkdownText {

/** True for a line of nothing but white space. */
bool isBlank(const QString& line);
/** Drops blank lines at both ends and joins the rest with LF: a section's text as stored. */
QString joined(QStringList lines);

struct Heading
{
    int level = 0;
    QString text;
};
/** An ATX heading ("## Context", "### Option A ###"); nullopt for anything else. */
std::optional<Heading> headingOf(const QString& line);
/**
 * For every line, whether it belongs to a fenced code block (fences included), where a
 * '#' starts a comment, not a heading.
 */
QList<bool> codeLines(const QStringList& lines);
/** A top-level list item ("* x", "- x", "1. x"): its text, or nullopt. */
std::optional<QString> listItem(const QString& line);
/** Indented by two spaces or a tab: the continuation of the item above. */
bool isContinuation(const QString& line);
/**
 * A name as the sections of a record compare it: a link's text for the link; quotes,
 * emphasis and code marks removed; trailing punctuation and white space inside brackets
 * dropped; other white space simplified; lower case. "**[Kafka](k.md)**." and "kafka" compare
 * equal. A name of nothing but such marks ('"') compares as written.
 */
QString comparableName(const QString& name);
/** Whether text starts with prefix and goes on, if at all, with no letter or digit. */
bool startsAtWord(const QString& text, const QString& prefix);
bool isTableRow(const QString& line);
/** The cells of a table row, trimmed, with "\|" as a literal bar and <br> as a line break. */
QStringList tableCells(const QString& line);
/** The "|---|:---:|" row under a table's header. */
bool isSeparatorRow(const QString& line);
/**
 * A Markdown table: the header's cells, then each body row's; nullopt when the lines
 * are not header, separator and rows.
 */
std::optional<QList<QStringList>> tableOf(const QStringList& lines);

struct KeyValue
{
    QString key;   ///< as written, emphasis removed
    QString value; ///< the first line's value, trimmed
    bool bullet = false;
    QChar marker;
};
/** "Status: accepted", "* Deciders: Ana", "- **Date:** 2024-01-02", "状态：已接受". */
std::optional<KeyValue> keyValueOf(const QString& line);
/**
 * The targets of the Markdown links in a text, or else the text itself, comma by comma:
 * "[3. Foo](0003-foo.md)" gives "0003-foo.md", "ADR-0005." gives "ADR-0005".
 */
QStringList refsIn(const QString& text);

struct DateParse
{
    QDate date;
    bool matched = false;  ///< the text has the shape of a date
    bool monthDay = false; ///< read as month/day/year because day/month was impossible
};
/**
 * ISO 8601 (a time after it is ignored), YYYY/MM/DD, DD/MM/YYYY, DD.MM.YYYY, YYYYMMDD
 * and 2024年1月5日; quotes around the text are allowed.
 */
DateParse parseDate(QString text);

} // namespace MarkdownText
