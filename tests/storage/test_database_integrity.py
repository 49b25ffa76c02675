"""The database file: damage is found and reported, never overwritten; a wrong key is refused quietly;
the connection is tuned for durability; migrations copy the (encrypted) file first and are all or nothing."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from leaddesk.domain import CaseNote, Participant
from leaddesk.storage.database import (
    DB_FILE,
    KEY_BYTES,
    Connection,
    connect,
    integrity_problems,
    raw_key_pragma,
)
from leaddesk.storage.errors import CorruptDatabase, MigrationError
from leaddesk.storage.profile import create_profile, open_profile
from leaddesk.storage.schema import BACKUP_DIR, Migration, bundled_migrations, migrate
from leaddesk.storage.vault import Vault
from tests.kdf import FAST_FOR_TESTS

PASSPHRASE = "correct horse battery staple"
PROFILE = "Casey Morgan"
PAGE = 4096  # SQLCipher 4's default page size
NOTES = 600
ATTACHMENT_BYTES = 400_000  # about 100 overflow pages, written last, so they sit at the end of the file
ATTACHMENT_PAGES = ATTACHMENT_BYTES // PAGE
LATEST = len(bundled_migrations())


# -- helpers -------------------------------------------------------------------------------------------


@dataclass
class ClosedProfile:
    home: Path
    db: Path
    dek: bytes


@pytest.fixture
def closed_profile(home: Path) -> ClosedProfile:
    """A profile with notes and a large attachment, closed cleanly (WAL folded into the file)."""
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).store
    participant = store.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    with store.write():
        for i in range(NOTES):
            store.repos.notes.create(
                CaseNote(participant_id=participant.id, data=f"note {i}: met at the day centre, all well")
            )
    store.repos.attachments.add(
        participant_id=participant.id,
        file_name="scan.bin",
        media_type="application/octet-stream",
        data=os.urandom(ATTACHMENT_BYTES),
    )
    db = store.db_path
    store.close()
    assert not db.with_name(f"{DB_FILE}-wal").exists(), "close() should fold the WAL into the file"
    dek = Vault.load(db.parent, kdf=FAST_FOR_TESTS).unlock(PASSPHRASE)
    return ClosedProfile(home=home, db=db, dek=dek)


def flip(path: Path, offset: int) -> bytes:
    """Invert one byte of the file; returns the damaged contents."""
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return bytes(data)


def page_bytes(data: bytes, page: int) -> bytes:
    return data[(page - 1) * PAGE : page * PAGE]


def pages_of(path: Path) -> int:
    size = path.stat().st_size
    assert size % PAGE == 0
    return size // PAGE


def attachment_page(db: Path) -> int:
    """A page well inside the attachment's overflow chain, which nothing reads when a profile opens."""
    return pages_of(db) - ATTACHMENT_PAGES // 2


def notes_page(db: Path) -> int:
    """A b-tree page in the middle of what the notes filled (notes, outbox, audit, search index): nothing
    reads it when a profile opens, and its rows are small, so it has no overflow pages."""
    return (pages_of(db) - ATTACHMENT_PAGES) // 2


def root_page(profile: ClosedProfile, table: str) -> int:
    conn = connect(profile.db, profile.dek)
    try:
        return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    finally:
        conn.close()


def descriptors_on(path: Path) -> list[str]:
    """This process's open file descriptors on `path` or its -wal/-shm (Linux); a closed connection has
    none left, so any found means a connection (and the key in it) was left behind."""
    fd_dir = Path("/proc/self/fd")
    if not fd_dir.is_dir():
        return []
    found = []
    for fd in os.listdir(fd_dir):
        with contextlib.suppress(OSError):
            if os.readlink(fd_dir / fd).startswith(str(path.resolve())):
                found.append(fd)
    return found


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def tables(conn: Connection) -> list[tuple[str, str]]:
    return sorted(conn.execute("SELECT type, name FROM sqlite_master"))


def version(conn: Connection) -> int:
    return int(conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0])


# -- damage ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "offset",
    [0, 15, 16, 100, 2000, PAGE - 1],
    ids=["salt-start", "salt-end", "after-salt", "header", "middle", "page-hmac"],
)
def test_damage_to_the_first_page_refuses_to_open_and_leaves_the_file_as_it_was(
    closed_profile: ClosedProfile, offset: int, capfd: pytest.CaptureFixture[str]
) -> None:
    db = closed_profile.db
    damaged = flip(db, offset)
    before = listing(db.parent)
    capfd.readouterr()

    with pytest.raises(CorruptDatabase):
        open_profile(PROFILE, PASSPHRASE, home=closed_profile.home, kdf=FAST_FOR_TESTS)
    with pytest.raises(CorruptDatabase):
        connect(db, closed_profile.dek)

    assert db.read_bytes() == damaged
    assert listing(db.parent) == before
    assert descriptors_on(db) == []
    assert capfd.readouterr() == ("", "")


