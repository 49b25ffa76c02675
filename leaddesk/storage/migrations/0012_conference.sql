-- Issue 14: case conferencing. A meeting is kept as one conference_discussion per participant
-- discussed (sync scope is per participant), all sharing the meeting's conference_id.
CREATE TABLE conference_discussion (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    conference_id TEXT NOT NULL,
    meeting_date TEXT NOT NULL,
    team TEXT NOT NULL,
    attendees TEXT NOT NULL,
    identified INTEGER NOT NULL,
    consent_ids TEXT NOT NULL,
    reasons TEXT NOT NULL,
    decisions TEXT NOT NULL,
    task_ids TEXT NOT NULL,
    legal_event_ids TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX conference_discussion_participant ON conference_discussion (participant_id, meeting_date);
CREATE INDEX conference_discussion_meeting ON conference_discussion (conference_id);
-- The agenda's "marked to coordinate with the prosecutor" and "new referrals" lists.
CREATE INDEX legal_event_coordination ON legal_event (prosecutor_coordination);
CREATE INDEX referral_referred_at ON referral (referred_at);
