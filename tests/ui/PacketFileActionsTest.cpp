// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketFileActions.h"

#include "WorkspaceTest.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// A new database: a packet of nothing logged yet still has charts and pages to write.
class PacketFileActionsTest : public WorkspaceTest
{
protected:
    QStringList folder() const
    {
        return QDir(m_temp.dir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    /**
     * Runs whenever the export lets events through: presses Cancel on the progress
     * dialog once when cancel is set, and closes (and records) any message box, so a
     * wrong turn fails the test instead of hanging it.
     */
    QString exportWatched(const QString& path, bool cancel)
    {
        QTimer watcher;
        watcher.setInterval(0);
        QObject::connect(&watcher, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                m_unexpectedBox = box->text();
                box->button(QMessageBox::Ok)->click();
                return;
            }
            auto* progress = m_parent.findChild<QProgressDialog*>();
            if (progress && progress->isVisible()) {
                m_sawProgress = true;
                if (cancel && !progress->wasCanceled())
                    progress->cancel();
            }
        });
        watcher.start();
        const QString outcome = PacketFileActions::exportFile(&m_parent, *m_workspace, path);
        watcher.stop();
        return outcome;
    }

    QWidget m_parent;
    QString m_unexpectedBox;
    bool m_sawProgress = false;
};

TEST_F(PacketFileActionsTest, CancellingTheProgressDialogStopsTheExportAndLeavesNoFile)
{
    const QStringList before = folder();
    const QString outcome = exportWatched(m_temp.path(u"packet.pdf"_s), true);
    ASSERT_TRUE(m_sawProgress) << "the progress dialog never took events";
    EXPECT_EQ(outcome, u"Export cancelled; nothing was written"_s);
    EXPECT_TRUE(m_unexpectedBox.isEmpty()) << m_unexpectedBox.toStdString();
    EXPECT_EQ(folder(), before);
}

TEST_F(PacketFileActionsTest, ExportShowsProgressAndSaysWhereThePacketIs)
{
    const QString path = m_temp.path(u"packet.md"_s);
    const QString outcome = exportWatched(path, false);
    EXPECT_TRUE(m_sawProgress);
    EXPECT_EQ(outcome, u"Wrote the promotion packet to %1"_s.arg(path));
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_TRUE(QFileInfo(m_temp.path(u"packet-images"_s)).isDir());
}

TEST_F(PacketFileActionsTest, AFileThatCannotBeWrittenIsReportedInAMessageBox)
{
    const QString path = m_temp.path(u"missing/packet.pdf"_s);
    const QString outcome = exportWatched(path, false);
    EXPECT_TRUE(outcome.isEmpty());
    EXPECT_TRUE(m_unexpectedBox.startsWith(u"The promotion packet was not written."_s))
        << m_unexpectedBox.toStdString();
    EXPECT_FALSE(QFile::exists(path));
}

} // namespace
