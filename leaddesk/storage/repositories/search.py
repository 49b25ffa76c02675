"""Full-text search over participants' names and aliases, notes and addenda, ranked, with snippets."""

from __future__ import annotations

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


def _ranked(fts: str, table: str, snippet: str) -> str:
    """Top matches of one index. Ranking first and making snippets only for the rows kept matters:
    a common word matches a large share of 250,000 notes, and a snippet per match would cost seconds."""
    return f"""
WITH top AS (
    SELECT {fts}.rowid AS rid, {fts}.rank AS rank FROM {fts} JOIN {table} t ON t.rid = {fts}.rowid
    JOIN participant p ON p.id = {"t.id" if table == "participant" else "t.participant_id"}
    WHERE {fts} MATCH :q AND t.deleted = 0 AND p.deleted = 0
    ORDER BY {fts}.rank LIMIT :k
)
SELECT t.id, p.id, {_NAME}, {snippet}, top.rank, t.created_at
FROM top JOIN {fts} ON {fts}.rowid = top.rid JOIN {table} t ON t.rid = top.rid
JOIN participant p ON p.id = {"t.id" if table == "participant" else "t.participant_id"}
WHERE {fts} MATCH :q
ORDER BY top.rank
"""


_QUERIES: dict[HitKind, str] = {
    HitKind.PARTICIPANT: _ranked(
        "participant_fts", "participant", f"highlight(participant_fts, 0, '{MATCH_START}', '{MATCH_END}')"
    ),
    HitKind.NOTE: _ranked("note_fts", "note", f"snippet(note_fts, -1, {_SNIP})"),
    HitKind.ADDENDUM: _ranked("addendum_fts", "addendum", f"snippet(addendum_fts, 0, {_SNIP})"),
}
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
        wanted = int(limit) + int(offset)
        hits: list[SearchHit] = []
        for kind in sorted(kinds, key=lambda k: _KIND_ORDER[k]):
            rows = self._store.conn.execute(_QUERIES[kind], {"q": query, "k": wanted})
            hits += [
                SearchHit(
                    kind=kind,
                    record_id=r[0],
                    participant_id=r[1],
                    participant_name=r[2],
                    snippet=r[3] or "",
                    rank=float(r[4]),
                    created_at=r[5],
                )
                for r in rows
            ]
        hits.sort(key=lambda h: (_KIND_ORDER[h.kind], h.rank, h.created_at))
        return hits[offset : offset + limit]
