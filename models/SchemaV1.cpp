// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 1. docs/schema.md explains every table for people reading the file
// with the sqlite3 shell; keep the two in step.
//
// Frameworks are replaced as a whole when a newer revision is imported, so framework
// content uses composite text keys that stay stable across a replacement. User data
// (entries, assessments, checkpoint progress) refers to frameworks by key without a
// foreign key: it must survive a framework revision that drops a metric or checkpoint.
//
// Dates are checked with date(x, '+0 days') IS x: date() alone accepts 2026-02-30,
// while the modifier normalises it to 2026-03-02, which no longer matches.
#include "Migration.h"

QStringList Migration::schemaV1()
{
    return {
        QStringLiteral(R"(
CREATE TABLE framework (
    key            TEXT PRIMARY KEY,
    revision       INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    name_en        TEXT NOT NULL,
    name_zh        TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT '',
    window_days    INTEGER NOT NULL DEFAULT 90 CHECK (window_days BETWEEN 1 AND 3650),
    builtin        INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    source         TEXT NOT NULL,
    installed_at   TEXT NOT NULL
))"),
        QStringLiteral(R"(
CREATE TABLE level (
    framework_key TEXT NOT NULL REFERENCES framework (key) ON DELETE CASCADE,
    code          TEXT NOT NULL,
    position      INTEGER NOT NULL,
    name_en       TEXT NOT NULL,
    name_zh       TEXT NOT NULL DEFAULT '',
    summary_en    TEXT NOT NULL DEFAULT '',
    summary_zh    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (framework_key, code)
))"),
        QStringLiteral(R"(
CREATE TABLE dimension (
    framework_key  TEXT NOT NULL REFERENCES framework (key) ON DELETE CASCADE,
    key            TEXT NOT NULL,
    position       INTEGER NOT NULL,
    name_en        TEXT NOT NULL,
    name_zh        TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (framework_key, key)
))"),
        QStringLiteral(R"(
CREATE TABLE expectation (
    framework_key TEXT NOT NULL,
    dimension_key TEXT NOT NULL,
    level_code    TEXT NOT NULL,
    score         REAL NOT NULL CHECK (score BETWEEN 0 AND 5),
    PRIMARY KEY (framework_key, dimension_key, level_code),
    FOREIGN KEY (framework_key, dimension_key)
        REFERENCES dimension (framework_key, key) ON DELETE CASCADE,
    FOREIGN KEY (framework_key, level_code)
        REFERENCES level (framework_key, code) ON DELETE CASCADE
))"),
        QStringLiteral(R"(
CREATE TABLE checkpoint (
    framework_key TEXT NOT NULL,
    key           TEXT NOT NULL,
    level_code    TEXT NOT NULL,
    dimension_key TEXT,
    position      INTEGER NOT NULL,
    title_en      TEXT NOT NULL,
    title_zh      TEXT NOT NULL DEFAULT '',
    evidence_en   TEXT NOT NULL,
    evidence_zh   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (framework_key, key),
    FOREIGN KEY (framework_key, level_code)
        REFERENCES level (framework_key, code) ON DELETE CASCADE,
    FOREIGN KEY (framework_key, dimension_key)
        REFERENCES dimension (framework_key, key) ON DELETE CASCADE
))"),
        QStringLiteral(R"(
CREATE TABLE metric (
    framework_key  TEXT NOT NULL REFERENCES framework (key) ON DELETE CASCADE,
    key            TEXT NOT NULL,
    position       INTEGER NOT NULL,
    name_en        TEXT NOT NULL,
    name_zh        TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT '',
    unit_en        TEXT NOT NULL,
    unit_zh        TEXT NOT NULL DEFAULT '',
    direction      TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
    aggregation    TEXT NOT NULL CHECK (aggregation IN ('sum', 'mean', 'last', 'max')),
    min_value      REAL NOT NULL,
    max_value      REAL NOT NULL,
    daily          INTEGER NOT NULL DEFAULT 0 CHECK (daily IN (0, 1)),
    dimension_key  TEXT,
    PRIMARY KEY (framework_key, key),
    CHECK (min_value < max_value),
    FOREIGN KEY (framework_key, dimension_key)
        REFERENCES dimension (framework_key, key) ON DELETE CASCADE
))"),
        QStringLiteral(R"(
CREATE TABLE metric_target (
    framework_key TEXT NOT NULL,
    metric_key    TEXT NOT NULL,
    level_code    TEXT NOT NULL,
    target        REAL NOT NULL,
    PRIMARY KEY (framework_key, metric_key, level_code),
    FOREIGN KEY (framework_key, metric_key)
        REFERENCES metric (framework_key, key) ON DELETE CASCADE,
    FOREIGN KEY (framework_key, level_code)
        REFERENCES level (framework_key, code) ON DELETE CASCADE
))"),
        // The profile's references are deferred so that replacing a framework inside a
        // transaction (delete its levels, insert the new ones) is checked at commit.
        QStringLiteral(R"(
CREATE TABLE profile (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    framework_key TEXT NOT NULL,
    current_level TEXT NOT NULL,
    target_level  TEXT NOT NULL,
    target_date   TEXT CHECK (target_date IS NULL OR date(target_date, '+0 days') IS target_date),
    display_name  TEXT NOT NULL DEFAULT '',
    FOREIGN KEY (framework_key) REFERENCES framework (key)
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (framework_key, current_level) REFERENCES level (framework_key, code)
        DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY (framework_key, target_level) REFERENCES level (framework_key, code)
        DEFERRABLE INITIALLY DEFERRED
))"),
        QStringLiteral(R"(
CREATE TABLE entry (
    id          INTEGER PRIMARY KEY,
    day         TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
    metric_key  TEXT NOT NULL CHECK (metric_key <> ''),
    value       REAL NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    evidence    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
))"),
        QStringLiteral("CREATE INDEX entry_metric_day ON entry (metric_key, day)"),
        QStringLiteral("CREATE INDEX entry_day ON entry (day)"),
        QStringLiteral(R"(
CREATE TABLE assessment (
    id            INTEGER PRIMARY KEY,
    day           TEXT NOT NULL CHECK (date(day, '+0 days') IS day),
    framework_key TEXT NOT NULL,
    dimension_key TEXT NOT NULL,
    score         REAL NOT NULL CHECK (score BETWEEN 0 AND 5),
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
))"),
        QStringLiteral("CREATE INDEX assessment_dimension_day ON assessment (framework_key, "
                       "dimension_key, day)"),
        QStringLiteral(R"(
CREATE TABLE checkpoint_progress (
    framework_key  TEXT NOT NULL,
    checkpoint_key TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'done')),
    started_on     TEXT CHECK (started_on IS NULL OR date(started_on, '+0 days') IS started_on),
    done_on        TEXT CHECK (done_on IS NULL OR date(done_on, '+0 days') IS done_on),
    note           TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (framework_key, checkpoint_key)
))"),
        QStringLiteral(R"(
CREATE TABLE adr (
    id               INTEGER PRIMARY KEY,
    number           INTEGER CHECK (number IS NULL OR number >= 0),
    title            TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'proposed'
                     CHECK (status IN ('proposed', 'accepted', 'rejected', 'deprecated',
                                       'superseded')),
    date             TEXT CHECK (date IS NULL OR date(date, '+0 days') IS date),
    decision_makers  TEXT NOT NULL DEFAULT '',
    consulted        TEXT NOT NULL DEFAULT '',
    informed         TEXT NOT NULL DEFAULT '',
    context          TEXT NOT NULL DEFAULT '',
    decision_drivers TEXT NOT NULL DEFAULT '',
    decision_outcome TEXT NOT NULL DEFAULT '',
    consequences     TEXT NOT NULL DEFAULT '',
    confirmation     TEXT NOT NULL DEFAULT '',
    more_information TEXT NOT NULL DEFAULT '',
    tags             TEXT NOT NULL DEFAULT '',
    superseded_by    INTEGER REFERENCES adr (id) ON DELETE SET NULL,
    source_path      TEXT NOT NULL DEFAULT '',
    source_format    TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
))"),
        QStringLiteral("CREATE INDEX adr_number ON adr (number)"),
        QStringLiteral(R"(
CREATE TABLE adr_option (
    id          INTEGER PRIMARY KEY,
    adr_id      INTEGER NOT NULL REFERENCES adr (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    pros        TEXT NOT NULL DEFAULT '',
    cons        TEXT NOT NULL DEFAULT '',
    chosen      INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1))
))"),
        QStringLiteral("CREATE INDEX adr_option_adr ON adr_option (adr_id)"),
        QStringLiteral(R"(
CREATE TABLE adr_result (
    id           INTEGER PRIMARY KEY,
    adr_id       INTEGER NOT NULL REFERENCES adr (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    metric       TEXT NOT NULL,
    value_before REAL,
    value_after  REAL,
    unit         TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX adr_result_adr ON adr_result (adr_id)"),
        QStringLiteral(R"(
CREATE TABLE adr_raw (
    id       INTEGER PRIMARY KEY,
    adr_id   INTEGER NOT NULL REFERENCES adr (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN ('section', 'front_matter')),
    name     TEXT NOT NULL,
    body     TEXT NOT NULL
))"),
        QStringLiteral("CREATE INDEX adr_raw_adr ON adr_raw (adr_id)"),
        QStringLiteral(R"(
CREATE TABLE adr_status_change (
    id         INTEGER PRIMARY KEY,
    adr_id     INTEGER NOT NULL REFERENCES adr (id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    changed_on TEXT NOT NULL CHECK (date(changed_on, '+0 days') IS changed_on),
    note       TEXT NOT NULL DEFAULT ''
))"),
        QStringLiteral("CREATE INDEX adr_status_change_adr ON adr_status_change (adr_id)"),
        QStringLiteral(R"(
CREATE TABLE adr_link (
    adr_id        INTEGER NOT NULL REFERENCES adr (id) ON DELETE CASCADE,
    framework_key TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('dimension', 'checkpoint')),
    target_key    TEXT NOT NULL,
    PRIMARY KEY (adr_id, framework_key, kind, target_key)
))"),
        QStringLiteral(R"(
CREATE TABLE evidence (
    id             INTEGER PRIMARY KEY,
    framework_key  TEXT NOT NULL,
    checkpoint_key TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('adr', 'entry', 'url', 'commit', 'file', 'none')),
    adr_id         INTEGER REFERENCES adr (id) ON DELETE CASCADE,
    entry_id       INTEGER REFERENCES entry (id) ON DELETE CASCADE,
    reference      TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    added_at       TEXT NOT NULL,
    CHECK ((kind = 'adr') = (adr_id IS NOT NULL)),
    CHECK ((kind = 'entry') = (entry_id IS NOT NULL))
))"),
        QStringLiteral(
            "CREATE INDEX evidence_checkpoint ON evidence (framework_key, checkpoint_key)"),
        QStringLiteral("CREATE INDEX evidence_adr ON evidence (adr_id)"),
        QStringLiteral("CREATE INDEX evidence_entry ON evidence (entry_id)"),
        // Full-text search over ADRs. The trigram tokenizer matches any three
        // consecutive characters, so Chinese text without spaces is searchable.
        QStringLiteral(R"(
CREATE VIRTUAL TABLE adr_search USING fts5 (
    title, context, options, decision, consequences,
    tokenize = 'trigram'
))"),
        QStringLiteral(R"(
CREATE TRIGGER adr_search_insert AFTER INSERT ON adr BEGIN
    INSERT INTO adr_search (rowid, title, context, options, decision, consequences)
    VALUES (new.id, new.title, new.context, '', new.decision_outcome, new.consequences);
END)"),
        QStringLiteral(R"(
CREATE TRIGGER adr_search_update AFTER UPDATE ON adr BEGIN
    UPDATE adr_search
       SET title = new.title, context = new.context, decision = new.decision_outcome,
           consequences = new.consequences
     WHERE rowid = new.id;
END)"),
        QStringLiteral(R"(
CREATE TRIGGER adr_search_delete AFTER DELETE ON adr BEGIN
    DELETE FROM adr_search WHERE rowid = old.id;
END)"),
        QStringLiteral(R"(
CREATE TRIGGER adr_option_search_insert AFTER INSERT ON adr_option BEGIN
    UPDATE adr_search SET options = (
        SELECT group_concat(name || ' ' || description || ' ' || pros || ' ' || cons, ' ')
          FROM adr_option WHERE adr_id = new.adr_id)
     WHERE rowid = new.adr_id;
END)"),
        QStringLiteral(R"(
CREATE TRIGGER adr_option_search_update AFTER UPDATE ON adr_option BEGIN
    UPDATE adr_search SET options = (
        SELECT group_concat(name || ' ' || description || ' ' || pros || ' ' || cons, ' ')
          FROM adr_option WHERE adr_id = new.adr_id)
     WHERE rowid = new.adr_id;
END)"),
        QStringLiteral(R"(
CREATE TRIGGER adr_option_search_delete AFTER DELETE ON adr_option BEGIN
    UPDATE adr_search SET options = coalesce((
        SELECT group_concat(name || ' ' || description || ' ' || pros || ' ' || cons, ' ')
          FROM adr_option WHERE adr_id = old.adr_id), '')
     WHERE rowid = old.adr_id;
END)"),
    };
}
