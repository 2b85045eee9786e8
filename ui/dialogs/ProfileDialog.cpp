// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileDialog.h"

#include "Reminder.h"
#include "Settings.h"
#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

ProfileDialog::ProfileDialog(Workspace& workspace, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
    , m_name(new QLineEdit(workspace.profile().displayName, this))
    , m_framework(new QComboBox(this))
    , m_current(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_hasDate(new QCheckBox(tr("&Aim for a date:"), this))
    , m_date(new QDateEdit(this))
    , m_error(new QLabel(this))
{
    const Profile& profile = workspace.profile();
    setWindowTitle(mode == Mode::Welcome ? tr("Welcome to Rungs") : tr("Profile"));

    m_name->setPlaceholderText(tr("How the promotion packet names you"));
    m_name->setMaxLength(200);
    if (auto frameworks = workspace.frameworks()) {
        for (const FrameworkSummary& f : frameworks.value())
            m_framework->addItem(f.name.text(), QVariant::fromValue(f.levelCodes));
        for (int i = 0; i < frameworks.value().size(); ++i) {
            m_framework->setItemData(i, frameworks.value()[i].key, Qt::UserRole + 1);
            if (frameworks.value()[i].key == profile.frameworkKey)
                m_framework->setCurrentIndex(i);
        }
    }
    fillLevels();
    m_current->setCurrentText(profile.currentLevel);
    m_target->setCurrentText(profile.targetLevel);
    connect(m_framework, &QComboBox::currentIndexChanged, this, &ProfileDialog::fillLevels);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(workspace.today());
    m_hasDate->setChecked(profile.targetDate.isValid());
    m_date->setDate(profile.targetDate.isValid() ? profile.targetDate
                                                 : workspace.today().addMonths(6));
    m_date->setEnabled(m_hasDate->isChecked());
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Career ladder:"), m_framework);
    form->addRow(tr("&Current level:"), m_current);
    form->addRow(tr("&Target level:"), m_target);
    form->addRow(m_hasDate, m_date);

    auto* layout = new QVBoxLayout(this);
    if (mode == Mode::Welcome) {
        auto* intro = new QLabel(tr("Rungs keeps your calibration figures, decision records "
                                    "and promotion checkpoints on this computer only. Tell "
                                    "it where you stand and where you aim; you can change "
                                    "this later in Edit ▸ Profile."),
                                 this);
        intro->setWordWrap(true);
        layout->addWidget(intro);
        const Settings settings;
        m_remind = new QCheckBox(tr("&Remind me to log every day at:"), this);
        m_remind->setChecked(settings.value(Reminder::enabledKey(), false).toBool());
        m_remindAt = new QTimeEdit(
            settings.value(Reminder::timeKey(), Reminder::defaultTime()).toTime(), this);
        m_remindAt->setDisplayFormat(QStringLiteral("HH:mm"));
        m_remindAt->setEnabled(m_remind->isChecked());
        connect(m_remind, &QCheckBox::toggled, m_remindAt, &QWidget::setEnabled);
        form->addRow(m_remind, m_remindAt);
    }
    layout->addLayout(form);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    if (mode == Mode::Welcome) {
        buttons->button(QDialogButtonBox::Save)->setText(tr("&Start"));
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
        QPushButton* demo =
            buttons->addButton(tr("Explore &Demo Data"), QDialogButtonBox::ActionRole);
        demo->setToolTip(tr("Open three years of an imagined engineer's records in a separate "
                            "database; yours stays empty and this welcome comes back."));
        connect(demo, &QPushButton::clicked, this, [this] {
            reject();
            Q_EMIT demoRequested();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_name->setFocus();
}

void ProfileDialog::fillLevels()
{
    const QStringList levels = m_framework->currentData().toStringList();
    const QString current = m_current->currentText();
    const QString target = m_target->currentText();
    m_current->clear();
    m_target->clear();
    m_current->addItems(levels);
    m_target->addItems(levels);
    // Keep what was chosen when the other ladder has it; else the lowest and the next.
    m_current->setCurrentIndex(std::max(0, int(levels.indexOf(current))));
    const auto t = levels.indexOf(target);
    m_target->setCurrentIndex(t >= 0 ? int(t) : std::min(1, int(levels.size()) - 1));
}

void ProfileDialog::accept()
{
    Profile profile = m_workspace.profile();
    profile.displayName = m_name->text().trimmed();
    profile.frameworkKey = m_framework->currentData(Qt::UserRole + 1).toString();
    profile.currentLevel = m_current->currentText();
    profile.targetLevel = m_target->currentText();
    profile.targetDate = m_hasDate->isChecked() ? m_date->date() : QDate();
    if (Status s = m_workspace.setProfile(profile); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    if (m_mode == Mode::Welcome) {
        Settings settings;
        settings.setValue(Reminder::enabledKey(), m_remind->isChecked());
        settings.setValue(Reminder::timeKey(), m_remindAt->time());
        settings.setValue(welcomeDoneKey(), true);
    }
    QDialog::accept();
}
