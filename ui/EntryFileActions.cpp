// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryFileActions.h"

#include "EntryFile.h"
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
    if (Status s = EntryFile::save(path, workspace.entries()); !s) {
        QMessageBox::warning(parent, tr("Export failed"), s.error().message);
        return {};
    }
    return tr("Exported %n entries to %1", nullptr, workspace.entryCount()).arg(path);
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
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        parent, tr("Export Entries"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
            QStringLiteral("/rungs-entries.csv"),
        tr("CSV files (*.csv);;JSON files (*.json)"), &filter);
    if (path.isEmpty())
        return {};
    if (!EntryFile::canSave(path))
        path += filter.contains(QLatin1String("json")) ? QStringLiteral(".json")
                                                       : QStringLiteral(".csv");
    return exportFile(parent, workspace, path);
}
