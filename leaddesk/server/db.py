"""The server's tables (SQLAlchemy Core); its engines for SQLite and PostgreSQL are engines.py's, taken
from here too.

The tables here are what the queries use; the migrations in `migrations/versions/` build them, and a test
checks that the two agree.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    text,
)

from leaddesk.server.engines import (
    SQLITE_COMPANIONS,
    bulk_rows,
    insert_ignoring_duplicate,
    is_postgres,
    make_engine,
    mapped_reads,
    normalise_url,
    private_sqlite_file,
    sqlite_path,
    transaction,
    upsert_statement,
)

# The engines and transactions live in engines.py; most modules take them from here, beside the tables.
__all__ = [
    "SQLITE_COMPANIONS",
    "bulk_rows",
    "insert_ignoring_duplicate",
    "is_postgres",
    "make_engine",
    "mapped_reads",
    "normalise_url",
    "private_sqlite_file",
    "sqlite_path",
    "transaction",
    "upsert_statement",
]


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC times in and out: SQLite keeps no zone and would hand back naive times."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a stored time must carry its time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData()

team = Table(
    "team",
    metadata,
    Column("name", String(100), primary_key=True),  # what a participant's team_id holds
    Column("created_at", UtcDateTime(), nullable=False),
)

user = Table(
    "user_account",  # "user" is reserved in PostgreSQL
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(100), nullable=False, unique=True),
    Column("display_name", String(200), nullable=False),
    Column("role", String(20), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    # Set by `user disable`: every device of the user is refused until `user enable` clears it.
    Column("disabled_at", UtcDateTime(), nullable=True),
    # Set by `user capacity`: how many open participants they carry; none means the program's standard.
    Column("caseload_capacity", Integer, nullable=True),
)

membership = Table(
    "membership",
    metadata,
    Column("user_id", Integer, ForeignKey("user_account.id"), primary_key=True),
    Column("team", String(100), ForeignKey("team.name"), primary_key=True),
)

device = Table(
    "device",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("user_id", Integer, ForeignKey("user_account.id"), nullable=False, index=True),
    Column("name", String(100), nullable=False),
    Column("token_hash", String(64), nullable=False),  # sha256 of the secret half of the token
    Column("enrolled_at", UtcDateTime(), nullable=False),
    Column("last_seen", UtcDateTime(), nullable=True),
    Column("pending", Integer, nullable=False, default=0),
    Column("app_version", String(200), nullable=False, default=""),
    Column("revoked_at", UtcDateTime(), nullable=True),
    Column("revoke_mode", String(20), nullable=True),
    # The device's own id in its field stamps (sent at enrolment), to name who wrote a conflict's values.
    Column("clock_id", String(36), nullable=True, index=True),
    # When a token of its enrolment was first used; until then spare_token may hold more (devices.py).
    Column("confirmed_at", UtcDateTime(), nullable=True),
    # The highest cursor the device has pulled from: it has applied every change up to it, so a removal
    # with a higher seq has not reached it yet (see scope_history.py). Starts at the latest seq at its
    # enrolment: a participant gone from its user's scope before then was never on it.
    Column("pulled_through", BigInteger, nullable=False, default=0, server_default="0"),
    # The highest cursor handed to the device, a pull page's end or a heartbeat's latest seq: its cursor
    # is never beyond it, unless this database was restored from a backup older than the device's last
    # sync (pull refuses that: `server_behind`).
    # NULL for a device enrolled before migration 0011, until its next pull.
    Column("served_through", BigInteger, nullable=True),
    # A retired device's pushes are taken until this time: set at its first push since retirement to a
    # day later, and to the moment its final batch arrives (see devices.py, `retired_push`).
    Column("final_push_by", UtcDateTime(), nullable=True),
)

spare_token = Table(
    "spare_token",
    metadata,
    Column("token_hash", String(64), primary_key=True),  # sha256, as device.token_hash
    Column("device_id", String(36), ForeignKey("device.id"), nullable=False, index=True),
    Column("issued_at", UtcDateTime(), nullable=False),
)

enrolment_code = Table(
    "enrolment_code",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("user_account.id"), nullable=False),
    Column("device_name", String(100), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    Column("used_at", UtcDateTime(), nullable=True),
    Column("device_id", String(36), nullable=True),  # the device it was traded for
)

record = Table(
    "record",
    metadata,
    Column("entity", String(40), primary_key=True),
    Column("record_id", String(36), primary_key=True),
    Column("participant_id", String(36), nullable=True, index=True),
    # The participant's team, copied onto each of its records so a pull filters on one indexed column.
    Column("team", String(100), nullable=False),
    Column("fields", Text, nullable=False),  # JSON: field -> wire value
    Column("clocks", Text, nullable=False),  # JSON: field -> encoded stamp
    Column("seq", BigInteger, nullable=False, unique=True),
    Column("updated_at", UtcDateTime(), nullable=False),
    # For a live attachment record: the hash of its bytes, so a download can be checked against scope.
    Column("attachment_sha256", String(64), nullable=True, index=True),
    # A live contact's time in its stored form ("2025-01-31T22:00:00.000000Z"), for the reports that
    # read a period's contacts (report_data.read_contacts) from the index alone; NULL on every other row.
    Column("occurred_at", String(27), nullable=True),
    Index("record_team_seq", "team", "seq"),
    Index(
        "record_occurred",
        "entity",
        "occurred_at",
        "participant_id",
        sqlite_where=text("occurred_at IS NOT NULL"),  # only contacts: no entry for any other record
        postgresql_where=text("occurred_at IS NOT NULL"),
    ),
)

scope_event = Table(
    "scope_event",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("participant_id", String(36), nullable=False),
    Column("old_team", String(100), nullable=False),
    Column("new_team", String(100), nullable=False),
    Column("at", UtcDateTime(), nullable=False),
    Index("scope_event_participant", "participant_id", "seq"),
)

# A participant that left one user's sight because the user left its team: one row each, with a seq of
# its own, so the user's devices pull it as a removal in order (see scope_history.py).
scope_removal = Table(
    "scope_removal",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("user_id", Integer, ForeignKey("user_account.id"), nullable=False),
    Column("participant_id", String(36), nullable=False),
    Column("team", String(100), nullable=False),  # the team the user left, which held the participant
    Column("at", UtcDateTime(), nullable=False),
    Index("scope_removal_user_seq", "user_id", "seq"),
    Index("scope_removal_user_participant", "user_id", "participant_id"),
)

push_batch = Table(
    "push_batch",
    metadata,
    Column("batch_id", String(36), primary_key=True),
    Column("device_id", String(36), nullable=False),
    Column("response", Text, nullable=False),  # the PushResponse first given, replayed on a retry
    Column("received_at", UtcDateTime(), nullable=False),
)

counter = Table(
    "counter",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# The server's own audit trail, one hash chain (domain/audit_chain.py) in `position` order.
audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", UtcDateTime(), nullable=False, index=True),
    Column("actor", String(100), nullable=False),
    Column("device", String(36), nullable=False, default=""),
    Column("action", String(40), nullable=False),
    Column("entity", String(40), nullable=False, default=""),
    Column("entity_id", String(100), nullable=False, default=""),
    Column("participant_id", String(36), nullable=False, default=""),
    # Text: a pull's event names every participant whose records went to the device.
    Column("detail", Text, nullable=False, default=""),
    Column("position", BigInteger, nullable=False, unique=True),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# Every device's audit chain as the device sent it (verified as it arrived, see device_audit.py).
device_audit = Table(
    "device_audit",
    metadata,
    Column("chain", String(36), primary_key=True),  # the device's own id (its clock id), naming the chain
    Column("seq", BigInteger, primary_key=True, autoincrement=False),  # the position in that chain
    Column("device_id", String(36), nullable=False, index=True),  # the enrolled device that sent it
    Column("event_id", String(64), nullable=False),
    Column("at", UtcDateTime(), nullable=False, index=True),
    Column("user", String(200), nullable=False),
    Column("action", String(40), nullable=False),
    Column("entity", String(100), nullable=False),
    Column("entity_id", String(100), nullable=False),
    Column("participant_id", String(100), nullable=False, index=True),
    Column("detail", String(500), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
)

# The newest link of each chain ("server", or a device's id), held apart so events removed from a chain's
# end show; and its checkpoint, the link its first kept event follows once older ones were pruned.
audit_chain = Table(
    "audit_chain",
    metadata,
    Column("chain", String(64), primary_key=True),
    Column("position", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("start_position", BigInteger, nullable=False),
    Column("start_hash", String(64), nullable=False),
    # The position of the event last refused (a break already reported), so a device that sends it again
    # at every sync is not reported again each time.
    Column("refused_seq", BigInteger, nullable=True),
)

# Failed enrolments and token checks per client address, code or device, in a fixed window (attempts.py).
failed_attempt = Table(
    "failed_attempt",
    metadata,
    Column("key", String(120), primary_key=True),  # e.g. "token-device:<device id>"
    Column("window_start", UtcDateTime(), nullable=False, index=True),
    Column("failures", Integer, nullable=False),
)

attachment_blob = Table(
    "attachment_blob",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("content", LargeBinary, nullable=False),
    Column("size", BigInteger, nullable=False),
    # Indexed: garbage collection looks for old files without reading their bytes.
    Column("stored_at", UtcDateTime(), nullable=False, index=True),
)

attachment_owner = Table(
    "attachment_owner",
    metadata,
    # Which participant a file's bytes were uploaded for, and by which device (attachments.py says why).
    Column("sha256", String(64), primary_key=True),
    Column("participant_id", String(36), primary_key=True),
    Column("device_id", String(36), primary_key=True),  # "" for files stored before this was kept
    Column("size", BigInteger, nullable=False),  # the file's, so a quota is summed without its bytes
    # The latest upload or claim: garbage collection counts its grace period from here.
    Column("at", UtcDateTime(), nullable=False),
    Index("ix_attachment_owner_device_id", "device_id"),
)

# The program's settings: one row (id 1), the domain's ProgramSettings as JSON (program.py). No row reads
# as the published defaults.
program_settings = Table(
    "program_settings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("document", Text, nullable=False),
    Column("updated_at", UtcDateTime(), nullable=False),
)

# Arrests by race and ethnicity per period and precinct, imported from a CSV (arrests.py): the baseline
# referrals are compared against in disparity reports. A re-import of the same key replaces the count.
arrest_count = Table(
    "arrest_count",
    metadata,
    Column("period_start", Date, primary_key=True),
    Column("period_end", Date, primary_key=True),
    Column("precinct", String(200), primary_key=True),  # "" for the whole jurisdiction
    Column("race_ethnicity", String(60), primary_key=True),
    Column("arrests", Integer, nullable=False),
    Column("imported_at", UtcDateTime(), nullable=False),
)

# Issue 19: police officers who refer from the street through the referral page (refer/). An officer is
# a user_account with role "officer" and no team; their agency and precinct are codes of the program's
# lists. They never hold a device: a password (argon2id, passwords.py) or one-time sign-in links.
officer = Table(
    "officer",
    metadata,
    Column("user_id", Integer, ForeignKey("user_account.id"), primary_key=True),
    Column("agency_code", String(64), nullable=False),
    Column("precinct", String(64), nullable=False),
    Column("password_hash", String(200), nullable=True),  # PHC text; none: sign-in links only
    Column("password_set_at", UtcDateTime(), nullable=True),
)

# A one-time sign-in link's token, by its SHA-256 (the token itself is only in the printed link).
sign_in_link = Table(
    "sign_in_link",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("user_account.id"), nullable=False, index=True),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    Column("used_at", UtcDateTime(), nullable=True),
)

# A signed-in officer's browser session, by the SHA-256 of the id in its cookie; the CSRF token every
# form of the session carries. Idle and absolute expiry are counted from last_seen and created_at.
officer_session = Table(
    "officer_session",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("user_account.id"), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", UtcDateTime(), nullable=False),
    Column("last_seen", UtcDateTime(), nullable=False),
)

# Which officer sent which referral, and what they sent as their list shows it back to them: their own
# words, never the case record as case managers keep it (the status comes from the records).
officer_referral = Table(
    "officer_referral",
    metadata,
    Column("referral_id", String(36), primary_key=True),
    Column("participant_id", String(36), nullable=False),
    Column("user_id", Integer, ForeignKey("user_account.id"), nullable=False),
    Column("submitted_at", UtcDateTime(), nullable=False),
    Column("referred_at", UtcDateTime(), nullable=False),
    Column("door", String(40), nullable=False),
    Column("place", String(200), nullable=False),
    Column("person_name", String(210), nullable=False),
    Index("officer_referral_user", "user_id", "submitted_at"),
)

SEQ_COUNTER = "seq"
