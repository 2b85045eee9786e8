// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputValidator.h"

#include "IsoDay.h"
#include "NumberText.h"

#include <cmath>

namespace {

Failure refuse(const QString& field, const QString& reason)
{
    return Failure::invalid(QStringLiteral("%1: %2").arg(field, reason));
}

/** Text quoted for a message, shortened so one bad value cannot flood a terminal. */
QString quoted(const QString& text)
{
    constexpr int Longest = 40;
    QString shown = text.left(Longest);
    shown.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    if (text.size() > Longest)
        shown += QStringLiteral("…");
    return QStringLiteral("'%1'").arg(shown);
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/**
 * Whether t is plain decimal notation, [+-]?(D+.?D*|.D+)([eE][+-]?D+)? with ASCII
 * digits D. Scanned by hand: a regular expression per figure was a tenth of an import.
 */
bool isDecimal(QStringView t)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < t.size() && isAsciiDigit(t[i]))
            ++i;
        return i - from;
    };
    const auto sign = [&] {
        if (i < t.size() && (t[i] == u'+' || t[i] == u'-'))
            ++i;
    };
    sign();
    qsizetype mantissa = digits();
    if (i < t.size() && t[i] == u'.') {
        ++i;
        mantissa += digits();
    }
    if (mantissa == 0)
        return false;
    if (i < t.size() && (t[i] == u'e' || t[i] == u'E')) {
        ++i;
        sign();
        if (digits() == 0)
            return false;
    }
    return i == t.size();
}

} // namespace

Result<QDate> InputValidator::date(const QString& text, const QDate& today, const QString& field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return refuse(field, tr("missing"));
    QDate day;
    if (t.compare(QLatin1String("today"), Qt::CaseInsensitive) == 0 ||
        t == QStringLiteral("今天")) {
        day = today;
    } else if (t.compare(QLatin1String("yesterday"), Qt::CaseInsensitive) == 0 ||
               t == QStringLiteral("昨天")) {
        day = today.addDays(-1);
    } else {
        const std::optional<QDate> written = parseIsoDay(t);
        if (!written)
            return refuse(
                field, tr("%1 is not a date (use YYYY-MM-DD, today or yesterday)").arg(quoted(t)));
        day = *written;
        if (!day.isValid())
            return refuse(field, tr("%1 is not a day of the calendar").arg(t));
    }
    if (day.year() < EarliestYear)
        return refuse(field,
                      tr("%1 is before %2").arg(day.toString(Qt::ISODate)).arg(EarliestYear));
    if (day > today.addDays(1))
        return refuse(field, tr("%1 is in the future").arg(day.toString(Qt::ISODate)));
    return day;
}

Result<double> InputValidator::number(const QString& text, const QString& field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return refuse(field, tr("missing"));
    // QString::toDouble() reads "nan" and "inf" as numbers; only plain decimal notation
    // is a figure someone logged.
    if (!isDecimal(t))
        return refuse(field, tr("%1 is not a number").arg(quoted(t)));
    bool ok = false;
    const double value = t.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        // toDouble() fails both above the largest double and below the smallest.
        const bool tiny = t.contains(QLatin1String("e-"), Qt::CaseInsensitive);
        return refuse(field, tiny ? tr("%1 is too close to zero").arg(quoted(t))
                                  : tr("%1 is too large").arg(quoted(t)));
    }
    return value == 0 ? 0.0 : value; // no "-0" in files
}

Status InputValidator::note(const QString& text, const QString& field)
{
    const qsizetype bytes = text.toUtf8().size();
    if (bytes > MaximumTextBytes)
        return refuse(field,
                      tr("%1 bytes are more than the %2 allowed").arg(bytes).arg(MaximumTextBytes));
    return {};
}

Status InputValidator::evidence(const QString& text)
{
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        return refuse(QStringLiteral("evidence"), tr("must be one line (a URL, commit or path)"));
    return note(text, QStringLiteral("evidence"));
}

