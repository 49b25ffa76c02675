"""The unlocked profile itself, as the window needs it: where it lives and its name as its owner typed it
(for the lock screen, the change-passphrase dialog and a revocation's notice), and a check of its
database on demand."""

from __future__ import annotations

from pathlib import Path

from leaddesk.desk.base import UseCases
from leaddesk.storage.paths import stored_name


class Profile(UseCases):
    @property
    def folder(self) -> Path:
        """The profile's folder (vault.json and the database)."""
        return self._store.db_path.parent

    @property
    def name(self) -> str:
        """The profile's name as vault.json keeps it (the desk's `user` may be a display name)."""
        return stored_name(self.folder)

    def damage(self) -> list[str]:
        """What SQLCipher's check of every page's HMAC and SQLite's own check find wrong in the database,
        one line each; empty when it is sound. Reads the whole file (seconds for a full caseload): run it
        off the window's thread. Changes nothing."""
        return self._store.integrity_problems()
