-- Baken schema version 8: one person, two profiles. A trainer who sees the same name from two
-- laptops can confirm that the profiles are one person: the alias's records then count as the
-- person's. Both profiles and all their events stay as they were (events are never rewritten), and
-- the link travels in records files. Profiles a trainer said are different people are not
-- suggested again.
CREATE TABLE learner_link (
    alias     TEXT PRIMARY KEY REFERENCES learner (id),
    person    TEXT NOT NULL REFERENCES learner (id),
    linked_at TEXT NOT NULL,
    CHECK (alias <> person)
) STRICT;

CREATE INDEX learner_link_person ON learner_link (person);

CREATE TABLE learner_apart (
    a TEXT NOT NULL REFERENCES learner (id),
    b TEXT NOT NULL REFERENCES learner (id),
    PRIMARY KEY (a, b),
    CHECK (a < b)
) STRICT, WITHOUT ROWID;
