// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkDoneDialog.h"

#include "Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

MarkDoneDialog::MarkDoneDialog(Workspace& workspace, const QString& checkpointKey, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_checkpointKey(checkpointKey)
    , m_date(new QDateEdit(workspace.today(), this))
    , m_evidence(new QPlainTextEdit(this))
    , m_noEvidence(new QCheckBox(tr("&No evidence yet"), this))
    , m_adrPicker(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Mark Checkpoint Done"));
    QString title = checkpointKey;
    QString proof;
    for (const Checkpoint& c : workspace.framework().checkpoints()) {
        if (c.key == checkpointKey) {
            title = QStringLiteral("%1 · %2").arg(c.levelCode, c.title.text());
            proof = c.evidence.text();
        }
    }
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    auto* hint = new QLabel(tr("What proves it: %1").arg(proof), this);
    hint->setWordWrap(true);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(workspace.today().addDays(1));
    m_evidence->setPlaceholderText(
        tr("One per line: a URL, a commit, a file path, adr:N or entry:N"));
    m_evidence->setTabChangesFocus(true);
    // A done checkpoint opens here to gain evidence: keep its day and note as they are.
    const CheckpointProgress progress = workspace.checkpointProgress().value(checkpointKey);
    const int attached = int(workspace.evidence().value(checkpointKey).size());
    if (progress.status == CheckpointProgress::Status::Done) {
        setWindowTitle(tr("Add Evidence"));
        if (progress.doneOn.isValid())
            m_date->setDate(progress.doneOn);
        m_note->setText(progress.note);
    }
    if (attached > 0)
        hint->setText(hint->text() + QLatin1Char('\n') +
                      tr("Already attached: %n pieces of evidence.", nullptr, attached));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_note->setAccessibleName(tr("Note"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    // Records are named by id in evidence ("adr:12"), which nobody remembers: pick one by
    // its number or title instead.
    m_adrPicker->setEditable(true);
    m_adrPicker->setInsertPolicy(QComboBox::NoInsert);
    m_adrPicker->setAccessibleName(tr("Add a decision record"));
    m_adrPicker->lineEdit()->setPlaceholderText(tr("Type a number or title to add an ADR"));
    for (const Adr& adr : workspace.adrs()) {
        const QString number = adr.number ? tr("ADR-%1").arg(*adr.number, 4, 10, QLatin1Char('0'))
                                          : tr("ADR id:%1").arg(adr.id);
        m_adrPicker->addItem(tr("%1 · %2 (%3)").arg(number, adr.title, Adr::statusKey(adr.status)),
                             QStringLiteral("adr:%1").arg(adr.id));
    }
    m_adrPicker->completer()->setFilterMode(Qt::MatchContains);
    m_adrPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_adrPicker->setCurrentIndex(-1);
    m_adrPicker->setVisible(m_adrPicker->count() > 0);
    connect(m_adrPicker, &QComboBox::activated, this, [this](int index) {
        const QString reference = m_adrPicker->itemData(index).toString();
        QString text = m_evidence->toPlainText();
        if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
        m_evidence->setPlainText(text + reference);
        m_adrPicker->setCurrentIndex(-1);
        m_adrPicker->clearEditText();
        m_evidence->setFocus();
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Done on:"), m_date);
    form->addRow(tr("&Evidence:"), m_evidence);
    form->addRow(QString(), m_adrPicker);
    form->addRow(QString(), m_noEvidence);
    form->addRow(tr("N&ote:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    // Enter starts a new line in the evidence box, so saving from there needs Ctrl+Enter.
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* save = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        connect(save, &QShortcut::activated, this, &MarkDoneDialog::accept);
    }
    m_evidence->setToolTip(tr("Ctrl+Enter saves"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_noEvidence, &QCheckBox::toggled, m_evidence, &QWidget::setDisabled);
    resize(520, sizeHint().height());
    m_evidence->setFocus();
}

void MarkDoneDialog::accept()
{
    QStringList refs;
    if (!m_noEvidence->isChecked()) {
        const QStringList lines = m_evidence->toPlainText().split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (!line.trimmed().isEmpty())
                refs << line.trimmed();
        }
    }
    const Status s = m_workspace.markCheckpointDone(m_checkpointKey, m_date->date(), refs,
                                                    m_noEvidence->isChecked(), m_note->text());
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}
