// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositePanel.h"

#include "CompositeTrend.h"
#include "Workspace.h"
#include "charts/ChartView.h"
#include "charts/TrendChart.h"
#include "dialogs/WeightsDialog.h"

#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace {

constexpr int ChartHeight = 180;
/** How many of the largest weights the panel names; the tooltip has them all. */
constexpr int ShownWeights = 3;

/** A share 0..1 as the whole percent people read; the change is taken between these. */
int percent(double share)
{
    return qRound(share * 100);
}

} // namespace

CompositePanel::CompositePanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_score(new QLabel(this))
    , m_change(new QLabel(this))
    , m_view(new ChartView(new QChart, this))
    , m_notes(new QLabel(this))
    , m_weights(new QLabel(this))
{
    m_score->setObjectName(QStringLiteral("compositeScore"));
    m_score->setTextFormat(Qt::PlainText);
    m_score->setWordWrap(true);
    QFont scoreFont = m_score->font();
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    m_change->setObjectName(QStringLiteral("compositeChange"));
    m_change->setTextFormat(Qt::PlainText);

    auto* weightsButton = new QPushButton(tr("&Weights…"), this);
    weightsButton->setToolTip(tr("Choose how much each metric counts in the composite score"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_score, 1);
    top->addWidget(m_change);
    top->addWidget(weightsButton);

    m_view->setFixedHeight(ChartHeight);
    m_view->setMinimumWidth(240);
    m_view->setAccessibleName(tr("Composite score per week"));

    m_notes->setObjectName(QStringLiteral("compositeNotes"));
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    QFont notesFont = m_notes->font();
    notesFont.setItalic(true);
    m_notes->setFont(notesFont);

    m_weights->setObjectName(QStringLiteral("compositeWeights"));
    m_weights->setTextFormat(Qt::PlainText);
    m_weights->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view);
    layout->addWidget(m_weights);
    layout->addWidget(m_notes);
    layout->addStretch(1);

    connect(weightsButton, &QPushButton::clicked, this, [this] { editWeights(); });
    connect(&m_workspace, &Workspace::changed, this, &CompositePanel::refresh);
    connect(&m_workspace, &Workspace::entriesChanged, this, &CompositePanel::refresh);
    connect(&m_workspace, &Workspace::compositeSettingsChanged, this, &CompositePanel::refresh);
    refresh();
}

WeightsDialog* CompositePanel::editWeights()
{
    auto* dialog = new WeightsDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CompositePanel::refresh()
{
    const CompositeTrend trend = m_workspace.compositeTrend();
    const auto current = trend.currentScore();
    const auto previous = trend.previousScore();
    m_change->setVisible(current.has_value());
    m_view->setVisible(current.has_value());
    m_weights->setVisible(current.has_value());
    if (!current) {
        m_score->setText(tr("Log entries for at least two weeks to see a composite score"));
        // The computation's own notes are about a score that is not shown; say instead
        // why there is none yet.
        m_notes->setText(
            trend.weeks.isEmpty()
                ? QString()
                : tr("Your entries so far fall in one week, starting %1, and the "
                     "score compares weeks with each other.")
                      .arg(QLocale().toString(trend.weeks.constFirst(), QLocale::ShortFormat)));
        m_notes->setVisible(!m_notes->text().isEmpty());
        return;
    }

    m_score->setText(tr("Composite score this week: %1 %").arg(percent(*current)));
    const int change = percent(*current) - percent(*previous);
    m_change->setText(change > 0   ? tr("+%n points since last week", nullptr, change)
                      : change < 0 ? tr("−%n points since last week", nullptr, -change)
                                   : tr("no change since last week"));

    QList<std::pair<QDate, double>> points;
    for (qsizetype i = 0; i < trend.weeks.size(); ++i)
        points.append({trend.weeks[i], trend.scores[i] * 100});
    QChart* old = m_view->chart();
    m_view->setChart(TrendChart::build(points));
    delete old; // setChart() hands the previous chart back to its creator

    // Every weight is in the tooltip and in Weights…; the label names the largest few,
    // so that a framework with twenty metrics does not crowd out the chart.
    const Framework& f = m_workspace.framework();
    QList<qsizetype> order(trend.metrics.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return trend.weights[a] > trend.weights[b]; });
    QStringList weights;
    for (qsizetype i : order) {
        // The trend scores the framework's own metrics only.
        weights << tr("%1: %2 %")
                       .arg(f.metric(trend.metrics[i])->name.text())
                       .arg(percent(trend.weights[i]));
    }
    const QString all = tr("Weights in use: %1").arg(weights.join(tr(" · ")));
    const int more = int(weights.size()) - ShownWeights;
    m_weights->setText(more <= 0 ? all
                                 : tr("Largest weights: %1 and %n more", nullptr, more)
                                       .arg(weights.mid(0, ShownWeights).join(tr(" · "))));
    m_weights->setToolTip(all);

    m_notes->setText(trend.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!trend.notes.isEmpty());
}
