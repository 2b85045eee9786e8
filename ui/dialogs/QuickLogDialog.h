// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class EntryHistory;
class MetricCompleter;
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

/**
 * Logging a figure in a few keystrokes: metric (type-ahead over keys and names), Tab,
 * value, Enter. Date defaults to today and also takes "yesterday"; note and evidence
 * are optional. The Today panel lists the framework's daily metrics with what is
 * logged today and yesterday; clicking one picks it.
 *
 * Saving validates with InputValidator and stores through EntryHistory, so the new
 * entry can be undone. A refusal is shown in the dialog, which stays open with the
 * offending field focused.
 */
class QuickLogDialog : public QDialog
{
    Q_OBJECT

public:
    QuickLogDialog(EntryHistory& history, QWidget* parent = nullptr);
    ~QuickLogDialog() override;

    /** Starts with metricKey chosen and the focus in the value field. */
    void setMetric(const QString& metricKey);
    /** The id of the entry saved, once accepted. */
    qint64 savedId() const { return m_savedId; }

    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateUnit();
    void resolveMetric();
    void fillToday();
    void pickMetric(QTreeWidgetItem* item);

    EntryHistory& m_history;
    MetricCompleter* m_completer;
    QLineEdit* m_metric;
    QLineEdit* m_value;
    QLabel* m_unit;
    QLineEdit* m_date;
    QLineEdit* m_note;
    QLineEdit* m_evidence;
    QLabel* m_error;
    QTreeWidget* m_today;
    qint64 m_savedId = 0;
};
