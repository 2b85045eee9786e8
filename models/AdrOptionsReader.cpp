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

QString optionKey(QString name)
{
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression quotes(u"[\"'`*_“”‘’「」]"_s);
    return name.replace(link, u"\\1"_s).remove(quotes).simplified().toLower();
}

} // namespace

// AdrMarkdownWriter marks the chosen option with " (chosen)".
void AdrOptionsReader::readOptions(const QString& heading, const QStringList& body)
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
    m_reading.understand(tr("considered options: %1").arg(m_reading.out.adr.options.size()));
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

bool AdrOptionsReader::isOptionName(const QString& name) const
{
    const QString key = optionKey(name);
    const QList<Adr::Option>& options = m_reading.out.adr.options;
    return std::any_of(options.begin(), options.end(),
                       [&](const Adr::Option& o) { return optionKey(o.name) == key; });
}

// "Chosen option: "Option A", because …" marks Option A; of options whose names start
// alike, the longest name that the text starts with wins.
void AdrOptionsReader::findChosenOptions()
{
    static const QRegularExpression chosen(
        u"^\\s*(?:[*+-]\\s+)?(?:\\*\\*|__)?(?:chosen option|选择的方案|所选方案|选定方案)(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?(.+)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    QList<Adr::Option>& options = m_reading.out.adr.options;
    for (const QString& line : m_reading.out.adr.decisionOutcome.split(u'\n')) {
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
            m_reading.understand(tr("chosen option"));
        }
    }
}

Adr::Option& AdrOptionsReader::optionNamed(const QString& name)
{
    QList<Adr::Option>& options = m_reading.out.adr.options;
    const QString key = optionKey(name);
    for (Adr::Option& o : options) {
        if (optionKey(o.name) == key)
            return o;
    }
    options << Adr::Option{name, {}, {}, {}, false};
    return options.last();
}
