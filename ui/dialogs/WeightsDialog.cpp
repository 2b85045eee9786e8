// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeightsDialog.h"

#include "CompositeTrend.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

enum Column
{
    MetricColumn,
    WeightColumn,
    EntropyColumn,
    BlendedColumn
};

QString percentText(double share)
{
    return WeightsDialog::tr("%1 %").arg(QLocale().toString(share * 100, 'f', 1));
}

} // namespace

WeightsDialog::WeightsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_share(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Composite Score Weights"));
    const Framework& f = m_workspace.framework();
    const CompositeSettings& stored = m_workspace.compositeSettings();

    auto* intro = new QLabel(
        tr("Give each metric a weight from 0 to 100 for how much it matters to you; only "
           "the ratios count. The entropy share decides how much of each weight comes from "
           "how much the metric varied, week by week, over the last %n days.",
           nullptr, f.windowDays),
        this);
    intro->setWordWrap(true);

    auto* table = new QWidget;
    auto* grid = new QGridLayout(table);
    const QList<std::pair<Column, QString>> headers = {{MetricColumn, tr("Metric")},
                                                       {WeightColumn, tr("Your weight")},
                                                       {EntropyColumn, tr("Entropy")},
                                                       {BlendedColumn, tr("Blended")}};
    for (const auto& [column, text] : headers) {
        auto* header = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), table);
        grid->addWidget(header, 0, column, column == MetricColumn ? Qt::AlignLeft : Qt::AlignRight);
    }
    for (const Metric& m : f.metrics) {
        const int row = int(m_weights.size()) + 1;
        auto* name = new QLabel(m.name.text(), table);
        name->setTextFormat(Qt::PlainText);
        name->setToolTip(m.description.text());
        auto* weight = new QDoubleSpinBox(table);
        weight->setRange(0, CompositeSettings::MaximumWeight);
        weight->setDecimals(1);
        weight->setValue(stored.weight(m.key));
        weight->setAccessibleName(tr("Your weight for %1").arg(m.name.text()));
        weight->setObjectName(QStringLiteral("weight:%1").arg(m.key));
        name->setBuddy(weight);
        auto* entropy = new QLabel(table);
        entropy->setObjectName(QStringLiteral("entropy:%1").arg(m.key));
        auto* blended = new QLabel(table);
        blended->setObjectName(QStringLiteral("blended:%1").arg(m.key));
        grid->addWidget(name, row, MetricColumn);
        grid->addWidget(weight, row, WeightColumn);
        grid->addWidget(entropy, row, EntropyColumn, Qt::AlignRight);
        grid->addWidget(blended, row, BlendedColumn, Qt::AlignRight);
        m_metricKeys << m.key;
        m_weights << weight;
        m_entropy << entropy;
        m_blended << blended;
        connect(weight, &QDoubleSpinBox::valueChanged, this, &WeightsDialog::updatePreview);
    }
    grid->setColumnStretch(MetricColumn, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(table);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_share->setRange(0, 100);
    m_share->setSuffix(tr(" %"));
    m_share->setValue(qRound(stored.entropyShare * 100));
    m_share->setAccessibleName(tr("Entropy share in percent"));
    m_share->setObjectName(QStringLiteral("entropyShare"));
    m_share->setToolTip(tr("0 %: your weights alone; 100 %: entropy alone"));
    auto* shareForm = new QFormLayout;
    shareForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    shareForm->addRow(tr("&Entropy share:"), m_share);

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addLayout(shareForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_share, &QSpinBox::valueChanged, this, &WeightsDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &WeightsDialog::restoreDefaults);

    updatePreview();
    resize(600, 560);
    if (!m_weights.isEmpty())
        m_weights.constFirst()->setFocus();
}

CompositeSettings WeightsDialog::settings() const
{
    CompositeSettings s;
    for (qsizetype i = 0; i < m_weights.size(); ++i)
        s.weights.insert(m_metricKeys[i], m_weights[i]->value());
    s.entropyShare = m_share->value() / 100.0;
    return s;
}

void WeightsDialog::restoreDefaults()
{
    for (QDoubleSpinBox* weight : std::as_const(m_weights))
        weight->setValue(CompositeSettings::DefaultWeight);
    m_share->setValue(qRound(CompositeSettings::DefaultEntropyShare * 100));
}

void WeightsDialog::updatePreview()
{
    const CompositeTrend trend = CompositeTrend::compute(
        m_workspace.framework(), m_workspace.entries(), settings(), m_workspace.today());
    const QString notScored = tr("no entries in the weeks scored");
    for (qsizetype i = 0; i < m_metricKeys.size(); ++i) {
        const qsizetype column = trend.metrics.indexOf(m_metricKeys[i]);
        const bool scored = column >= 0;
        m_entropy[i]->setText(scored ? percentText(trend.entropyWeights[column]) : tr("–"));
        m_blended[i]->setText(scored ? percentText(trend.weights[column]) : tr("–"));
        m_entropy[i]->setToolTip(scored ? QString() : notScored);
        m_blended[i]->setToolTip(scored ? QString() : notScored);
    }
}

void WeightsDialog::accept()
{
    if (Status s = m_workspace.setCompositeSettings(settings()); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}
