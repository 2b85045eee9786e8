// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrStatusLine.h"

#include "MarkdownText.h"

#include <QList>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;
using namespace MarkdownText;

namespace {

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

} // namespace

AdrStatusLine AdrStatusLine::parse(QString line)
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
    AdrStatusLine out;
    if (const auto m = by.match(line); m.hasMatch()) {
        out.kind = Kind::SupersededBy;
        out.status = Adr::Status::Superseded;
        out.refs = refsIn(m.captured(1));
        return out;
    }
    if (const auto m = replaces.match(line); m.hasMatch()) {
        out.kind = Kind::Supersedes;
        out.refs = refsIn(m.captured(1));
        return out;
    }
    // A day first, the status after it.
    if (const auto m = datedFirst.match(line); m.hasMatch()) {
        const DateParse d = parseDate(m.captured(1));
        if (d.matched && d.date.isValid()) {
            AdrStatusLine rest = parse(m.captured(2));
            if (rest.kind == Kind::Status && !rest.date.isValid()) {
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
    out.kind = Kind::Status;
    if (!tail.isEmpty()) {
        const DateParse d = parseDate(datePrefix.match(tail).captured(1));
        if (d.matched && d.date.isValid())
            out.date = d.date;
        else
            out.complete = false;
    }
    return out;
}
