"""Sync conflicts as a person settles them: the open ones with both sides, who wrote each and when, what
may be chosen, and the choice (storage/conflicts.py holds the rule)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.domain import SyncConflict
from leaddesk.domain.enums import ConflictKind
from leaddesk.storage.conflicts import (
    Choice,
    Side,
    choices,
    is_signed_note,
    open_conflicts,
    resolve_conflict,
    sides,
)
from leaddesk.storage.errors import RecordNotFound

__all__ = ["CONFLICT", "Choice", "ConflictRow", "Conflicts", "Side"]

CONFLICT = "conflict"  # the Changes entity of a conflict record


@dataclass(frozen=True)
class ConflictRow:
    """One open conflict as the Conflicts tab shows it."""

    conflict: SyncConflict
    participant: str | None  # the participant's name as this laptop knows it; None: no longer here
    mine: Side
    theirs: Side
    options: tuple[Choice, ...]  # what this person may choose (storage.conflicts.choices)
    signed_note: bool = False  # a signed note keeps what was signed: the other side can only be added

    @property
    def is_rule(self) -> bool:
        """A whole change set aside because, merged, it would break a rule of the record."""
        return self.conflict.kind is ConflictKind.RULE

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields in conflict: one, or for a rule conflict every field of the change set aside."""
        if not self.is_rule:
            return (self.conflict.field,)
        values = [self.conflict.kept_value, self.conflict.other_value]
        return tuple(sorted({f for v in values if isinstance(v, dict) for f in v}))


class Conflicts(UseCases):
    def open_rows(self) -> list[ConflictRow]:
        """The conflicts nobody has settled yet, oldest first, with both sides and the choices."""
        store = self._store
        names: dict[str, str | None] = {}
        rows = []
        for conflict in open_conflicts(store):
            pid = conflict.participant_id
            if pid not in names:
                try:
                    names[pid] = store.repos.participants.get(pid).display_name
                except RecordNotFound:
                    names[pid] = None
            mine, theirs = sides(store, conflict)
            record = self._record(conflict)
            rows.append(
                ConflictRow(
                    conflict=conflict,
                    participant=names[pid],
                    mine=mine,
                    theirs=theirs,
                    options=choices(store, conflict, record),
                    signed_note=is_signed_note(record),
                )
            )
        return rows

    def count_open(self) -> int:
        return len(open_conflicts(self._store))

    def resolve(self, conflict_id: str, *, choice: Choice, value: Any = None) -> Done[SyncConflict]:
        """Settle a conflict: the record's field and the conflict change together, under one stamp."""
        return self._write(lambda: resolve_conflict(self._store, conflict_id, choice=choice, value=value))

    def _record(self, conflict: SyncConflict) -> object:
        try:
            return self._store.repos.for_entity(conflict.record_entity).get(conflict.record_id)
        except (RecordNotFound, KeyError):
            return None  # deleted since, or an entity this laptop does not hold
