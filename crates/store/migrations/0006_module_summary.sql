-- Baken schema version 6: each learner's state per module, kept beside the events, so the trainer's
-- overview of thousands of learners does not read a million events. Derived data: the events stay
-- the record; this table is filled from them here and kept up to date with every event added.
CREATE TABLE module_summary (
    learner_id   TEXT NOT NULL REFERENCES learner (id),
    module_id    TEXT NOT NULL,
    -- The first event that opened the module (a refresher or a learning-effect answer does not).
    first_start  TEXT,
    -- The latest completion, and its score.
    completed_at TEXT,
    score        INTEGER,
    PRIMARY KEY (learner_id, module_id)
) STRICT, WITHOUT ROWID;

INSERT INTO module_summary (learner_id, module_id, first_start, completed_at)
SELECT learner_id, module_id,
       min(CASE WHEN kind IN ('module-started', 'page-viewed', 'case-started', 'case-choice',
                              'check-started', 'item-answered', 'check-finished')
                THEN occurred_at END),
       max(CASE WHEN kind = 'module-completed' THEN occurred_at END)
FROM progress_event
GROUP BY learner_id, module_id;

DELETE FROM module_summary WHERE first_start IS NULL AND completed_at IS NULL;

UPDATE module_summary
SET score = (SELECT json_extract(e.payload, '$.score') FROM progress_event e
             WHERE e.learner_id = module_summary.learner_id AND e.module_id = module_summary.module_id
               AND e.kind = 'module-completed' AND e.occurred_at = module_summary.completed_at
             ORDER BY e.rowid LIMIT 1)
WHERE completed_at IS NOT NULL;
