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

/** Closes a descriptor when it goes out of scope. */
class Descriptor
{
public:
    explicit Descriptor(int fd)
        : m_fd(fd)
    {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;

    int get() const { return m_fd; }

private:
    int m_fd;
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

FolderWriter::FolderWriter(const QString& dir)
    : m_dir(dir)
{}

FolderWriter::~FolderWriter()
{
    for (const Pending& p : std::as_const(m_pending))
        QFile::remove(p.temporary);
}

Status FolderWriter::add(const QString& fileName, const QByteArray& bytes)
{
    const QString target = m_dir.filePath(fileName);
    const QString temporary = m_dir.filePath(
        QStringLiteral(".%1.%2.tmp").arg(fileName).arg(QCoreApplication::applicationPid()));
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(target, file.errorString());
    m_pending << Pending{temporary, target};
    const QFileInfo existing(target);
    if (existing.exists() && !file.setPermissions(existing.permissions()))
        return failure(target, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failure(target, file.errorString());
    return {};
}

Status FolderWriter::commit()
{
    const QByteArray folder = QFile::encodeName(m_dir.absolutePath());
    const Descriptor dir(::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    // One syncfs makes every file written so far durable with one journal commit; only
    // then may the renames make them visible under their names.
    if (dir.get() < 0 || ::syncfs(dir.get()) != 0)
        return failure(m_dir.absolutePath(), systemError());
    while (!m_pending.isEmpty()) {
        const Pending& next = m_pending.constFirst();
        if (std::rename(QFile::encodeName(next.temporary).constData(),
                        QFile::encodeName(next.target).constData()) != 0)
            return failure(next.target, systemError());
        m_pending.removeFirst();
    }
    if (::fsync(dir.get()) != 0)
        return failure(m_dir.absolutePath(), systemError());
    return {};
}

Status FolderWriter::failure(const QString& path, const QString& reason) const
{
    return Failure::io(tr("%1: cannot write: %2").arg(QDir::toNativeSeparators(path), reason));
}
