// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateFile.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace PrivateFile {

Status create(const QString& path)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0)
        return Failure::io(QCoreApplication::translate("PrivateFile", "%1: cannot create: %2")
                               .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    return {};
}

} // namespace PrivateFile
