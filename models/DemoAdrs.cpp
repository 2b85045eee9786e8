// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAdrs.h"

#include "DemoCalendar.h"
#include "DemoPhrases.h"
#include "DemoRandom.h"
#include "Framework.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace DemoAdrs {

namespace {

/** What a record was built from, so a later record can revisit it. */
struct Choice
{
    int topic = 0;
    int area = 0;
    int option = 0;
    QDate decided;
};

double figure(double value, bool whole)
{
    return whole || std::abs(value) >= 10 ? std::round(value) : std::round(value * 10) / 10;
}

Adr::Result measured(const DemoResult& r, bool chinese, DemoRandom& random)
{
    const double before = r.before * random.uniform(0.8, 1.25);
    double after = before * r.factor * random.uniform(0.8, 1.2);
    if (QLatin1String(r.unit.en) == QLatin1String("%"))
        after = std::min(after, 100.0); // a share stops at all of it
    return {r.metric.text(chinese),
            figure(before, r.whole),
            figure(after, r.whole),
            r.unit.text(chinese),
            {}};
}

QList<QDate> recordDays(const DemoCalendar& calendar, DemoRandom& random)
{
    const int spanDays = int(calendar.first().daysTo(calendar.last())) + 1;
    const int years = std::max(1, int(std::lround(spanDays / 365.25)));
    int count = 0;
    for (int year = 0; year < years; ++year)
        count += random.between(26, 34);
    QList<QDate> days;
    for (int i = 0; i < count; ++i) {
        const QDate day =
            calendar.workingDayFrom(calendar.first().addDays(random.between(0, spanDays - 1)));
        if (day.isValid())
            days << day;
    }
    std::sort(days.begin(), days.end());
    return days;
}

QString people(bool chinese, DemoRandom& random)
{
    const QList<DemoPhrase>& all = DemoPhrases::people();
    const int first = random.between(0, int(all.size()) - 1);
    const int second = (first + random.between(1, int(all.size()) - 1)) % int(all.size());
    return all[first].text(chinese) + (chinese ? QStringLiteral("、") : QStringLiteral(", ")) +
           all[second].text(chinese);
}

} // namespace

QList<DemoAdr> generate(const Framework& framework, const DemoCalendar& calendar,
                        DemoRandom& random)
{
    const QList<DemoTopic>& topics = DemoPhrases::topics();
    const QString proposed = Adr::statusKey(Adr::Status::Proposed);
    const QString accepted = Adr::statusKey(Adr::Status::Accepted);
    const QList<QDate> days = recordDays(calendar, random);

    QList<DemoAdr> out;
    QList<Choice> choices;
    for (const QDate& day : days) {
        DemoAdr record;
        Adr& a = record.adr;
        a.number = int(out.size()) + 1;
        a.date = day;
        const bool chinese = random.chance(0.25);
        Choice choice;
        choice.decided = day.addDays(random.between(2, 21));
        if (choice.decided > calendar.last())
            a.status = Adr::Status::Proposed;
        else
            a.status = random.chance(0.08) ? Adr::Status::Rejected : Adr::Status::Accepted;

        QList<int> revisitable;
        if (a.status == Adr::Status::Accepted && random.chance(0.1)) {
            for (int k = 0; k < out.size(); ++k) {
                if (out[k].adr.status == Adr::Status::Accepted && choices[k].decided < day)
                    revisitable << k;
            }
        }
        const DemoPhrase* replacing = nullptr;
        if (!revisitable.isEmpty()) {
            record.supersedes = random.pick(revisitable);
            const Choice& old = choices[record.supersedes];
            choice.topic = old.topic;
            choice.area = old.area;
            choice.option = (old.option + random.between(1, 2)) % 3;
            replacing = &topics[old.topic].options[std::size_t(old.option)];
        } else {
            choice.topic = random.between(0, int(topics.size()) - 1);
            choice.area = random.between(0, int(DemoPhrases::areas().size()) - 1);
            choice.option = random.chance(0.8) ? 0 : random.between(1, 2);
        }
        const DemoTopic& topic = topics[choice.topic];

        a.title = DemoPhrases::title(topic, choice.option, DemoPhrases::areas()[choice.area],
                                     replacing, chinese, random);
        a.context = topic.context.text(chinese);
        a.decisionMakers = people(chinese, random);
        a.tags = QString::fromLatin1(topic.tag);
        DemoPhrase good = DemoPhrases::pros().constFirst();
        DemoPhrase bad = DemoPhrases::cons().constFirst();
        for (int o = 0; o < 3; ++o) {
            const DemoPhrase pro = random.pick(DemoPhrases::pros());
            const DemoPhrase con = random.pick(DemoPhrases::cons());
            a.options << Adr::Option{topic.options[std::size_t(o)].text(chinese),
                                     {},
                                     QStringLiteral("* ") + pro.text(chinese),
                                     QStringLiteral("* ") + con.text(chinese),
                                     o == choice.option};
            if (o == choice.option) {
                good = pro;
                bad = con;
            }
        }
        a.decisionOutcome = DemoPhrases::outcome(topic, choice.option, chinese);
        a.consequences = DemoPhrases::consequences(good, bad, chinese);
        if (const Dimension* d = framework.dimension(QString::fromLatin1(topic.dimension)))
            a.links << Adr::Link{framework.key, Adr::Link::Kind::Dimension, d->key};

        a.history << Adr::StatusChange{proposed, day, {}};
        if (a.status != Adr::Status::Proposed)
            a.history << Adr::StatusChange{Adr::statusKey(a.status), choice.decided, {}};
        if (a.status == Adr::Status::Accepted) {
            a.results << measured(topic.result, chinese, random);
            if (random.chance(0.3))
                a.results << measured(DemoPhrases::costResult(), chinese, random);
            const QDate deprecated = choice.decided.addDays(random.between(90, 720));
            if (record.supersedes < 0 && random.chance(0.06) && deprecated <= calendar.last()) {
                a.status = Adr::Status::Deprecated;
                a.history << Adr::StatusChange{Adr::statusKey(a.status), deprecated, {}};
            }
        }
        if (record.supersedes >= 0) {
            Adr& old = out[record.supersedes].adr;
            old.status = Adr::Status::Superseded;
            old.history << Adr::StatusChange{
                Adr::statusKey(old.status), choice.decided,
                QCoreApplication::translate("AdrStore", "superseded by %1").arg(*a.number)};
            a.history << Adr::StatusChange{
                accepted, choice.decided,
                QCoreApplication::translate("AdrStore", "supersedes %1").arg(*old.number)};
        }
        out << record;
        choices << choice;
    }
    return out;
}

} // namespace DemoAdrs
