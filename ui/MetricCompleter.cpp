// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricCompleter.h"

#include "Framework.h"

#include <QStandardItemModel>

#include <algorithm>

namespace {

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

} // namespace

MetricCompleter::MetricCompleter(QObject* parent)
    : QCompleter(parent)
    , m_metrics(new QStandardItemModel(this))
{
    setModel(m_metrics);
    setCompletionRole(SearchRole);
    setFilterMode(Qt::MatchContains);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
}

void MetricCompleter::setFramework(const Framework& framework)
{
    m_metrics->clear();
    // The daily metrics are what people log most: they come first, in framework order.
    QList<const Metric*> ordered;
    for (const Metric& m : framework.metrics)
        ordered << &m;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Metric* a, const Metric* b) { return a->daily && !b->daily; });
    for (const Metric* metric : ordered) {
        const Metric& m = *metric;
        auto* item = new QStandardItem(QStringLiteral("%1 — %2").arg(m.key, m.name.text()));
        item->setData(m.key, KeyRole);
        item->setData(QStringList{m.key, m.name.en, m.name.zh}.join(QLatin1Char(' ')), SearchRole);
        item->setToolTip(m.description.text());
        m_metrics->appendRow(item);
    }
}

QString MetricCompleter::firstMatch(const QString& text)
{
    setCompletionPrefix(text);
    if (completionCount() == 0 || !setCurrentRow(0))
        return {};
    return pathFromIndex(currentIndex());
}

QString MetricCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(KeyRole).toString();
}
