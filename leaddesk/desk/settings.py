"""This laptop's own settings for the person using it (not synced): how the screens are set up."""

from __future__ import annotations

from typing import Any

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done

SETTINGS = "settings"  # the Changes entity of a settings write


class Settings(UseCases):
    def get(self, key: str, default: Any = None) -> Any:
        return self._store.repos.settings.get(key, default)

    def set(self, key: str, value: Any) -> Done[None]:
        return self._write(lambda: self._store.repos.settings.set(key, value), also=(SETTINGS,))
