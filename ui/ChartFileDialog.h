// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;

/**
 * The save dialog of every chart export: PNG, SVG and PDF (and CSV where the data can
 * go as a table), the suffix following the chosen type so the overwrite question sees
 * the real file name, in the Documents folder.
 */
class ChartFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(ChartFileDialog)

public:
    /**
     * Asks for a file; fileName is the suggested name without suffix ("rungs-radar-
     * 2026-11-22"). Returns the chosen path, empty when cancelled.
     */
    static QString askPath(QWidget* parent, const QString& title, const QString& fileName,
                           bool offerCsv);
};
