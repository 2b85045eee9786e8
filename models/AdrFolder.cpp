// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrFolder.h"

#include "AdrMarkdownReader.h"
#include "AdrMarkdownWriter.h"
#include "AdrStore.h"
#include "Backups.h"
#include "Database.h"
#include "FolderWriter.h"
#include "InputValidator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

/** A file that was read, waiting to be written with the others. */
struct Pending
{
    qsizetype report; ///< its index in the report
    AdrParse parse;
    qint64 id = 0;
};

/** The reason in a reader's "FILE: reason", without the file name the report adds. */
QString reasonOnly(const QString& fileName, const QString& message)
{
    const QString prefix = fileName + QStringLiteral(": ");
    return message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

bool isIndex(const QString& fileName)
{
    return fileName.compare(QLatin1String("README.md"), Qt::CaseInsensitive) == 0 ||
           fileName.compare(QLatin1String("index.md"), Qt::CaseInsensitive) == 0;
}

bool isUrl(const QString& ref)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(ref).hasMatch() &&
           !ref.startsWith(QLatin1String("adr:"), Qt::CaseInsensitive);
}

/**
 * Finds the imported record a supersede reference names: "3", "ADR-0003", "adr 3",
 * "0003-use-etcd.md", "./0003-use-etcd.md" or "../adr/0003-use-etcd.md#status". A
 * number names the first file with that number.
 */
class RefIndex
{
public:
    explicit RefIndex(const QList<Pending>& pending)
    {
        for (qsizetype i = 0; i < pending.size(); ++i) {
            const Adr& a = pending[i].parse.adr;
            m_byName.insert(QFileInfo(a.sourcePath).fileName().toLower(), i);
            if (a.number && !m_byNumber.contains(*a.number))
                m_byNumber.insert(*a.number, i);
        }
    }

    /** Index into pending, or -1. */
    qsizetype find(const QString& ref) const
    {
        QString r = ref.trimmed();
        r = r.left(r.indexOf(QLatin1Char('#')));
        const QString name = r.mid(r.lastIndexOf(QLatin1Char('/')) + 1).toLower();
        if (const auto byName = m_byName.constFind(name); byName != m_byName.constEnd())
            return *byName;
        static const QRegularExpression number(QStringLiteral("^(?:adr[-_ ]?)?0*(\\d+)\\.?$"),
                                               QRegularExpression::CaseInsensitiveOption);
        if (const auto m = number.match(name); m.hasMatch())
            return m_byNumber.value(m.captured(1).toInt(), -1);
        return -1;
    }

private:
    QHash<QString, qsizetype> m_byName;
    QHash<int, qsizetype> m_byNumber;
};

/** Reads one file of the folder; a failure is the reason to report, without the name. */
Result<AdrParse> readOne(const QDir& dir, const QString& fileName)
{
    QFile file(dir.filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return Failure::invalid(AdrFolder::tr("cannot read: %1").arg(file.errorString()));
    auto parsed = AdrMarkdownReader::read(fileName, file.readAll());
    if (!parsed)
        return Failure::invalid(reasonOnly(fileName, parsed.error().message));
    if (Status valid = InputValidator::adr(parsed.value().adr); !valid)
        return valid.error();
    return parsed;
}

/** Resolves a supersede reference of file `from` to another imported file, or -1. */
qsizetype resolveRef(const RefIndex& index, const QString& ref, qsizetype from)
{
    const qsizetype to = isUrl(ref) ? -1 : index.find(ref);
    return to == from ? -1 : to;
}

/**
 * `adr new -s 3` only marks 3 superseded when 3's file has a `## Status` section it can
 * edit, and hand-written folders forget the old record too. The newer file's word is
 * then the only one, so an old record still proposed or accepted becomes superseded;
 * one rejected or deprecated keeps the status its own file gives. The change happened
 * when the newer record was made: when that day is known, the old record's history
 * gets its own status on its own date, then superseded on that day.
 */
void applySupersedes(QList<Pending>& pending, AdrImportReport& report)
{
    const RefIndex index(pending);
    for (qsizetype i = 0; i < pending.size(); ++i) {
        for (const QString& ref : std::as_const(pending[i].parse.supersedesRefs)) {
            const qsizetype older = resolveRef(index, ref, i);
            if (older < 0)
                continue;
            Adr& old = pending[older].parse.adr;
            if (old.status != Adr::Status::Proposed && old.status != Adr::Status::Accepted)
                continue;
            if (const QDate day = pending[i].parse.adr.date; day.isValid()) {
                if (old.history.isEmpty() && old.date.isValid())
                    old.history << Adr::StatusChange{Adr::statusKey(old.status), old.date, {}};
                old.history << Adr::StatusChange{Adr::statusKey(Adr::Status::Superseded), day, {}};
            }
            old.status = Adr::Status::Superseded;
            report.files[pending[older].report].understood
                << AdrFolder::tr("status: superseded, as %1 says")
                       .arg(report.files[pending[i].report].fileName);
        }
    }
}

/** The links between the files, resolved within them; what leads nowhere is a warning. */
Status linkSuperseded(AdrStore& store, QList<Pending>& pending, AdrImportReport& report)
{
    const RefIndex index(pending);
    auto resolve = [&](qsizetype from, const QString& ref, const QString& warning) {
        const qsizetype to = resolveRef(index, ref, from);
        if (to < 0 && !isUrl(ref))
            report.files[pending[from].report].warnings << warning.arg(ref);
        return to;
    };
    // A file's own "superseded by" wins over what other files claim to supersede, so
    // it is applied last.
    for (qsizetype i = 0; i < pending.size(); ++i) {
        for (const QString& ref : pending[i].parse.supersedesRefs) {
            const qsizetype older = resolve(
                i, ref, AdrFolder::tr("supersedes %1: no such record among the imported files"));
            if (older < 0)
                continue;
            if (Status s = store.linkSupersededWithinTransaction(pending[older].id, pending[i].id);
                !s)
                return s;
        }
    }
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const QString ref = pending[i].parse.supersededByRef;
        if (ref.isEmpty())
            continue;
        const qsizetype newer = resolve(
            i, ref, AdrFolder::tr("superseded by %1: no such record among the imported files"));
        if (newer < 0)
            continue;
        if (Status s = store.linkSupersededWithinTransaction(pending[i].id, pending[newer].id); !s)
            return s;
    }
    return {};
}

} // namespace

