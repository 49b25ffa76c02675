"""What a write changed, so each screen refreshes exactly what it shows (Anki's `OpChanges`): every use
case that writes returns its result with the records it touched, and the screens ask whether that
concerns them instead of re-reading everything after every save."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from leaddesk.storage.store import Written

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The entities, records and participants a write touched, and who wrote; `everything` after a sync,
    which may have touched anything."""

    entities: frozenset[str] = frozenset()
    record_ids: frozenset[str] = frozenset()
    participant_ids: frozenset[str] = frozenset()
    by: str = ""
    everything: bool = False

    @classmethod
    def of(cls, written: Iterable[Written], *, by: str, also: Collection[str] = ()) -> Changes:
        """From what the store tracked (Store.tracking); `also` names local-only things written too
        (drafts, settings), which have no records."""
        rows = list(written)
        return cls(
            entities=frozenset({w.entity for w in rows} | set(also)),
            record_ids=frozenset(w.record_id for w in rows),
            participant_ids=frozenset(w.participant_id for w in rows),
            by=by,
        )

    @property
    def is_bulk(self) -> bool:
        """Anything may have changed (a sync, on its own connection): screens re-read what they show."""
        return self.everything

    @property
    def is_empty(self) -> bool:
        return not (self.everything or self.entities)

    def concerns(self, entities: Collection[str], participant_id: str | None = None) -> bool:
        """Does this touch one of `entities` (of `participant_id`, if given)?"""
        if self.everything:
            return True
        if participant_id is not None and participant_id not in self.participant_ids:
            return False
        return not self.entities.isdisjoint(entities)

    def is_record(self, record_id: str) -> bool:
        return self.everything or record_id in self.record_ids

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            entities=self.entities | other.entities,
            record_ids=self.record_ids | other.record_ids,
            participant_ids=self.participant_ids | other.participant_ids,
            by=self.by or other.by,
            everything=self.everything or other.everything,
        )


EVERYTHING = Changes(everything=True)
NOTHING = Changes()


@dataclass(frozen=True)
class Done(Generic[T]):
    """A write's result and what it changed."""

    value: T
    changes: Changes
