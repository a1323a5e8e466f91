-- Baken schema version 1: the install, the municipality, learners and their progress events.

-- Facts about this install, such as its globally unique id (used when records travel between laptops).
CREATE TABLE install (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

-- One municipality per install.
CREATE TABLE municipality (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    cbs_code    TEXT CHECK (cbs_code IS NULL OR cbs_code GLOB 'GM[0-9][0-9][0-9][0-9]'),
    inhabitants INTEGER CHECK (inhabitants IS NULL OR inhabitants > 0),
    region      TEXT,
    is_demo     INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE learner (
    id         TEXT PRIMARY KEY NOT NULL,   -- UUID, unique across installs
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role       TEXT NOT NULL,
    department TEXT,
    created_at TEXT NOT NULL
) STRICT;

-- Append-only: events are never updated or deleted, so records merge by id without loss.
CREATE TABLE progress_event (
    id          TEXT PRIMARY KEY NOT NULL,  -- UUID, unique across installs
    learner_id  TEXT NOT NULL REFERENCES learner (id),
    module_id   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(payload)),
    occurred_at TEXT NOT NULL
) STRICT;

CREATE INDEX progress_event_by_learner ON progress_event (learner_id, occurred_at);