def test_damage_to_a_later_page_is_found_by_the_integrity_check_and_not_overwritten(
    closed_profile: ClosedProfile, capfd: pytest.CaptureFixture[str]
) -> None:
    db = closed_profile.db
    page = notes_page(db)
    damaged = flip(db, (page - 1) * PAGE + PAGE // 2)
    capfd.readouterr()

    conn = connect(db, closed_profile.dek)  # the first page is sound, so the file opens
    try:
        problems = integrity_problems(conn)
        # The rest of the database still reads.
        assert conn.execute("SELECT count(*) FROM participant").fetchone()[0] == 1
    finally:
        conn.close()
    assert any(f"page {page}" in p for p in problems), problems
    assert db.read_bytes() == damaged, "opening and checking must not write"
    assert capfd.readouterr() == ("", "")


def test_a_profile_with_a_damaged_later_page_opens_and_reports_it(closed_profile: ClosedProfile) -> None:
    db = closed_profile.db
    page = notes_page(db)
    damaged = flip(db, (page - 1) * PAGE + PAGE // 2)

    store = open_profile(PROFILE, PASSPHRASE, home=closed_profile.home, kdf=FAST_FOR_TESTS)
    try:
        problems = store.integrity_problems()
        assert store.repos.participants.count() == 1  # the rest still reads
    finally:
        store.close(audit=False)
    assert any(f"HMAC verification failed for page {page}" in p for p in problems), problems
    # Opening wrote its audit event elsewhere; the damaged page itself is left exactly as found.
    assert page_bytes(db.read_bytes(), page) == page_bytes(damaged, page)


def test_damage_to_an_overflow_page_is_reported_not_raised(
    closed_profile: ClosedProfile, capfd: pytest.CaptureFixture[str]
) -> None:
    db = closed_profile.db
    page = attachment_page(db)
    damaged = flip(db, (page - 1) * PAGE + PAGE // 2)
    capfd.readouterr()

    conn = connect(db, closed_profile.dek)
    try:
        problems = integrity_problems(conn)
    finally:
        conn.close()
        assert db.read_bytes() == damaged
    assert any(f"page {page}" in p for p in problems), problems
    assert capfd.readouterr() == ("", "")


def test_locking_after_the_check_found_damage_still_closes_the_connection(
    closed_profile: ClosedProfile,
) -> None:
    db = closed_profile.db
    flip(db, (notes_page(db) - 1) * PAGE + PAGE // 2)
    store = open_profile(PROFILE, PASSPHRASE, home=closed_profile.home, kdf=FAST_FOR_TESTS)
    assert store.integrity_problems()

    # SQLCipher made the damaged database read-only: the lock cannot be recorded, and says so in our words.
    with pytest.raises(CorruptDatabase, match=r"may be damaged.*The profile is locked all the same"):
        store.close()

    assert not store.is_open
    assert descriptors_on(db) == []


@pytest.mark.parametrize("table", ["sync_state", "audit_event", "schema_migrations"])
def test_damage_in_a_page_read_while_opening_is_reported_as_corrupt(
    closed_profile: ClosedProfile, table: str
) -> None:
    db = closed_profile.db
    damaged = flip(db, (root_page(closed_profile, table) - 1) * PAGE + PAGE // 2)

    try:
        with pytest.raises(CorruptDatabase):
            open_profile(PROFILE, PASSPHRASE, home=closed_profile.home, kdf=FAST_FOR_TESTS)
    finally:
        assert db.read_bytes() == damaged
    assert descriptors_on(db) == []


# -- keys ----------------------------------------------------------------------------------------------


def test_a_wrong_key_is_refused_quietly_and_changes_nothing(
    closed_profile: ClosedProfile, capfd: pytest.CaptureFixture[str]
) -> None:
    db = closed_profile.db
    before, names = db.read_bytes(), listing(db.parent)
    capfd.readouterr()

    with pytest.raises(CorruptDatabase):
        connect(db, os.urandom(KEY_BYTES))

    out, err = capfd.readouterr()
    assert (out, err) == ("", "")  # SQLCipher's "hmac check failed" must not reach a terminal or log
    assert db.read_bytes() == before
    assert listing(db.parent) == names
    assert descriptors_on(db) == []


@pytest.mark.parametrize("length", [0, 16, 31, 33, 64])
def test_raw_key_pragma_refuses_a_key_of_the_wrong_length(length: int) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        raw_key_pragma(os.urandom(length))


def test_raw_key_pragma_is_sqlciphers_raw_key_literal() -> None:
    key = bytes(range(32))
    assert raw_key_pragma(key) == f"PRAGMA key = \"x'{key.hex()}'\""


def test_connect_refuses_a_wrong_length_key_before_touching_the_disk(tmp_path: Path) -> None:
    path = tmp_path / "profile" / DB_FILE
    with pytest.raises(ValueError, match="32 bytes"):
        connect(path, os.urandom(16))
    assert not path.exists()


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[Connection, Path, bytes]]:
    path = tmp_path / "profile" / DB_FILE
    dek = os.urandom(KEY_BYTES)
    conn = connect(path, dek)
    yield conn, path, dek
    conn.close()


def test_the_connection_is_tuned_for_durability_and_privacy(fresh: tuple[Connection, Path, bytes]) -> None:
    conn, _, _ = fresh
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]  # really SQLCipher
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY


def test_a_new_database_file_is_created_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        conn = connect(tmp_path / "profile" / DB_FILE, os.urandom(KEY_BYTES))
        conn.close()
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "profile").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "profile" / DB_FILE).stat().st_mode) == 0o600


