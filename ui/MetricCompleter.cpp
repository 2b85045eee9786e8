// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricCompleter.h"

#include "Framework.h"

#include <QStandardItemModel>

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
    for (const Metric& m : framework.metrics) {
        auto* item = new QStandardItem(QStringLiteral("%1 — %2").arg(m.key, m.name.text()));
        item->setData(m.key, KeyRole);
        item->setData(QStringList{m.key, m.name.en, m.name.zh}.join(QLatin1Char(' ')), SearchRole);
        item->setToolTip(m.description.text());
        m_metrics->appendRow(item);
    }
}

QString MetricCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(KeyRole).toString();
}
