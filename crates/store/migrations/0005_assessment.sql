-- Baken schema version 5: the municipality's local contacts and its yearly self-assessments.

-- The local contacts the lessons name and the pocket card prints (one row per kind of contact).
CREATE TABLE contact (
    key        TEXT PRIMARY KEY NOT NULL CHECK (key IN ('meldpunt', 'aov', 'zvh', 'wijkagent')),
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    hours      TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
) STRICT;

-- One self-assessment per date (usually one a year); earlier ones stay to compare with.
CREATE TABLE assessment (
    id                    INTEGER PRIMARY KEY,
    title                 TEXT NOT NULL CHECK (length(trim(title)) > 0),
    held_on               TEXT NOT NULL UNIQUE,          -- YYYY-MM-DD
    questionnaire_version INTEGER NOT NULL,
    created_at            TEXT NOT NULL
) STRICT;

-- The people who answer an assessment; their answers are kept apart.
CREATE TABLE respondent (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    function      TEXT NOT NULL DEFAULT '',
    UNIQUE (assessment_id, name)
) STRICT;

-- One respondent's answer to one item, saved as it is typed.
CREATE TABLE assessment_answer (
    respondent_id INTEGER NOT NULL REFERENCES respondent (id) ON DELETE CASCADE,
    theme         TEXT NOT NULL,
    item          TEXT NOT NULL,
    rating        TEXT CHECK (rating IS NULL OR rating IN ('0', '1', '2', '3', '4', 'na', 'dk')),
    explanation   TEXT NOT NULL DEFAULT '',
    evidence      TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (respondent_id, theme, item)
) STRICT;

-- The action plan: improvement measures per theme (and item).
CREATE TABLE improvement_action (
    id            INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    theme         TEXT NOT NULL,
    item          TEXT,
    action        TEXT NOT NULL CHECK (length(trim(action)) > 0),
    owner         TEXT NOT NULL DEFAULT '',
    deadline      TEXT,                                  -- YYYY-MM-DD
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done')),
    updated_at    TEXT NOT NULL
) STRICT;

CREATE INDEX improvement_action_by_assessment ON improvement_action (assessment_id);
