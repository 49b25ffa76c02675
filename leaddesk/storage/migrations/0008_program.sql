-- Issue 13: the program's settings and the staff roster as the office server last sent them
-- (GET /v1/program). Local only: no outbox, never synced back, never edited here; each answer that
-- differs from the version held replaces both whole. Until the first one, the laptop uses the defaults.
CREATE TABLE program_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version TEXT NOT NULL,
    document TEXT NOT NULL,
    received_at TEXT NOT NULL
);

CREATE TABLE staff (
    username TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    teams TEXT NOT NULL,
    caseload_capacity INTEGER,
    active INTEGER NOT NULL
);
