// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuickLogDialog.h"

#include "EntryHistory.h"
#include "InputValidator.h"
#include "MetricCompleter.h"
#include "NumberText.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int MetricKeyRole = Qt::UserRole + 1;

} // namespace

QuickLogDialog::QuickLogDialog(EntryHistory& history, QWidget* parent)
    : QDialog(parent)
    , m_history(history)
    , m_completer(new MetricCompleter(this))
    , m_metric(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_unit(new QLabel(this))
    , m_date(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_evidence(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_today(new QTreeWidget(this))
{
    setWindowTitle(tr("Log a Figure"));
    const Workspace& workspace = m_history.workspace();

    m_completer->setFramework(workspace.framework());
    m_metric->setCompleter(m_completer);
    m_metric->setPlaceholderText(tr("key or name, e.g. delta_tech; Down lists all"));
    m_metric->installEventFilter(this);
    m_metric->setAccessibleName(tr("Metric"));
    m_value->setPlaceholderText(tr("e.g. 3 or 2.5"));
    m_value->setAccessibleName(tr("Value"));
    m_unit->setMinimumWidth(80);
    m_date->setText(workspace.today().toString(Qt::ISODate));
    m_date->setPlaceholderText(tr("YYYY-MM-DD, today or yesterday"));
    m_date->setAccessibleName(tr("Date"));
    m_note->setPlaceholderText(tr("what you did, optional"));
    m_note->setAccessibleName(tr("Note"));
    m_evidence->setPlaceholderText(tr("URL, commit or file path, optional"));
    m_evidence->setAccessibleName(tr("Evidence"));
    // One more than allowed, so an over-long text is refused with a reason, not cut.
    m_note->setMaxLength(int(InputValidator::MaximumTextBytes) + 1);
    m_evidence->setMaxLength(int(InputValidator::MaximumTextBytes) + 1);

    auto* valueRow = new QHBoxLayout;
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_unit);

    auto* form = new QFormLayout;
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Value:"), valueRow);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Evidence:"), m_evidence);
    // The value row is a layout; its label needs the buddy set by hand.
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(valueRow)))
        label->setBuddy(m_value);

    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_today->setColumnCount(3);
    m_today->setHeaderLabels({tr("Daily metric"), tr("Today"), tr("Yesterday")});
    m_today->setRootIsDecorated(false);
    m_today->setAccessibleName(tr("Today's daily metrics"));
    m_today->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_today->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_today->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_today->installEventFilter(this);
    fillToday();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Today"), this));
    layout->addWidget(m_today, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_metric, &QLineEdit::textChanged, this, &QuickLogDialog::updateUnit);
    connect(m_metric, &QLineEdit::editingFinished, this, &QuickLogDialog::resolveMetric);
    connect(m_today, &QTreeWidget::itemClicked, this, &QuickLogDialog::pickMetric);
    connect(m_today, &QTreeWidget::itemActivated, this, &QuickLogDialog::pickMetric);

    resize(520, sizeHint().height());
    m_metric->setFocus();
}

bool QuickLogDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    // Down in the metric field lists every metric, daily ones first, like a combo box.
    if (watched == m_metric && key == Qt::Key_Down && !m_completer->popup()->isVisible()) {
        m_completer->setCompletionPrefix(m_metric->text());
        m_completer->complete();
        return true;
    }
    // Enter on a Today row picks that metric; it must not also press Save.
    if (watched == m_today && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        pickMetric(m_today->currentItem());
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QuickLogDialog::~QuickLogDialog()
{
    // The metric field loses focus while the dialog is torn down; its editingFinished
    // must not reach a half-destroyed dialog.
    m_metric->disconnect(this);
}

void QuickLogDialog::setMetric(const QString& metricKey)
{
    m_metric->setText(metricKey);
    m_value->setFocus();
}

void QuickLogDialog::pickMetric(QTreeWidgetItem* item)
{
    if (item)
        setMetric(item->data(0, MetricKeyRole).toString());
}

void QuickLogDialog::resolveMetric()
{
    // Part of a name, left as typed, means the first metric the list offered for it.
    const QString text = m_metric->text();
    if (text.trimmed().isEmpty() || m_history.workspace().framework().findMetric(text))
        return;
    const QString key = m_completer->firstMatch(text);
    if (!key.isEmpty())
        m_metric->setText(key);
}

void QuickLogDialog::updateUnit()
{
    const Metric* m = m_history.workspace().framework().findMetric(m_metric->text());
    m_unit->setText(m ? m->unit.text() : QString());
    m_metric->setToolTip(m ? m->name.text() : QString());
}

void QuickLogDialog::fillToday()
{
    const Workspace& w = m_history.workspace();
    const QString target = w.profile().targetLevel;
    const QDate today = w.today();
    // "2 / 1" beside the target level's daily target, "—" where nothing is logged yet.
    const auto dayText = [&](const Metric& m, const QDate& day) {
        const QList<double> values = w.values(m.key, day);
        if (values.isEmpty())
            return QStringLiteral("—");
        const QString value = numberText(m.aggregate(values));
        const auto goal = m.target(target);
        return goal ? QStringLiteral("%1 / %2").arg(value, numberText(*goal)) : value;
    };
    m_today->clear();
    for (const Metric& m : w.framework().metrics) {
        if (!m.daily)
            continue;
        auto* item = new QTreeWidgetItem(
            m_today, {m.name.text(), dayText(m, today), dayText(m, today.addDays(-1))});
        item->setData(0, MetricKeyRole, m.key);
        item->setToolTip(0, QStringLiteral("%1\n%2").arg(m.key, m.description.text()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void QuickLogDialog::accept()
{
    const Workspace& w = m_history.workspace();
    auto entry = InputValidator::entry(
        {m_date->text(), m_metric->text(), m_value->text(), m_note->text(), m_evidence->text()},
        w.framework(), w.today());
    Status saved = entry ? Status() : Status(entry.error());
    if (entry) {
        auto id = m_history.add(entry.value());
        if (id)
            m_savedId = id.value();
        else
            saved = id.error();
    }
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        // Put the cursor where the problem is: messages start with the field's name.
        const QString field = saved.error().message.section(QLatin1Char(':'), 0, 0);
        QLineEdit* culprit = field == QLatin1String("metric")     ? m_metric
                             : field == QLatin1String("value")    ? m_value
                             : field == QLatin1String("date")     ? m_date
                             : field == QLatin1String("note")     ? m_note
                             : field == QLatin1String("evidence") ? m_evidence
                                                                  : nullptr;
        if (culprit) {
            culprit->setFocus();
            culprit->selectAll();
        }
        return;
    }
    QDialog::accept();
}
