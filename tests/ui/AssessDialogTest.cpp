// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/AssessDialog.h"

#include "TempDatabase.h"
#include "Workspace.h"
#include "WorkspaceTest.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class AssessDialogTest : public WorkspaceTest
{
protected:
    template <typename T>
    static T* field(const AssessDialog& dialog, const char* name)
    {
        T* widget = dialog.findChild<T*>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Replaces the score as a user would: select what is there, type, press Enter.
    static void typeScoreAndPressEnter(const AssessDialog& dialog, const QString& text)
    {
        auto* score = field<QDoubleSpinBox>(dialog, "score");
        score->setFocus();
        score->selectAll();
        QTest::keyClicks(score, text);
        QTest::keyClick(score, Qt::Key_Return);
    }

    int storedAssessments() const
    {
        return TempDatabase::scalar(m_temp.path(),
                                    QStringLiteral("SELECT count(*) FROM assessment"))
            .toInt();
    }
};

Assessment assessment(const QString& dimension, double score, const QDate& day)
{
    Assessment a;
    a.day = day;
    a.frameworkKey = QStringLiteral("go-backend");
    a.dimensionKey = dimension;
    a.score = score;
    return a;
}

} // namespace

TEST_F(AssessDialogTest, EnterSavesChosenDimensionScoreAndNoteToDatabaseAndWorkspace)
{
    QSignalSpy changed(m_workspace.get(), &Workspace::assessmentsChanged);
    AssessDialog dialog(*m_workspace);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));

    // A closed combo box picks the item whose name starts with what is typed.
    QTest::keyClicks(field<QComboBox>(dialog, "dimension"), QStringLiteral("Influence"));
    ASSERT_EQ(dialog.dimension(), QStringLiteral("influence"));
    QTest::keyClicks(field<QPlainTextEdit>(dialog, "note"),
                     QStringLiteral("Led the cross-team API review"));
    typeScoreAndPressEnter(dialog, QStringLiteral("3.5"));

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_GT(dialog.savedId(), 0);
    const QString row = QStringLiteral("FROM assessment WHERE dimension_key = 'influence'");
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(), QStringLiteral("SELECT score ") + row).toDouble(),
              3.5);
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(), QStringLiteral("SELECT day ") + row).toString(),
              QStringLiteral("2026-11-22"));
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(), QStringLiteral("SELECT note ") + row).toString(),
              QStringLiteral("Led the cross-team API review"));
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(), QStringLiteral("SELECT framework_key ") + row)
                  .toString(),
              QStringLiteral("go-backend"));
    EXPECT_EQ(storedAssessments(), 1);

    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(m_workspace->assessments().contains(QStringLiteral("influence")));
    const Assessment& saved = m_workspace->assessments().value(QStringLiteral("influence"));
    EXPECT_EQ(saved.score, 3.5);
    EXPECT_EQ(saved.id, dialog.savedId());
}

TEST_F(AssessDialogTest, ScoreBetweenHalfStepsIsRefusedInlineAndNothingIsWritten)
{
    AssessDialog dialog(*m_workspace, QStringLiteral("influence"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* error = field<QLabel>(dialog, "error");
    EXPECT_FALSE(error->isVisible());

    typeScoreAndPressEnter(dialog, QStringLiteral("3.3"));

    EXPECT_TRUE(dialog.isVisible());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("score: 3.3")))
        << error->text().toStdString();
    EXPECT_EQ(dialog.focusWidget(), field<QDoubleSpinBox>(dialog, "score"));
    EXPECT_EQ(storedAssessments(), 0);
    EXPECT_TRUE(m_workspace->assessments().isEmpty());

    // The same dialog saves once the score is corrected.
    typeScoreAndPressEnter(dialog, QStringLiteral("3.5"));
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(storedAssessments(), 1);
}

TEST_F(AssessDialogTest, DateEditorOffersTodayAndNothingAfterTomorrow)
{
    AssessDialog dialog(*m_workspace);
    auto* date = field<QDateEdit>(dialog, "date");
    EXPECT_EQ(date->date(), QDate(2026, 11, 22));
    date->setDate(QDate(2026, 12, 25));
    EXPECT_EQ(date->date(), QDate(2026, 11, 23));
    date->setDate(QDate(1960, 1, 1));
    EXPECT_EQ(date->date(), QDate(1970, 1, 1));
}

TEST_F(AssessDialogTest, EscapeCancelsWithoutWriting)
{
    AssessDialog dialog(*m_workspace, QStringLiteral("influence"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* score = field<QDoubleSpinBox>(dialog, "score");
    score->selectAll();
    QTest::keyClicks(score, QStringLiteral("4"));
    QTest::keyClick(score, Qt::Key_Escape);

    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_EQ(storedAssessments(), 0);
}

TEST_F(AssessDialogTest, HintShowsLevelExpectationsAndPreviousSelfAssessment)
{
    ASSERT_TRUE(
        m_workspace->addAssessment(assessment(QStringLiteral("influence"), 2.5, QDate(2026, 11, 1)))
            .ok());
    AssessDialog dialog(*m_workspace, QStringLiteral("influence"));
    EXPECT_EQ(dialog.dimension(), QStringLiteral("influence"));
    auto* hint = field<QLabel>(dialog, "hint");
    // go-backend: influence is 1.5 at P6 (the profile's level) and 3 at P7 (its target).
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Now P6: expects 1.5. Target P7: expects 3.")))
        << hint->text().toStdString();
    EXPECT_TRUE(hint->text().contains(QStringLiteral("2.5 on 2026-11-01")))
        << hint->text().toStdString();

    dialog.setDimension(QStringLiteral("technical_judgment"));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Now P6: expects 2. Target P7: expects 3.5.")))
        << hint->text().toStdString();
    EXPECT_TRUE(hint->text().contains(QStringLiteral("not assessed this dimension yet")))
        << hint->text().toStdString();
}

TEST_F(AssessDialogTest, UnknownPreselectedDimensionStartsAtTheFirst)
{
    AssessDialog dialog(*m_workspace, QStringLiteral("no_such_dimension"));
    EXPECT_EQ(dialog.dimension(), m_workspace->framework().dimensions.first().key);
}
