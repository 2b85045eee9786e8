// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

/**
 * Files that hold the user's record are created readable by the owner only (0600)
 * before anything is written into them, so they are never readable by others, not
 * even for a moment.
 */
namespace PrivateFile {

/** Creates an empty file at path with mode 0600; fails if it already exists. */
Status create(const QString& path);

} // namespace PrivateFile
