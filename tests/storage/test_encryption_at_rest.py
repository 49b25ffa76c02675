"""Acceptance: a lost laptop reveals nothing. A word planted in every kind of record is found in no file of
the profile (database, WAL, backups, vault), open or closed; the files are private; SQLite's own tools
cannot read them; sorting never spills plaintext into temp files."""

from __future__ import annotations

import os
import secrets
import sqlite3
import stat
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from leaddesk.domain import CaseNote, Participant
from leaddesk.storage.database import CACHE_KIB, DB_FILE, Connection
from leaddesk.storage.profile import create_profile
from leaddesk.storage.schema import BACKUP_DIR, Migration, bundled_migrations, migrate
from leaddesk.storage.store import Store
from tests.kdf import FAST_FOR_TESTS

PASSPHRASE = "correct horse battery staple"
PROFILE = "Casey Morgan"
STEM = "Quetzalcoatlus"
ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be")
SQLITE_MAGIC = b"SQLite format 3\x00"
NOTES_PER_TRANSACTION = 250
# The sorter keeps at most max(250 pages = 1 MiB, page cache) in memory before it spills to a temp file;
# with a small cache this sorts about 2.5 MB, so it would spill if temp_store allowed it.
LARGE_SORT = "SELECT id, data || assessment || plan AS body FROM note ORDER BY body COLLATE NOCASE DESC, id"
SORT_CACHE_PAGES = 16
MAX_SCANNED_BYTES = 256 * 1024 * 1024


# -- helpers -------------------------------------------------------------------------------------------


def planted_word() -> str:
    return f"{STEM}{secrets.token_hex(4)}"


def encodings_found(data: bytes, word: str) -> list[str]:
    """The encodings in which `word` (or its stem) occurs in `data`, in any letter case."""
    folded = data.lower()  # lower-cases ASCII letters, which is all the word has, in UTF-16 too
    return [
        encoding for encoding in ENCODINGS if any(w.lower().encode(encoding) in folded for w in (word, STEM))
    ]


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def leaks(folder: Path, word: str) -> dict[str, list[str]]:
    """Every file under `folder` holding the word, with the encodings it was found in."""
    found = {}
    for path in files_under(folder):
        encodings = encodings_found(path.read_bytes(), word)
        if encodings:
            found[str(path.relative_to(folder))] = encodings
    return found


def wrong_modes(folder: Path) -> list[str]:
    """Folders not 0700 and files not 0600, from `folder` down."""
    problems = []
    for path in [folder, *folder.rglob("*")]:
        mode = stat.S_IMODE(path.lstat().st_mode)
        wanted = 0o700 if path.is_dir() else 0o600
        if mode != wanted:
            problems.append(f"{path.relative_to(folder.parent)}: {oct(mode)}")
    return problems


def extra_migration(store: Store) -> list[Path]:
    """Run a test-only migration so that the profile holds a pre-migration backup copy."""
    extra = Migration(version=len(bundled_migrations()) + 1, name="test_extra", sql="CREATE TABLE extra (x);")
    backups = migrate(store.conn, db_path=store.db_path, migrations=[*bundled_migrations(), extra])
    assert len(backups) == 1
    return backups


@dataclass
class Planted:
    store: Store
    folder: Path
    word: str
    notes: int


