// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"
#include "Assessment.h"
#include "CompositeSettings.h"
#include "Entry.h"
#include "Evidence.h"
#include "Framework.h"
#include "Result.h"

#include <QCoreApplication>

/**
 * The one place that decides whether what a person typed or a file holds may be
 * stored. The dialogs, the Log view's inline editing, the command line and the CSV
 * import all come through here, so they accept and refuse exactly the same things.
 *
 * A refusal is Failure::InvalidInput whose message starts with the field it is about
 * ("value: 25 is outside 0 to 20 for delta_tech"); callers add where the text came from
 * (a file and line, an option).
 */
class InputValidator
{
    Q_DECLARE_TR_FUNCTIONS(InputValidator)

public:
    /** Longest note or evidence text, in UTF-8 bytes. */
    static constexpr qsizetype MaximumTextBytes = 64 * 1024;
    static constexpr int EarliestYear = 1970;

    /**
     * A day written as YYYY-MM-DD, "today" or "yesterday" (either language). It must be
     * a real calendar day from 1970-01-01 up to tomorrow (a day ahead is allowed for
     * time zones). field names the input in messages.
     */
    static Result<QDate> date(const QString& text, const QDate& today,
                              const QString& field = QStringLiteral("date"));
    /** A finite decimal number in C notation ("3", "-2.5", "1e3"). */
    static Result<double> number(const QString& text, const QString& field);
    /** Free text up to MaximumTextBytes; evidence must also be one line. */
    static Status note(const QString& text, const QString& field = QStringLiteral("note"));
    static Status evidence(const QString& text);

    /** A whole entry, the metric matched by key or name, the value within its range. */
    static Result<Entry> entry(const EntryText& text, const Framework& framework,
                               const QDate& today);
    /** The fields of an entry, in the order a form or a CSV record has them. */
    enum class EntryField
    {
        Date,
        Metric,
        Value,
        Note,
        Evidence
    };
    /**
     * original with one field replaced by text. Only that field is checked (a value
     * against the range of the entry's metric), so an entry whose metric the active
     * framework no longer has keeps its metric and value while its note is edited.
     */
    static Result<Entry> edit(const Entry& original, EntryField field, const QString& text,
                              const Framework& framework, const QDate& today);
    /** A self-assessment: a dimension of framework and a score 0–5 in half steps. */
    static Result<Assessment> assessment(const AssessmentText& text, const Framework& framework,
                                         const QDate& today);

    /**
     * The user's composite-score settings for framework: each weight belongs to a metric
     * of framework, by exact key ("metric: unknown metric 'x' in framework go-backend …")
     * and lies within 0 to CompositeSettings::MaximumWeight ("weight: -1 is outside 0 to
     * 100 for delta_tech"); the entropy share lies within 0 to 1 ("entropy share: 1.5 is
     * outside 0 to 1"). Numbers that are not finite are outside every range. Weights are
     * checked in key order, so the same settings always give the same message.
     */
    static Status compositeSettings(const CompositeSettings& settings, const Framework& framework);

    /** Longest title of a decision record, in characters; a title is one line. */
    static constexpr int MaximumAdrTitleLength = 500;
    /** Longest text of each part of a decision record, in UTF-8 bytes. */
    static constexpr qsizetype MaximumAdrTextBytes = 1024 * 1024;

    /**
     * A decision record as it may be stored: a title that is not blank, one line and at
     * most MaximumAdrTitleLength characters ("title: missing"); no negative number
     * ("number: -1 is negative"); a date, when given, of years 1 to 9999; every text at
     * most MaximumAdrTextBytes, named by its part ("context: …", "options[2].pros: …",
     * "raw[0].body: …"); result figures finite; history entries dated.
     */
    static Status adr(const Adr& adr);
    /**
     * The status a word names (Adr::statusFromKey: any case, adr-tools' spellings);
     * otherwise "status: unknown status 'x' (use proposed, accepted, …)".
     */
    static Result<Adr::Status> adrStatus(const QString& text,
                                         const QString& field = QStringLiteral("status"));

    /** The checkpoint of framework whose key is text (exact, else ignoring case). */
    static Result<Checkpoint> checkpoint(const QString& text, const Framework& framework);
    /**
     * The evidence for finishing a checkpoint, classified (Evidence::classify) but not
     * yet tied to a checkpoint: one piece per reference, or a single Kind::None piece
     * when noEvidence. A checkpoint is never done without either, so no references
     * without noEvidence are refused unless the checkpoint already has evidence
     * (hasEvidence). Also refuses references together with noEvidence, a blank or
     * multi-line reference, and "adr:"/"entry:" without a positive id. Whether the ADR
     * or entry exists is for EvidenceStore to say.
     */
    static Result<QList<Evidence>> checkpointEvidence(const QStringList& references,
                                                      bool noEvidence, bool hasEvidence = false);
};
