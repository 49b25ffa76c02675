"""Migrations: `init` builds an empty database to exactly the tables the code queries, running it
again (as every start does) changes nothing, and a database of an older schema upgrades keeping its data."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from leaddesk.server.cli import main
from leaddesk.server.db import make_engine, metadata
from leaddesk.server.migrate import alembic_config, current_revision, head_revision, upgrade


@pytest.fixture
def empty_url(database_url: str) -> Iterator[str]:
    """A database with nothing in it, on the module's backend: a new file, or a new schema."""
    if database_url.startswith("sqlite"):
        yield database_url.replace("server.db", "empty.db")
        return
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE SCHEMA migration_test"))
    try:
        yield database_url.rsplit("search_path%3D", 1)[0] + "search_path%3Dmigration_test"
    finally:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA migration_test CASCADE"))
        engine.dispose()


def test_init_builds_the_schema_the_code_uses(empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    engine = make_engine(empty_url)
    try:
        assert inspect(engine).get_table_names() == []

        assert main(["--database-url", empty_url, "init"]) == 0
        assert main(["--database-url", empty_url, "init"]) == 0

        assert current_revision(engine) == head_revision() == "0003"
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