def fill(store: Store, word: str, *, notes: int, filler_repeats: int) -> None:
    """Participants, notes, addenda, a draft and an attachment, each carrying `word` somewhere."""
    participants = [
        store.repos.participants.create(
            Participant(
                first_name=f"Ana{i}",
                last_name=f"{word}-{i}",
                preferred_name=word.upper(),
                aliases=[f"alias {word.lower()} {i}", "Birdie"],
                usual_locations=f"under the {word} bridge",
                team_id="north",
            )
        )
        for i in range(20)
    ]
    filler = "Met at the day centre, talked about housing and the court date next week. " * filler_repeats
    created: list[CaseNote] = []
    for start in range(0, notes, NOTES_PER_TRANSACTION):
        # Many notes per transaction keeps the test fast; each commit still goes through the WAL.
        with store.write():
            for i in range(start, min(notes, start + NOTES_PER_TRANSACTION)):
                created.append(
                    store.repos.notes.create(
                        CaseNote(
                            participant_id=participants[i % len(participants)].id,
                            data=f"{filler} {word} said hello. {i}",
                            assessment=f"{filler} {word.upper()} seems well.",
                            plan=f"{filler} See {word.lower()} again.",
                        )
                    )
                )
    for note in created[:30]:
        store.repos.notes.sign(note.id)
        store.repos.notes.add_addendum(note.id, f"Correction: it was {word}'s sister.")
    store.repos.drafts.save(
        f"note:{participants[0].id}",
        kind="note",
        body={"data": f"half-typed note about {word}"},
        participant_id=participants[0].id,
    )
    store.repos.attachments.add(
        participant_id=participants[0].id,
        file_name=f"{word}.txt",
        media_type="text/plain",
        data=f"letter from {word}\n".encode() + f"also {word} in UTF-16".encode("utf-16-le"),
        description=f"ID card of {word}",
    )


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """A typical desktop umask (022), so that private modes must come from the code, not the test run."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def planted_profile(home: Path, *, notes: int, filler_repeats: int = 3) -> Planted:
    word = planted_word()
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).store
    fill(store, word, notes=notes, filler_repeats=filler_repeats)
    return Planted(store=store, folder=store.db_path.parent, word=word, notes=notes)


@pytest.fixture
def small(home: Path, loose_umask: None) -> Iterator[Planted]:
    planted = planted_profile(home, notes=600, filler_repeats=18)
    yield planted
    planted.store.close(audit=False)


# -- the scanner itself ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16-le", "utf-16-be"])
def test_the_scanner_finds_the_word_in_a_plain_sqlite_file(tmp_path: Path, encoding: str) -> None:
    """Control: unencrypted SQLite holding the word, in any encoding or case, is caught."""
    word = planted_word()
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as plain:
        plain.execute(f"PRAGMA encoding = '{encoding.replace('-le', 'le').replace('-be', 'be')}'")
        plain.execute("CREATE TABLE t (x TEXT)")
        plain.execute("INSERT INTO t VALUES (?)", (f"note about {word.swapcase()}",))
    plain.close()
    found = leaks(tmp_path, word)
    assert list(found) == ["plain.db"]
    assert encoding in found["plain.db"]  # UTF-16 text matches both byte orders, shifted by one byte


# -- nothing readable on disk ----------------------------------------------------------------------


def test_no_file_of_the_profile_holds_the_planted_word_open_or_closed(home: Path) -> None:
    planted = planted_profile(home, notes=3000)
    store, folder, word = planted.store, planted.folder, planted.word
    extra_migration(store)  # a backup copy in backups/, then more writes after it
    store.repos.notes.create(
        CaseNote(participant_id=store.repos.participants.find(limit=1)[0].id, data=f"after {word}")
    )
    db, wal = folder / DB_FILE, folder / f"{DB_FILE}-wal"

    # Open: the WAL is there and the database file itself has grown through checkpoints.
    assert wal.is_file()
    assert wal.stat().st_size > 0
    assert db.stat().st_size > 4 * 1024 * 1024, "the notes were meant to be checkpointed into the file"
    names_open = {str(p.relative_to(folder)) for p in files_under(folder)}
    assert {DB_FILE, f"{DB_FILE}-wal", "vault.json"} <= names_open
    assert any(n.startswith(f"{BACKUP_DIR}/") for n in names_open)
    assert leaks(folder, word) == {}

    store.close()
    assert any(p.name == DB_FILE for p in files_under(folder))
    assert leaks(folder, word) == {}
    # And nothing was stored under the profiles root outside the profile's own folder either.
    assert leaks(home, word) == {}


def test_plain_sqlite_cannot_read_the_database_or_its_backup(small: Planted) -> None:
    backup = extra_migration(small.store)[0]
    small.store.close()
    for path in (small.folder / DB_FILE, backup):
        plain = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            with pytest.raises(sqlite3.DatabaseError):
                plain.execute("SELECT name FROM sqlite_master").fetchall()
        finally:
            plain.close()


def test_the_file_header_is_not_sqlites_plaintext_magic(small: Planted) -> None:
    backup = extra_migration(small.store)[0]
    small.store.close()
    for path in (small.folder / DB_FILE, backup):
        header = path.read_bytes()[:16]
        assert len(header) == 16
        assert header != SQLITE_MAGIC
        assert not header.startswith(b"SQLite")


# -- private files ---------------------------------------------------------------------------------


def test_profile_folder_is_0700_and_every_file_0600_open_and_closed(small: Planted) -> None:
    folder = small.folder
    # Opening set the umask to 077; a library in the same process may loosen it again, and the backup
    # made afterwards must be private because of how it is created, not because of the umask.
    os.umask(0o022)
    backup = extra_migration(small.store)[0]
    small.store.repos.drafts.save("k", kind="note", body={"data": "x"})  # leave frames in the WAL
    assert (folder / f"{DB_FILE}-wal").is_file()
    assert (folder / f"{DB_FILE}-shm").is_file()
    assert backup.parent == folder / BACKUP_DIR
    assert wrong_modes(folder) == []

    small.store.close()
    assert backup.is_file()
    assert wrong_modes(folder) == []


# -- temp files --------------------------------------------------------------------------------------


def open_files() -> set[str]:
    """What this process's file descriptors point at; a deleted temp file shows as '… (deleted)'."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.add(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue  # closed between listing and reading
    return found


