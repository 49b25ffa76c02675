"""The profiles on this laptop before one is unlocked: list them, create one (with its recovery key),
unlock one into a Desk, reset a forgotten passphrase with the recovery key, change the passphrase, and
how long a profile waits after failed attempts.

Creating, unlocking, resetting and changing derive a key with Argon2id (a noticeable fraction of a second
by design): call them on a worker (ui/worker.py). `open` makes the desk on the thread that will use it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from leaddesk.desk import Desk
from leaddesk.storage.kdf import PRODUCTION, KdfParams
from leaddesk.storage.paths import ProfileFolder, find_profiles, new_profile_dir, stored_name
from leaddesk.storage.profile import UnlockedKey, create_key, open_store, reset_passphrase, unlock_key
from leaddesk.storage.vault import FREE_ATTEMPTS, MIN_PASSPHRASE_LENGTH, Vault

__all__ = [
    "FREE_ATTEMPTS",
    "MIN_PASSPHRASE_LENGTH",
    "PRODUCTION",
    "Attempts",
    "KdfParams",
    "ProfileFolder",
    "Profiles",
    "UnlockedKey",
]


@dataclass(frozen=True)
class Attempts:
    """A profile's failed unlock attempts since its last unlock, and how long it must wait now."""

    failures: int
    seconds_to_wait: float

    @property
    def tries_before_wait(self) -> int:
        return max(0, FREE_ATTEMPTS - self.failures)


class Profiles:
    """The profiles in one folder (`home`; None: LEADDESK_HOME or the user data folder). `kdf` is the
    Argon2id cost of new wraps and the least accepted from a vault: PRODUCTION in the app; tests pass a
    cheaper one, as TESTING.md asks (the derivation is the slow part of every test that unlocks)."""

    def __init__(self, *, home: str | os.PathLike[str] | None = None, kdf: KdfParams = PRODUCTION) -> None:
        self.home = home
        self.kdf = kdf

    def list(self) -> list[ProfileFolder]:
        """The profiles that exist, in the order of their names."""
        return find_profiles(self.home)

    def name_of(self, folder: Path) -> str:
        return stored_name(folder)

    def check_new_name(self, name: str) -> None:
        """InvalidProfileName, ProfileExists or SimilarProfileExists before any key is derived."""
        new_profile_dir(name, self.home)

    def create(self, name: str, passphrase: str) -> tuple[UnlockedKey, str]:
        """A new profile's vault; returns its key and the recovery key, shown once and never stored."""
        return create_key(name, passphrase, home=self.home, kdf=self.kdf)

    def unlock(
        self, folder: Path, passphrase: str | None = None, *, recovery_key: str | None = None
    ) -> UnlockedKey:
        """The profile's key from its passphrase or its recovery key (WrongPassphrase, VaultLocked, ...)."""
        return unlock_key(folder, passphrase, recovery_key=recovery_key, kdf=self.kdf)

    def reset_passphrase(self, folder: Path, *, recovery_key: str, new_passphrase: str) -> UnlockedKey:
        """A forgotten passphrase replaced, the recovery key proving the right to."""
        return reset_passphrase(folder, recovery_key, new_passphrase, kdf=self.kdf)

    def change_passphrase(self, folder: Path, *, old: str, new: str) -> None:
        """The database key re-wrapped under a new passphrase; no record is touched."""
        Vault.load(folder, kdf=self.kdf).change_passphrase(old, new)

    def attempts(self, folder: Path) -> Attempts:
        """Failed attempts and the wait they impose (CorruptVault, ProfileNotFound, ... if unreadable)."""
        vault = Vault.load(folder, kdf=self.kdf)
        return Attempts(failures=vault.failed_attempts, seconds_to_wait=vault.seconds_until_next_attempt())

    def open(self, key: UnlockedKey) -> Desk:
        """The unlocked profile's desk (about a millisecond; the unlock is audited), on this thread."""
        return Desk(open_store(key))
