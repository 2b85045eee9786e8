// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

/** What an import did with one file of the folder. */
struct AdrImportFile
{
    QString fileName;       ///< without the folder
    QString format;         ///< AdrMarkdownReader's format key; empty when skipped
    QStringList understood; ///< what the reader placed in fields
    QStringList keptRaw;    ///< parts kept verbatim
    QStringList warnings;   ///< the reader's, and supersede links that lead nowhere
    QString skipped;        ///< why the file was not imported; empty when it was
};

/** The files of an imported folder in the order they were read, with what became of each. */
struct AdrImportReport
{
    QList<AdrImportFile> files;

    int imported() const;
    int skipped() const { return int(files.size()) - imported(); }
};

/**
 * A folder of Markdown decision records, as adr-tools, MADR and log4brains keep them,
 * read into the database or written from it.
 *
 * Import reads every `*.md` file except the index (README.md, index.md) in file-name
 * order through AdrMarkdownReader, and writes all records in one transaction. Supersede
 * links between files (by number, file name or `./file.md`) are resolved within the
 * imported files; links to outside URLs stay in the record's text only. A record that
 * another file says it supersedes, and whose own file still calls it proposed or
 * accepted, is imported as superseded (the report says so).
 *
 * Export writes the records in MADR 4 (AdrMarkdownWriter) plus an index README.md, the
 * way `adr generate toc` prints it, so that adr-tools and log4brains read the folder.
 * The folder is created when missing. Files of the same names are replaced, each
 * atomically and none before all are written (FolderWriter); other files are left
 * alone, so a record renamed since an earlier export leaves its old file behind (export
 * into an empty folder for a clean set). Records without a number, and records whose
 * file name another record already takes (the same number and title twice), get the
 * next numbers after the highest, in the exported files only.
 */
class AdrFolder
{
    Q_DECLARE_TR_FUNCTIONS(AdrFolder)

public:
    /**
     * Imports dir. A file that is no decision record, cannot be read or holds a record
     * InputValidator::adr refuses is reported and skipped; with strict, it refuses the
     * whole import instead ("0003-cache.md: no title heading") and nothing is written.
     * Fails with InvalidInput when dir is not a folder.
     */
    static Result<AdrImportReport> importFolder(Database& db, const QString& dir, bool strict);
    /** Exports every record into dir; fails with Io naming the file it could not write. */
    static Status exportFolder(Database& db, const QString& dir);

    /**
     * One line about one imported file: "0001-use-etcd.md: nygard; understood: title,
     * status: accepted; kept raw: Notes; warning: …", or "x.md: skipped: reason".
     */
    static QString reportLine(const AdrImportFile& file);
};
