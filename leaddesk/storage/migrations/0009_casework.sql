-- Issue 13: referral details, legal events an evaluator can count, service costs, outcome snapshots.
-- Every existing record keeps its values; the new fields start empty or "not recorded", so every old
-- record stays valid (an old referral's free-text agency stays where it was).
ALTER TABLE referral ADD COLUMN officer_badge TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN agency_code TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN precinct TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN beat TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN offence_category TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN acceptance TEXT NOT NULL DEFAULT 'pending';
ALTER TABLE referral ADD COLUMN acceptance_on TEXT;
ALTER TABLE referral ADD COLUMN prosecutor_decision TEXT;
ALTER TABLE referral ADD COLUMN prosecutor_name TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN prosecutor_decided_on TEXT;
ALTER TABLE referral ADD COLUMN prosecutor_note TEXT NOT NULL DEFAULT '';

ALTER TABLE legal_event ADD COLUMN released_at TEXT;
ALTER TABLE legal_event ADD COLUMN charge_level TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE legal_event ADD COLUMN disposition TEXT;
ALTER TABLE legal_event ADD COLUMN source TEXT;

-- Money as text ("12.50"): exact to the cent, never a binary fraction.
ALTER TABLE service ADD COLUMN amount TEXT;
ALTER TABLE service ADD COLUMN units INTEGER;
ALTER TABLE service ADD COLUMN funding_source TEXT NOT NULL DEFAULT '';

CREATE TABLE outcome_snapshot (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    information_date TEXT NOT NULL,
    stage TEXT NOT NULL,
    income_from_any_source TEXT NOT NULL,
    incomes TEXT NOT NULL,
    benefits_from_any_source TEXT NOT NULL,
    benefits TEXT NOT NULL,
    other_benefit_detail TEXT NOT NULL,
    insurance_from_any_source TEXT NOT NULL,
    insurance TEXT NOT NULL,
    other_insurance_detail TEXT NOT NULL,
    employed TEXT NOT NULL,
    employment_type TEXT,
    not_employed_reason TEXT,
    physical_disability TEXT NOT NULL,
    developmental_disability TEXT NOT NULL,
    chronic_health_condition TEXT NOT NULL,
    hiv_aids TEXT NOT NULL,
    mental_health_disorder TEXT NOT NULL,
    substance_use_disorder TEXT NOT NULL,
    long_term_impairing TEXT NOT NULL,
    notes TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX outcome_snapshot_participant ON outcome_snapshot (participant_id, information_date);
