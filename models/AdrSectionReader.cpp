// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrSectionReader.h"

#include "AdrSectionTable.h"
#include "AdrStatusLine.h"
#include "MarkdownText.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;
using namespace AdrFieldNames;
using namespace MarkdownText;

void AdrSectionReader::read(const QString& heading, const QStringList& body)
{
    Adr& adr = m_reading.out.adr;
    const Field field = sectionField(heading);
    const QString text = joined(body);
    const QString name = normalizedName(heading);
    if (name == u"context"_s || name == u"decision"_s)
        m_reading.clues.nygardSections = true;
    if (field == Field::Positive || field == Field::Negative || field == Field::Consequences) {
        if (field != Field::Consequences)
            m_reading.clues.madr2 = true;
        readConsequences(field, heading, body);
        return;
    }
    if (field == Field::None) {
        // Some files give each option a level-2 heading after "Pros and Cons".
        if (m_reading.seen.contains(Field::ProsCons) && m_options.isOptionName(heading))
            m_options.readOptionBlock(heading, body);
        else
            m_reading.keepRaw(Adr::RawPart::Kind::Section, heading, text);
        return;
    }
    if (m_reading.seen.contains(field) && field != Field::Status)
        return keepSecond(heading, text);
    if (field != Field::Status)
        m_reading.seen.insert(field);
    auto take = [&](QString& target, const QString& what) {
        target = text;
        m_reading.understand(what);
    };
    switch (field) {
    case Field::Status:
        m_metadata.readStatusSection(heading, body);
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
        if (name == u"confirmation"_s)
            m_reading.clues.madr4 = true;
        else
            m_reading.clues.validation = true;
        take(adr.confirmation, tr("confirmation"));
        break;
    case Field::MoreInfo:
        if (name == u"links"_s)
            m_reading.clues.madr2 = true;
        take(adr.moreInformation, tr("more information"));
        readSupersedeLinks(body);
        break;
    case Field::Options:
        m_options.readOptions(heading, body);
        break;
    case Field::ProsCons:
        m_options.readProsAndCons(heading, body);
        break;
    case Field::Results:
    case Field::History:
    case Field::FrameworkLinks:
        readTable(field, heading, body);
        break;
    default:
        m_reading.keepRaw(Adr::RawPart::Kind::Section, heading, text);
    }
}

void AdrSectionReader::finish()
{
    if (!m_positive.isEmpty() || !m_negative.isEmpty()) {
        const bool both = !m_positive.isEmpty() && !m_negative.isEmpty();
        m_reading.out.adr.consequences = m_positive + (both ? u"\n"_s : QString()) + m_negative;
    }
    m_options.finish();
}

// MADR 2's Positive and Negative Consequences become MADR 4's one list of
// "Good, because" and "Bad, because" items.
void AdrSectionReader::readConsequences(Field field, const QString& heading,
                                        const QStringList& body)
{
    const QString text = joined(body);
    if (field == Field::Consequences) {
        if (m_reading.seen.contains(Field::Consequences) ||
            m_reading.seen.contains(Field::Positive) || m_reading.seen.contains(Field::Negative))
            return keepSecond(heading, text);
        m_reading.seen.insert(field);
        m_reading.out.adr.consequences = text;
        m_reading.understand(tr("consequences"));
        return;
    }
    if (m_reading.seen.contains(field) || m_reading.seen.contains(Field::Consequences))
        return keepSecond(heading, text);
    m_reading.seen.insert(field);
    static const QRegularExpression already(u"^(good|bad|neutral)\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QString prefix = field == Field::Positive ? u"Good, because "_s : u"Bad, because "_s;
    const QStringList written = text.split(u'\n');
    const QList<bool> code = codeLines(written);
    QStringList lines;
    for (qsizetype i = 0; i < written.size(); ++i) {
        const auto item = code[i] ? std::nullopt : listItem(written[i]);
        if (item && !already.match(*item).hasMatch())
            lines << u"* "_s + prefix + *item;
        else
            lines << written[i];
    }
    (field == Field::Positive ? m_positive : m_negative) = lines.join(u'\n');
    m_reading.understand(field == Field::Positive ? tr("positive consequences")
                                                  : tr("negative consequences"));
}

// A table that does not fit keeps the whole section raw; text around a table that
// fits is kept raw on its own.
void AdrSectionReader::readTable(Field field, const QString& heading, const QStringList& body)
{
    const AdrSectionTable table = AdrSectionTable::read(field, body);
    if (!table.refusal.isEmpty()) {
        m_reading.warn(tr("%1: %2; section kept as written").arg(heading, table.refusal));
        m_reading.keepRaw(Adr::RawPart::Kind::Section, heading, joined(body));
        return;
    }
    Adr& adr = m_reading.out.adr;
    if (field == Field::Results) {
        adr.results = table.results;
        m_reading.understand(tr("results: %1").arg(table.results.size()));
    } else if (field == Field::History) {
        adr.history = table.history;
        m_reading.understand(tr("status history: %1").arg(table.history.size()));
    } else {
        adr.links = table.links;
        m_reading.understand(tr("framework links: %1").arg(table.links.size()));
    }
    if (!table.around.isEmpty())
        m_reading.keepRaw(Adr::RawPart::Kind::Section, heading, table.around);
}

// MADR 2 and log4brains put the supersede links under More Information.
void AdrSectionReader::readSupersedeLinks(const QStringList& body)
{
    AdrParse& out = m_reading.out;
    const QList<bool> code = codeLines(body);
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (code[i])
            continue;
        const AdrStatusLine s = AdrStatusLine::parse(body[i]);
        if (s.kind == AdrStatusLine::Kind::Supersedes) {
            out.supersedesRefs << s.refs;
        } else if (s.kind == AdrStatusLine::Kind::SupersededBy && !s.refs.isEmpty() &&
                   out.supersededByRef.isEmpty()) {
            out.supersededByRef = s.refs.first();
        }
    }
}

void AdrSectionReader::keepSecond(const QString& heading, const QString& text)
{
    m_reading.warn(tr("a second '%1' section; kept as written").arg(heading));
    m_reading.keepRaw(Adr::RawPart::Kind::Section, heading, text);
}
