"""Full-text search over participants' names and aliases, notes and addenda, ranked, with snippets."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from leaddesk.storage.repositories.snippets import MATCH_END, MATCH_START, search_terms, snippet
from leaddesk.storage.repositories.textquery import fts_prefix_query

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

__all__ = ["MATCH_END", "MATCH_START", "RANK_WINDOW", "HitKind", "SearchHit", "SearchIndex"]


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


def _participant_of(table: str) -> str:
    return "t.id" if table == "participant" else "t.participant_id"


def _ranked(fts: str) -> str:
    """Phase one: the best `k` of the newest RANK_WINDOW matches of one index, in one pass over the
    index alone (bm25 costs about 1.5 µs a row: it reads each row's size). Equal scores go newest first
    (rowid follows when a row was stored), so the order is total and `k` rows are exactly the first `k`:
    notes written from the same few phrases tie often, and an order left open at the edge of the page
    would have to be settled by asking for more rows again and again."""
    return f"""
SELECT rowid, score FROM (
    SELECT rowid, bm25({fts}) AS score FROM {fts} WHERE {fts} MATCH :q ORDER BY rowid DESC LIMIT :w
) ORDER BY score, rowid DESC LIMIT :k
"""


def _live(table: str) -> str:
    """Which of the ranked rows may be shown: not deleted, nor their participant."""
    return f"""
SELECT t.rid, t.created_at FROM {table} t JOIN participant p ON p.id = {_participant_of(table)}
WHERE t.rid IN (SELECT value FROM json_each(:rids)) AND t.deleted = 0 AND p.deleted = 0
"""


def _shown_names() -> str:
    """Phase two for names: the participants on the page, their names marked by FTS5 (a names index
    is small, and highlight() marks exactly what the tokenizer matched).

    One pass over the matches between the page's lowest and highest rowid: FTS5 would run the whole
    query again for each rowid of an IN list. The unary + keeps the IN list away from FTS5."""
    marked = f"highlight(participant_fts, 0, '{MATCH_START}', '{MATCH_END}')"
    return f"""
SELECT participant_fts.rowid, p.id, p.id, {_NAME}, {marked}
FROM participant_fts CROSS JOIN participant p ON p.rid = participant_fts.rowid
WHERE participant_fts MATCH :q AND participant_fts.rowid BETWEEN :lo AND :hi
    AND +participant_fts.rowid IN (SELECT value FROM json_each(:rids))
"""


def _shown_texts(table: str, columns: tuple[str, ...]) -> str:
    """Phase two for notes and addenda: the rows on the page, read by rowid with the text a snippet is
    cut from (snippets.py). A common word matches a large share of 250,000 notes; FTS5's snippet()
    would walk every match between the page's rows to make 25 snippets."""
    return f"""
SELECT t.rid, t.id, p.id, {_NAME}, {', '.join(f't.{c}' for c in columns)}
FROM json_each(:rids) page CROSS JOIN {table} t ON t.rid = page.value
CROSS JOIN participant p ON p.id = t.participant_id
"""


_INDEXES: dict[HitKind, tuple[str, str]] = {
    HitKind.PARTICIPANT: ("participant_fts", "participant"),
    HitKind.NOTE: ("note_fts", "note"),
    HitKind.ADDENDUM: ("addendum_fts", "addendum"),
}
_RANKED = {kind: _ranked(fts) for kind, (fts, _) in _INDEXES.items()}
_LIVE = {kind: _live(table) for kind, (_, table) in _INDEXES.items()}
# Phase two, and whether it reads text to cut snippets from (else its last column is the snippet).
_SHOWN: dict[HitKind, tuple[str, bool]] = {
    HitKind.PARTICIPANT: (_shown_names(), False),
    HitKind.NOTE: (_shown_texts("note", ("data", "assessment", "plan")), True),
    HitKind.ADDENDUM: (_shown_texts("addendum", ("text",)), True),
}
# A common word is in half of 250,000 notes, and ranking them all takes a quarter of a second; such a
# word is ranked within its newest RANK_WINDOW matches (by rowid, which follows when a row was stored),
# so it still finds the most relevant recent notes in a few milliseconds. A rarer word ranks everything.
RANK_WINDOW = 5_000
# Names are what people look up: a name match comes before any note that mentions the same word.
_KIND_ORDER = {HitKind.PARTICIPANT: 0, HitKind.NOTE: 1, HitKind.ADDENDUM: 1}


def _order(hit: tuple[HitKind, int, float, str]) -> tuple[int, float, str, int]:
    """Names first, then best rank; equal ranks newest first within an index (as _RANKED orders them)."""
    kind, rowid, rank, _created_at = hit
    return (_KIND_ORDER[kind], rank, kind.value, -rowid)


class SearchIndex:
    def __init__(self, store: Store) -> None:
        self._store = store

    def notes_waiting(self) -> bool:
        """Whether the notes and addenda are left to be indexed at the end of a new laptop's first sync
        (storage/replica.py, Replica.defer_search_index): until then only names are found."""
        return self._store.conn.execute("SELECT 1 FROM search_index_deferred").fetchone() is not None

    def search(
        self,
        text: str,
        *,
        kinds: frozenset[HitKind] = frozenset(HitKind),
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Best matches first. Each word typed must occur, as a word or the start of one. A query
        matching more than RANK_WINDOW rows of one kind is ranked within the newest RANK_WINDOW."""
        query = fts_prefix_query(text)
        if not query or limit <= 0:
            return []
        conn = self._store.conn
        wanted = int(limit) + int(offset)
        ranked: list[tuple[HitKind, int, float, str]] = []
        for kind in kinds:
            ranked += self._best(kind, query, wanted)
        ranked.sort(key=_order)
        page = ranked[offset : offset + limit]
        details: dict[tuple[HitKind, int], tuple[str, str, str, str]] = {}
        terms = search_terms(text)
        for kind in {h[0] for h in page}:
            rowids = [h[1] for h in page if h[0] is kind]
            sql, cut = _SHOWN[kind]
            params = {"q": query, "rids": json.dumps(rowids), "lo": min(rowids), "hi": max(rowids)}
            for r in conn.execute(sql, params):
                shown = snippet(r[4:], terms) if cut else (r[4] or "")
                details[(kind, int(r[0]))] = (r[1], r[2], r[3], shown)
        hits = []
        for kind, rid, rank, created_at in page:
            record_id, participant_id, name, marked = details[(kind, rid)]
            hits.append(
                SearchHit(
                    kind=kind,
                    record_id=record_id,
                    participant_id=participant_id,
                    participant_name=name,
                    snippet=marked,
                    rank=rank,
                    created_at=created_at,
                )
            )
        return hits

    def _best(self, kind: HitKind, query: str, wanted: int) -> list[tuple[HitKind, int, float, str]]:
        """The `wanted` best live rows of one index as (kind, rowid, rank, created_at), best first.

        Ranked from the index alone and only then checked for deletion: joining every match to its
        row and participant first would read thousands of rows.
        """
        conn = self._store.conn
        ask = wanted + 16
        while True:
            ranked = conn.execute(_RANKED[kind], {"q": query, "w": RANK_WINDOW, "k": ask}).fetchall()
            rids = json.dumps([int(r[0]) for r in ranked])
            live = {int(r[0]): str(r[1]) for r in conn.execute(_LIVE[kind], {"rids": rids})}
            # In the order of _RANKED, which search() keeps: the first `wanted` live rows of the first
            # `ask` are the first `wanted` of all.
            best = [(kind, int(r[0]), float(r[1]), live[int(r[0])]) for r in ranked if int(r[0]) in live]
            if len(ranked) < ask or len(best) >= wanted:
                return best[:wanted]
            ask *= 4  # deleted rows took places: ask again for more
