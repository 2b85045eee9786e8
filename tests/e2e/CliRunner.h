// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real `rungs` binary for the end-to-end tests: arguments in; output, stderr
// and exit status out; a fresh database per test.
#pragma once

#include "TempDatabase.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <gtest/gtest.h>

struct Outcome
{
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// Runs rungs without a display, as CI and scripts do.
inline Outcome rungs(const QStringList& arguments, const QProcessEnvironment& extra = {},
                     const QString& workingDirectory = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("RUNGS_DB"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    const QStringList keys = extra.keys();
    for (const QString& key : keys)
        env.insert(key, extra.value(key));
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(RUNGS_BINARY), arguments);
    EXPECT_TRUE(process.waitForFinished(30000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

class Cli : public ::testing::Test
{
protected:
    Outcome run(QStringList arguments) { return runOn(db(), std::move(arguments)); }
    /** Runs on the database at path, from the temporary folder as working directory. */
    Outcome runOn(const QString& path, QStringList arguments)
    {
        arguments.prepend(path);
        arguments.prepend(QStringLiteral("--db"));
        return rungs(arguments, {}, m_temp.dir());
    }
    QString db() const { return m_temp.path(); }
    int entryCount() const
    {
        return TempDatabase::scalar(db(), QStringLiteral("SELECT count(*) FROM entry")).toInt();
    }
    TempDatabase m_temp;
};

inline QJsonArray jsonArray(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.isArray());
    return doc.array();
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

inline QString iso(const QDate& day)
{
    return day.toString(Qt::ISODate);
}
