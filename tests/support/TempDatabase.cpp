// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempDatabase.h"

#include "BuiltinFrameworks.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

TempDatabase::TempDatabase()
{
    EXPECT_TRUE(m_dir.isValid());
}

std::unique_ptr<Database> TempDatabase::open(const QString& name)
{
    auto db = Database::open(path(name), m_clock);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().message.toStdString());
    return db.ok() ? std::move(db).value() : nullptr;
}

std::unique_ptr<Database> TempDatabase::openSeeded(const QString& name)
{
    auto db = open(name);
    if (db) {
        Status s = BuiltinFrameworks::ensureInstalled(*db);
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message.toStdString());
    }
    return db;
}

bool TempDatabase::insertEntry(Database& db, const QString& day, double value,
                               const QString& metric)
{
    return db
        .exec(QStringLiteral("INSERT INTO entry (day, metric_key, value, created_at, updated_at)"
                             " VALUES (?, ?, ?, ?, ?)"),
              {day, metric, value, db.timestamp(), db.timestamp()})
        .ok();
}

QVariant TempDatabase::scalar(const QString& path, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                result = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