int AdrImportReport::imported() const
{
    return int(std::count_if(files.begin(), files.end(),
                             [](const AdrImportFile& f) { return f.skipped.isEmpty(); }));
}

Result<AdrImportReport> AdrFolder::importFolder(Database& db, const QString& dir, bool strict)
{
    const QDir folder(dir);
    if (!QFileInfo(dir).isDir())
        return Failure::invalid(tr("%1: no such folder").arg(QDir::toNativeSeparators(dir)));
    QStringList names = folder.entryList({QStringLiteral("*.md")}, QDir::Files);
    names.removeIf(isIndex);
    // Plain code-point order, the same on every machine and in every locale.
    std::sort(names.begin(), names.end());

    AdrImportReport report;
    QList<Pending> pending;
    for (const QString& name : std::as_const(names)) {
        AdrImportFile line;
        line.fileName = name;
        auto parsed = readOne(folder, name);
        if (!parsed) {
            if (strict)
                return Failure::invalid(tr("%1: %2").arg(
                    QDir::toNativeSeparators(folder.filePath(name)), parsed.error().message));
            line.skipped = parsed.error().message;
            report.files << line;
            continue;
        }
        const AdrParse& p = parsed.value();
        line.format = p.format;
        line.understood = p.understood;
        line.keptRaw = p.keptRaw;
        line.warnings = p.warnings;
        pending << Pending{report.files.size(), p};
        report.files << line;
    }

    applySupersedes(pending, report);
    if (!pending.isEmpty()) {
        if (auto backup = Backups::beforeImport(db); !backup)
            return Failure::database(
                tr("cannot back up the database before importing: %1").arg(backup.error().message));
    }
    AdrStore store(db);
    const Status written = db.transaction([&]() -> Status {
        for (Pending& p : pending) {
            auto id = store.addWithinTransaction(p.parse.adr);
            if (!id)
                return Failure{id.error().kind, tr("%1: %2").arg(report.files[p.report].fileName,
                                                                 id.error().message)};
            p.id = id.value();
        }
        return linkSuperseded(store, pending, report);
    });
    if (!written)
        return written.error();
    return report;
}

Status AdrFolder::exportFolder(Database& db, const QString& dir)
{
    auto stored = AdrStore(db).list();
    if (!stored)
        return stored.error();
    QList<Adr> adrs = stored.value();

    int next = 1;
    for (const Adr& a : std::as_const(adrs)) {
        if (a.number)
            next = std::max(next, *a.number + 1);
    }
    QSet<QString> taken;
    QStringList fileNames;
    for (Adr& a : adrs) {
        if (!a.number)
            a.number = next++;
        QString name = AdrMarkdownWriter::fileName(a);
        if (taken.contains(name)) {
            a.number = next++;
            name = AdrMarkdownWriter::fileName(a);
        }
        taken.insert(name);
        fileNames << name;
    }

    const QString native = QDir::toNativeSeparators(dir);
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Failure::io(tr("%1: is a file, not a folder").arg(native));
    if (!QDir().mkpath(dir))
        return Failure::io(tr("%1: cannot create the folder").arg(native));
    FolderWriter writer(dir);
    for (qsizetype i = 0; i < adrs.size(); ++i) {
        if (Status s = writer.add(fileNames[i], AdrMarkdownWriter::write(adrs[i], adrs)); !s)
            return s;
    }
    if (Status s = writer.add(QStringLiteral("README.md"), AdrMarkdownWriter::index(adrs)); !s)
        return s;
    return writer.commit();
}

QString AdrFolder::reportLine(const AdrImportFile& file)
{
    if (!file.skipped.isEmpty())
        return tr("%1: skipped: %2").arg(file.fileName, file.skipped);
    QStringList parts{file.format};
    if (!file.understood.isEmpty())
        parts << tr("understood: %1").arg(file.understood.join(QStringLiteral(", ")));
    if (!file.keptRaw.isEmpty())
        parts << tr("kept raw: %1").arg(file.keptRaw.join(QStringLiteral(", ")));
    for (const QString& w : file.warnings)
        parts << tr("warning: %1").arg(w);
    return tr("%1: %2").arg(file.fileName, parts.join(QStringLiteral("; ")));
}
