"""The profiles before unlock, through the desk: create one with its recovery key, list it, unlock it
into a desk, the waiting after failed attempts, a reset with the recovery key, a passphrase change."""

from __future__ import annotations

from pathlib import Path

import pytest

from leaddesk.desk.profiles import FREE_ATTEMPTS, Profiles
from leaddesk.storage.errors import ProfileExists, VaultLocked, WrongPassphrase
from tests.kdf import FAST_FOR_TESTS

NAME = "Nguyễn Văn An"
PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "copper meadow sparrow tide"


@pytest.fixture
def profiles(home: Path) -> Profiles:
    return Profiles(home=home, kdf=FAST_FOR_TESTS)


def test_a_new_profile_is_listed_and_opens_into_a_desk(profiles: Profiles) -> None:
    assert profiles.list() == []
    key, recovery_key = profiles.create(NAME, PASSPHRASE)
    assert len(recovery_key.replace("-", "")) == 32
    [listed] = profiles.list()
    assert listed.name == NAME
    assert listed.folder == key.folder
    assert profiles.name_of(key.folder) == NAME
    with pytest.raises(ProfileExists):
        profiles.check_new_name(NAME)

    desk = profiles.open(key)
    try:
        assert desk.user == NAME
        assert desk.profile.folder == key.folder
        assert desk.profile.name == NAME
        assert desk.is_open
    finally:
        desk.close(audit=False)
    assert not desk.is_open


def test_wrong_passphrases_are_counted_then_waited_for(profiles: Profiles) -> None:
    key, _ = profiles.create(NAME, PASSPHRASE)
    assert profiles.attempts(key.folder).tries_before_wait == FREE_ATTEMPTS
    with pytest.raises(WrongPassphrase):
        profiles.unlock(key.folder, "not the passphrase")
    attempts = profiles.attempts(key.folder)
    assert attempts.failures == 1
    assert attempts.tries_before_wait == FREE_ATTEMPTS - 1
    assert attempts.seconds_to_wait == 0
    for _ in range(FREE_ATTEMPTS - 1):
        with pytest.raises(WrongPassphrase):
            profiles.unlock(key.folder, "not the passphrase")
    assert profiles.attempts(key.folder).seconds_to_wait > 0
    with pytest.raises(VaultLocked):  # even the right passphrase waits
        profiles.unlock(key.folder, PASSPHRASE)


def test_the_recovery_key_resets_a_forgotten_passphrase(profiles: Profiles) -> None:
    key, recovery_key = profiles.create(NAME, PASSPHRASE)
    assert profiles.unlock(key.folder, recovery_key=recovery_key).dek == key.dek
    reset = profiles.reset_passphrase(key.folder, recovery_key=recovery_key, new_passphrase=NEW_PASSPHRASE)
    assert reset.dek == key.dek  # the same database, re-wrapped
    assert profiles.unlock(key.folder, NEW_PASSPHRASE).dek == key.dek
    with pytest.raises(WrongPassphrase):
        profiles.unlock(key.folder, PASSPHRASE)


def test_changing_the_passphrase_needs_the_current_one(profiles: Profiles) -> None:
    key, _ = profiles.create(NAME, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        profiles.change_passphrase(key.folder, old="not the passphrase", new=NEW_PASSPHRASE)
    assert profiles.unlock(key.folder, PASSPHRASE).dek == key.dek  # nothing changed
    profiles.change_passphrase(key.folder, old=PASSPHRASE, new=NEW_PASSPHRASE)
    assert profiles.unlock(key.folder, NEW_PASSPHRASE).dek == key.dek
