// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "Reminder.h"
#include "Settings.h"
#include "UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeEdit>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_remind(new QCheckBox(tr("&Remind me to log when nothing is logged by"), this))
    , m_time(new QTimeEdit(this))
    , m_language(new QComboBox(this))
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

    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(
        tr("System default (%1)").arg(UiLanguage::nativeName(QLocale::system().name())), QString());
    for (const QString& name : UiLanguage::available())
        m_language->addItem(UiLanguage::nativeName(name), name);
    const int current = m_language->findData(settings.value(UiLanguage::key()).toString());
    m_language->setCurrentIndex(current < 0 ? 0 : current);

    auto* languageBox = new QGroupBox(tr("Language"), this);
    auto* languageLayout = new QVBoxLayout(languageBox);
    auto* languageRow = new QHBoxLayout;
    auto* languageLabel = new QLabel(tr("&Window language:"), languageBox);
    languageLabel->setBuddy(m_language);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    languageLayout->addLayout(languageRow);
    auto* languageNote = new QLabel(tr("The window changes to it when you press OK. The command "
                                       "line follows the language of its environment."),
                                    languageBox);
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    languageLayout->addWidget(languageNote);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(reminderBox);
    layout->addWidget(languageBox);
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
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != settings.value(UiLanguage::key()).toString();
    if (language.isEmpty())
        settings.remove(UiLanguage::key());
    else
        settings.setValue(UiLanguage::key(), language);
    QDialog::accept();
}
