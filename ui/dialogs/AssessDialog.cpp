// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessDialog.h"

#include "InputValidator.h"
#include "NumberText.h"
#include "Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

AssessDialog::AssessDialog(Workspace& workspace, const QString& dimensionKey, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_dimension(new QComboBox(this))
    , m_score(new QDoubleSpinBox(this))
    , m_date(new QDateEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Assess Yourself"));

    for (const Dimension& d : m_workspace.framework().dimensions) {
        m_dimension->addItem(d.name.text(), d.key);
        m_dimension->setItemData(m_dimension->count() - 1, d.description.text(), Qt::ToolTipRole);
    }
    m_dimension->setAccessibleName(tr("Dimension"));
    m_dimension->setObjectName(QStringLiteral("dimension"));

    m_score->setRange(0, Assessment::MaximumScore);
    m_score->setSingleStep(0.5);
    m_score->setDecimals(1);
    m_score->setAccessibleName(tr("Score from 0 to 5"));
    m_score->setObjectName(QStringLiteral("score"));

    // The editor offers only days the validator accepts; the validator still decides.
    const QDate today = m_workspace.today();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(QDate(InputValidator::EarliestYear, 1, 1), today.addDays(1));
    m_date->setDate(today);
    m_date->setAccessibleName(tr("Date"));
    m_date->setObjectName(QStringLiteral("date"));

    m_note->setPlaceholderText(tr("what this score rests on, optional"));
    // Tab must move on, not indent: the dialog is meant to be used from the keyboard.
    m_note->setTabChangesFocus(true);
    m_note->setAccessibleName(tr("Note"));
    m_note->setObjectName(QStringLiteral("note"));

    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setAccessibleName(tr("Expectations and previous self-assessment"));
    m_hint->setObjectName(QStringLiteral("hint"));

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("D&imension:"), m_dimension);
    form->addRow(QString(), m_hint);
    form->addRow(tr("&Score (0–5):"), m_score);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &AssessDialog::updateHint);

    updateHint();
    resize(480, sizeHint().height());
    m_dimension->setFocus();
    setDimension(dimensionKey);
}

void AssessDialog::setDimension(const QString& dimensionKey)
{
    const int index = m_dimension->findData(dimensionKey);
    if (index < 0)
        return;
    m_dimension->setCurrentIndex(index);
    // Someone who came for one dimension wants to give its score next.
    m_score->setFocus();
}

QString AssessDialog::dimension() const
{
    return m_dimension->currentData().toString();
}

void AssessDialog::updateHint()
{
    const Framework& f = m_workspace.framework();
    const Profile& p = m_workspace.profile();
    const Dimension* d = f.dimension(dimension());
    if (!d) {
        m_hint->clear();
        return;
    }
    QStringList lines;
    if (!d->description.isEmpty())
        lines << d->description.text();
    const auto expects = [&](const QString& code) {
        const auto it = d->expectations.constFind(code);
        return it != d->expectations.constEnd() ? numberText(*it) : tr("nothing set");
    };
    lines << tr("Now %1: expects %2. Target %3: expects %4.")
                 .arg(p.currentLevel, expects(p.currentLevel), p.targetLevel,
                      expects(p.targetLevel));
    const auto previous = m_workspace.assessments().constFind(d->key);
    if (previous != m_workspace.assessments().constEnd())
        lines << tr("Your previous self-assessment: %1 on %2.")
                     .arg(numberText(previous->score), previous->day.toString(Qt::ISODate));
    else
        lines << tr("You have not assessed this dimension yet.");
    m_hint->setText(lines.join(QLatin1Char('\n')));
}

void AssessDialog::accept()
{
    auto assessment =
        InputValidator::assessment({m_date->date().toString(Qt::ISODate), dimension(),
                                    numberText(m_score->value()), m_note->toPlainText()},
                                   m_workspace.framework(), m_workspace.today());
    if (!assessment) {
        showFailure(assessment.error().message);
        return;
    }
    auto id = m_workspace.addAssessment(assessment.value());
    if (!id) {
        showFailure(id.error().message);
        return;
    }
    m_savedId = id.value();
    QDialog::accept();
}

void AssessDialog::showFailure(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    // Put the cursor where the problem is: messages start with the field's name.
    const QString field = message.section(QLatin1Char(':'), 0, 0);
    const QHash<QString, QWidget*> fields = {{QStringLiteral("dimension"), m_dimension},
                                             {QStringLiteral("score"), m_score},
                                             {QStringLiteral("date"), m_date},
                                             {QStringLiteral("note"), m_note}};
    QWidget* culprit = fields.value(field);
    if (culprit)
        culprit->setFocus();
    if (culprit == m_score)
        m_score->selectAll();
}
