"""What is promised about a pulled page and the disk (Store.write, Replica.apply_page, README), proved
on the system calls themselves:

- a page commits with its cursor in one transaction, without waiting for the disk (durable=False): a
  page a power cut takes goes with its cursor and is pulled again;
- the sync's closing record is a durable commit, so once a sync has ended every page it pulled is
  synced to disk (SQLite's own fsync of the WAL, seen with strace);
- a durable write nested in a page's transaction makes the whole transaction durable: the WAL is
  fsynced once it has committed (LEAD Desk's own fsync, seen with a spy)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from leaddesk.domain import Participant
from leaddesk.storage.profile import create_profile, open_profile
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from tests.kdf import FAST_FOR_TESTS

CHILD = Path(__file__).with_name("page_sync_child.py")
REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"
PROFILE = "Casey Morgan"
_LINE = re.compile(
    r"^(?:\[pid +\d+\] |\d+ +)?"  # strace -f names the thread
    r'(?:access\("/leaddesk-test-mark/(?P<mark>[^"]+)"'  # a mark
    r"|(?:fsync|fdatasync)\(\d+<(?P<path>[^>]*)>)"  # an fsync, with the file's path (-y)
)


def strace() -> str:
    found = shutil.which("strace")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("strace is missing: .ci/run installs it, and this test must not pass without it")
        pytest.skip("needs strace (apt-get install strace), to see SQLite's own fsyncs")
    return found


def steps(trace: str, wal: Path) -> list[str]:
    """The child's marks and its fsyncs of the WAL ("sync"), in order."""
    out = []
    for line in trace.splitlines():
        found = _LINE.match(line)
        if found is None:
            continue
        if found["mark"]:
            out.append(found["mark"])
        elif found["path"] == str(wal):
            out.append("sync")
    return out


def between(seen: list[str], first: str, last: str) -> list[str]:
    return seen[seen.index(first) + 1 : seen.index(last)]


def test_pulled_pages_commit_without_fsync_and_the_sync_ends_durable(home: Path, tmp_path: Path) -> None:
    tool = strace()
    create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).store.close(audit=False)
    trace = tmp_path / "trace.txt"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    watch = ["-f", "-qq", "-y", "-o", str(trace), "-e", "trace=fsync,fdatasync,access,faccessat,faccessat2"]
    ran = subprocess.run(
        [tool, *watch, sys.executable, str(CHILD), str(home), PROFILE],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert ran.stdout == "3\n"  # the cursor of the last page
    wal = home / "profiles" / PROFILE / "leaddesk.db-wal"
    seen = steps(trace.read_text(), wal)
    assert "sync" in seen[: seen.index("sync-start")]  # the spy sees SQLite's fsyncs at all
    # Three pages, each committed with its cursor, and no wait for the disk among them...
    assert between(seen, "sync-start", "pull-3") == ["pull-1", "pull-2"]
    # ...until the sync records itself, durably: the WAL, pages and cursor in it, is synced before
    # the sync reports it is done.
    assert "sync" in between(seen, "pull-3", "done-3")

    reopened = open_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    assert Replica(reopened).cursor == 3
    assert len(reopened.repos.participants.find()) == 3
    reopened.close(audit=False)


def test_a_durable_write_inside_a_page_syncs_the_wal_once_committed(
    store: Store, wire: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    wal = store.db_path.with_name(store.db_path.name + "-wal")
    other = store.sibling_opener()()  # another connection, to see what is committed at each fsync
    synced: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int, /) -> None:
        if os.fstat(fd).st_ino == wal.stat().st_ino:
            synced.append(Replica(other).cursor)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    replica = Replica(store)
    stamp = wire.remote_stamp()
    first, second = (Participant(first_name=n, last_name="Stone", team_id="north") for n in ("Remy", "Ash"))
    replica.apply_page([wire.state_of(first, seq=1, stamp=stamp)], [], 1)
    assert synced == []  # a page alone waits for no disk
    mine = store.repos.participants.create(Participant(first_name="Lee", last_name="Marrow", team_id="north"))
    with store.write(durable=False):
        replica.apply_page([wire.state_of(second, seq=2, stamp=stamp)], [], 2)
        store.repos.participants.update(mine.id, {"phone": "555-0100"})  # a durable write, nested
    # Synced once, after the commit: the other connection saw the page's cursor when it happened.
    assert synced == [2]
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again for what follows
    other.close(audit=False)
