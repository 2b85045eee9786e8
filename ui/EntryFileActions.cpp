// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryFileActions.h"

#include "EntryFile.h"
#include "EntryStore.h"
#include "Workspace.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

QString EntryFileActions::importFile(QWidget* parent, Workspace& workspace, const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto entries = EntryFile::load(path, workspace.framework(), workspace.today());
    QApplication::restoreOverrideCursor();
    if (!entries) {
        QMessageBox::warning(parent, tr("Import refused"),
                             tr("Nothing was imported.\n\n%1").arg(entries.error().message));
        return tr("Nothing imported from %1").arg(QFileInfo(path).fileName());
    }

    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             int(entries.value().size()), parent);
    progress.setWindowTitle(tr("Import Entries"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto imported = workspace.importEntries(entries.value(), [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    const bool cancelled = progress.wasCanceled(); // reset() forgets it
    progress.reset();
    if (!imported) {
        if (cancelled)
            return tr("Import cancelled; nothing was imported");
        QMessageBox::warning(parent, tr("Import failed"),
                             tr("Nothing was imported.\n\n%1").arg(imported.error().message));
        return tr("Nothing imported from %1").arg(QFileInfo(path).fileName());
    }
    const ImportSummary& s = imported.value();
    return s.skipped == 0 ? tr("Imported %n entries", nullptr, s.added)
                          : tr("Imported %n entries", nullptr, s.added) + QLatin1String("; ") +
                                tr("skipped %n already present", nullptr, s.skipped);
}

QString EntryFileActions::exportFile(QWidget* parent, const Workspace& workspace,
                                     const QString& path)
{
    // From the file, not the window's copy: the command line may have logged since.
    auto entries = EntryStore(workspace.database()).list();
    Status written = entries ? EntryFile::save(path, entries.value()) : Status(entries.error());
    if (!written) {
        QMessageBox::warning(parent, tr("Export failed"), written.error().message);
        return {};
    }
    return tr("Exported %n entries to %1", nullptr, int(entries.value().size())).arg(path);
}

QString EntryFileActions::chooseAndImport(QWidget* parent, Workspace& workspace)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import Entries"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    return path.isEmpty() ? QString() : importFile(parent, workspace, path);
}

QString EntryFileActions::chooseAndExport(QWidget* parent, const Workspace& workspace)
{
    QFileDialog dialog(parent, tr("Export Entries"),
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    const QString csv = tr("CSV files (*.csv)");
    dialog.setNameFilters({csv, tr("JSON files (*.json)")});
    // The dialog adds the suffix itself, so its overwrite question sees the real name.
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    QObject::connect(
        &dialog, &QFileDialog::filterSelected, &dialog, [&dialog, csv](const QString& filter) {
            dialog.setDefaultSuffix(filter == csv ? QStringLiteral("csv") : QStringLiteral("json"));
        });
    dialog.selectFile(QStringLiteral("rungs-entries.csv"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString path = dialog.selectedFiles().constFirst();
    if (!EntryFile::canSave(path)) {
        QMessageBox::warning(parent, tr("Export failed"),
                             tr("%1: the name must end in .csv or .json").arg(path));
        return {};
    }
    return exportFile(parent, workspace, path);
}
