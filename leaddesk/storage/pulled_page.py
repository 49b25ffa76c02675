"""A pulled page as storage sees it: the records and removals the sync layer hands over (storage knows
nothing of the wire itself, only these shapes), the order they are applied in, and what a page did here.
pulled.py writes them."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any, Protocol

_seq = attrgetter("seq")


@dataclass
class PageResult:
    """What one pulled page did here."""

    cursor: int
    applied: int = 0  # records inserted or changed
    unchanged: int = 0  # already known (often this device's own pushes coming back)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (entity, id, why)
    removed: list[str] = field(default_factory=list)  # participants taken off this device
    kept: list[str] = field(default_factory=list)  # left in place: they hold unsent work
    offered: int = 0  # changes queued again for a server restored from an older backup (reoffer.py)


class ServerRecord(Protocol):
    """A record as the server holds it, each field with the stamp that put it there (the sync layer's
    wire records have this shape; storage knows nothing of the wire itself). `stamp`, where given, is
    the stamp of every field `clocks` does not name."""

    @property
    def seq(self) -> int: ...
    @property
    def entity(self) -> str: ...
    @property
    def record_id(self) -> str: ...
    @property
    def participant_id(self) -> str | None: ...
    @property
    def fields(self) -> Mapping[str, Any]: ...
    @property
    def clocks(self) -> Mapping[str, str]: ...
    @property
    def stamp(self) -> str | None: ...
    @property
    def value_problem(self) -> str | None:
        """Why a value of it breaks the rule every synced value keeps (domain/values.py), if one does."""


class ServerRemoval(Protocol):
    """A participant (and everything of theirs) that has left this device's scope, at `seq`."""

    @property
    def seq(self) -> int: ...
    @property
    def participant_id(self) -> str: ...


def runs(
    records: Sequence[ServerRecord], removals: Sequence[ServerRemoval]
) -> Iterator[list[ServerRecord] | ServerRemoval]:
    """The page in seq order: each removal on its own, and the records between them as lists."""
    if not removals:  # nearly every page: its records, which a server sends in seq order already
        if records:
            yield sorted(records, key=_seq)
        return
    run: list[ServerRecord] = []
    items: list[tuple[int, ServerRecord | None, ServerRemoval | None]] = [
        *((r.seq, r, None) for r in records),
        *((m.seq, None, m) for m in removals),
    ]
    for _, record, removal in sorted(items, key=lambda i: i[0]):
        if removal is not None:
            if run:
                yield run
                run = []
            yield removal
        elif record is not None:
            run.append(record)
    if run:
        yield run
