-- Participants a sync is taking off this laptop (they left its user's teams). Marked before their unsent
-- work is sent up, so that no new change about them can be saved in between (storage/changes.py refuses
-- it with a message); the mark goes with them when they are removed.
CREATE TABLE sync_leaving (
    participant_id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,  -- the seq of the removal that takes them
    noted_at TEXT NOT NULL
);

-- FTS5 only marks a deleted row's words as deleted: they stay in the index's pages until a merge
-- rewrites them. A sync that removes participants now rebuilds the indexes after (Replica
-- .purge_removed_text); this clears what removals (and edits) under earlier versions left behind.
INSERT INTO note_fts (note_fts) VALUES ('optimize');
INSERT INTO addendum_fts (addendum_fts) VALUES ('optimize');
INSERT INTO participant_fts (participant_fts) VALUES ('optimize');
