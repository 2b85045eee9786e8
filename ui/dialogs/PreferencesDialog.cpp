// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "Reminder.h"
#include "Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QTimeEdit>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_remind(new QCheckBox(tr("&Remind me to log when nothing is logged by"), this))
    , m_time(new QTimeEdit(this))
{
    setWindowTitle(tr("Preferences"));

    const Settings settings;
    m_remind->setChecked(settings.value(Reminder::enabledKey(), false).toBool());
    m_remind->setObjectName(QStringLiteral("remind"));
    const QTime at = settings.value(Reminder::timeKey(), Reminder::defaultTime()).toTime();
    m_time->setTime(at.isValid() ? at : Reminder::defaultTime());
    m_time->setAccessibleName(tr("Reminder time"));
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setEnabled(m_remind->isChecked());

    auto* reminderBox = new QGroupBox(tr("Daily reminder"), this);
    auto* row = new QHBoxLayout(reminderBox);
    row->addWidget(m_remind);
    row->addWidget(m_time);
    row->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(reminderBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_remind, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    Settings settings;
    settings.setValue(Reminder::enabledKey(), m_remind->isChecked());
    settings.setValue(Reminder::timeKey(), m_time->time());
    QDialog::accept();
}
