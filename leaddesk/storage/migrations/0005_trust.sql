-- Conflicts can set a whole change aside when a merge would break a rule across fields ("rule"), and say why.
ALTER TABLE conflict ADD COLUMN kind TEXT NOT NULL DEFAULT 'field';
ALTER TABLE conflict ADD COLUMN reason TEXT NOT NULL DEFAULT '';
-- Who wrote the set-aside value (a username): only they may add text set aside from a signed note to it.
ALTER TABLE conflict ADD COLUMN other_author TEXT NOT NULL DEFAULT '';

-- A write that settles a conflict names it: the server orders it against other resolutions of the same
-- conflict instead of reporting a new conflict about the resolution itself.
ALTER TABLE sync_outbox ADD COLUMN resolves TEXT;

-- The record's version (a digest of its field stamps) an update was written on: the server refuses a
-- change that breaks a rule on the very version it was written on, and sets aside one that breaks it only
-- merged with a change its writer never saw.
ALTER TABLE sync_outbox ADD COLUMN seen TEXT;