Result<Entry> InputValidator::entry(const EntryText& text, const Framework& framework,
                                    const QDate& today)
{
    Entry e;
    auto day = date(text.date, today);
    if (!day)
        return day.error();
    e.day = day.value();

    const QString metricText = text.metric.trimmed();
    if (metricText.isEmpty())
        return refuse(QStringLiteral("metric"), tr("missing"));
    const Metric* metric = framework.findMetric(metricText);
    if (!metric)
        return refuse(QStringLiteral("metric"),
                      tr("unknown metric %1 in framework %2 (see 'rungs metrics')")
                          .arg(quoted(metricText), framework.key));
    e.metricKey = metric->key;

    auto value = number(text.value, QStringLiteral("value"));
    if (!value)
        return value.error();
    if (value.value() < metric->minimum || value.value() > metric->maximum)
        return refuse(QStringLiteral("value"),
                      tr("%1 is outside %2 to %3 for %4")
                          .arg(numberText(value.value()), numberText(metric->minimum),
                               numberText(metric->maximum), metric->key));
    e.value = value.value();

    if (Status s = note(text.note); !s)
        return s.error();
    if (Status s = evidence(text.evidence.trimmed()); !s)
        return s.error();
    e.note = text.note;
    e.evidence = text.evidence.trimmed();
    return e;
}

Result<Entry> InputValidator::edit(const Entry& original, EntryField field, const QString& text,
                                   const Framework& framework, const QDate& today)
{
    Entry e = original;
    switch (field) {
    case EntryField::Date: {
        auto day = date(text, today);
        if (!day)
            return day.error();
        e.day = day.value();
        return e;
    }
    case EntryField::Metric:
    case EntryField::Value: {
        // Metric and value are checked together: the range belongs to the metric.
        const QString metricText = field == EntryField::Metric ? text : original.metricKey;
        const QString valueText = field == EntryField::Value ? text : numberText(original.value);
        auto checked = entry({original.day.toString(Qt::ISODate), metricText, valueText,
                              original.note, original.evidence},
                             framework, today);
        if (!checked)
            return checked.error();
        e.metricKey = checked.value().metricKey;
        e.value = checked.value().value;
        return e;
    }
    case EntryField::Note:
        if (Status s = note(text); !s)
            return s.error();
        e.note = text;
        return e;
    case EntryField::Evidence:
        if (Status s = evidence(text.trimmed()); !s)
            return s.error();
        e.evidence = text.trimmed();
        return e;
    }
    return e;
}

Result<Assessment> InputValidator::assessment(const AssessmentText& text,
                                              const Framework& framework, const QDate& today)
{
    Assessment a;
    auto day = date(text.date, today);
    if (!day)
        return day.error();
    a.day = day.value();

    const QString dimensionText = text.dimension.trimmed();
    if (dimensionText.isEmpty())
        return refuse(QStringLiteral("dimension"), tr("missing"));
    const Dimension* dimension = framework.findDimension(dimensionText);
    if (!dimension)
        return refuse(QStringLiteral("dimension"),
                      tr("unknown dimension %1 in framework %2 (see 'rungs dimensions')")
                          .arg(quoted(dimensionText), framework.key));
    a.frameworkKey = framework.key;
    a.dimensionKey = dimension->key;

    auto score = number(text.score, QStringLiteral("score"));
    if (!score)
        return score.error();
    const double doubled = score.value() * 2;
    if (score.value() < 0 || score.value() > Assessment::MaximumScore ||
        doubled != std::round(doubled))
        return refuse(QStringLiteral("score"),
                      tr("%1 is not one of 0, 0.5, 1 … 5").arg(numberText(score.value())));
    a.score = score.value();

    if (Status s = note(text.note); !s)
        return s.error();
    a.note = text.note;
    return a;
}

