// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketFileActions.h"

#include "PromotionPacket.h"
#include "Workspace.h"
#include "report/PacketWriter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

namespace {

QString refused(QWidget* parent, const Failure& failure)
{
    QMessageBox::warning(
        parent, PacketFileActions::tr("Export failed"),
        PacketFileActions::tr("The promotion packet was not written.\n\n%1").arg(failure.message));
    return {};
}

} // namespace

QString PacketFileActions::exportFile(QWidget* parent, const Workspace& workspace,
                                      const QString& path)
{
    const QDate to = workspace.today();
    auto sources = PromotionPacket::sourcesFrom(workspace, PromotionPacket::defaultFrom(to), to);
    if (!sources)
        return refused(parent, sources.error());
    QProgressDialog progress(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 1,
                             parent);
    progress.setWindowTitle(tr("Export Promotion Packet"));
    progress.setWindowModality(Qt::WindowModal);
    // Shown from the first step: drawing the charts takes a moment from the start.
    progress.setMinimumDuration(0);
    progress.setValue(0);
    const auto written = PacketWriter::write(PromotionPacket::gather(sources.value()), path,
                                             [&progress](int done, int total) {
                                                 progress.setMaximum(total);
                                                 progress.setValue(done);
                                                 return !progress.wasCanceled();
                                             });
    progress.reset();
    if (!written)
        return refused(parent, written.error());
    if (written.value() == PacketWriter::Outcome::Cancelled)
        return tr("Export cancelled; nothing was written");
    return tr("Wrote the promotion packet to %1").arg(path);
}

QString PacketFileActions::chooseAndExport(QWidget* parent, const Workspace& workspace)
{
    const QString pdf = tr("PDF documents (*.pdf)");
    const QString markdown = tr("Markdown with images (*.md)");
    QFileDialog dialog(parent, tr("Export Promotion Packet"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({pdf, markdown});
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                     [&dialog, markdown](const QString& filter) {
                         dialog.setDefaultSuffix(filter == markdown ? QStringLiteral("md")
                                                                    : QStringLiteral("pdf"));
                     });
    dialog.selectFile(tr("promotion-packet-%1.pdf").arg(workspace.today().toString(Qt::ISODate)));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    if (!PacketWriter::canWrite(path)) {
        QMessageBox::warning(parent, tr("Export failed"),
                             tr("%1: the name must end in .pdf or .md").arg(path));
        return {};
    }
    return exportFile(parent, workspace, path);
}
