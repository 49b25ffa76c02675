-- Conflicts become ordinary synced records (entity "conflict"), so they reach the team and a
-- resolution syncs back like any edit. The placeholder table of version 1 held nothing yet.
DROP TABLE sync_conflict;

CREATE TABLE conflict (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    record_entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field TEXT NOT NULL,
    kept_value TEXT,
    kept_stamp TEXT NOT NULL,
    kept_by TEXT NOT NULL,
    other_value TEXT,
    other_stamp TEXT NOT NULL,
    other_by TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT NOT NULL,
    resolution TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX conflict_open ON conflict (resolved_at, participant_id);
CREATE INDEX conflict_record ON conflict (record_entity, record_id);
