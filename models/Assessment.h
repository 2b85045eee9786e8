// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/** The user's own score (0–5 in half steps) for one dimension on one day. */
struct Assessment
{
    static constexpr double MaximumScore = 5;

    qint64 id = 0; ///< 0 until stored
    QDate day;
    QString frameworkKey;
    QString dimensionKey;
    double score = 0;
    QString note;
};

/** The text of an assessment as a person gives it, before validation. */
struct AssessmentText
{
    QString date;
    QString dimension;
    QString score;
    QString note;
};
