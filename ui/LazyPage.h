// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

/**
 * A page of a QStackedWidget that builds its view the first time the view is asked
 * for, not when the page is added: at start-up a window then builds only the page it
 * shows, and pages the user never opens cost nothing. The view fills the page.
 */
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    /** Makes the view as a child of the parent it is given. */
    using Factory = std::function<QWidget*(QWidget* parent)>;

    explicit LazyPage(Factory factory, QWidget* parent = nullptr);

    /** The view, built now when this is the first time it is asked for. */
    QWidget* view();
    /** Whether the view has been built. */
    bool isBuilt() const { return m_view != nullptr; }

private:
    Factory m_factory;
    QWidget* m_view = nullptr;
};
