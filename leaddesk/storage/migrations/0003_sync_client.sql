-- The sync client's own bookkeeping (all local, never synced).

-- Changes the server refused, kept whole with its reason: refused work is shown to a person, never dropped.
CREATE TABLE sync_rejected (
    change_id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    participant_id TEXT,
    op TEXT NOT NULL,
    fields TEXT NOT NULL,
    clocks TEXT NOT NULL,
    base TEXT NOT NULL,
    created_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    rejected_at TEXT NOT NULL
);
CREATE INDEX sync_rejected_participant ON sync_rejected (participant_id);

-- Participants that left this device's scope while it still held unsent work of theirs: removed once
-- that work has gone (or been refused), unless they come back into scope first.
CREATE TABLE sync_removal_deferred (
    participant_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    noted_at TEXT NOT NULL
);

-- A removal asks "does this participant have unsent work?"; the outbox is small but may not always be.
CREATE INDEX sync_outbox_participant ON sync_outbox (participant_id);
