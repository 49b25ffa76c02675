"""Migrations: `init` builds an empty database to exactly the tables the code queries, and running it
again (as every start does) changes nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from leaddesk.server.cli import main
from leaddesk.server.db import make_engine, metadata
from leaddesk.server.migrate import current_revision, head_revision


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

        assert current_revision(engine) == head_revision() == "0001"
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
            assert conn.execute(text("SELECT name, value FROM counter")).all() == [("seq", 0)]
    finally:
        engine.dispose()
    assert capsys.readouterr().out.count("Database ready") == 2
