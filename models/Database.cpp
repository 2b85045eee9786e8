// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Backups.h"
#include "PrivateFile.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

#include <cerrno>
#include <sys/stat.h>

namespace {

QAtomicInt connectionCounter;

// Creates the folder (owner-only when new) and the empty database file, mode 0600.
Status createPrivateFile(const QString& path)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral(".")))
            return Failure::database(
                QCoreApplication::translate("Database", "%1: cannot create the folder")
                    .arg(dir.path()));
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (Status created = PrivateFile::create(path); !created)
        return Failure::database(created.error().message);
    return {};
}

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3", 16);
}

quint32 bigEndian(const QByteArray& bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

/**
 * The size the file's header says the database has, in bytes, or 0 when the header
 * does not say (SQLite's file format: page size at offset 16, page count at 28, valid
 * while the counter at 92 equals the change counter at 24). The main file is never
 * shorter than that, also in WAL mode, where pages only reach it at a checkpoint that
 * also updates the count; a shorter file was cut short.
 */
qint64 sizeInHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || bigEndian(header, 92, 4) != bigEndian(header, 24, 4))
        return 0;
    const quint32 pageSize = bigEndian(header, 16, 2);
    return qint64(pageSize == 1 ? 65536 : pageSize) * bigEndian(header, 28, 4);
}

} // namespace

Database::Database(QString path, QString connectionName, const Clock& clock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("RUNGS_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/rungs.sqlite");
}

Status Database::verifyFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    if (!info.isFile())
        return Failure::invalid(tr("%1: no such file").arg(absolute));
    if (info.size() == 0 || !hasSqliteHeader(absolute))
        return Failure::invalid(tr("%1: not a SQLite database").arg(absolute));
    const QString name =
        QStringLiteral("rungs-verify-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    Status verdict;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(absolute);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!connection.open()) {
            verdict = Failure::invalid(
                tr("%1: cannot open: %2").arg(absolute, connection.lastError().text()));
        } else {
            QSqlQuery q(connection);
            verdict = judgeHeader(q, absolute, Failure::Kind::InvalidInput, false);
            if (verdict && (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() ||
                            q.value(0).toString() != QLatin1String("ok")))
                verdict = Failure::invalid(
                    tr("%1: the database is damaged (%2)")
                        .arg(absolute, q.isValid() ? q.value(0).toString() : q.lastError().text()));
            q.finish();
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const Clock& clock,
                                                 const QList<Migration>& migrations)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    const bool fileIsNew = !info.exists();
    if (fileIsNew) {
        if (Status created = createPrivateFile(absolute); !created)
            return created.error();
    } else if (info.isDir()) {
        return Failure::database(tr("%1: is a folder, not a database file").arg(absolute));
    } else if (info.size() == 0) {
        return Failure::database(
            tr("%1: the file is empty (0 bytes), so it is not a Rungs database").arg(absolute));
    } else if (!hasSqliteHeader(absolute)) {
        return Failure::database(
            tr("%1: not a SQLite database (the file does not start with the SQLite header)")
                .arg(absolute));
    } else if (const qint64 expected = sizeInHeader(absolute); info.size() < expected) {
        return Failure::database(tr("%1: the file is cut short (%2 bytes of the %3 its header "
                                    "names); restore a backup")
                                     .arg(absolute)
                                     .arg(info.size())
                                     .arg(expected));
    }

    const QString name = QStringLiteral("rungs-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(absolute, name, clock));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(absolute);
        connection.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (!connection.open()) {
            const QString reason = connection.lastError().text();
            db.reset();
            if (fileIsNew)
                QFile::remove(absolute);
            return Failure::database(tr("%1: cannot open: %2").arg(absolute, reason));
        }
    }
    if (struct stat opened = {}; ::stat(QFile::encodeName(absolute).constData(), &opened) == 0) {
        db->m_device = opened.st_dev;
        db->m_inode = opened.st_ino;
    }
    Status ready = db->inspect();
    if (ready)
        ready = db->configure();
    if (ready)
        ready = db->migrate(migrations, !fileIsNew);
    if (!ready) {
        db.reset();
        // A file this call created holds nothing of the user's; do not leave it behind.
        if (fileIsNew) {
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(absolute + QLatin1String(suffix));
        }
        return ready.error();
    }
    return db;
}

Database::FileState Database::fileState() const
{
    struct stat now = {};
    if (::stat(QFile::encodeName(m_path).constData(), &now) != 0) {
        // Only a name without a file is gone; a folder that cannot be read at the moment
        // (a network home's hiccup) says nothing about the file.
        return errno == ENOENT || errno == ENOTDIR ? FileState::Missing : FileState::Same;
    }
    return quint64(now.st_dev) == m_device && quint64(now.st_ino) == m_inode ? FileState::Same
                                                                             : FileState::Replaced;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3* Database::handle() const
{
    // Qt's SQLite driver and Rungs use the same system libsqlite3, so the handle it
    // hands out is one this process's SQLite functions accept.
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& bindings) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryFailure(query);
    for (const QVariant& v : bindings)
        query.addBindValue(v);
    if (!query.exec())
        return queryFailure(query);
    return query;
}

