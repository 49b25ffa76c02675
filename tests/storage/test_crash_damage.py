"""After a crash, every page is checked before anything is written (DESIGN.md §3): a damaged database or
write-ahead log is refused with a clear error and left exactly as it was found; a sound one, or a log
torn by the crash itself, opens with everything committed before the tear.

The crash image is the files as a killed process leaves them: copied while the profile is open, its
last transactions still in the write-ahead log."""

from __future__ import annotations

import os
import random
import shutil
import signal
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from leaddesk.domain import CaseNote, Participant
from leaddesk.storage.database import DB_FILE, damage_after_crash
from leaddesk.storage.errors import CorruptDatabase
from leaddesk.storage.profile import create_profile, open_profile
from leaddesk.storage.vault import Vault
from leaddesk.storage.wal_check import log_damage
from tests.kdf import FAST_FOR_TESTS

PASSPHRASE = "correct horse battery staple"
PROFILE = "Casey Morgan"
BEFORE = 20  # participants written and folded into the file before the crashed session
AFTER = 6  # participants the crashed session committed, one transaction each, all in the log
WAL_HEADER, FRAME_HEADER = 32, 24


@dataclass(frozen=True)
class Crash:
    home: Path  # the crash image, never opened: copy it before use

    def copy(self, to: Path) -> Path:
        shutil.copytree(self.home, to)
        return to

    @staticmethod
    def db(home: Path) -> Path:
        return next(home.rglob(DB_FILE))

    @staticmethod
    def wal(home: Path) -> Path:
        return next(home.rglob(f"{DB_FILE}-wal"))


@pytest.fixture(scope="module")
def crash(tmp_path_factory: pytest.TempPathFactory) -> Crash:
    home = tmp_path_factory.mktemp("clean") / "home"
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).store
    for k in range(BEFORE):
        with store.write():
            person = store.repos.participants.create(
                Participant(first_name=f"Before{k}", last_name="Quill", team_id="north")
            )
            for i in range(10):
                store.repos.notes.create(
                    CaseNote(participant_id=person.id, data=f"note {i}: at the centre " * 8)
                )
    store.close()  # folded into the file: the damage tests below find these pages there
    store = open_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    for k in range(AFTER):
        with store.write():
            person = store.repos.participants.create(
                Participant(first_name=f"After{k}", last_name="Quill", team_id="north")
            )
            store.repos.notes.create(CaseNote(participant_id=person.id, data="seen after the backup " * 40))
    image = home.parent.parent / "crash"
    shutil.copytree(home, image)  # the files as SIGKILL would leave them
    store.close()
    assert Crash.wal(image).stat().st_size > 0
    return Crash(image)


def files_of(home: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in Crash.db(home).parent.iterdir() if p.is_file()}


def flip(path: Path, offset: int, bit: int = 0) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 1 << bit
    path.write_bytes(bytes(data))


def frames(wal: Path) -> list[tuple[int, bool]]:
    """(offset, is a commit) of each whole frame of the log."""
    data = wal.read_bytes()
    size = FRAME_HEADER + struct.unpack(">I", data[8:12])[0]
    return [
        (start, data[start + 4 : start + 8] != b"\0" * 4)
        for start in range(WAL_HEADER, len(data) - size + 1, size)
    ]


def names_in(home: Path) -> set[str]:
    store = open_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    try:
        return {p.first_name for p in store.repos.participants.find()}
    finally:
        store.close()


def expect_refused(home: Path) -> str:
    before = files_of(home)
    with pytest.raises(CorruptDatabase, match="damaged after the app last stopped unexpectedly") as caught:
        open_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    assert files_of(home) == before, "a damaged database must be left exactly as it was found"
    return str(caught.value)


EVERYONE = {f"Before{k}" for k in range(BEFORE)} | {f"After{k}" for k in range(AFTER)}


def test_a_crash_without_damage_opens_with_every_commit(crash: Crash, tmp_path: Path) -> None:
    home = crash.copy(tmp_path / "home")
    assert log_damage(Crash.wal(home)) is None
    assert names_in(home) == EVERYONE
    assert not list(home.rglob(f"{DB_FILE}-wal"))  # closed cleanly this time: the next open checks nothing


