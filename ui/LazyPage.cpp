// SPDX-License-Identifier: GPL-3.0-or-later
#include "LazyPage.h"

#include <QVBoxLayout>

LazyPage::LazyPage(Factory factory, QWidget* parent)
    : QWidget(parent)
    , m_factory(std::move(factory))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget* LazyPage::view()
{
    if (!m_view) {
        m_view = m_factory(this);
        // What the factory captured is not needed again.
        m_factory = nullptr;
        layout()->addWidget(m_view);
    }
    return m_view;
}
