"""Per-profile preferences (window layout, idle timeout, overdue threshold), kept encrypted, never synced."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

MAX_SETTING_CHARS = 100_000


class Settings:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str, default: Any = None) -> Any:
        row = self._store.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False)
        if len(text) > MAX_SETTING_CHARS:
            raise ValueError(f"value: a setting is limited to {MAX_SETTING_CHARS} characters")
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, text),
            )
