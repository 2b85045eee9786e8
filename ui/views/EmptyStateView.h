// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

/** A view with a heading and a sentence: what a section holds and how much of it. */
class EmptyStateView : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateView(const QString& heading, QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;

private:
    QLabel* m_text;
};