# -- migrations ----------------------------------------------------------------------------------------

EXTRA = Migration(version=LATEST + 1, name="test_extra", sql="CREATE TABLE extra (x);")


def test_a_new_profile_is_at_the_latest_version_without_a_backup(home: Path) -> None:
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).store
    try:
        applied = store.conn.execute("SELECT version, name FROM schema_migrations ORDER BY version")
        assert [tuple(r) for r in applied] == [(m.version, m.name) for m in bundled_migrations()]
        assert version(store.conn) == LATEST
        assert not (store.db_path.parent / BACKUP_DIR).exists()
        assert migrate(store.conn, db_path=store.db_path) == []  # nothing pending, nothing copied
    finally:
        store.close(audit=False)


def test_migrating_a_new_database_takes_no_backup(fresh: tuple[Connection, Path, bytes]) -> None:
    conn, path, _ = fresh
    assert migrate(conn, db_path=path) == []
    assert version(conn) == LATEST
    assert not (path.parent / BACKUP_DIR).exists()


def test_a_migration_is_preceded_by_an_encrypted_private_copy(home: Path) -> None:
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).store
    folder = store.db_path.parent
    # Committed just before the migration, so still in the WAL: the copy must include it.
    participant = store.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    assert (folder / f"{DB_FILE}-wal").stat().st_size > 0
    try:
        backups = migrate(store.conn, db_path=store.db_path, migrations=[*bundled_migrations(), EXTRA])
        assert version(store.conn) == LATEST + 1
        assert ("table", "extra") in tables(store.conn)
    finally:
        store.close(audit=False)

    assert len(backups) == 1
    backup = backups[0]
    assert backup.parent == folder / BACKUP_DIR
    assert stat.S_IMODE(backup.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert backup.read_bytes()[:16] != b"SQLite format 3\x00"

    plain = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        plain.close()

    dek = Vault.load(folder, kdf=FAST_FOR_TESTS).unlock(PASSPHRASE)
    copy = connect(backup, dek)
    try:
        assert version(copy) == LATEST  # taken before the migration ran
        assert ("table", "extra") not in tables(copy)
        ids = [r[0] for r in copy.execute("SELECT id FROM participant")]
        assert ids == [participant.id]
        assert integrity_problems(copy) == []
    finally:
        copy.close()


@pytest.mark.parametrize(
    "sql",
    [
        "CREATE TABLE broken (;",
        "CREATE TABLE half_done (x);\nINSERT INTO no_such_table VALUES (1);",
        "ALTER TABLE participant ADD COLUMN nickname TEXT;\nCREATE TABLE participant (x);",
    ],
    ids=["syntax", "second-statement", "alter-then-fail"],
)
def test_a_failing_migration_changes_nothing(fresh: tuple[Connection, Path, bytes], sql: str) -> None:
    conn, path, _ = fresh
    migrate(conn, db_path=path)
    schema_before = sorted(conn.execute("SELECT type, name, sql FROM sqlite_master"))
    bad = Migration(version=LATEST + 1, name="test_broken", sql=sql)

    with pytest.raises(MigrationError):
        migrate(conn, db_path=path, migrations=[*bundled_migrations(), bad])

    assert not conn.in_transaction
    assert version(conn) == LATEST
    assert sorted(conn.execute("SELECT type, name, sql FROM sqlite_master")) == schema_before
    # The connection is still usable, and a good migration applies afterwards.
    migrate(conn, db_path=path, migrations=[*bundled_migrations(), EXTRA])
    assert version(conn) == LATEST + 1
