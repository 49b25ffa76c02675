"""One app at a time on a profile (storage/in_use.py): while one app has it open, a second one, in
another process or the same, is told so before any key is derived, and changes nothing (no failed
attempt counted, nothing written); the profile opens again once the first locks it, or dies."""

from __future__ import annotations

import json
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from leaddesk.domain.enums import AuditAction
from leaddesk.storage.errors import CorruptDatabase, ProfileInUse
from leaddesk.storage.in_use import IN_USE_FILE
from leaddesk.storage.paths import profile_dir
from leaddesk.storage.profile import create_profile, open_profile, reset_passphrase
from tests.kdf import FAST_FOR_TESTS
from tests.storage.profile_holder import spawn

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


def another_app(mode: str, home: Path) -> subprocess.Popen[str]:
    return spawn(mode, home, NAME, RIGHT)


def another_app_may_open(home: Path) -> bool:
    """Whether another process, trying now, opens the profile (it locks it again at once)."""
    out, err = another_app("try", home).communicate(timeout=SECONDS)
    assert out in ("open\n", "in use\n"), err
    return out == "open\n"


@pytest.fixture
def other_app(home: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process with the profile open; told to lock it by a line on stdin."""
    child = another_app("hold", home)
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


def test_the_stores_of_one_app_share_its_hold_until_the_last_is_locked(home: Path) -> None:
    store = open_profile(NAME, RIGHT, home=home, kdf=FAST_FOR_TESTS)
    try:
        assert not another_app_may_open(home)
        sibling = store.sibling_opener()()  # a worker thread's connection: no hold of its own
        sibling.close(audit=False)
        again = open_profile(NAME, RIGHT, home=home, kdf=FAST_FOR_TESTS)  # the same app: not a second one
        again.close()
        assert not another_app_may_open(home)  # neither closing let the other app in
    finally:
        store.close()
    assert another_app_may_open(home)
    assert unlocks(home) == 5  # created, this app twice, the other app once, and here


def test_a_profile_that_fails_to_open_is_not_held(home: Path) -> None:
    (profile_dir(NAME, home) / "leaddesk.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(CorruptDatabase, match="damaged"):
        open_profile(NAME, RIGHT, home=home, kdf=FAST_FOR_TESTS)
    with pytest.raises(CorruptDatabase, match="damaged"):  # told the same again, not "open elsewhere"
        open_profile(NAME, RIGHT, home=home, kdf=FAST_FOR_TESTS)
    assert another_app("free", home).communicate(timeout=SECONDS)[0] == "free\n"
