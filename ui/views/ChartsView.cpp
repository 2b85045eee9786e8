// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartsView.h"

#include "ChartFileDialog.h"
#include "Settings.h"
#include "Workspace.h"
#include "charts/ChartExporter.h"
#include "charts/ChartView.h"
#include "charts/ProgressChart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

const QString CompositeKey = QStringLiteral("composite");
const QString CheckpointsKey = QStringLiteral("checkpoints");
constexpr int KeyRole = Qt::UserRole;

QString settingsKey(const char* name)
{
    return QStringLiteral("charts/") + QLatin1String(name);
}

} // namespace

ChartsView::ChartsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_chart(new ProgressChart)
    , m_view(new ChartView(m_chart, this))
{
    m_view->setRubberBand(QChartView::HorizontalRubberBand);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(tr("Progress chart"));
    m_view->setToolTip(tr("Drag across days to zoom in; right-click to zoom out.\n"
                          "With the chart focused: + and − zoom, ← and → move, Home shows all."));
    m_view->installEventFilter(this);

    m_zoomIn = new QPushButton(tr("Zoom &In"), this);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut = new QPushButton(tr("Zoom &Out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_resetZoom = new QPushButton(tr("&Reset Zoom"), this);
    m_resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_export = new QPushButton(tr("E&xport…"), this);
    connect(m_zoomIn, &QPushButton::clicked, this, [this] { m_chart->zoomDays(2); });
    connect(m_zoomOut, &QPushButton::clicked, this, [this] { m_chart->zoomDays(0.5); });
    connect(m_resetZoom, &QPushButton::clicked, m_chart, &ProgressChart::showAllDays);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const QString message = chooseAndExport(); !message.isEmpty())
            Q_EMIT statusMessage(message);
    });

    m_forecast = new QLabel(this);
    m_forecast->setWordWrap(true);
    m_forecast->setTextFormat(Qt::RichText);
    m_forecast->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_zoomIn);
    buttons->addWidget(m_zoomOut);
    buttons->addWidget(m_resetZoom);
    buttons->addWidget(m_export);

    auto* right = new QVBoxLayout;
    right->addLayout(buttons);
    right->addWidget(m_view, 1);
    right->addWidget(m_forecast);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(createControls());
    layout->addLayout(right, 1);

    fillLines();
    restoreChoices();
    refresh();

    connect(&m_workspace, &Workspace::changed, this, [this] {
        fillLines();
        restoreChoices();
        refresh();
    });
    connect(&m_workspace, &Workspace::entriesChanged, this, &ChartsView::refresh);
    connect(&m_workspace, &Workspace::compositeSettingsChanged, this, &ChartsView::refresh);
}

ChartsView::~ChartsView() = default;

QWidget* ChartsView::createControls()
{
    auto* panel = new QWidget(this);
    panel->setMaximumWidth(300);

    m_lines = new QListWidget(panel);
    m_lines->setAccessibleName(tr("Lines to draw"));
    connect(m_lines, &QListWidget::itemChanged, this, [this] {
        if (!m_restoring)
            refresh();
    });

    m_range = new QComboBox(panel);
    m_range->addItems({tr("Last 4 weeks"), tr("Last 3 months"), tr("Last year"), tr("Everything"),
                       tr("Chosen days")});
    m_from = new QDateEdit(panel);
    m_to = new QDateEdit(panel);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(m_workspace.today());
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_restoring && m_range->currentIndex() == CustomDays)
                refresh();
        });
    }
    m_from->setDate(m_workspace.today().addMonths(-3));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        updateRangeEditors();
        if (!m_restoring)
            refresh();
    });

    m_period = new QComboBox(panel);
    m_period->addItems({tr("Per day"), tr("Per week"), tr("Per month")});
    m_average = new QSpinBox(panel);
    m_average->setRange(1, 365);
    m_average->setSpecialValueText(tr("No moving average"));
    m_average->setSuffix(tr(" points"));
    m_average->setToolTip(tr("Average each point with the points before it"));
    m_scale = new QComboBox(panel);
    m_scale->addItems({tr("Own axis per metric"), tr("Percent of target")});
    m_scale->setToolTip(tr("Percent of target: every metric relative to the target level's "
                           "target, 100 % meets it and up is always better"));
    m_targets = new QCheckBox(tr("Level &targets"), panel);
    m_trend = new QCheckBox(tr("T&rend and forecast"), panel);
    for (QComboBox* combo : {m_period, m_scale})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_restoring)
                refresh();
        });
    connect(m_average, &QSpinBox::valueChanged, this, [this] {
        if (!m_restoring)
            refresh();
    });
    for (QCheckBox* box : {m_targets, m_trend})
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_restoring)
                refresh();
        });

    auto* form = new QFormLayout;
    form->addRow(tr("&Days:"), m_range);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    form->addRow(tr("&Points:"), m_period);
    form->addRow(tr("&Average:"), m_average);
    form->addRow(tr("&Scale:"), m_scale);

    auto* linesLabel = new QLabel(tr("&Lines:"), panel);
    linesLabel->setBuddy(m_lines);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(linesLabel);
    layout->addWidget(m_lines, 1);
    layout->addLayout(form);
    layout->addWidget(m_targets);
    layout->addWidget(m_trend);
    return panel;
}

