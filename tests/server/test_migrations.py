"""Migrations: `init` builds an empty database to exactly the tables the code queries, running it
again (as every start does) changes nothing, and a database of an older schema upgrades keeping its data."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from leaddesk.domain.program import DEFAULT_PROGRAM
from leaddesk.server import program, users
from leaddesk.server.audit_verify import verify
from leaddesk.server.cli import main
from leaddesk.server.db import make_engine, metadata
from leaddesk.server.migrate import alembic_config, current_revision, head_revision, upgrade


@pytest.fixture
def empty_url(database_url: str, tmp_path: Path) -> Iterator[str]:
    """A database with nothing in it, on the module's backend: a new file, or a new schema."""
    if database_url.startswith("sqlite"):
        # The test's own folder: a file shared by the module's tests would be at the newest schema already.
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    # A name of its own: other runs of this module may share the PostgreSQL database at the same time.
    schema = f"migration_{uuid.uuid4().hex[:12]}"
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield database_url.rsplit("search_path%3D", 1)[0] + f"search_path%3D{schema}"
    finally:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()


def test_init_builds_the_schema_the_code_uses(empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    engine = make_engine(empty_url)
    try:
        assert inspect(engine).get_table_names() == []

        assert main(["--database-url", empty_url, "init"]) == 0
        assert main(["--database-url", empty_url, "init"]) == 0

        assert current_revision(engine) == head_revision() == "0011"
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
            assert conn.execute(text("SELECT name, value FROM counter")).all() == [("seq", 0)]
    finally:
        engine.dispose()
    assert capsys.readouterr().out.count("Database ready") == 2


def test_an_older_database_is_upgraded_keeping_its_devices(empty_url: str) -> None:
    """A server running the first schema, with an enrolled laptop, upgrades at start-up and keeps it."""
    engine = make_engine(empty_url)
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0001")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO user_account (username, display_name, role, created_at)"
                    " VALUES ('casey', 'Casey', 'case_manager', :at)"
                ),
                {"at": datetime(2026, 1, 5, tzinfo=UTC)},
            )
            conn.execute(
                text(
                    "INSERT INTO device (id, user_id, name, token_hash, enrolled_at, pending, app_version)"
                    " VALUES ('dev-1', 1, 'Old laptop', 'h', :at, 3, '0.1')"
                ),
                {"at": datetime(2026, 1, 5, tzinfo=UTC)},
            )
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT id, name, pending, clock_id FROM device")).all()
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        assert [tuple(r) for r in rows] == [("dev-1", "Old laptop", 3, None)]
    finally:
        engine.dispose()


def test_files_stored_before_ownership_belong_to_the_participants_whose_records_name_them(
    empty_url: str,
) -> None:
    """A server of schema 0002 holding attachments upgrades without losing a download: each stored file
    belongs to the participants whose live records name it (uploader unknown: device "")."""
    engine = make_engine(empty_url)
    at = datetime(2026, 1, 5, tzinfo=UTC)
    named, unnamed = "a" * 64, "b" * 64
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0002")
        with engine.begin() as conn:
            for seq, (record_id, pid, sha) in enumerate(
                [("att-1", "person-1", named), ("att-2", "person-2", named), ("att-3", "person-3", None)], 1
            ):
                conn.execute(
                    text(
                        "INSERT INTO record (entity, record_id, participant_id, team, fields, clocks, seq,"
                        " updated_at, attachment_sha256)"
                        " VALUES ('attachment', :id, :pid, 'north', '{}', '{}', :seq, :at, :sha)"
                    ),
                    {"id": record_id, "pid": pid, "seq": seq, "at": at, "sha": sha},
                )
            for sha in (named, unnamed):
                conn.execute(
                    text(
                        "INSERT INTO attachment_blob (sha256, content, size, stored_at)"
                        " VALUES (:sha, :content, 3, :at)"
                    ),
                    {"sha": sha, "content": b"abc", "at": at},
                )

        upgrade(engine)

        with engine.connect() as conn:
            owners = conn.execute(
                text(
                    "SELECT sha256, participant_id, device_id, size FROM attachment_owner"
                    " ORDER BY participant_id"
                )
            ).all()
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        assert [tuple(r) for r in owners] == [(named, "person-1", "", 3), (named, "person-2", "", 3)]
    finally:
        engine.dispose()


