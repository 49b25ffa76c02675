"""The failed-attempt counter across processes: guesses made at the same moment are each counted,
because every read-derive-write of vault.json holds the profile's vault lock; and a holder that dies
leaves no lock behind."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from leaddesk.storage.errors import WrongPassphrase
from leaddesk.storage.kdf import KdfParams
from leaddesk.storage.vault import Vault
from leaddesk.storage.vault_file import LOCK_FILE
from tests.kdf import FAST_FOR_TESTS

CHILD = Path(__file__).with_name("vault_guess.py")
REPO = Path(__file__).resolve().parents[2]
RIGHT = "river stone lantern"
WRONG = "not the passphrase at all"
GUESSERS = 8
# Dear enough (tens of milliseconds) that without the lock all eight would read the counter before the
# first of them wrote it back; cheap enough that eight in a row stay well under a second.
GUESS_KDF = KdfParams(memory_cost=16 * 1024, iterations=1, lanes=1)
SECONDS = 60

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX processes")


def spawn(folder: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


def failed_attempts(folder: Path) -> int:
    count: int = json.loads((folder / "vault.json").read_bytes())["failed_attempts"]
    return count


def test_eight_processes_guessing_at_once_count_eight_failures(tmp_path: Path) -> None:
    folder = tmp_path / "profiles" / "Casey Morgan"
    created = Vault.create(folder, name="Casey Morgan", passphrase=RIGHT, kdf=GUESS_KDF)
    cost = (str(GUESS_KDF.memory_cost), str(GUESS_KDF.iterations), str(GUESS_KDF.lanes))
    children = [spawn(folder, *cost) for _ in range(GUESSERS)]
    try:
        for child in children:
            assert child.stdin is not None
            child.stdin.write(WRONG + "\n")
            child.stdin.flush()
        for child in children:  # every one has loaded the vault, and waits for the word
            assert child.stdout is not None
            assert child.stdout.readline() == "ready\n", child.stderr.read() if child.stderr else ""
        for child in children:
            assert child.stdin is not None
            child.stdin.write("go\n")
            child.stdin.flush()
        results = [child.communicate(timeout=SECONDS) for child in children]
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert [out for out, _err in results] == ["wrong\n"] * GUESSERS, [err for _out, err in results]
    assert failed_attempts(folder) == GUESSERS
    assert (folder / LOCK_FILE).stat().st_mode & 0o777 == 0o600
    # The right passphrase still opens it (the real clock is long past the fake one's last failure).
    assert Vault.load(folder, kdf=GUESS_KDF).unlock(RIGHT) == created.dek
    assert failed_attempts(folder) == 0


def test_a_holder_that_dies_leaves_no_lock(tmp_path: Path) -> None:
    folder = tmp_path / "profiles" / "Casey Morgan"
    Vault.create(folder, name="Casey Morgan", passphrase=RIGHT, kdf=FAST_FOR_TESTS)
    vault = Vault.load(folder, kdf=FAST_FOR_TESTS)
    outcome: list[BaseException] = []

    def guess() -> None:
        try:
            vault.unlock(WRONG)
        except WrongPassphrase as exc:
            outcome.append(exc)

    with spawn(folder, "hold") as holder:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "holding\n", holder.stderr.read() if holder.stderr else ""
        waiter = threading.Thread(target=guess, daemon=True)
        waiter.start()
        # While another process holds the lock the guess waits: it has neither been tried nor counted.
        # (A slower machine only makes this more certain; it cannot make it pass wrongly.)
        waiter.join(timeout=0.5)
        alive_while_held, counted_while_held = waiter.is_alive(), failed_attempts(folder)
        holder.send_signal(signal.SIGKILL)  # dies holding it, as a crash or a kill would
    assert alive_while_held
    assert counted_while_held == 0
    waiter.join(timeout=SECONDS)  # the kernel released the dead holder's lock: the guess goes ahead
    assert not waiter.is_alive()
    assert len(outcome) == 1
    assert failed_attempts(folder) == 1
