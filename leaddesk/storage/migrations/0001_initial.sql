-- LEAD Desk local schema, version 1.
-- Synced tables: an integer rowid alias (rid) keeps full-text indexes stable across VACUUM;
-- id is the UUIDv7 made on the device; field_clocks maps each field to its (hlc, device) stamp.

CREATE TABLE participant (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    preferred_name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    date_of_birth TEXT,
    sex TEXT,
    gender TEXT NOT NULL,
    race_ethnicity TEXT NOT NULL,
    phone TEXT NOT NULL,
    usual_locations TEXT NOT NULL,
    team_id TEXT NOT NULL,
    case_manager TEXT NOT NULL,
    status TEXT NOT NULL,
    engaged_on TEXT,
    exited_on TEXT,
    exit_reason TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX participant_name ON participant (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX participant_team ON participant (team_id, status);
CREATE INDEX participant_case_manager ON participant (case_manager);

CREATE TABLE referral (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    door TEXT NOT NULL,
    referred_at TEXT NOT NULL,
    place TEXT NOT NULL,
    referring_officer TEXT NOT NULL,
    referring_agency TEXT NOT NULL,
    offence TEXT NOT NULL,
    warm_handoff_at TEXT,
    sent_to_prosecutor_on TEXT,
    intake_deadline TEXT,
    field_clocks TEXT NOT NULL
);
CREATE INDEX referral_participant ON referral (participant_id, referred_at);

CREATE TABLE eligibility_screening (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    answers TEXT NOT NULL,
    decision TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT,
    notes TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX eligibility_screening_participant ON eligibility_screening (participant_id);

CREATE TABLE consent (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    discloser TEXT NOT NULL,
    information TEXT NOT NULL,
    recipient TEXT NOT NULL,
    purpose TEXT NOT NULL,
    expires_on TEXT,
    expiry_event TEXT NOT NULL,
    revocation_right TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    revoked_on TEXT,
    irrevocable_until TEXT,
    notes TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX consent_participant ON consent (participant_id, signed_on);

CREATE TABLE need (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    domain TEXT NOT NULL,
    description TEXT NOT NULL,
    rank INTEGER NOT NULL,
    urgency TEXT NOT NULL,
    status TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX need_participant ON need (participant_id, status);

CREATE TABLE plan_goal (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    goal TEXT NOT NULL,
    domain TEXT NOT NULL,
    steps TEXT NOT NULL,
    target_date TEXT,
    status TEXT NOT NULL,
    progress TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX plan_goal_participant ON plan_goal (participant_id);

CREATE TABLE contact (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    occurred_at TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    place TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    kind TEXT NOT NULL,
    staff_present TEXT NOT NULL,
    outcome TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
-- The caseload's "last contact" reads the newest live contact of each participant.
CREATE INDEX contact_participant ON contact (participant_id, deleted, occurred_at);

CREATE TABLE note (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    contact_id TEXT,
    data TEXT NOT NULL,
    assessment TEXT NOT NULL,
    plan TEXT NOT NULL,
    sensitive_sud INTEGER NOT NULL,
    signed_by TEXT NOT NULL,
    signed_at TEXT,
    field_clocks TEXT NOT NULL
);
CREATE INDEX note_participant ON note (participant_id, created_at);

CREATE TABLE addendum (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    note_id TEXT NOT NULL,
    text TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX addendum_note ON addendum (note_id, signed_at);
CREATE INDEX addendum_participant ON addendum (participant_id);

CREATE TABLE service (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    delivered_on TEXT NOT NULL,
    kind TEXT NOT NULL,
    provider TEXT NOT NULL,
    is_referral INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX service_participant ON service (participant_id, delivered_on);

CREATE TABLE legal_event (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    case_number TEXT NOT NULL,
    court TEXT NOT NULL,
    description TEXT NOT NULL,
    prosecutor_coordination TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX legal_event_participant ON legal_event (participant_id, occurred_at);
CREATE INDEX legal_event_upcoming ON legal_event (kind, occurred_at);

CREATE TABLE housing_status (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    effective_on TEXT NOT NULL,
    situation TEXT NOT NULL,
    notes TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX housing_status_participant ON housing_status (participant_id, effective_on);

CREATE TABLE task (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    due_on TEXT,
    assignee TEXT NOT NULL,
    done INTEGER NOT NULL,
    done_at TEXT,
    field_clocks TEXT NOT NULL
);
CREATE INDEX task_participant ON task (participant_id, deleted, done, due_on);
CREATE INDEX task_due ON task (done, due_on);

CREATE TABLE attachment (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    description TEXT NOT NULL,
    field_clocks TEXT NOT NULL
);
CREATE INDEX attachment_participant ON attachment (participant_id);

-- Attachment bytes, once per content hash, inside the encrypted file.
CREATE TABLE attachment_blob (
    sha256 TEXT PRIMARY KEY,
    data BLOB NOT NULL
);

CREATE TABLE audit_event (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    device TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    participant_id TEXT NOT NULL,
    detail TEXT NOT NULL,
    pushed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX audit_event_participant ON audit_event (participant_id, at);

-- Local-only tables.
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    participant_id TEXT,
    op TEXT NOT NULL CHECK (op IN ('create', 'update', 'delete')),
    fields TEXT NOT NULL,
    clocks TEXT NOT NULL,
    base TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX sync_outbox_record ON sync_outbox (entity, record_id);

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sync_conflict (
    id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    record_id TEXT NOT NULL,
    participant_id TEXT,
    field TEXT NOT NULL,
    kept_value TEXT NOT NULL,
    kept_stamp TEXT NOT NULL,
    other_value TEXT NOT NULL,
    other_stamp TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT
);
CREATE INDEX sync_conflict_open ON sync_conflict (resolved_at, entity, record_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE draft (
    key TEXT PRIMARY KEY,
    participant_id TEXT,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Full-text search, inside the encrypted file. Notes and addenda index their own tables' text;
-- participants' names and aliases are small enough to keep a copy.
CREATE VIRTUAL TABLE note_fts USING fts5(
    data, assessment, plan,
    content = 'note', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
    INSERT INTO note_fts (rowid, data, assessment, plan) VALUES (new.rid, new.data, new.assessment, new.plan);
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
    INSERT INTO note_fts (note_fts, rowid, data, assessment, plan)
    VALUES ('delete', old.rid, old.data, old.assessment, old.plan);
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF data, assessment, plan ON note BEGIN
    INSERT INTO note_fts (note_fts, rowid, data, assessment, plan)
    VALUES ('delete', old.rid, old.data, old.assessment, old.plan);
    INSERT INTO note_fts (rowid, data, assessment, plan) VALUES (new.rid, new.data, new.assessment, new.plan);
END;

CREATE VIRTUAL TABLE addendum_fts USING fts5(
    text,
    content = 'addendum', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER addendum_fts_insert AFTER INSERT ON addendum BEGIN
    INSERT INTO addendum_fts (rowid, text) VALUES (new.rid, new.text);
END;
CREATE TRIGGER addendum_fts_delete AFTER DELETE ON addendum BEGIN
    INSERT INTO addendum_fts (addendum_fts, rowid, text) VALUES ('delete', old.rid, old.text);
END;
CREATE TRIGGER addendum_fts_update AFTER UPDATE OF text ON addendum BEGIN
    INSERT INTO addendum_fts (addendum_fts, rowid, text) VALUES ('delete', old.rid, old.text);
    INSERT INTO addendum_fts (rowid, text) VALUES (new.rid, new.text);
END;

CREATE VIRTUAL TABLE participant_fts USING fts5(
    names,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE TRIGGER participant_fts_insert AFTER INSERT ON participant BEGIN
    INSERT INTO participant_fts (rowid, names) VALUES (
        new.rid,
        new.first_name || ' ' || new.last_name || ' ' || new.preferred_name || ' '
            || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.aliases))
    );
END;
CREATE TRIGGER participant_fts_delete AFTER DELETE ON participant BEGIN
    DELETE FROM participant_fts WHERE rowid = old.rid;
END;
CREATE TRIGGER participant_fts_update AFTER UPDATE OF first_name, last_name, preferred_name, aliases
ON participant BEGIN
    UPDATE participant_fts SET names =
        new.first_name || ' ' || new.last_name || ' ' || new.preferred_name || ' '
            || (SELECT coalesce(group_concat(value, ' '), '') FROM json_each(new.aliases))
    WHERE rowid = new.rid;
END;
