"""Sync conflicts as a person settles them: the open ones with both sides, what may be chosen, and the
choice (storage/conflicts.py holds the rule)."""

from __future__ import annotations

from typing import Any

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.domain import SyncConflict
from leaddesk.storage.conflicts import Choice, resolve_conflict


class Conflicts(UseCases):
    def resolve(self, conflict_id: str, *, choice: Choice, value: Any = None) -> Done[SyncConflict]:
        """Settle a conflict: the record's field and the conflict change together, under one stamp."""
        return self._write(lambda: resolve_conflict(self._store, conflict_id, choice=choice, value=value))
