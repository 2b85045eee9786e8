// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCompleter>

struct Framework;
class QStandardItemModel;

/**
 * Type-ahead over a framework's metrics. Typing any part of a metric's key or of its
 * English or Chinese name offers it; choosing an offer puts the key in the field, so
 * what the field holds is always something InputValidator recognises.
 */
class MetricCompleter : public QCompleter
{
    Q_OBJECT

public:
    explicit MetricCompleter(QObject* parent = nullptr);

    void setFramework(const Framework& framework);
    QString pathFromIndex(const QModelIndex& index) const override;
    /** The key of the first metric offered for text, or an empty string. */
    QString firstMatch(const QString& text);

private:
    QStandardItemModel* m_metrics;
};
