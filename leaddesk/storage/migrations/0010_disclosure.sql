-- Issue 14: what a machine can check of a consent (the recipient as a partner agency's code, the
-- purposes and the categories of information it names), and the append-only disclosure record. An old
-- consent keeps its free text and names no purpose or category: it covers nothing until someone ticks
-- what its signed form says.
ALTER TABLE consent ADD COLUMN recipient_code TEXT NOT NULL DEFAULT '';
ALTER TABLE consent ADD COLUMN purposes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE consent ADD COLUMN categories TEXT NOT NULL DEFAULT '[]';

CREATE TABLE disclosure (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    consent_ids TEXT NOT NULL,
    recipient_code TEXT NOT NULL,
    recipient TEXT NOT NULL,
    purpose TEXT NOT NULL,
    items TEXT NOT NULL,
    disclosed_by TEXT NOT NULL,
    disclosed_at TEXT NOT NULL,
    delivery TEXT NOT NULL,
    notice_version TEXT NOT NULL,
    description TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX disclosure_participant ON disclosure (participant_id, disclosed_at);
