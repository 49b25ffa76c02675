-- Issue 13: the participant's HMIS FY2026 fields, and episodes (enrollments).
-- Existing participants keep every value; the new fields start as "not recorded" (HMIS 99, or none for
-- the date of birth's quality, which only a person can judge) so every existing record stays valid.
ALTER TABLE participant ADD COLUMN dob_data_quality TEXT;
ALTER TABLE participant ADD COLUMN additional_race_ethnicity TEXT NOT NULL DEFAULT '';
ALTER TABLE participant ADD COLUMN veteran_status TEXT NOT NULL DEFAULT '99';
ALTER TABLE participant ADD COLUMN disabling_condition TEXT NOT NULL DEFAULT '99';

CREATE TABLE enrollment (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    project TEXT NOT NULL,
    status TEXT NOT NULL,
    referral_date TEXT NOT NULL,
    entry_date TEXT,
    engagement_date TEXT,
    exit_date TEXT,
    destination TEXT,
    exit_reason TEXT,
    exit_reason_detail TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX enrollment_participant ON enrollment (participant_id, referral_date);
