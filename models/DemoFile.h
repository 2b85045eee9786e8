// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoData.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

class Clock;

/**
 * A database file of demo data (DemoData), for `rungs demo` and for exploring Rungs
 * from its welcome. The data is written to a hidden file beside the target, closed so
 * that the write-ahead log is folded in, and only then renamed into place: the target
 * is either the complete demo or untouched.
 */
class DemoFile
{
    Q_DECLARE_TR_FUNCTIONS(DemoFile)

public:
    enum class Existing
    {
        Refuse, ///< an existing target is an error (Failure::InvalidInput)
        Replace ///< an existing target, with its -wal and -shm, is replaced
    };

    static Result<DemoSummary> create(const QString& path, const Clock& clock,
                                      const DemoSettings& settings, Existing existing);
};
