-- The records an office server restored from an older backup sent during a re-offer pass: at its end,
-- the records here that it did not send and that hold this laptop's writes go up again as creates
-- (storage/reoffer.py). Empty outside such a pass.
CREATE TABLE sync_reoffer_seen (
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    PRIMARY KEY (entity, record_id)
) WITHOUT ROWID;
