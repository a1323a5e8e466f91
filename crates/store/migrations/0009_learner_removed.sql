-- Baken schema version 9: learners removed for good (the AVG's right to erasure). The learner, their
-- events and everything about them are deleted; only the random id stays here, so that records
-- from another laptop cannot bring them back, and so the removal travels on in records files.
CREATE TABLE learner_removed (
    id         TEXT PRIMARY KEY,
    removed_at TEXT NOT NULL
) STRICT;