def test_devices_already_heard_from_count_as_confirmed_after_the_upgrade(empty_url: str) -> None:
    """0004: a device whose token has been used is confirmed, so no repeat of its enrolment gets a
    spare token; one never heard from is not, and its first request confirms it."""
    engine = make_engine(empty_url.replace("empty.db", "before-0003.db"))  # SQLite's empty.db is shared
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0002")
        enrolled, seen = datetime(2026, 1, 5, tzinfo=UTC), datetime(2026, 1, 6, tzinfo=UTC)
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO user_account (username, display_name, role, created_at)"
                    " VALUES ('casey', 'Casey', 'case_manager', :at)"
                ),
                {"at": enrolled},
            )
            for device_id, last_seen in (("used", seen), ("fresh", enrolled)):
                conn.execute(
                    text(
                        "INSERT INTO device (id, user_id, name, token_hash, enrolled_at, last_seen, pending,"
                        " app_version) VALUES (:id, 1, 'Laptop', 'h', :at, :seen, 0, '0.1')"
                    ),
                    {"id": device_id, "at": enrolled, "seen": last_seen},
                )
        upgrade(engine)
        with engine.connect() as conn:
            rows = dict(conn.execute(text("SELECT id, confirmed_at FROM device")).all())
        assert rows["fresh"] is None
        assert rows["used"] is not None
    finally:
        engine.dispose()


def test_users_keep_everything_and_the_program_reads_as_the_defaults_after_0007(empty_url: str) -> None:
    """0007: a user of before gets no capacity of their own (the program's standard applies), and a
    program nobody has configured yet reads as the published defaults."""
    engine = make_engine(empty_url.replace("empty.db", "before-0007.db"))
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0006")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO user_account (username, display_name, role, created_at)"
                    " VALUES ('casey', 'Casey Morgan', 'case_manager', :at)"
                ),
                {"at": datetime(2026, 1, 5, tzinfo=UTC)},
            )
        upgrade(engine)
        with engine.connect() as conn:
            casey = users.get_user(conn, username="casey")
            assert program.current(conn) == DEFAULT_PROGRAM
        assert (casey.display_name, casey.caseload_capacity) == ("Casey Morgan", None)
    finally:
        engine.dispose()


def test_audit_events_from_before_0008_are_chained_and_verify(empty_url: str) -> None:
    """0008: the server's existing audit events become its chain, oldest first, so the whole trail
    verifies, and a changed one of them is still caught."""
    engine = make_engine(empty_url.replace("empty.db", "before-0008.db"))
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0007")
        with engine.begin() as conn:
            for n in range(3):
                conn.execute(
                    text(
                        "INSERT INTO audit (at, actor, device, action, entity, entity_id, participant_id,"
                        " detail) VALUES (:at, 'cli:root', '', 'team_add', 'team', :name, '', '')"
                    ),
                    {"at": datetime(2026, 1, 5, 9, n, tzinfo=UTC), "name": f"team{n}"},
                )
        upgrade(engine)
        with engine.begin() as conn:
            found = verify(conn)
            positions = conn.execute(text("SELECT position FROM audit ORDER BY id")).scalars().all()
            conn.execute(text("UPDATE audit SET entity_id = 'renamed' WHERE position = 2"))
            broken = verify(conn)
        assert found.breaks == []
        assert found.events == 3
        assert positions == [1, 2, 3]
        assert [b.position for b in broken.breaks] == [2]
    finally:
        engine.dispose()


def test_contacts_stored_before_0010_get_their_time_column_as_the_writer_sets_it(empty_url: str) -> None:
    """0010: each live contact's time in its stored form, whatever form it was pushed in; none for a
    deleted contact, one whose time is not a time, or any other record."""
    engine = make_engine(empty_url)
    at = datetime(2026, 1, 5, tzinfo=UTC)
    stored = [
        ("contact", "c-utc", '{"occurred_at":"2025-01-31T22:00:00.000000Z"}'),
        ("contact", "c-offset", '{"occurred_at":"2025-02-01T00:30:00+02:00"}'),
        ("contact", "c-deleted", '{"deleted":true,"occurred_at":"2025-01-31T22:00:00.000000Z"}'),
        ("contact", "c-naive", '{"occurred_at":"2025-01-31T22:00:00"}'),
        ("service", "s-1", '{"occurred_at":"2025-01-31T22:00:00.000000Z"}'),
    ]
    try:
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "0009")
        with engine.begin() as conn:
            for seq, (entity, record_id, fields) in enumerate(stored, 1):
                conn.execute(
                    text(
                        "INSERT INTO record (entity, record_id, participant_id, team, fields, clocks, seq,"
                        " updated_at) VALUES (:entity, :id, 'person-1', 'north', :fields, '{}', :seq, :at)"
                    ),
                    {"entity": entity, "id": record_id, "fields": fields, "seq": seq, "at": at},
                )
        upgrade(engine)
        with engine.connect() as conn:
            times = dict(conn.execute(text("SELECT record_id, occurred_at FROM record")).all())
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        assert times == {
            "c-utc": "2025-01-31T22:00:00.000000Z",
            "c-offset": "2025-01-31T22:30:00.000000Z",
            "c-deleted": None,
            "c-naive": None,
            "s-1": None,
        }
    finally:
        engine.dispose()