Result<qint64> Database::insert(const QString& sql, const QVariantList& bindings) const
{
    auto q = exec(sql, bindings);
    if (!q)
        return q.error();
    return q.value().lastInsertId().toLongLong();
}

Failure Database::queryFailure(const QSqlQuery& query) const
{
    // SQLITE_BUSY (5) once the busy timeout has passed: someone else is writing.
    if (query.lastError().nativeErrorCode() == QLatin1String("5"))
        return Failure::database(tr("%1: the database is busy: another program (the Rungs "
                                    "window or a command) kept it locked for %2 seconds; "
                                    "nothing was written, try again")
                                     .arg(m_path)
                                     .arg(BusyTimeoutMs / 1000));
    return Failure::database(tr("%1: %2").arg(m_path, query.lastError().text()));
}

int Database::schemaVersion() const
{
    auto q = exec(QStringLiteral("PRAGMA user_version"));
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toInt();
}

QString Database::timestamp() const
{
    return m_clock.now().toUTC().toString(Qt::ISODate);
}

Status Database::inspect()
{
    QSqlQuery q(connection());
    const Status verdict = judgeHeader(q, m_path, Failure::Kind::Database, true);
    q.finish();
    return verdict;
}

Status Database::judgeHeader(QSqlQuery& q, const QString& path, Failure::Kind kind,
                             bool freshIsFine)
{
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                               "       (SELECT user_version FROM pragma_user_version),"
                               "       (SELECT count(*) FROM sqlite_schema)")) ||
        !q.next())
        return Failure{
            kind,
            tr("%1: damaged, not a readable SQLite database (%2)").arg(path, q.lastError().text())};
    const qint32 applicationId = q.value(0).toInt();
    const int version = q.value(1).toInt();
    const bool fresh = applicationId == 0 && version == 0 && q.value(2).toInt() == 0;
    const int newest = Migration::all().constLast().version;
    if (applicationId != ApplicationId && !(freshIsFine && fresh))
        return Failure{
            kind, tr("%1: this SQLite database belongs to another program, not Rungs").arg(path)};
    if (version > newest)
        return Failure{kind, tr("%1: written by a newer Rungs (schema %2; this version "
                                "reads up to %3). Update Rungs to open it.")
                                 .arg(path)
                                 .arg(version)
                                 .arg(newest)};
    return {};
}

Status Database::configure()
{
    auto wal = exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!wal)
        return wal.error();
    if (!wal.value().next() || wal.value().value(0).toString() != QLatin1String("wal"))
        return Failure::database(tr("%1: cannot switch the database to WAL mode").arg(m_path));
    wal.value().finish();
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (auto r = exec(QString::fromLatin1(pragma)); !r)
            return r.error();
    }
    return {};
}

Status Database::migrate(const QList<Migration>& migrations, bool fileHadData)
{
    const int current = schemaVersion();
    bool backedUp = !fileHadData;
    for (const Migration& migration : migrations) {
        if (migration.version <= current)
            continue;
        if (!backedUp) {
            auto backup =
                Backups::create(*this, {}, QStringLiteral("before-v%1").arg(migration.version));
            if (!backup)
                return Failure::database(tr("%1: not migrated, because the backup before "
                                            "migrating failed: %2")
                                             .arg(m_path, backup.error().message));
            m_migrationBackup = backup.value();
            backedUp = true;
        }
        Status applied = transaction([&]() -> Status {
            // Another process may have migrated while this one waited for the lock.
            if (schemaVersion() >= migration.version)
                return {};
            for (const QString& statement : migration.statements) {
                if (auto r = exec(statement); !r)
                    return r.error();
            }
            for (const QString& pragma :
                 {QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId),
                  QStringLiteral("PRAGMA user_version = %1").arg(migration.version)}) {
                if (auto r = exec(pragma); !r)
                    return r.error();
            }
            return {};
        });
        if (!applied)
            return Failure::database(tr("%1: migration to schema %2 (%3) failed and was undone: %4")
                                         .arg(m_path)
                                         .arg(migration.version)
                                         .arg(migration.name, applied.error().message));
    }
    return {};
}

// BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads
// first and writes later can fail with SQLITE_BUSY at once, whatever the busy timeout.
Status Database::transaction(const std::function<Status()>& work)
{
    // exec() failures already name the file.
    if (auto begin = exec(QStringLiteral("BEGIN IMMEDIATE")); !begin)
        return begin.error();
    Status result = work();
    if (!result) {
        exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (auto commit = exec(QStringLiteral("COMMIT")); !commit) {
        exec(QStringLiteral("ROLLBACK"));
        return commit.error();
    }
    return {};
}

Result<qint64> Database::insertTransaction(const std::function<Result<qint64>()>& work)
{
    qint64 id = 0;
    const Status s = transaction([&]() -> Status {
        auto added = work();
        if (!added)
            return added.error();
        id = added.value();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}
