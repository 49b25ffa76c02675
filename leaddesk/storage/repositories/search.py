"""Full-text search over participants' names and aliases, notes and addenda, ranked, with snippets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from leaddesk.storage.repositories.textquery import fts_prefix_query

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

# Around each matched word in a snippet; control characters never occur in typed text, so a view can
# escape the snippet and then turn these into its own highlighting.
MATCH_START = "\x02"
MATCH_END = "\x03"
SNIPPET_WORDS = 16


class HitKind(StrEnum):
    PARTICIPANT = "participant"
    NOTE = "note"
    ADDENDUM = "addendum"


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    record_id: str
    participant_id: str
    participant_name: str
    snippet: str
    rank: float  # bm25: lower is better
    created_at: str

    @property
    def plain_snippet(self) -> str:
        return self.snippet.replace(MATCH_START, "").replace(MATCH_END, "")


_NAME = "p.last_name || ', ' || CASE WHEN p.preferred_name != '' THEN p.preferred_name ELSE p.first_name END"
_SNIP = f"'{MATCH_START}', '{MATCH_END}', '…', {SNIPPET_WORDS}"


def _participant_of(table: str) -> str:
    return "t.id" if table == "participant" else "t.participant_id"


def _ranked(fts: str, table: str) -> str:
    """Phase one: the best matches of one index as (rowid, rank, created_at); no text is touched."""
    return f"""
SELECT {fts}.rowid, {fts}.rank, t.created_at FROM {fts} JOIN {table} t ON t.rid = {fts}.rowid
JOIN participant p ON p.id = {_participant_of(table)}
WHERE {fts} MATCH :q AND t.deleted = 0 AND p.deleted = 0
ORDER BY {fts}.rank LIMIT :k
"""


def _shown(fts: str, table: str, snippet: str) -> str:
    """Phase two: names and snippets for just the rows on the page asked for. A common word matches a
    large share of 250,000 notes and a snippet costs milliseconds, so it is made only for rows shown."""
    return f"""
SELECT {fts}.rowid, t.id, p.id, {_NAME}, {snippet}
FROM {fts} JOIN {table} t ON t.rid = {fts}.rowid JOIN participant p ON p.id = {_participant_of(table)}
WHERE {fts} MATCH :q AND {fts}.rowid IN (SELECT value FROM json_each(:rids))
"""


_INDEXES: dict[HitKind, tuple[str, str, str]] = {
    HitKind.PARTICIPANT: (
        "participant_fts",
        "participant",
        f"highlight(participant_fts, 0, '{MATCH_START}', '{MATCH_END}')",
    ),
    HitKind.NOTE: ("note_fts", "note", f"snippet(note_fts, -1, {_SNIP})"),
    HitKind.ADDENDUM: ("addendum_fts", "addendum", f"snippet(addendum_fts, 0, {_SNIP})"),
}
_RANKED = {kind: _ranked(fts, table) for kind, (fts, table, _) in _INDEXES.items()}
_SHOWN = {kind: _shown(*spec) for kind, spec in _INDEXES.items()}
# Names are what people look up: a name match comes before any note that mentions the same word.
_KIND_ORDER = {HitKind.PARTICIPANT: 0, HitKind.NOTE: 1, HitKind.ADDENDUM: 1}


class SearchIndex:
    def __init__(self, store: Store) -> None:
        self._store = store

    def search(
        self,
        text: str,
        *,
        kinds: frozenset[HitKind] = frozenset(HitKind),
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Best matches first. Each word typed must occur, as a word or the start of one."""
        query = fts_prefix_query(text)
        if not query or limit <= 0:
            return []
        conn = self._store.conn
        wanted = int(limit) + int(offset)
        ranked: list[tuple[HitKind, int, float, str]] = []
        for kind in kinds:
            rows = conn.execute(_RANKED[kind], {"q": query, "k": wanted})
            ranked += [(kind, int(r[0]), float(r[1]), str(r[2])) for r in rows]
        ranked.sort(key=lambda h: (_KIND_ORDER[h[0]], h[2], h[3]))
        page = ranked[offset : offset + limit]
        details: dict[tuple[HitKind, int], tuple[str, str, str, str]] = {}
        for kind in {h[0] for h in page}:
            rids = json.dumps([h[1] for h in page if h[0] is kind])
            for r in conn.execute(_SHOWN[kind], {"q": query, "rids": rids}):
                details[(kind, int(r[0]))] = (r[1], r[2], r[3], r[4] or "")
        hits = []
        for kind, rid, rank, created_at in page:
            record_id, participant_id, name, snippet = details[(kind, rid)]
            hits.append(
                SearchHit(
                    kind=kind,
                    record_id=record_id,
                    participant_id=participant_id,
                    participant_name=name,
                    snippet=snippet,
                    rank=rank,
                    created_at=created_at,
                )
            )
        return hits
