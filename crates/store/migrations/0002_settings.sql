-- Baken schema version 2: settings that must survive a restart (the language, the active profile).
CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
