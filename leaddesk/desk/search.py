"""Search across participants' names and aliases and the text of notes and addenda: ranked hits, a
page at a time. A search over a large profile may take longer than a keystroke, so the screens run it
on the runner (ui/runner.py), a newer query superseding an older one while the user types."""

from __future__ import annotations

from dataclasses import dataclass

from leaddesk.desk.base import UseCases
from leaddesk.storage.repositories.search import MATCH_END, MATCH_START, HitKind, SearchHit

__all__ = ["ALL_KINDS", "MATCH_END", "MATCH_START", "PAGE", "Found", "HitKind", "Search", "SearchHit"]

PAGE = 25  # a screenful: each snippet costs the index real work on a large caseload
ALL_KINDS = frozenset(HitKind)


@dataclass(frozen=True)
class Found:
    """One page of hits for `text` in `kinds`, from `offset`; `more` when the page is full, so more
    may follow (counting every match would cost as much as the search)."""

    text: str
    kinds: frozenset[HitKind]
    offset: int
    hits: tuple[SearchHit, ...]
    more: bool
    notes_waiting: bool = False  # notes are indexed once this new laptop's first sync has ended


class Search(UseCases):
    def page(
        self, text: str, *, kinds: frozenset[HitKind] = ALL_KINDS, offset: int = 0, limit: int = PAGE
    ) -> Found:
        """Best matches first; every word typed must occur, as a word or the start of one."""
        search = self._store.repos.search
        hits = search.search(text, kinds=kinds, limit=limit, offset=offset) if kinds else []
        waiting = HitKind.NOTE in kinds and search.notes_waiting()
        return Found(text, kinds, offset, tuple(hits), more=len(hits) == limit, notes_waiting=waiting)
