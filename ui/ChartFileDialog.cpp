// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartFileDialog.h"

#include <QFileDialog>
#include <QStandardPaths>

QString ChartFileDialog::askPath(QWidget* parent, const QString& title, const QString& fileName,
                                 bool offerCsv)
{
    QFileDialog dialog(parent, title,
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    QStringList filters{tr("PNG images (*.png)"), tr("SVG drawings (*.svg)"),
                        tr("PDF documents (*.pdf)")};
    QStringList suffixes{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    if (offerCsv) {
        filters << tr("CSV tables of the plotted values (*.csv)");
        suffixes << QStringLiteral("csv");
    }
    dialog.setNameFilters(filters);
    dialog.setDefaultSuffix(suffixes.constFirst());
    QObject::connect(&dialog, &QFileDialog::filterSelected, &dialog,
                     [&dialog, filters, suffixes](const QString& filter) {
                         dialog.setDefaultSuffix(
                             suffixes.value(filters.indexOf(filter), suffixes.constFirst()));
                     });
    dialog.selectFile(fileName + QStringLiteral(".png"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}
