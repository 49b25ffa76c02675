-- A new laptop's first sync builds the full-text index of notes and addenda once, at its end, instead of
-- row by row as hundreds of thousands of notes arrive (storage/replica.py, Replica.defer_search_index):
-- while this table holds a row, their triggers leave the index alone, and FTS5's 'rebuild' then reads
-- every note and addendum in one pass. Participants' names stay indexed as they come: they are few.
CREATE TABLE search_index_deferred (
    since TEXT NOT NULL
);
DROP TRIGGER note_fts_insert;
DROP TRIGGER note_fts_delete;
DROP TRIGGER note_fts_update;
DROP TRIGGER addendum_fts_insert;
DROP TRIGGER addendum_fts_delete;
DROP TRIGGER addendum_fts_update;
CREATE TRIGGER note_fts_insert AFTER INSERT ON note
    WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
    INSERT INTO note_fts (rowid, data, assessment, plan) VALUES (new.rid, new.data, new.assessment, new.plan);
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note
    WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
    INSERT INTO note_fts (note_fts, rowid, data, assessment, plan)
    VALUES ('delete', old.rid, old.data, old.assessment, old.plan);
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF data, assessment, plan ON note
    WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
    INSERT INTO note_fts (note_fts, rowid, data, assessment, plan)
    VALUES ('delete', old.rid, old.data, old.assessment, old.plan);
    INSERT INTO note_fts (rowid, data, assessment, plan) VALUES (new.rid, new.data, new.assessment, new.plan);
END;

CREATE TRIGGER addendum_fts_insert AFTER INSERT ON addendum
    WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
    INSERT INTO addendum_fts (rowid, text) VALUES (new.rid, new.text);
END;
CREATE TRIGGER addendum_fts_delete AFTER DELETE ON addendum
    WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
    INSERT INTO addendum_fts (addendum_fts, rowid, text) VALUES ('delete', old.rid, old.text);
END;
CREATE TRIGGER addendum_fts_update AFTER UPDATE OF text ON addendum
    WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred) BEGIN
    INSERT INTO addendum_fts (addendum_fts, rowid, text) VALUES ('delete', old.rid, old.text);
    INSERT INTO addendum_fts (rowid, text) VALUES (new.rid, new.text);
END;
