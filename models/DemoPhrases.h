// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <array>

class DemoRandom;

/**
 * One phrase of demo content in English and in Simplified Chinese. Demo content is data
 * written into the file, as a bilingual engineer would type it, not text of the program:
 * a record keeps its language whatever language the program runs in, so these phrases do
 * not go through tr().
 */
struct DemoPhrase
{
    const char* en;
    const char* zh;

    QString text(bool chinese) const { return QString::fromUtf8(chinese ? zh : en); }
};

/** A measured effect a decision of a topic has, such as P99 latency 320 → 47 ms. */
struct DemoResult
{
    DemoPhrase metric;
    DemoPhrase unit;
    double before; ///< a typical value before the decision
    double factor; ///< a typical after / before
    bool whole;    ///< counted, so shown without decimals
};

/**
 * What a decision record is about: the dimension it supports (a key of the built-in
 * frameworks), its goal and context, the options weighed and the effect measured.
 */
struct DemoTopic
{
    const char* dimension;
    const char* tag;
    DemoPhrase goal; ///< "cut GC pauses": follows "to" in English titles
    DemoPhrase context;
    std::array<DemoPhrase, 3> options;
    DemoResult result;
};

/** The phrase tables of the demo generator, written for it. */
namespace DemoPhrases {

const QList<DemoTopic>& topics();
/** Services a decision applies to. */
const QList<DemoPhrase>& areas();
const QList<DemoPhrase>& pros();
const QList<DemoPhrase>& cons();
/** People who take part in decisions. */
const QList<DemoPhrase>& people();
/** A cost figure some decisions also report. */
const DemoResult& costResult();
/** Notes for entries of metricKey; empty for metrics the tables do not know. */
QList<DemoPhrase> entryNotes(const QString& metricKey);

/**
 * A title for a decision on topic choosing option in area; when replacing is set, the
 * title says the option replaces that earlier choice.
 */
QString title(const DemoTopic& topic, int option, const DemoPhrase& area,
              const DemoPhrase* replacing, bool chinese, DemoRandom& random);
/** The MADR decision outcome: the option chosen and why. */
QString outcome(const DemoTopic& topic, int option, bool chinese);
/** The MADR consequences, good and bad. */
QString consequences(const DemoPhrase& good, const DemoPhrase& bad, bool chinese);
/** A merge request or commit as evidence: a URL or twelve hex digits. */
QString evidenceReference(DemoRandom& random);

} // namespace DemoPhrases
