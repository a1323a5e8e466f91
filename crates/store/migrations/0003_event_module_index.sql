-- Baken schema version 3: the learning flow reads one learner's events of one module at a time.
CREATE INDEX progress_event_by_learner_module ON progress_event (learner_id, module_id, occurred_at);
