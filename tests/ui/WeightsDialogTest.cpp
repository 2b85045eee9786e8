// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/WeightsDialog.h"

#include "ScoreWeightsStore.h"
#include "TempDatabase.h"
#include "TestEntries.h"
#include "Workspace.h"
#include "WorkspaceTest.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class WeightsDialogTest : public WorkspaceTest
{
protected:
    template <typename T>
    static T* field(const WeightsDialog& dialog, const QString& name)
    {
        T* widget = dialog.findChild<T*>(name);
        EXPECT_NE(widget, nullptr) << name.toStdString();
        return widget;
    }

    static QString text(const WeightsDialog& dialog, const QString& name)
    {
        auto* label = field<QLabel>(dialog, name);
        return label ? label->text() : QString();
    }

    /** Replaces what a spin box shows as a user would: select all, type. */
    static void type(QAbstractSpinBox* box, const QString& value)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, value);
    }

    static void click(const WeightsDialog& dialog, QDialogButtonBox::StandardButton which)
    {
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        ASSERT_NE(buttons, nullptr);
        QTest::mouseClick(buttons->button(which), Qt::LeftButton);
    }

    /** The settings in the file, read through a connection of their own. */
    CompositeSettings storedSettings()
    {
        auto fresh = Database::open(m_temp.path(), m_temp.clock());
        EXPECT_TRUE(fresh.ok());
        if (!fresh.ok())
            return {};
        auto loaded = ScoreWeightsStore(*fresh.value()).load(goBackendFramework());
        EXPECT_TRUE(loaded.ok());
        return loaded.ok() ? loaded.value() : CompositeSettings{};
    }
};

} // namespace

TEST_F(WeightsDialogTest, OkStoresTheChangedWeightAndShareInTheFile)
{
    WeightsDialog dialog(*m_workspace);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    type(field<QDoubleSpinBox>(dialog, u"weight:delta_tech"_s), u"7"_s);
    type(field<QSpinBox>(dialog, u"entropyShare"_s), u"25"_s);
    click(dialog, QDialogButtonBox::Ok);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const CompositeSettings stored = storedSettings();
    EXPECT_EQ(stored.weight(u"delta_tech"_s), 7);
    EXPECT_EQ(stored.weight(u"alert_hours_week"_s), 1);
    EXPECT_EQ(stored.weights.size(), goBackendFramework().metrics.size());
    EXPECT_DOUBLE_EQ(stored.entropyShare, 0.25);
    EXPECT_EQ(m_workspace->compositeSettings(), stored);
}

TEST_F(WeightsDialogTest, CancelStoresNothing)
{
    WeightsDialog dialog(*m_workspace);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    type(field<QDoubleSpinBox>(dialog, u"weight:delta_tech"_s), u"7"_s);
    type(field<QSpinBox>(dialog, u"entropyShare"_s), u"25"_s);
    click(dialog, QDialogButtonBox::Cancel);

    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(storedSettings(), CompositeSettings{});
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(), u"SELECT count(*) FROM metric_weight"_s).toInt(),
              0);
    EXPECT_EQ(m_workspace->compositeSettings(), CompositeSettings{});
}

TEST_F(WeightsDialogTest, ShowsStoredSettingsAndRestoresDefaultsWithoutStoring)
{
    CompositeSettings settings;
    settings.weights = {{u"delta_tech"_s, 5}};
    settings.entropyShare = 0.3;
    ASSERT_TRUE(m_workspace->setCompositeSettings(settings).ok());

    WeightsDialog dialog(*m_workspace);
    auto* tech = field<QDoubleSpinBox>(dialog, u"weight:delta_tech"_s);
    auto* share = field<QSpinBox>(dialog, u"entropyShare"_s);
    ASSERT_TRUE(tech && share);
    EXPECT_EQ(tech->value(), 5);
    EXPECT_EQ(field<QDoubleSpinBox>(dialog, u"weight:mttr_minutes"_s)->value(), 1);
    EXPECT_EQ(share->value(), 30);

    click(dialog, QDialogButtonBox::RestoreDefaults);
    EXPECT_EQ(tech->value(), 1);
    EXPECT_EQ(share->value(), 60);
    EXPECT_EQ(storedSettings(), settings);
}

TEST_F(WeightsDialogTest, PreviewFollowsTheWeightsAndTheShare)
{
    for (const Entry& e : compositeExampleEntries())
        ASSERT_TRUE(m_workspace->addEntry(e).ok());
    WeightsDialog dialog(*m_workspace);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    type(field<QDoubleSpinBox>(dialog, u"weight:alert_hours_week"_s), u"3"_s);

    // docs/composite-score.md: entropy 0.5264 / 0.4736, blended 0.4159 / 0.5841.
    EXPECT_EQ(text(dialog, u"entropy:delta_tech"_s), u"52.6 %"_s);
    EXPECT_EQ(text(dialog, u"entropy:alert_hours_week"_s), u"47.4 %"_s);
    EXPECT_EQ(text(dialog, u"blended:delta_tech"_s), u"41.6 %"_s);
    EXPECT_EQ(text(dialog, u"blended:alert_hours_week"_s), u"58.4 %"_s);
    // Nothing logged: nothing to weigh.
    EXPECT_EQ(text(dialog, u"blended:mttr_minutes"_s), u"–"_s);

    // No entropy: the expert weights 1 : 3 alone.
    type(field<QSpinBox>(dialog, u"entropyShare"_s), u"0"_s);
    EXPECT_EQ(text(dialog, u"blended:delta_tech"_s), u"25.0 %"_s);
    EXPECT_EQ(text(dialog, u"blended:alert_hours_week"_s), u"75.0 %"_s);
    dialog.reject();
}
