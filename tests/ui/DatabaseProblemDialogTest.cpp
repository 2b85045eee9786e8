// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseProblemDialog.h"

#include <QAbstractButton>
#include <QPushButton>

#include <gtest/gtest.h>

namespace {

QAbstractButton* buttonLabelled(const QMessageBox& box, const QString& text)
{
    const auto buttons = box.buttons();
    for (QAbstractButton* b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

TEST(DatabaseProblemDialog, OffersNewestBackupAndReportsTheChoice)
{
    DatabaseProblemDialog dialog(QStringLiteral("/home/me/rungs.sqlite"),
                                 QStringLiteral("not a SQLite database"),
                                 QStringLiteral("/home/me/backups/rungs-20261121-080000.sqlite"));
    EXPECT_TRUE(dialog.text().contains(QStringLiteral("/home/me/rungs.sqlite")));
    EXPECT_TRUE(dialog.informativeText().contains(QStringLiteral("not a SQLite database")));
    EXPECT_TRUE(dialog.informativeText().contains(QStringLiteral("rungs-20261121-080000.sqlite")));
    QAbstractButton* restore = buttonLabelled(dialog, QStringLiteral("&Restore Newest Backup"));
    ASSERT_NE(restore, nullptr);
    EXPECT_EQ(dialog.defaultButton(), dialog.button(QMessageBox::Close));
    restore->click();
    EXPECT_EQ(dialog.choice(), DatabaseProblemDialog::RestoreBackup);
}

TEST(DatabaseProblemDialog, WithoutBackupOffersOtherFileOrQuit)
{
    DatabaseProblemDialog dialog(QStringLiteral("/home/me/rungs.sqlite"),
                                 QStringLiteral("the file is empty"), QString());
    EXPECT_EQ(buttonLabelled(dialog, QStringLiteral("&Restore Newest Backup")), nullptr);
    EXPECT_TRUE(dialog.informativeText().contains(QStringLiteral("No backup")));
    dialog.button(QMessageBox::Close)->click();
    EXPECT_EQ(dialog.choice(), DatabaseProblemDialog::Quit);
    buttonLabelled(dialog, QStringLiteral("&Open Another File…"))->click();
    EXPECT_EQ(dialog.choice(), DatabaseProblemDialog::OpenOther);
}
