// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrFolderActions.h"

#include "AdrFolder.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace {

QString startFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

QString AdrFolderActions::importFolder(QWidget* parent, Workspace& workspace, const QString& dir)
{
    const QString native = QDir::toNativeSeparators(dir);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto imported = workspace.importAdrFolder(dir, false);
    QApplication::restoreOverrideCursor();
    if (!imported) {
        QMessageBox::warning(parent, tr("Import refused"),
                             tr("Nothing was imported.\n\n%1").arg(imported.error().message));
        return {};
    }

    const AdrImportReport& report = imported.value();
    QStringList lines;
    bool warned = false;
    for (const AdrImportFile& file : report.files) {
        lines << AdrFolder::reportLine(file);
        warned = warned || !file.warnings.isEmpty();
    }
    const QString summary =
        tr("Imported %n decision records from %1", nullptr, report.imported()).arg(native);
    QMessageBox box(report.skipped() > 0 || warned ? QMessageBox::Warning
                                                   : QMessageBox::Information,
                    tr("Import Decision Records"), summary, QMessageBox::Ok, parent);
    if (report.files.isEmpty())
        box.setInformativeText(tr("The folder holds no Markdown files."));
    else if (report.skipped() > 0)
        box.setInformativeText(tr("%n files could not be read and were skipped; the details "
                                  "say why.",
                                  nullptr, report.skipped()));
    else if (warned)
        box.setInformativeText(tr("Some links could not be followed; the details say which."));
    if (!lines.isEmpty())
        box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
    return report.skipped() == 0
               ? summary
               : summary + QLatin1String("; ") + tr("skipped %n files", nullptr, report.skipped());
}

QString AdrFolderActions::exportFolder(QWidget* parent, const Workspace& workspace,
                                       const QString& dir)
{
    const QString native = QDir::toNativeSeparators(dir);
    if (!QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty()) {
        const auto answer = QMessageBox::question(
            parent, tr("Export Decision Records"),
            tr("%1 already holds Markdown files. Records and README.md of the same names will "
               "be replaced; other files stay. Export into it?")
                .arg(native),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return {};
    }
    // From the file, not the window's copy: the command line may have changed it since.
    if (Status written = AdrFolder::exportFolder(workspace.database(), dir); !written) {
        QMessageBox::warning(parent, tr("Export failed"), written.error().message);
        return {};
    }
    return tr("Exported %n decision records to %1", nullptr, workspace.adrCount()).arg(native);
}

QString AdrFolderActions::chooseAndImport(QWidget* parent, Workspace& workspace)
{
    const QString dir = QFileDialog::getExistingDirectory(
        parent, tr("Import Decision Records from Folder"), startFolder());
    return dir.isEmpty() ? QString() : importFolder(parent, workspace, dir);
}

QString AdrFolderActions::chooseAndExport(QWidget* parent, const Workspace& workspace)
{
    const QString dir = QFileDialog::getExistingDirectory(
        parent, tr("Export Decision Records to Folder"), startFolder());
    return dir.isEmpty() ? QString() : exportFolder(parent, workspace, dir);
}
