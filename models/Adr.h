// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

/**
 * One Architecture Decision Record with the fields of MADR 4, the measured results
 * Rungs adds, and what an imported file held that has no field of its own. It mirrors
 * the adr table and the tables that refer to it (docs/schema.md).
 */
struct Adr
{
    enum class Status
    {
        Proposed,
        Accepted,
        Rejected,
        Deprecated,
        Superseded
    };

    /** A considered option; MADR lists them, with pros and cons per option. */
    struct Option
    {
        QString name;
        QString description;
        QString pros; ///< Markdown, typically a bullet list
        QString cons;
        bool chosen = false;
    };

    /** A measured effect of the decision, such as P99 latency 320 → 47 ms. */
    struct Result
    {
        QString metric;
        std::optional<double> before;
        std::optional<double> after;
        QString unit;
        QString note;
    };

    /** A part of an imported file kept verbatim: a section or a front-matter key. */
    struct RawPart
    {
        enum class Kind
        {
            Section,
            FrontMatter
        };
        Kind kind = Kind::Section;
        QString name; ///< heading text or front-matter key
        QString body; ///< the section's text or the key's value, unchanged
    };

    /** One entry of the status history. */
    struct StatusChange
    {
        QString status; ///< as written; not restricted to Status
        QDate changedOn;
        QString note;
    };

    /** A dimension or checkpoint of a framework that the record supports. */
    struct Link
    {
        enum class Kind
        {
            Dimension,
            Checkpoint
        };
        QString frameworkKey;
        Kind kind = Kind::Dimension;
        QString targetKey;
    };

    qint64 id = 0;             ///< 0 until stored
    std::optional<int> number; ///< the record's own number (7 for ADR-0007); may repeat
    QString title;
    Status status = Status::Proposed;
    QDate date;             ///< invalid when the record gives none
    QString decisionMakers; ///< comma-separated names, as written
    QString consulted;
    QString informed;
    QString context;         ///< context and problem statement (Markdown)
    QString decisionDrivers; ///< Markdown
    QString decisionOutcome; ///< Markdown
    QString consequences;    ///< Markdown
    QString confirmation;    ///< Markdown
    QString moreInformation; ///< Markdown
    QString tags;            ///< comma-separated, as written
    qint64 supersededBy = 0; ///< adr.id of the record replacing this one; 0 if none
    QString sourcePath;      ///< file it was imported from
    QString sourceFormat;    ///< AdrFormat key of that file ("nygard", "madr4", …)
    QList<Option> options;
    QList<Result> results;
    QList<RawPart> raw;
    QList<StatusChange> history;
    QList<Link> links;
    QString createdAt;
    QString updatedAt;

    /** The stable name used in the database, in files and on the command line. */
    static QString statusKey(Status status);
    /**
     * The status a word names, in any case, with the spellings tools use: "accepted",
     * "Proposed", "superseded", adr-tools' "superceded", "deprecated", "rejected";
     * nullopt for anything else.
     */
    static std::optional<Status> statusFromKey(const QString& key);
};
