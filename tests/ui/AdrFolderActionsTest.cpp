// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrFolderActions.h"

#include "Workspace.h"
#include "WorkspaceTest.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Etcd = "# 1. Use etcd\n\nDate: 2025-06-10\n\n## Status\n\nAccepted\n\n"
                        "## Context\n\nConfiguration needs a consistent store.\n";
const QByteArray NoTitle = "Just some notes, no heading.\n";

/** What a message box said when the test answered it. */
struct Seen
{
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    QString text;
    QString informative;
    QString details;
};

class AdrFolderActionsTest : public WorkspaceTest
{
protected:
    QString folder(const QString& name, const QMap<QString, QByteArray>& files)
    {
        const QString dir = m_temp.path(name);
        EXPECT_TRUE(QDir().mkpath(dir));
        for (auto it = files.begin(); it != files.end(); ++it) {
            QFile file(dir + u'/' + it.key());
            EXPECT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(it.value());
        }
        return dir;
    }

    /** Answers the next modal message box with button, keeping what it said in *seen. */
    static void answerNextMessageBox(Seen* seen, QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [seen, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            seen->icon = box->icon();
            seen->text = box->text();
            seen->informative = box->informativeText();
            seen->details = box->detailedText();
            box->button(button)->click();
        });
    }

    QWidget m_parent;
};

} // namespace

TEST_F(AdrFolderActionsTest, ImportStoresTheRecordsAndReportsTheSkippedFileWithItsReason)
{
    const QString dir =
        folder(u"decisions"_s, {{u"0001-use-etcd.md"_s, Etcd}, {u"notes.md"_s, NoTitle}});
    QSignalSpy changed(m_workspace.get(), &Workspace::adrsChanged);
    Seen seen;
    answerNextMessageBox(&seen, QMessageBox::Ok);
    const QString message = AdrFolderActions::importFolder(&m_parent, *m_workspace, dir);

    ASSERT_EQ(m_workspace->adrCount(), 1);
    EXPECT_EQ(m_workspace->adrs().first().title, u"Use etcd"_s);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(seen.icon, QMessageBox::Warning);
    EXPECT_EQ(seen.text,
              u"Imported 1 decision record from %1"_s.arg(QDir::toNativeSeparators(dir)));
    EXPECT_TRUE(seen.informative.contains(u"skipped"_s)) << seen.informative.toStdString();
    EXPECT_TRUE(seen.details.contains(u"notes.md: skipped:"_s)) << seen.details.toStdString();
    EXPECT_TRUE(seen.details.contains(u"0001-use-etcd.md: nygard; understood: title"_s))
        << seen.details.toStdString();
    EXPECT_TRUE(message.endsWith(u"skipped 1 file"_s)) << message.toStdString();
}

TEST_F(AdrFolderActionsTest, ExportIntoAFolderWithMarkdownAsksAndWritesNothingWhenCancelled)
{
    ASSERT_TRUE(
        m_workspace->importAdrFolder(folder(u"in"_s, {{u"0001-use-etcd.md"_s, Etcd}}), true));
    const QString out = folder(u"out"_s, {{u"README.md"_s, "# Our own readme\n"}});

    Seen seen;
    answerNextMessageBox(&seen, QMessageBox::Cancel);
    EXPECT_TRUE(AdrFolderActions::exportFolder(&m_parent, *m_workspace, out).isEmpty());
    EXPECT_TRUE(seen.text.contains(u"already holds Markdown files"_s)) << seen.text.toStdString();
    EXPECT_FALSE(QFile::exists(out + u"/0001-use-etcd.md"_s));
    QFile readme(out + u"/README.md"_s);
    ASSERT_TRUE(readme.open(QIODevice::ReadOnly));
    EXPECT_EQ(readme.readAll(), QByteArray("# Our own readme\n"));

    answerNextMessageBox(&seen, QMessageBox::Yes);
    EXPECT_EQ(AdrFolderActions::exportFolder(&m_parent, *m_workspace, out),
              u"Exported 1 decision record to %1"_s.arg(QDir::toNativeSeparators(out)));
    EXPECT_TRUE(QFile::exists(out + u"/0001-use-etcd.md"_s));
}

TEST_F(AdrFolderActionsTest, ExportIntoAnEmptyFolderDoesNotAsk)
{
    ASSERT_TRUE(
        m_workspace->importAdrFolder(folder(u"in"_s, {{u"0001-use-etcd.md"_s, Etcd}}), true));
    const QString out = m_temp.path(u"fresh/decisions"_s);
    // No message box is answered: a question here would block the test.
    EXPECT_EQ(AdrFolderActions::exportFolder(&m_parent, *m_workspace, out),
              u"Exported 1 decision record to %1"_s.arg(QDir::toNativeSeparators(out)));
    EXPECT_TRUE(QFile::exists(out + u"/README.md"_s));
}