@pytest.mark.parametrize("share", [0.05, 0.3, 0.55, 0.8, 0.97])
def test_a_damaged_page_after_a_crash_is_refused_and_left_as_it_was(
    crash: Crash, tmp_path: Path, share: float
) -> None:
    home = crash.copy(tmp_path / "home")
    db = Crash.db(home)
    page = max(2, int(db.stat().st_size // 4096 * share))
    flip(db, (page - 1) * 4096 + 1000, bit=3)
    assert f"HMAC verification failed for page {page}" in expect_refused(home)


def test_a_flipped_bit_in_any_frame_before_the_last_commit_is_refused(crash: Crash, tmp_path: Path) -> None:
    """SQLite alone would read the log up to the damaged frame and silently drop every later commit."""
    listed = frames(Crash.wal(crash.home))
    last_commit = max(i for i, (_, commit) in enumerate(listed) if commit)
    assert sum(commit for _, commit in listed) == 1 + AFTER  # the unlock's audit event, then each person
    rng = random.Random(7)
    for i, (start, _) in enumerate(listed[:last_commit]):
        home = crash.copy(tmp_path / f"frame{i}")
        # The page, its number, its commit mark, its salts or its checksum.
        offset = rng.choice([start + FRAME_HEADER + rng.randrange(4096), start + rng.randrange(FRAME_HEADER)])
        flip(Crash.wal(home), offset, bit=rng.randrange(8))
        assert "write-ahead log" in expect_refused(home)


@pytest.mark.parametrize("offset", [0, 3, 9, 14, 17, 22, 25, 31])  # magic, version, page size, salts, sum
def test_a_flipped_bit_in_the_logs_header_is_refused(crash: Crash, tmp_path: Path, offset: int) -> None:
    """SQLite alone would take a log whose header fails its checksum for an empty one."""
    home = crash.copy(tmp_path / "home")
    flip(Crash.wal(home), offset, bit=offset % 8)
    assert "write-ahead log" in expect_refused(home)


def test_a_log_torn_by_the_crash_opens_with_what_was_committed_before_the_tear(
    crash: Crash, tmp_path: Path
) -> None:
    listed = frames(Crash.wal(crash.home))
    commits = [start for start, commit in listed if commit][1:]  # the unlock's audit event first
    assert len(commits) == AFTER
    for n, start in enumerate(commits):
        # Torn inside the commit frame, just after it, and mid-way through the frame header after it.
        for cut in (
            start + FRAME_HEADER + 2000,
            start + FRAME_HEADER + 4096,
            start + FRAME_HEADER + 4096 + 10,
        ):
            home = crash.copy(tmp_path / f"torn{n}-{cut}")
            wal = Crash.wal(home)
            data = wal.read_bytes()
            if cut > len(data):
                continue
            wal.write_bytes(data[:cut])
            kept = n + 1 if cut >= start + FRAME_HEADER + 4096 else n
            assert names_in(home) == EVERYONE - {f"After{k}" for k in range(kept, AFTER)}


def test_an_unfinished_transaction_whose_frames_fail_is_not_damage(crash: Crash, tmp_path: Path) -> None:
    """Frames of a transaction cut off before its commit may fail their checksum while later ones of it
    check out (SQLite rewrites a frame written twice, and the checksums after it only at the commit):
    nothing committed is lost with them, so the profile opens."""
    listed = frames(Crash.wal(crash.home))
    last_start = listed[-1][0]
    previous_commit = max(i for i, (_, commit) in enumerate(listed[:-1]) if commit)
    tail = listed[previous_commit + 1 : -1]  # the last transaction's frames but its commit frame
    assert len(tail) >= 2
    home = crash.copy(tmp_path / "home")
    wal = Crash.wal(home)
    wal.write_bytes(wal.read_bytes()[:last_start])  # its commit frame never written
    flip(wal, tail[0][0] + FRAME_HEADER + 100)
    assert log_damage(wal) is None
    assert names_in(home) == EVERYONE - {f"After{AFTER - 1}"}


def test_damaged_bytes_anywhere_are_refused_or_cost_nothing_committed(crash: Crash, tmp_path: Path) -> None:
    """Random flips in the database and its log: refused and left as found, or open with everything
    committed, except for a flip in the last transaction, which looks like a write the crash tore."""
    listed = frames(Crash.wal(crash.home))
    last_txn = max(start for start, commit in listed[:-1] if commit) + FRAME_HEADER + 4096
    rng = random.Random(2026)
    for run in range(40):
        home = crash.copy(tmp_path / f"run{run}")
        target = rng.choice([Crash.db(home), Crash.wal(home)])
        offset = rng.randrange(target.stat().st_size)
        flip(target, offset, bit=rng.randrange(8))
        before = files_of(home)
        try:
            names = names_in(home)
        except CorruptDatabase:
            assert files_of(home) == before, (target, offset)
            continue
        in_last = target.name != DB_FILE and offset >= last_txn
        assert names == EVERYONE or (in_last and names == EVERYONE - {f"After{AFTER - 1}"}), (target, offset)


def test_nothing_is_checked_after_a_clean_close(tmp_path: Path) -> None:
    home = tmp_path / "home"
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).store
    db = store.db_path
    store.close()
    dek = Vault.load(db.parent, kdf=FAST_FOR_TESTS).unlock(PASSPHRASE)
    flip(db, 4096 + 1000)  # a later page: found only when read, or by a check on demand
    assert damage_after_crash(db, dek) == []


KILL_RUNS = 8
WRITER = Path(__file__).with_name("spilling_writer.py")
REPO = Path(__file__).resolve().parents[2]


def unfinished_frames(wal: Path) -> int:
    """Frames of the log's current generation (its salts) after its last commit frame: a transaction
    the kill cut off, spilled to the log before its commit."""
    data = wal.read_bytes()
    ours = [data[start + 8 : start + 16] == data[16:24] for start, _ in frames(wal)]
    commits = [i for i, (_, commit) in enumerate(frames(wal)) if commit and ours[i]]
    return sum(ours[commits[-1] + 1 :]) if commits else sum(ours)


def kill_writer(home: Path, *, rng: random.Random, inside: int | None) -> int:
    """Run spilling_writer.py on the profile at `home` and kill it: inside its second transaction after
    `inside` notes, or (None) at a random moment after a few commits. Returns the notes it acknowledged."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    args = [sys.executable, str(WRITER), str(home), PROFILE, PASSPHRASE, *([str(inside)] if inside else [])]
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    acknowledged = 0
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        for _ in range(1 if inside else rng.randint(1, 3)):
            acknowledged = int(child.stdout.readline().split()[1])
        if inside:
            assert child.stdout.readline().strip() == "inside"
        else:
            time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=20)
        for line in child.stdout.read().splitlines():  # whatever it had said before the kill
            acknowledged = int(line.split()[1]) if line.startswith("batch ") else acknowledged
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        stderr = child.stderr.read() if child.stderr else ""
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()
    assert child.returncode == -signal.SIGKILL, stderr
    return acknowledged


@pytest.mark.slow
@pytest.mark.parametrize("run", range(KILL_RUNS))
def test_a_killed_writer_of_transactions_larger_than_its_cache_is_never_taken_for_damage(
    tmp_path: Path, run: int
) -> None:
    """No false alarm: SQLite spills a transaction larger than its cache to the log before the commit,
    and frames of it fail their checksum until the commit rewrites them (a random kill has left a frame
    that fails before one that passes). A profile killed there reopens, with every acknowledged
    transaction and a sound file. Even runs are killed inside a transaction, odd ones at random."""
    rng = random.Random(20261204 + run)
    home = tmp_path / "home"
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).store
    store.repos.participants.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    wal = store.db_path.with_name(f"{DB_FILE}-wal")
    store.close()
    inside = rng.randrange(5, 140) if run % 2 == 0 else None

    acknowledged = kill_writer(home, rng=rng, inside=inside)

    assert wal.exists()  # so opening checks everything
    if inside:
        assert unfinished_frames(wal) > 0, "the transaction was not spilled: nothing was checked"
    reopened = open_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    try:
        assert reopened.conn.execute("SELECT count(*) FROM note").fetchone()[0] >= acknowledged
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("contents", "found"),
    [
        (None, None),  # no log
        (b"", None),  # created, nothing written yet
        (b"\x37\x7f\x06\x82" + b"\0" * 20, None),  # a header cut short: a tear
        (b"\0" * (WAL_HEADER + FRAME_HEADER + 4096), None),  # never written
        (
            b"\x12\x34\x56\x78" + b"\1" * (WAL_HEADER + FRAME_HEADER + 4096),
            "its header is damaged",
        ),  # not a log
    ],
)
def test_logs_with_nothing_to_read_are_not_damage_unless_their_header_is(
    tmp_path: Path, contents: bytes | None, found: str | None
) -> None:
    log = tmp_path / f"{DB_FILE}-wal"
    if contents is not None:
        log.write_bytes(contents)
    assert log_damage(log) == found
