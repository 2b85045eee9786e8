// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TempDatabase.h"
#include "Workspace.h"

#include <QFile>

#include <gtest/gtest.h>

#include <memory>

/**
 * Base fixture for widget tests: a seeded database in a folder of the test's own,
 * loaded into a Workspace. A fixture that needs more calls
 * ASSERT_NO_FATAL_FAILURE(WorkspaceTest::SetUp()) from its own SetUp().
 */
class WorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_temp.openSeeded();
        ASSERT_TRUE(m_db);
        m_workspace = std::make_unique<Workspace>(*m_db);
        ASSERT_TRUE(m_workspace->reload().ok());
    }

    /** Points QSettings at a config folder inside the test's folder: default settings. */
    void useOwnConfigFolder()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_temp.path(QStringLiteral("config"))));
    }

    TempDatabase m_temp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
};
