// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Why an operation did not happen. Storage and parsers return a Failure instead of
 * showing anything; the caller decides how to tell the user (a dialog, a line on
 * stderr and an exit status).
 *
 * The message is one translated line that names what was wrong and where, such as
 * "team.json: levels[2].code: missing".
 */
struct Failure
{
    enum class Kind
    {
        InvalidInput, ///< the user's input (a file, an argument) is wrong; nothing was written
        Database,     ///< the database could not be opened, read or written
        Io,           ///< a file outside the database could not be read or written
    };

    Kind kind = Kind::InvalidInput;
    QString message;

    static Failure invalid(const QString& message) { return {Kind::InvalidInput, message}; }
    static Failure database(const QString& message) { return {Kind::Database, message}; }
    static Failure io(const QString& message) { return {Kind::Io, message}; }
};