Status InputValidator::compositeSettings(const CompositeSettings& settings,
                                         const Framework& framework)
{
    QStringList keys = settings.weights.keys();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        if (!framework.metric(key))
            return refuse(QStringLiteral("metric"),
                          tr("unknown metric %1 in framework %2 (see 'rungs metrics')")
                              .arg(quoted(key), framework.key));
        const double w = settings.weights.value(key);
        if (!(w >= 0 && w <= CompositeSettings::MaximumWeight))
            return refuse(
                QStringLiteral("weight"),
                tr("%1 is outside 0 to %2 for %3")
                    .arg(numberText(w), numberText(CompositeSettings::MaximumWeight), key));
    }
    const double share = settings.entropyShare;
    if (!(share >= 0 && share <= 1))
        return refuse(QStringLiteral("entropy share"),
                      tr("%1 is outside 0 to 1").arg(numberText(share)));
    return {};
}

Status InputValidator::adr(const Adr& adr)
{
    if (adr.title.trimmed().isEmpty())
        return refuse(QStringLiteral("title"), tr("missing"));
    if (adr.title.contains(QLatin1Char('\n')) || adr.title.contains(QLatin1Char('\r')))
        return refuse(QStringLiteral("title"), tr("must be one line"));
    if (adr.title.size() > MaximumAdrTitleLength)
        return refuse(QStringLiteral("title"), tr("%1 characters is longer than the %2 allowed")
                                                   .arg(adr.title.size())
                                                   .arg(MaximumAdrTitleLength));
    if (adr.number && *adr.number < 0)
        return refuse(QStringLiteral("number"), tr("%1 is negative").arg(*adr.number));
    // The database stores days as YYYY-MM-DD: four-digit years only.
    if (adr.date.isValid() && (adr.date.year() < 1 || adr.date.year() > 9999))
        return refuse(QStringLiteral("date"),
                      tr("year %1 is outside 1 to 9999").arg(adr.date.year()));

    auto text = [](const QString& field, const QString& value) -> Status {
        const qsizetype bytes = value.toUtf8().size();
        if (bytes > MaximumAdrTextBytes)
            return refuse(
                field,
                tr("%1 bytes are more than the %2 allowed").arg(bytes).arg(MaximumAdrTextBytes));
        return {};
    };
    const QList<std::pair<const char*, const QString*>> parts = {
        {"decision makers", &adr.decisionMakers},
        {"consulted", &adr.consulted},
        {"informed", &adr.informed},
        {"context", &adr.context},
        {"decision drivers", &adr.decisionDrivers},
        {"decision outcome", &adr.decisionOutcome},
        {"consequences", &adr.consequences},
        {"confirmation", &adr.confirmation},
        {"more information", &adr.moreInformation},
        {"tags", &adr.tags},
        {"source path", &adr.sourcePath},
        {"source format", &adr.sourceFormat},
    };
    for (const auto& [field, value] : parts) {
        if (Status s = text(QString::fromLatin1(field), *value); !s)
            return s;
    }
    auto item = [](const char* list, qsizetype i, const char* field) {
        return QStringLiteral("%1[%2].%3")
            .arg(QLatin1String(list))
            .arg(i)
            .arg(QLatin1String(field));
    };
    for (qsizetype i = 0; i < adr.options.size(); ++i) {
        const Adr::Option& o = adr.options[i];
        for (const auto& [field, value] :
             {std::pair{"name", &o.name}, std::pair{"description", &o.description},
              std::pair{"pros", &o.pros}, std::pair{"cons", &o.cons}}) {
            if (Status s = text(item("options", i, field), *value); !s)
                return s;
        }
    }
    for (qsizetype i = 0; i < adr.results.size(); ++i) {
        const Adr::Result& r = adr.results[i];
        for (const auto& [field, value] :
             {std::pair{"metric", &r.metric}, std::pair{"unit", &r.unit},
              std::pair{"note", &r.note}}) {
            if (Status s = text(item("results", i, field), *value); !s)
                return s;
        }
        for (const auto& [field, value] :
             {std::pair{"before", &r.before}, std::pair{"after", &r.after}}) {
            if (*value && !std::isfinite(**value))
                return refuse(item("results", i, field), tr("not a finite number"));
        }
    }
    for (qsizetype i = 0; i < adr.raw.size(); ++i) {
        const Adr::RawPart& r = adr.raw[i];
        for (const auto& [field, value] :
             {std::pair{"name", &r.name}, std::pair{"body", &r.body}}) {
            if (Status s = text(item("raw", i, field), *value); !s)
                return s;
        }
    }
    for (qsizetype i = 0; i < adr.history.size(); ++i) {
        const Adr::StatusChange& c = adr.history[i];
        if (!c.changedOn.isValid())
            return refuse(item("history", i, "date"), tr("missing"));
        for (const auto& [field, value] :
             {std::pair{"status", &c.status}, std::pair{"note", &c.note}}) {
            if (Status s = text(item("history", i, field), *value); !s)
                return s;
        }
    }
    return {};
}

