// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Failure.h"

/** Exit statuses of the command line, as scripts rely on them (README.md). */
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,      ///< the GUI could not start
    ExitUsage = 2,        ///< unknown command or option, missing argument
    ExitInvalidInput = 3, ///< bad input: nothing was written
    ExitDatabase = 4,     ///< the database could not be opened, read or written
};

inline ExitCode exitCodeFor(const Failure& failure)
{
    return failure.kind == Failure::Kind::Database ? ExitDatabase : ExitInvalidInput;
}
