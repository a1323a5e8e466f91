-- Baken schema version 7: workshops. A trainer runs a module's cases with a group, records who
-- attended and signs off; signing off adds a classroom completion event for every attendee (the
-- events stay the record of who is trained). The group's counts per option are the workshop's,
-- never any attendee's answers.
CREATE TABLE workshop (
    id            TEXT PRIMARY KEY,
    held_on       TEXT NOT NULL,          -- YYYY-MM-DD
    place         TEXT NOT NULL,
    trainer       TEXT NOT NULL,
    module_id     TEXT NOT NULL,
    cases         TEXT NOT NULL,          -- JSON array of case ids, in the module's order
    created_at    TEXT NOT NULL,
    signed_off_at TEXT                    -- set once; after that nothing in the workshop changes
) STRICT;

CREATE TABLE workshop_attendee (
    workshop_id TEXT NOT NULL REFERENCES workshop (id),
    learner_id  TEXT NOT NULL REFERENCES learner (id),
    PRIMARY KEY (workshop_id, learner_id)
) STRICT, WITHOUT ROWID;

-- One row per decision point the group reached in a run of a case, in order (seq 0, 1, …).
CREATE TABLE workshop_answer (
    workshop_id  TEXT NOT NULL REFERENCES workshop (id),
    case_id      TEXT NOT NULL,
    case_version INTEGER NOT NULL,
    seq          INTEGER NOT NULL,
    step_id      TEXT NOT NULL,
    counts       TEXT NOT NULL,           -- JSON object: choice id → how many chose it
    followed     TEXT,                    -- the choice the group went on with, once it did
    PRIMARY KEY (workshop_id, case_id, seq)
) STRICT, WITHOUT ROWID;
