-- Baken schema version 4: issued certificates, so a verification code can be checked later.
CREATE TABLE certificate (
    code       TEXT PRIMARY KEY NOT NULL,
    learner_id TEXT NOT NULL REFERENCES learner (id),
    issued_at  TEXT NOT NULL,
    content    TEXT NOT NULL CHECK (json_valid(content))  -- the certificate as issued (JSON)
) STRICT;
