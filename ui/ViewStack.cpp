// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewStack.h"

#include "LazyPage.h"
#include "MainWindow.h"
#include "views/AdrView.h"
#include "views/ChartsView.h"
#include "views/CheckpointsView.h"
#include "views/DashboardView.h"
#include "views/FrameworkView.h"
#include "views/LogView.h"

ViewStack::ViewStack(Workspace& workspace, EntryHistory& history, QWidget* parent)
    : QStackedWidget(parent)
    , m_workspace(workspace)
    , m_history(history)
{
    for (int i = 0; i < MainWindow::PageCount; ++i)
        addWidget(new LazyPage([this, i](QWidget* page) { return buildView(i, page); }));
}

void ViewStack::showPage(int index)
{
    view(index);
    setCurrentIndex(index);
}

bool ViewStack::settleChanges()
{
    const auto* adrPage = static_cast<LazyPage*>(widget(MainWindow::AdrsPage));
    return !adrPage->isBuilt() || adrView()->settleChanges();
}

QWidget* ViewStack::view(int index) const
{
    return static_cast<LazyPage*>(widget(index))->view();
}

QWidget* ViewStack::buildView(int index, QWidget* page)
{
    switch (MainWindow::View(index)) {
    case MainWindow::DashboardPage: {
        auto* dashboard = new DashboardView(m_workspace, page);
        connect(dashboard, &DashboardView::statusMessage, this, &ViewStack::statusMessage);
        connect(dashboard, &DashboardView::checkpointRequested, this, [this](const QString& key) {
            Q_EMIT pageRequested(MainWindow::CheckpointsPage);
            checkpointsView()->selectCheckpoint(key);
        });
        return dashboard;
    }
    case MainWindow::LogPage: {
        auto* log = new LogView(m_history, page);
        connect(log, &LogView::statusMessage, this, &ViewStack::statusMessage);
        connect(log, &LogView::quickLogRequested, this, &ViewStack::quickLogRequested);
        connect(log, &LogView::importRequested, this, &ViewStack::importRequested);
        connect(log, &LogView::exportRequested, this, &ViewStack::exportRequested);
        return log;
    }
    case MainWindow::CheckpointsPage: {
        auto* checkpoints = new CheckpointsView(m_workspace, page);
        connect(checkpoints, &CheckpointsView::entryRequested, this, [this](qint64 id) {
            Q_EMIT pageRequested(MainWindow::LogPage);
            if (!logView()->showEntry(id))
                Q_EMIT statusMessage(MainWindow::tr("Entry %1 no longer exists").arg(id));
        });
        connect(checkpoints, &CheckpointsView::adrRequested, this, [this](qint64 id) {
            Q_EMIT pageRequested(MainWindow::AdrsPage);
            if (!adrView()->showRecord(id))
                Q_EMIT statusMessage(MainWindow::tr("ADR %1 no longer exists").arg(id));
        });
        return checkpoints;
    }
    case MainWindow::AdrsPage: {
        auto* adrs = new AdrView(m_workspace, page);
        connect(adrs, &AdrView::statusMessage, this, &ViewStack::statusMessage);
        return adrs;
    }
    case MainWindow::ChartsPage: {
        auto* charts = new ChartsView(m_workspace, page);
        connect(charts, &ChartsView::statusMessage, this, &ViewStack::statusMessage);
        return charts;
    }
    case MainWindow::FrameworkPage: {
        auto* framework = new FrameworkView(m_workspace, page);
        connect(framework, &FrameworkView::statusMessage, this, &ViewStack::statusMessage);
        return framework;
    }
    case MainWindow::PageCount:
        break;
    }
    Q_UNREACHABLE();
    return nullptr;
}

DashboardView* ViewStack::dashboardView() const
{
    return static_cast<DashboardView*>(view(MainWindow::DashboardPage));
}

LogView* ViewStack::logView() const
{
    return static_cast<LogView*>(view(MainWindow::LogPage));
}

CheckpointsView* ViewStack::checkpointsView() const
{
    return static_cast<CheckpointsView*>(view(MainWindow::CheckpointsPage));
}

AdrView* ViewStack::adrView() const
{
    return static_cast<AdrView*>(view(MainWindow::AdrsPage));
}

ChartsView* ViewStack::chartsView() const
{
    return static_cast<ChartsView*>(view(MainWindow::ChartsPage));
}

FrameworkView* ViewStack::frameworkView() const
{
    return static_cast<FrameworkView*>(view(MainWindow::FrameworkPage));
}
