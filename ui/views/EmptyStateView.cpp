// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyStateView.h"

#include <QLabel>
#include <QVBoxLayout>

EmptyStateView::EmptyStateView(const QString& heading, QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    auto* title = new QLabel(heading, this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_text);
    layout->addStretch();
}

void EmptyStateView::setText(const QString& text)
{
    m_text->setText(text);
}

QString EmptyStateView::text() const
{
    return m_text->text();
}
