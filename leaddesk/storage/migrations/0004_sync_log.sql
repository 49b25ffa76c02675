-- The device's recent syncs, for the sync panel: when, how it ended, what went up and came down (counts
-- and record ids, never contents), and for a failed one the sentence the person was shown. Local only.
CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('done', 'cancelled', 'failed')),
    summary TEXT NOT NULL DEFAULT '{}',
    message TEXT NOT NULL DEFAULT ''
);
