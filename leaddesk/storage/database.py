"""The SQLCipher database: opened with the raw key, tuned for durability, never touched in plaintext."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3

from leaddesk.storage.errors import CorruptDatabase
from leaddesk.storage.paths import make_private_dir, secure_umask
from leaddesk.storage.wal_check import log_damage

DB_FILE = "leaddesk.db"
KEY_BYTES = 32
# SQLite makes -wal and -shm beside the database; they are encrypted too but must stay private.
SIDE_FILES = ("-wal", "-shm", "-journal")
CACHE_KIB = 64 * 1024
PRAGMAS = (
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    f"PRAGMA cache_size = -{CACHE_KIB}",
)

Connection = Any  # sqlcipher3 ships no type information


def raw_key_pragma(dek: bytes) -> str:
    """The key as SQLCipher's raw-key literal: bytes given to set_key() would be run through PBKDF2."""
    if len(dek) != KEY_BYTES:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA key = \"x'{dek.hex()}'\""


def connect(path: Path, dek: bytes) -> Connection:
    """A connection to the encrypted database at `path`, created 0600 if it does not exist yet."""
    key_pragma = raw_key_pragma(dek)  # refuse a bad key before anything touches the disk
    return _open(path, key_pragma=key_pragma)


def connect_unencrypted(path: Path) -> Connection:
    """The same database engine, pragmas and file handling with no key: a PLAINTEXT file.

    Only for measuring what encryption costs (benchmarks/ compares the same repository code on both);
    nothing in the app calls it, and real data must never go through it.
    """
    return _open(path, key_pragma=None)


def _open(path: Path, *, key_pragma: str | None) -> Connection:
    secure_umask()
    make_private_dir(path.parent)
    if not path.exists():
        # Created before SQLCipher touches it so the file, and the WAL that copies its mode, are 0600.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=True)
    try:
        if key_pragma is not None:
            # A wrong key makes SQLCipher print to stderr; that is not for users' eyes or logs.
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(key_pragma)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        for pragma in PRAGMAS:
            conn.execute(pragma)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise CorruptDatabase(
            "The database could not be read: it is damaged or does not belong to this profile."
        ) from exc
    restrict_files(path)
    return conn


# What SQLite says once the file fails a check (SQLCipher then refuses every write on the connection):
# told apart from a busy database, a constraint, or a mistake in a statement.
_DAMAGE_SIGNS = ("malformed", "readonly database", "file is not a database")


def is_damage(exc: BaseException) -> bool:
    """Whether `exc` is SQLite saying the database file is damaged (or cannot be written at all)."""
    return isinstance(exc, sqlcipher3.DatabaseError) and any(sign in str(exc) for sign in _DAMAGE_SIGNS)


def in_our_words(exc: Exception) -> Exception:
    """`exc`, or CorruptDatabase if it is SQLite finding the file damaged as it read (a page that fails
    its check is found when something reads it): what a screen can name and a person can act on."""
    if not is_damage(exc):
        return exc
    told = CorruptDatabase(
        "This could not be read: the database on this laptop is damaged. It has been left as it is;"
        " ask your IT administrator."
    )
    told.__cause__ = exc
    return told


def restrict_files(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        if candidate.exists():
            os.chmod(candidate, 0o600)


def integrity_problems(conn: Connection) -> list[str]:
    """What SQLCipher's page HMACs and SQLite's own check find wrong; empty when the file is sound."""
    problems = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    try:
        problems += [str(row[0]) for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    except sqlcipher3.DatabaseError as exc:
        # SQLite's own check gives up on some damage SQLCipher has already named; report, do not raise.
        problems.append(f"integrity_check: {exc}")
    return problems


def damage_after_crash(path: Path, dek: bytes) -> list[str]:
    """What is damaged in the database at `path` if its last session did not end (DESIGN.md §3); empty
    if it did, or nothing is. Closing the last connection folds the write-ahead log into the file and
    removes it, so a log still there means a crash, a power cut or a killed process (or, rarely,
    another process that has the database open now). Reads only: nothing is written."""
    log = path.with_name(path.name + "-wal")
    if not log.exists():
        return []
    # Read twice: another app open on this profile, committing as the log is read, could make one reading
    # look damaged (a frame read before the commit rewrote it, the commit frame after); a flipped bit is
    # there both times.
    in_log = log_damage(log) and log_damage(log)
    return [f"write-ahead log: {in_log}"] * bool(in_log) + damaged_pages(path, dek)


def damaged_pages(path: Path, dek: bytes) -> list[str]:
    """What SQLCipher's check of every page's HMAC finds wrong in the database at `path` (its log
    included), read through a read-only connection: nothing is written, and closing it folds no log
    into a damaged file. Empty when every page is sound."""
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(raw_key_pragma(dek))
        return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
    except sqlcipher3.DatabaseError as exc:
        return [f"the file could not be read: {exc}"]
    finally:
        conn.close()


def checkpoint(conn: Connection) -> None:
    """Fold the WAL into the database file so a copy of that file alone is complete."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