Result<Adr::Status> InputValidator::adrStatus(const QString& text, const QString& field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return refuse(field, tr("missing"));
    if (auto status = Adr::statusFromKey(t))
        return *status;
    return refuse(field, tr("unknown status %1 (use proposed, accepted, rejected, deprecated or "
                            "superseded)")
                             .arg(quoted(t)));
}

Result<Checkpoint> InputValidator::checkpoint(const QString& text, const Framework& framework)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return refuse(QStringLiteral("checkpoint"), tr("missing"));
    const QList<Checkpoint> all = framework.checkpoints();
    for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const Checkpoint& c : all) {
            if (c.key.compare(wanted, cs) == 0)
                return c;
        }
    }
    return refuse(QStringLiteral("checkpoint"),
                  tr("unknown checkpoint %1 in framework %2").arg(quoted(wanted), framework.key));
}

Result<QList<Evidence>> InputValidator::checkpointEvidence(const QStringList& references,
                                                           bool noEvidence, bool hasEvidence)
{
    const QString field = QStringLiteral("evidence");
    if (references.isEmpty() && !noEvidence && hasEvidence)
        return QList<Evidence>{};
    if (references.isEmpty() && !noEvidence)
        return refuse(field, tr("give at least one piece of evidence, or say there is none yet"));
    if (!references.isEmpty() && noEvidence)
        return refuse(field, tr("give evidence or say there is none, not both"));
    if (noEvidence) {
        Evidence none;
        none.kind = Evidence::Kind::None;
        return QList<Evidence>{none};
    }
    QList<Evidence> pieces;
    for (const QString& reference : references) {
        const QString t = reference.trimmed();
        if (t.isEmpty())
            return refuse(field, tr("missing"));
        if (Status s = evidence(t); !s)
            return s.error();
        const Evidence e = Evidence::classify(t);
        // "adr:" and "entry:" promise a record of Rungs; a typo there must not be kept
        // as a file name.
        const bool saysAdr = e.kind == Evidence::Kind::Adr ||
                             t.startsWith(QLatin1String("adr:"), Qt::CaseInsensitive);
        if (saysAdr && (e.kind != Evidence::Kind::Adr || e.adrId <= 0))
            return refuse(
                field,
                tr("%1 is not an ADR (write adr:N or ADR-N with the ADR's id)").arg(quoted(t)));
        const bool saysEntry = e.kind == Evidence::Kind::Entry ||
                               t.startsWith(QLatin1String("entry:"), Qt::CaseInsensitive);
        if (saysEntry && (e.kind != Evidence::Kind::Entry || e.entryId <= 0))
            return refuse(
                field, tr("%1 is not an entry (write entry:N with the entry's id)").arg(quoted(t)));
        pieces << e;
    }
    return pieces;
}
