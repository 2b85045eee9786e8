// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"

#include <QList>

class DemoCalendar;
class DemoRandom;
struct Framework;

/** A generated decision record and the earlier record it supersedes, if any. */
struct DemoAdr
{
    Adr adr;
    int supersedes = -1; ///< index of the superseded record in the same list, or -1
};

/**
 * Decision records of a demo engineer: 26 to 34 a year, on working days of the span,
 * about a quarter in Chinese, built from the topic tables of DemoPhrases.
 *
 * Each record is proposed on its date and decided two to twenty-one days later: most
 * are accepted, some rejected, a few accepted ones deprecated after months, and the
 * newest ones are still proposed. One accepted record in ten revisits an earlier
 * accepted decision, choosing another option of the same topic, and supersedes it; both
 * histories say so in the words AdrStore::supersede uses. Accepted records carry the
 * measured result of their topic (before → after with a unit), sometimes a cost figure
 * too, and a link to the topic's dimension when the framework has it.
 */
namespace DemoAdrs {

/** The records, oldest first, numbered from 1, with complete status histories. */
QList<DemoAdr> generate(const Framework& framework, const DemoCalendar& calendar,
                        DemoRandom& random);

} // namespace DemoAdrs
