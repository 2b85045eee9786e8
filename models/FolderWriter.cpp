// SPDX-License-Identifier: GPL-3.0-or-later
#include "FolderWriter.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

FolderWriter::FolderWriter(const QString& dir)
    : m_dir(dir)
    , m_dirFd(::open(QFile::encodeName(m_dir.absolutePath()).constData(),
                     O_RDONLY | O_DIRECTORY | O_CLOEXEC))
{}

FolderWriter::~FolderWriter()
{
    for (const Pending& p : std::as_const(m_pending))
        QFile::remove(p.temporary);
    if (m_dirFd >= 0)
        ::close(m_dirFd);
}

Status FolderWriter::add(const QString& fileName, const QByteArray& bytes)
{
    const QString target = m_dir.filePath(fileName);
    const QString temporary = m_dir.filePath(
        QStringLiteral(".%1.%2.tmp").arg(fileName).arg(QCoreApplication::applicationPid()));
    const QFileInfo existing(target);
    if (existing.exists() && !existing.isWritable())
        return failure(target, tr("the file is read-only"));
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(target, file.errorString());
    m_pending << Pending{temporary, target};
    if (existing.exists() && !file.setPermissions(existing.permissions()))
        return failure(target, file.errorString());
    file.write(bytes);
    // Some file systems (NFS) report a failed write only when the file is closed.
    file.close();
    if (file.error() != QFileDevice::NoError)
        return failure(target, file.errorString());
    return {};
}

Status FolderWriter::commit()
{
    // One syncfs makes every file written so far durable with one journal commit; only
    // then may the renames make them visible under their names.
    if (m_dirFd < 0 || ::syncfs(m_dirFd) != 0)
        return failure(m_dir.absolutePath(), systemError());
    while (!m_pending.isEmpty()) {
        const Pending& next = m_pending.constFirst();
        if (std::rename(QFile::encodeName(next.temporary).constData(),
                        QFile::encodeName(next.target).constData()) != 0)
            return failure(next.target, systemError());
        m_pending.removeFirst();
    }
    if (::fsync(m_dirFd) != 0)
        return failure(m_dir.absolutePath(), systemError());
    return {};
}

Status FolderWriter::failure(const QString& path, const QString& reason) const
{
    return Failure::io(tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), reason));
}
