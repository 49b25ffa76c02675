"""Acceptance: a process killed with SIGKILL while changing the passphrase leaves a vault that exactly one
of the two passphrases opens, with the original database key."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from leaddesk.storage.errors import WrongPassphrase
from leaddesk.storage.vault import Vault
from leaddesk.storage.vault_file import LOCK_FILE
from tests.kdf import FAST_FOR_TESTS

A = "correct horse battery staple"
B = "Tr0ub4dor & three more words"
CHILD = Path(__file__).with_name("vault_churn.py")
REPO = Path(__file__).resolve().parents[2]
RUNS = 60
# Delays span many changes (about 1.5 ms each on plain disk, 10 ms with --slow-disk here), so each kill
# lands at an effectively uniform point inside a change: reading, deriving, writing, renaming, syncing.
MAX_DELAY = {False: 0.02, True: 0.08}
SEED = 20240611  # fixed so that a failure can be replayed

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL")


def churn_then_kill(folder: Path, *, current: str, other: str, slow_disk: bool, delay: float) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    args = [sys.executable, str(CHILD), str(folder)] + (["--slow-disk"] if slow_disk else [])
    with subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    ) as child:
        assert child.stdin is not None
        assert child.stdout is not None
        child.stdin.write(json.dumps([current, other]) + "\n")
        child.stdin.close()
        ready = child.stdout.readline()
        if ready == "ready\n":
            time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        out, err = child.stdout.read(), child.stderr.read()  # type: ignore[union-attr]
    assert ready == "ready\n", f"child did not start: {ready!r} {err[-2000:]}"
    assert child.returncode == -signal.SIGKILL, f"child ended by itself: {err[-2000:]}"
    assert (out, err) == ("", ""), "the child must print nothing after ready"


def the_one_that_opens(folder: Path, dek: bytes) -> str:
    """Which of A and B opens the vault; fails unless exactly one does, with the original DEK."""
    vault = Vault.load(folder, kdf=FAST_FOR_TESTS)  # a torn vault.json would raise CorruptVault here
    opened = {}
    for passphrase in (A, B):
        with contextlib.suppress(WrongPassphrase):
            opened[passphrase] = vault.unlock(passphrase)
    assert len(opened) == 1, f"{len(opened)} passphrases open the vault"
    ((working, got),) = opened.items()
    assert got == dek
    vault.unlock(working)  # success resets the counter the failed try just raised
    leftovers = {p.name for p in folder.iterdir()} - {"vault.json", LOCK_FILE}
    assert all(n.startswith(".vault.json.") and n.endswith(".tmp") for n in leftovers), leftovers
    assert (folder / "vault.json").stat().st_mode & 0o777 == 0o600
    return working


@pytest.mark.slow
def test_sigkill_while_changing_passphrase_leaves_exactly_one_that_opens(tmp_path: Path) -> None:
    folder = tmp_path / "profile"
    created = Vault.create(folder, name="crash", passphrase=A, kdf=FAST_FOR_TESTS)
    rng = random.Random(SEED)
    current = A
    outcomes = {A: 0, B: 0}
    # One vault for all runs: each run starts from whatever the previous kill left, stray temp files too.
    for run in range(RUNS):
        slow_disk = run % 2 == 1
        other = B if current == A else A
        delay = rng.uniform(0.0, MAX_DELAY[slow_disk])
        churn_then_kill(folder, current=current, other=other, slow_disk=slow_disk, delay=delay)
        current = the_one_that_opens(folder, created.dek)
        outcomes[current] += 1
    # Both outcomes must occur, or the children never got as far as changing anything.
    assert min(outcomes.values()) > 0, outcomes
    assert (
        Vault.load(folder, kdf=FAST_FOR_TESTS).unlock_with_recovery_key(created.recovery_key) == created.dek
    )