def files_opened_while(conn: Connection, sql: str) -> tuple[int, set[str]]:
    """Run `sql` to the last row, noting every file opened meanwhile.

    SQLite unlinks its temp files as soon as it opens them, so a directory listing never shows them;
    a progress handler looking at /proc/self/fd while the rows are read does.
    """
    before = open_files()
    seen: set[str] = set()

    def look() -> int:
        seen.update(open_files())
        return 0

    conn.set_progress_handler(look, 500)
    try:
        rows = sum(1 for _ in conn.execute(sql))
    finally:
        conn.set_progress_handler(None, 0)
    return rows, seen - before


def temp_dirs() -> list[Path]:
    candidates = [tempfile.gettempdir(), "/var/tmp", "/tmp"]
    candidates += [os.environ[v] for v in ("SQLITE_TMPDIR", "TMPDIR") if os.environ.get(v)]
    return sorted({Path(c) for c in candidates if Path(c).is_dir()})


def listing(folders: list[Path]) -> set[Path]:
    found = set()
    for folder in folders:
        try:
            found.update(p for p in folder.iterdir() if p.is_file())
        except OSError:
            continue
    return found


def holds_word(path: Path, word: str) -> bool:
    try:
        if path.stat().st_size > MAX_SCANNED_BYTES:
            return False  # someone else's; a temp file of this sort would be a few MB
        return bool(encodings_found(path.read_bytes(), word))
    except OSError:
        return False  # someone else's file we may not read, or gone already


@pytest.fixture
def small_sort_cache(small: Planted) -> Iterator[Connection]:
    """The profile's connection with a tiny page cache, so that a large sort exceeds the sorter's memory
    budget; with the app's 64 MiB cache it would stay in memory whatever temp_store said."""
    conn = small.store.conn
    conn.execute(f"PRAGMA cache_size = {SORT_CACHE_PAGES}")
    yield conn
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_a_large_sort_leaves_no_plaintext_temp_file(small: Planted, small_sort_cache: Connection) -> None:
    conn = small_sort_cache
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    in_profile = set(small.folder.rglob("*"))
    in_temp = listing(temp_dirs())

    rows, opened = files_opened_while(conn, LARGE_SORT)

    assert rows == small.notes
    profile_files = {str(p) for p in small.folder.rglob("*")}
    assert {o for o in opened if o not in profile_files} == set()
    assert set(small.folder.rglob("*")) == in_profile
    appeared = listing(temp_dirs()) - in_temp  # other processes may add files; none may hold the word
    assert [p for p in appeared if holds_word(p, small.word)] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_control_the_same_sort_with_temp_store_file_is_seen_spilling(
    small: Planted, small_sort_cache: Connection
) -> None:
    """Control: the detector above sees SQLite's temp file when temp_store is FILE, so its silence with
    MEMORY means something."""
    conn = small_sort_cache
    conn.execute("PRAGMA temp_store = FILE")
    try:
        _, opened = files_opened_while(conn, LARGE_SORT)
    finally:
        conn.execute("PRAGMA temp_store = MEMORY")
    spilled = [o for o in opened if any(o.startswith(f"{d}{os.sep}") for d in map(str, temp_dirs()))]
    assert spilled, f"no temp file was opened; files opened: {sorted(opened)}"