void ChartsView::fillLines()
{
    m_restoring = true;
    m_lines->clear();
    auto add = [this](const QString& text, const QString& key, const QString& tip) {
        auto* item = new QListWidgetItem(text, m_lines);
        item->setData(KeyRole, key);
        item->setToolTip(tip);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    };
    add(tr("Composite score"), CompositeKey,
        tr("The weekly composite score of all metrics, 0–100 %"));
    add(tr("%1 checkpoints done").arg(m_workspace.profile().targetLevel), CheckpointsKey,
        tr("The share of the target level's checkpoints done, over time"));
    for (const Metric& m : m_workspace.framework().metrics)
        add(m.name.text(), m.key, m.description.text());
    m_restoring = false;
}

void ChartsView::setLines(const QStringList& keys)
{
    m_restoring = true;
    for (int i = 0; i < m_lines->count(); ++i) {
        QListWidgetItem* item = m_lines->item(i);
        item->setCheckState(keys.contains(item->data(KeyRole).toString()) ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    m_restoring = false;
    refresh();
}

ProgressChartRequest ChartsView::request() const
{
    ProgressChartRequest r;
    for (int i = 0; i < m_lines->count(); ++i) {
        const QListWidgetItem* item = m_lines->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const QString key = item->data(KeyRole).toString();
        if (key == CompositeKey)
            r.composite = true;
        else if (key == CheckpointsKey)
            r.checkpoints = true;
        else
            r.metrics << key;
    }
    const QDate today = m_workspace.today();
    switch (m_range->currentIndex()) {
    case FourWeeks:
        r.from = today.addDays(-27);
        break;
    case ThreeMonths:
        r.from = today.addMonths(-3).addDays(1);
        break;
    case OneYear:
        r.from = today.addYears(-1).addDays(1);
        break;
    case CustomDays:
        r.from = std::min(m_from->date(), m_to->date());
        r.to = std::max(m_from->date(), m_to->date());
        break;
    default:
        break;
    }
    r.period = SeriesAggregation::Period(m_period->currentIndex());
    r.averageWindow = m_average->value() > 1 ? m_average->value() : 0;
    r.normalised = m_scale->currentIndex() == 1;
    r.currentLevel = m_workspace.profile().currentLevel;
    r.targetLevel = m_workspace.profile().targetLevel;
    return r;
}

ProgressChart* ChartsView::chart()
{
    if (m_stale)
        rebuild();
    return m_chart;
}

void ChartsView::showEvent(QShowEvent* event)
{
    if (m_stale)
        rebuild();
    QWidget::showEvent(event);
}

void ChartsView::refresh()
{
    saveChoices();
    m_stale = true;
    if (isVisible())
        rebuild();
}

void ChartsView::rebuild()
{
    m_stale = false;
    const ProgressChartData data = ProgressChartData::build(
        m_workspace.framework(), m_workspace.entries(), m_workspace.checkpointProgress(),
        m_workspace.compositeSettings(), request(), m_workspace.today());
    m_chart->setData(data, {m_targets->isChecked(), m_trend->isChecked()});

    QStringList lines;
    if (m_trend->isChecked()) {
        for (const ProgressLine& line : data.lines) {
            if (const QString text = data.forecastText(line); !text.isEmpty())
                lines << text.toHtmlEscaped();
        }
    }
    for (const QString& note : data.notes)
        lines << QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped());
    m_forecast->setText(lines.join(QStringLiteral("<br>")));
    m_forecast->setVisible(!lines.isEmpty());
}

void ChartsView::updateRangeEditors()
{
    const bool custom = m_range->currentIndex() == CustomDays;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

void ChartsView::saveChoices() const
{
    if (m_restoring)
        return;
    Settings settings;
    QStringList keys;
    for (int i = 0; i < m_lines->count(); ++i) {
        if (m_lines->item(i)->checkState() == Qt::Checked)
            keys << m_lines->item(i)->data(KeyRole).toString();
    }
    settings.setValue(settingsKey("lines"), keys);
    settings.setValue(settingsKey("range"), m_range->currentIndex());
    settings.setValue(settingsKey("period"), m_period->currentIndex());
    settings.setValue(settingsKey("average"), m_average->value());
    settings.setValue(settingsKey("scale"), m_scale->currentIndex());
    settings.setValue(settingsKey("targets"), m_targets->isChecked());
    settings.setValue(settingsKey("trend"), m_trend->isChecked());
}

void ChartsView::restoreChoices()
{
    m_restoring = true;
    const Settings settings;
    QStringList keys = settings.value(settingsKey("lines")).toStringList();
    if (!settings.contains(settingsKey("lines"))) {
        // First visit: the metric logged most often says most.
        QHash<QString, int> counts;
        for (const Entry& e : m_workspace.entries())
            ++counts[e.metricKey];
        QString busiest;
        for (const Metric& m : m_workspace.framework().metrics) {
            if (busiest.isEmpty() || counts.value(m.key) > counts.value(busiest))
                busiest = m.key;
        }
        keys = {busiest};
    }
    for (int i = 0; i < m_lines->count(); ++i) {
        QListWidgetItem* item = m_lines->item(i);
        item->setCheckState(keys.contains(item->data(KeyRole).toString()) ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    m_range->setCurrentIndex(std::clamp(settings.value(settingsKey("range"), ThreeMonths).toInt(),
                                        int(FourWeeks), int(CustomDays)));
    m_period->setCurrentIndex(std::clamp(settings.value(settingsKey("period"), 1).toInt(), 0, 2));
    m_average->setValue(settings.value(settingsKey("average"), 1).toInt());
    m_scale->setCurrentIndex(std::clamp(settings.value(settingsKey("scale"), 0).toInt(), 0, 1));
    m_targets->setChecked(settings.value(settingsKey("targets"), true).toBool());
    m_trend->setChecked(settings.value(settingsKey("trend"), true).toBool());
    updateRangeEditors();
    m_restoring = false;
}

Status ChartsView::exportTo(const QString& path)
{
    if (m_stale)
        rebuild();
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        QSaveFile file(path);
        const QByteArray csv = m_chart->data().toCsv();
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return Failure::io(tr("%1: cannot write: %2").arg(path, file.errorString()));
        return {};
    }
    return ChartExporter::save(m_chart, path, m_view->size().expandedTo(QSize(800, 500)));
}

QString ChartsView::chooseAndExport()
{
    const QString path = ChartFileDialog::askPath(
        this, tr("Export Chart"),
        QStringLiteral("rungs-chart-%1").arg(m_workspace.today().toString(Qt::ISODate)), true);
    if (path.isEmpty())
        return {};
    if (Status s = exportTo(path); !s) {
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
        return {};
    }
    return tr("Chart saved to %1").arg(path);
}

bool ChartsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent*>(event)->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            m_chart->zoomDays(2);
            return true;
        case Qt::Key_Minus:
            m_chart->zoomDays(0.5);
            return true;
        case Qt::Key_Left:
            m_chart->panDays(-0.25);
            return true;
        case Qt::Key_Right:
            m_chart->panDays(0.25);
            return true;
        case Qt::Key_Home:
            m_chart->showAllDays();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
