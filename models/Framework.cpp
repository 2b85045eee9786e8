// SPDX-License-Identifier: GPL-3.0-or-later
#include "Framework.h"

#include <algorithm>
#include <numeric>

QString Metric::directionName(Direction direction)
{
    return direction == Direction::HigherIsBetter ? QStringLiteral("higher")
                                                  : QStringLiteral("lower");
}

std::optional<Metric::Direction> Metric::directionFromName(const QString& name)
{
    if (name == QLatin1String("higher"))
        return Direction::HigherIsBetter;
    if (name == QLatin1String("lower"))
        return Direction::LowerIsBetter;
    return std::nullopt;
}

QString Metric::aggregationName(Aggregation aggregation)
{
    switch (aggregation) {
    case Aggregation::Sum:
        return QStringLiteral("sum");
    case Aggregation::Mean:
        return QStringLiteral("mean");
    case Aggregation::Last:
        return QStringLiteral("last");
    case Aggregation::Max:
        return QStringLiteral("max");
    }
    return {};
}

std::optional<Metric::Aggregation> Metric::aggregationFromName(const QString& name)
{
    for (auto a : {Aggregation::Sum, Aggregation::Mean, Aggregation::Last, Aggregation::Max}) {
        if (aggregationName(a) == name)
            return a;
    }
    return std::nullopt;
}

double Metric::aggregate(const QList<double>& values) const
{
    if (values.isEmpty())
        return 0;
    switch (aggregation) {
    case Aggregation::Sum:
        return std::accumulate(values.begin(), values.end(), 0.0);
    case Aggregation::Mean:
        return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
    case Aggregation::Last:
        return values.last();
    case Aggregation::Max:
        return *std::max_element(values.begin(), values.end());
    }
    return 0;
}

std::optional<double> Metric::target(const QString& levelCode) const
{
    for (auto it = targets.begin(); it != targets.end(); ++it) {
        if (it.key().compare(levelCode, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return std::nullopt;
}

namespace {

template <typename T>
const T* findByKeyOrName(const QList<T>& items, const QString& text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const T& item : items) {
        if (item.key == wanted)
            return &item;
    }
    for (const T& item : items) {
        if (item.key.compare(wanted, Qt::CaseInsensitive) == 0 ||
            item.name.en.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (!item.name.zh.isEmpty() && item.name.zh.compare(wanted, Qt::CaseInsensitive) == 0))
            return &item;
    }
    return nullptr;
}

} // namespace

int Framework::levelIndex(const QString& code) const
{
    for (int i = 0; i < levels.size(); ++i) {
        if (levels[i].code.compare(code, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

const Level* Framework::level(const QString& code) const
{
    const int i = levelIndex(code);
    return i < 0 ? nullptr : &levels[i];
}

const Dimension* Framework::dimension(const QString& key) const
{
    auto it = std::find_if(dimensions.begin(), dimensions.end(),
                           [&](const Dimension& d) { return d.key == key; });
    return it == dimensions.end() ? nullptr : &*it;
}

const Metric* Framework::metric(const QString& key) const
{
    auto it =
        std::find_if(metrics.begin(), metrics.end(), [&](const Metric& m) { return m.key == key; });
    return it == metrics.end() ? nullptr : &*it;
}

const Metric* Framework::findMetric(const QString& text) const
{
    return findByKeyOrName(metrics, text);
}

const Dimension* Framework::findDimension(const QString& text) const
{
    return findByKeyOrName(dimensions, text);
}

QStringList Framework::levelCodes() const
{
    QStringList codes;
    for (const Level& l : levels)
        codes << l.code;
    return codes;
}

QList<Checkpoint> Framework::checkpoints() const
{
    QList<Checkpoint> all;
    for (const Level& l : levels)
        all += l.checkpoints;
    return all;
}
