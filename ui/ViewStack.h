// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class AdrView;
class ChartsView;
class CheckpointsView;
class DashboardView;
class EntryHistory;
class FrameworkView;
class LogView;
class Workspace;

/**
 * The main window's sections, one page each, in MainWindow::View order. Each view is
 * built the first time it is shown or asked for (LazyPage), so that start-up builds
 * only the view on screen. Links from one view to another (a next checkpoint on the
 * Dashboard, an entry or a decision record in the Checkpoints view) are followed here;
 * what the window has to do is signalled.
 */
class ViewStack : public QStackedWidget
{
    Q_OBJECT

public:
    ViewStack(Workspace& workspace, EntryHistory& history, QWidget* parent = nullptr);

    /** Shows the page at index (a MainWindow::View), building its view first if needed. */
    void showPage(int index);

    /** The views, each built here when it has not been shown or asked for before. */
    DashboardView* dashboardView() const;
    LogView* logView() const;
    CheckpointsView* checkpointsView() const;
    AdrView* adrView() const;
    ChartsView* chartsView() const;
    FrameworkView* frameworkView() const;

    /**
     * Asks about unsaved edits in the views built so far (a decision record being
     * edited) before the window goes; false when the user cancels.
     */
    bool settleChanges();

Q_SIGNALS:
    /** A link in one view leads to the page at index; the window should show it. */
    void pageRequested(int index);
    void statusMessage(const QString& message);
    /** The Log view's buttons for what the window's menus also do. */
    void quickLogRequested();
    void importRequested();
    void exportRequested();

private:
    /** Makes the view of the page at index as a child of page and connects it. */
    QWidget* buildView(int index, QWidget* page);
    /** The view of the page at index, built now if it was not yet. */
    QWidget* view(int index) const;

    Workspace& m_workspace;
    EntryHistory& m_history;
};
