// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CheckpointTableModel;
class DimensionTableModel;
class MetricTableModel;
class QComboBox;
class QLabel;
class QTextBrowser;
class Workspace;

/**
 * The active framework, read-only: levels, dimensions with expectations, checkpoints
 * and metrics with targets. Switches the active framework and imports new ones.
 */
class FrameworkView : public QWidget
{
    Q_OBJECT

public:
    explicit FrameworkView(Workspace& workspace, QWidget* parent = nullptr);

    /** Asks for a JSON file and imports it, reporting the outcome in a dialog. */
    void importFramework();
    /** Imports the file at path; returns false after telling the user what was wrong. */
    bool importFrameworkFile(const QString& path);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void refresh();
    void activateSelected();

    Workspace& m_workspace;
    QComboBox* m_frameworks;
    QLabel* m_description;
    QTextBrowser* m_levels;
    DimensionTableModel* m_dimensions;
    CheckpointTableModel* m_checkpoints;
    MetricTableModel* m_metrics;
};
