"""What every group of use cases shares: the store of one unlocked profile, used from one thread, and
the way a write is run (one transaction, tracked, answered with what it changed)."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TypeVar

from leaddesk.desk.changes import Changes, Done
from leaddesk.storage.store import Store

T = TypeVar("T")


class UseCases:
    """A group of use cases over one store (one connection: call it from the thread that owns it)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _write(self, work: Callable[[], T], *, also: Collection[str] = ()) -> Done[T]:
        """Run `work` as one durable transaction and say what it wrote; `also` names local-only things
        it changes that are not records (drafts, settings)."""
        with self._store.tracking() as written, self._store.write():
            value = work()
        return Done(value, Changes.of(written, by=self._store.user, also=also))
