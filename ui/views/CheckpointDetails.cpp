// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointDetails.h"

#include "NumberText.h"
#include "Workspace.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QUrl>

namespace {

// Links inside the details that Rungs follows itself rather than the desktop.
const QString EntryScheme = QStringLiteral("rungs-entry");
const QString AdrScheme = QStringLiteral("rungs-adr");
const QString RemoveScheme = QStringLiteral("rungs-remove-evidence");

QString link(const QString& href, const QString& text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href.toHtmlEscaped(), text.toHtmlEscaped());
}

/** Dates as the tables show them. */
QString day(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

CheckpointDetails::CheckpointDetails(Workspace& workspace, QWidget* parent)
    : QTextBrowser(parent)
    , m_workspace(workspace)
{
    setOpenLinks(false);
    setAccessibleName(tr("Checkpoint details"));
    connect(this, &QTextBrowser::anchorClicked, this, &CheckpointDetails::follow);
    showCheckpoint({});
}

void CheckpointDetails::showCheckpoint(const QString& key)
{
    m_key = key;
    const Framework& f = m_workspace.framework();
    const Checkpoint* c = nullptr;
    const QList<Checkpoint> all = f.checkpoints();
    for (const Checkpoint& candidate : all) {
        if (candidate.key == key)
            c = &candidate;
    }
    if (!c) {
        setHtml(QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Select a checkpoint to see its evidence.").toHtmlEscaped()));
        return;
    }

    QString html = QStringLiteral("<h3>%1 · %2</h3>")
                       .arg(c->levelCode.toHtmlEscaped(), c->title.text().toHtmlEscaped());
    if (const Dimension* d = f.dimension(c->dimensionKey))
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Dimension: %1").arg(d->name.text()).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Proven by:").toHtmlEscaped(), c->evidence.text().toHtmlEscaped());

    const CheckpointProgress p = m_workspace.checkpointProgress().value(key);
    QString status = CheckpointProgress::statusText(p.status);
    if (p.status == CheckpointProgress::Status::Done && p.doneOn.isValid())
        status = tr("done on %1").arg(day(p.doneOn));
    if (p.startedOn.isValid() && p.status != CheckpointProgress::Status::NotStarted)
        status += QStringLiteral(" · ") + tr("started %1").arg(day(p.startedOn));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Status:").toHtmlEscaped(), status.toHtmlEscaped());
    if (!p.note.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Note:").toHtmlEscaped(),
                         p.note.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    html += evidenceHtml();
    setHtml(html);
}

QString CheckpointDetails::evidenceHtml() const
{
    const QList<Evidence> pieces = m_workspace.evidence().value(m_key);
    if (pieces.isEmpty())
        return QStringLiteral("<p><b>%1</b> %2</p>")
            .arg(tr("Your evidence:").toHtmlEscaped(), tr("none attached").toHtmlEscaped());

    QString items;
    for (const Evidence& e : pieces) {
        QString item;
        switch (e.kind) {
        case Evidence::Kind::None:
            item = QStringLiteral("<i>%1</i>").arg(tr("no evidence yet").toHtmlEscaped());
            break;
        case Evidence::Kind::Url:
            item = link(e.reference, e.reference);
            break;
        case Evidence::Kind::File:
            item = link(QUrl::fromLocalFile(QDir::cleanPath(e.reference)).toString(), e.reference);
            break;
        case Evidence::Kind::Commit:
            item = QStringLiteral("<code>%1</code>").arg(e.reference.toHtmlEscaped());
            break;
        case Evidence::Kind::Entry: {
            QString text = tr("entry %1").arg(e.entryId);
            if (const auto entry = m_workspace.entry(e.entryId)) {
                const Metric* m = m_workspace.framework().metric(entry->metricKey);
                const QString value =
                    m ? QStringLiteral("%1 %2").arg(numberText(entry->value), m->unit.text())
                      : numberText(entry->value);
                text = tr("entry %1, %2 — %3 = %4")
                           .arg(QString::number(e.entryId), day(entry->day),
                                m ? m->name.text() : entry->metricKey, value);
            }
            item = link(QStringLiteral("%1:%2").arg(EntryScheme).arg(e.entryId), text);
            break;
        }
        case Evidence::Kind::Adr:
            item = link(QStringLiteral("%1:%2").arg(AdrScheme).arg(e.adrId),
                        tr("ADR %1").arg(e.adrId));
            break;
        }
        if (!e.note.isEmpty())
            item += QStringLiteral(" — %1").arg(e.note.toHtmlEscaped());
        item += QStringLiteral(" &nbsp;[%1]")
                    .arg(link(QStringLiteral("%1:%2").arg(RemoveScheme).arg(e.id), tr("remove")));
        items += QStringLiteral("<li>%1</li>").arg(item);
    }
    return QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
        .arg(tr("Your evidence:").toHtmlEscaped(), items);
}

void CheckpointDetails::follow(const QUrl& url)
{
    const QString scheme = url.scheme();
    const qint64 id = url.path().toLongLong();
    if (scheme == EntryScheme) {
        Q_EMIT entryRequested(id);
    } else if (scheme == AdrScheme) {
        Q_EMIT adrRequested(id);
    } else if (scheme == RemoveScheme) {
        const auto answer = QMessageBox::question(
            this, tr("Remove Evidence"),
            tr("Detach this evidence from the checkpoint? The checkpoint keeps its status."));
        if (answer != QMessageBox::Yes)
            return;
        if (Status s = m_workspace.removeEvidence(id); !s)
            QMessageBox::warning(this, tr("Evidence not removed"), s.error().message);
    } else if (url.isLocalFile() && !QFileInfo::exists(url.toLocalFile())) {
        QMessageBox::information(this, tr("File not found"),
                                 tr("%1 does not exist on this computer.").arg(url.toLocalFile()));
    } else if (!QDesktopServices::openUrl(url)) {
        QMessageBox::information(this, tr("Cannot open link"),
                                 tr("No program on this computer opens %1.").arg(url.toString()));
    }
}
