"""Bring a server database to the newest schema with Alembic, configured here rather than by an .ini."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Engine

from leaddesk.server.db import is_postgres

SCRIPTS = Path(__file__).resolve().parent / "migrations"
# Any fixed number: several server processes starting at once must not migrate side by side.
_MIGRATION_LOCK = 0x1EAD_DE5C


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Apply every migration not applied yet, in one transaction; a no-op on an up-to-date database."""
    if current_revision(engine) == head_revision():
        return  # the common case at start-up, without taking any lock
    config = alembic_config()
    with engine.begin() as conn:
        if is_postgres(conn):
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
