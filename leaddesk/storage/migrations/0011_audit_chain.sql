-- Issue 14: the audit trail becomes a hash chain that leaves the laptop. Each event carries the hash of
-- the one before it (prev_hash) and its own (hash, see domain/audit_chain.py). Events written before
-- this version get theirs, in seq order, the first time the profile writes an event after it (SQL has
-- no SHA-256 here): until then they are the ones with hash = ''.
ALTER TABLE audit_event ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_event ADD COLUMN hash TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_event_unchained ON audit_event (seq) WHERE hash = '';
-- What the next sync ships: the events the server has not acknowledged, in order.
CREATE INDEX audit_event_unpushed ON audit_event (seq) WHERE pushed = 0;
