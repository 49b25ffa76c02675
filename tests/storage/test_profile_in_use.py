"""One app at a time on a profile (storage/in_use.py): while one app has it open, a second one, in
another process or the same, is told so before any key is derived, and changes nothing (no failed
attempt counted, nothing written); the profile opens again once the first locks it, or dies."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from leaddesk.domain.enums import AuditAction
from leaddesk.storage.errors import ProfileInUse
from leaddesk.storage.in_use import IN_USE_FILE
from leaddesk.storage.paths import profile_dir
from leaddesk.storage.profile import create_profile, open_profile, reset_passphrase
from tests.kdf import FAST_FOR_TESTS

CHILD = Path(__file__).with_name("profile_holder.py")
REPO = Path(__file__).resolve().parents[2]
NAME = "Casey Morgan"
RIGHT = "river stone lantern"
SECONDS = 60

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX processes")


@pytest.fixture
def recovery_key(tmp_path: Path) -> str:
    created = create_profile(NAME, RIGHT, home=tmp_path, kdf=FAST_FOR_TESTS)
    created.store.close()
    return created.recovery_key


@pytest.fixture
def home(tmp_path: Path, recovery_key: str) -> Path:
    """The profiles folder, holding NAME's profile, closed."""
    return tmp_path


@pytest.fixture
def other_app(home: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process with the profile open; told to lock it by a line on stdin."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(home), NAME, RIGHT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "open\n", child.stderr.read() if child.stderr else ""
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=SECONDS)


def vault_bytes(home: Path) -> bytes:
    return (profile_dir(NAME, home) / "vault.json").read_bytes()


def unlocks(home: Path) -> int:
    store = open_profile(NAME, RIGHT, home=home, kdf=FAST_FOR_TESTS)
    try:
        return len(store.repos.audit.events(action=AuditAction.UNLOCK))
    finally:
        store.close()


def test_a_second_app_is_told_the_profile_is_open_and_changes_nothing(
    home: Path, recovery_key: str, other_app: subprocess.Popen[str]
) -> None:
    before = vault_bytes(home)
    for passphrase in (RIGHT, "not the passphrase at all"):
        with pytest.raises(ProfileInUse, match="open in another LEAD Desk window"):
            open_profile(NAME, passphrase, home=home, kdf=FAST_FOR_TESTS)
    with pytest.raises(ProfileInUse):  # nor is its passphrase replaced under it
        reset_passphrase(
            profile_dir(NAME, home), recovery_key, "a new one for the profile", kdf=FAST_FOR_TESTS
        )
    assert vault_bytes(home) == before  # a wrong guess met the hold first: no failure counted
    assert json.loads(before)["failed_attempts"] == 0

    assert other_app.communicate("lock\n", timeout=SECONDS)[1] == ""
    assert other_app.returncode == 0
    # Open now; the refused tries left no trace: the unlocks are the profile's creation's, the first
    # app's and this one's.
    assert unlocks(home) == 3
    assert (profile_dir(NAME, home) / IN_USE_FILE).stat().st_mode & 0o777 == 0o600


def test_an_app_that_dies_with_the_profile_open_leaves_no_hold(
    home: Path, other_app: subprocess.Popen[str]
) -> None:
    other_app.send_signal(signal.SIGKILL)
    other_app.wait(timeout=SECONDS)
    assert unlocks(home) == 3


def test_one_app_cannot_open_a_profile_twice_but_its_workers_share_the_hold(home: Path) -> None:
    store = open_profile(NAME, RIGHT, home=home, kdf=FAST_FOR_TESTS)
    try:
        with pytest.raises(ProfileInUse):
            open_profile(NAME, RIGHT, home=home, kdf=FAST_FOR_TESTS)
        sibling = store.sibling_opener()()  # a worker thread's connection: no hold of its own
        assert sibling.repos.audit.events(action=AuditAction.UNLOCK)
        sibling.close(audit=False)
        with pytest.raises(ProfileInUse):  # the sibling's closing did not release the app's hold
            open_profile(NAME, RIGHT, home=home, kdf=FAST_FOR_TESTS)
    finally:
        store.close()
    assert unlocks(home) == 3


def test_a_profile_that_fails_to_open_is_not_held(home: Path) -> None:
    (profile_dir(NAME, home) / "leaddesk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(Exception, match="damaged"):
        open_profile(NAME, RIGHT, home=home, kdf=FAST_FOR_TESTS)
    with pytest.raises(Exception, match="damaged"):  # told the same again, not "open elsewhere"
        open_profile(NAME, RIGHT, home=home, kdf=FAST_FOR_TESTS)
