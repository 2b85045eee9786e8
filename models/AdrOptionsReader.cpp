// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrOptionsReader.h"

#include "MarkdownText.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace MarkdownText;

namespace {

// Columns of leading white space, a tab reaching the next multiple of four.
qsizetype indentOf(const QString& line)
{
    qsizetype columns = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++columns;
        else if (c == u'\t')
            columns += 4 - columns % 4;
        else
            break;
    }
    return columns;
}

// The line without up to `columns` columns of its indentation.
QString dedented(const QString& line, qsizetype columns)
{
    qsizetype at = 0;
    qsizetype seen = 0;
    while (at < line.size() && seen < columns && (line[at] == u' ' || line[at] == u'\t')) {
        seen += line[at] == u'\t' ? 4 - seen % 4 : 1;
        ++at;
    }
    return line.mid(at);
}

// Two texts as paragraphs of one, either of them perhaps empty.
QString paragraphs(const QString& first, const QString& second)
{
    if (first.isEmpty() || second.isEmpty())
        return first + second;
    return first + u"\n\n"_s + second;
}

} // namespace

// AdrMarkdownWriter marks the chosen option with " (chosen)".
void AdrOptionsReader::readOptions(const QString& heading, const QStringList& body)
{
    static const QString chosenMark = u" (chosen)"_s;
    struct Item
    {
        QString name;
        QStringList description;
    };
    const QList<bool> code = codeLines(body);
    QList<Item> items;
    QStringList extra;
    qsizetype indent = 0; // where the markers of the list's own items stand
    bool open = false;    // the lines still belong to the last item
    bool inName = false;  // to its first paragraph, which is its name
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QString& line = body[i];
        const auto item = code[i] ? std::nullopt : listItem(dedented(line, indentOf(line)));
        const bool nested = indentOf(line) >= indent + 2;
        // An item that no item above is open for starts a list, however indented.
        if (item && (!open || !nested)) {
            indent = indentOf(line);
            items << Item{*item, {}};
            open = inName = true;
        } else if (open && (nested || isBlank(line))) {
            if (inName && !isBlank(line) && !item && !code[i]) {
                items.last().name += u' ' + line.trimmed();
            } else {
                items.last().description << dedented(line, indent + 2);
                inName = false;
            }
        } else {
            open = inName = false;
            extra << line;
        }
    }
    for (Item& item : items) {
        const bool chosen = item.name.endsWith(chosenMark);
        if (chosen)
            item.name.chop(chosenMark.size());
        Adr::Option& option = claim(item.name.trimmed(), &Claims::listed);
        option.name = item.name.trimmed();
        option.chosen = option.chosen || chosen;
        option.description = paragraphs(joined(item.description), option.description);
    }
    m_listRead = true;
    if (const QString text = joined(extra); !text.isEmpty())
        m_reading.keepRaw(Adr::RawPart::Kind::Section, heading, text);
}

void AdrOptionsReader::readProsAndCons(const QString& heading, const QStringList& body)
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
    m_reading.understand(tr("pros and cons"));
    if (const QString text = joined(before); !text.isEmpty())
        m_reading.keepRaw(Adr::RawPart::Kind::Section, heading, text);
}

void AdrOptionsReader::readOptionBlock(const QString& name, const QStringList& lines)
{
    static const QRegularExpression argument(
        u"^(?:(good|pros?|bad|cons?)\\b\\s*[,:]?\\s*(?:because\\b\\s*)?|(优点|缺点)\\s*[:：，,]?\\s*)(.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    Adr::Option& option = claim(name, &Claims::argued);
    const QList<bool> code = codeLines(lines);
    QStringList description, pros, cons;
    QStringList* current = nullptr; // where the last argument went, for its wrapped lines
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (const auto item = code[i] ? std::nullopt : listItem(line)) {
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
        } else if (current && !code[i] && isContinuation(line) && !isBlank(line)) {
            current->last() += u' ' + line.trimmed();
            continue;
        } else if (!isBlank(line)) {
            current = nullptr;
        }
        description << line;
    }
    option.description = paragraphs(option.description, joined(description));
    option.pros = paragraphs(option.pros, pros.join(u'\n'));
    option.cons = paragraphs(option.cons, cons.join(u'\n'));
}

bool AdrOptionsReader::isOptionName(const QString& name) const
{
    const QString key = comparableName(name);
    const QList<Adr::Option>& options = m_reading.out.adr.options;
    for (qsizetype i = 0; i < options.size(); ++i) {
        if (!key.isEmpty() && !m_claims[i].argued && comparableName(options[i].name) == key)
            return true;
    }
    return false;
}

void AdrOptionsReader::finish()
{
    const QList<Adr::Option>& options = m_reading.out.adr.options;
    if (m_listRead || !options.isEmpty())
        m_reading.understand(tr("considered options: %1").arg(options.size()));
    findChosenOptions();
}

// "Chosen option: "Option A", because …" marks Option A; of options whose names start
// alike, the longest name that the text starts with wins.
void AdrOptionsReader::findChosenOptions()
{
    static const QRegularExpression chosen(
        u"^\\s*(?:[*+-]\\s+)?(?:\\*\\*|__)?(?:chosen option|选择的方案|所选方案|选定方案)(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?(.+)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<Adr::Option>& options = m_reading.out.adr.options;
    const QStringList lines = m_reading.out.adr.decisionOutcome.split(u'\n');
    const QList<bool> code = codeLines(lines);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = code[i] ? QRegularExpressionMatch() : chosen.match(lines[i]);
        if (!m.hasMatch())
            continue;
        const QString said = comparableName(m.captured(1));
        Adr::Option* best = nullptr;
        for (Adr::Option& o : options) {
            const QString key = comparableName(o.name);
            if (startsAtWord(said, key) &&
                (!best || key.size() > comparableName(best->name).size()))
                best = &o;
        }
        if (best && !best->chosen) {
            best->chosen = true;
            m_reading.understand(tr("chosen option"));
        }
    }
}

// The first option of this name that `by` has not taken yet; else the one option whose
// name starts with this one or the other way round; else a new option.
Adr::Option& AdrOptionsReader::claim(const QString& name, bool Claims::*by)
{
    QList<Adr::Option>& options = m_reading.out.adr.options;
    const QString key = comparableName(name);
    qsizetype found = -1;
    QList<qsizetype> exact, partial;
    for (qsizetype i = 0; i < options.size() && !key.isEmpty(); ++i) {
        const QString other = comparableName(options[i].name);
        if (other == key)
            exact << i;
        else if (startsAtWord(other, key) || startsAtWord(key, other))
            partial << i;
    }
    const auto untaken = [&](qsizetype i) { return !(m_claims[i].*by); };
    if (const auto first = std::find_if(exact.begin(), exact.end(), untaken); first != exact.end())
        found = *first;
    else if (exact.isEmpty() && partial.size() == 1 && untaken(partial.first()))
        found = partial.first();
    if (found < 0) {
        options << Adr::Option{name, {}, {}, {}, false};
        m_claims << Claims{};
        found = options.size() - 1;
    }
    m_claims[found].*by = true;
    return options[found];
}
