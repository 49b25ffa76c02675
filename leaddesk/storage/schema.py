"""Numbered SQL migrations, each applied in one transaction after an encrypted copy of the database."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

import sqlcipher3

from leaddesk.storage.database import Connection, checkpoint
from leaddesk.storage.errors import MigrationError
from leaddesk.storage.paths import make_private_dir

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")
BACKUP_DIR = "backups"


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    folder = files("leaddesk.storage").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise MigrationError("The bundled migrations are not numbered 1, 2, 3, … without gaps.")
    return found


def current_version(conn: Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0)


def migrate(conn: Connection, *, db_path: Path, migrations: list[Migration] | None = None) -> list[Path]:
    """Bring the schema up to date; returns the backup copies taken (none for a new database)."""
    start = current_version(conn)
    pending = [m for m in (migrations or bundled_migrations()) if m.version > start]
    backups: list[Path] = []
    for migration in pending:
        if start > 0:  # a new database holds nothing worth a copy
            backups.append(_backup(conn, db_path=db_path, before=migration))
        _apply(conn, migration)
    return backups


def _apply(conn: Connection, migration: Migration) -> None:
    stamp = datetime.now(UTC).isoformat()
    # executescript() commits any open transaction first, so the script carries its own BEGIN/COMMIT.
    # The values written into it are an int, a name matched by _NAME and a timestamp.
    script = (
        f"BEGIN IMMEDIATE;\n{migration.sql}\n"
        "INSERT INTO schema_migrations (version, name, applied_at) "
        f"VALUES ({int(migration.version)}, '{migration.name}', '{stamp}');\nCOMMIT;"
    )
    try:
        conn.executescript(script)
    except sqlcipher3.DatabaseError as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise MigrationError(
            f"Updating the database to version {migration.version} failed; it was left unchanged."
        ) from exc


def _backup(conn: Connection, *, db_path: Path, before: Migration) -> Path:
    """A copy of the (still encrypted) database file, taken with the WAL folded in."""
    checkpoint(conn)
    folder = make_private_dir(db_path.parent / BACKUP_DIR)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{db_path.stem}-before-{before.version:04d}-{stamp}.db"
    fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as out, db_path.open("rb") as src:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())
    return target
