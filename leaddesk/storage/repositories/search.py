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


def _ranked(fts: str) -> str:
    """Phase one: the best `k` of the newest RANK_WINDOW matches of one index, in one pass over the
    index alone (bm25 costs about 1.5 µs a row: it reads each row's size)."""
    return f"""
SELECT rowid, score FROM (
    SELECT rowid, bm25({fts}) AS score FROM {fts} WHERE {fts} MATCH :q ORDER BY rowid DESC LIMIT :w
) ORDER BY score LIMIT :k
"""


def _live(table: str) -> str:
    """Which of the ranked rows may be shown: not deleted, nor their participant."""
    return f"""
SELECT t.rid, t.created_at FROM {table} t JOIN participant p ON p.id = {_participant_of(table)}
WHERE t.rid IN (SELECT value FROM json_each(:rids)) AND t.deleted = 0 AND p.deleted = 0
"""


def _shown(fts: str, table: str, snippet: str) -> str:
    """Phase two: names and snippets for just the rows on the page asked for. A common word matches a
    large share of 250,000 notes and a snippet costs milliseconds, so it is made only for rows shown.

    One pass over the matches between the page's lowest and highest rowid: FTS5 would run the whole
    query again for each rowid of an IN list, and a prefix without its own index (say "check"*) costs
    milliseconds to look up each time. The unary + keeps the IN list away from FTS5."""
    return f"""
SELECT {fts}.rowid, t.id, p.id, {_NAME}, {snippet}
FROM {fts} CROSS JOIN {table} t ON t.rid = {fts}.rowid
CROSS JOIN participant p ON p.id = {_participant_of(table)}
WHERE {fts} MATCH :q AND {fts}.rowid BETWEEN :lo AND :hi
    AND +{fts}.rowid IN (SELECT value FROM json_each(:rids))
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
_RANKED = {kind: _ranked(fts) for kind, (fts, _, _) in _INDEXES.items()}
_LIVE = {kind: _live(table) for kind, (_, table, _) in _INDEXES.items()}
_SHOWN = {kind: _shown(*spec) for kind, spec in _INDEXES.items()}
# A common word is in half of 250,000 notes, and ranking them all takes a quarter of a second; such a
# word is ranked within its newest RANK_WINDOW matches (by rowid, which follows when a row was stored),
# so it still finds the most relevant recent notes in a few milliseconds. A rarer word ranks everything.
RANK_WINDOW = 5_000
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
        ranked.sort(key=lambda h: (_KIND_ORDER[h[0]], h[2], h[3]))
        page = ranked[offset : offset + limit]
        details: dict[tuple[HitKind, int], tuple[str, str, str, str]] = {}
        for kind in {h[0] for h in page}:
            rowids = [h[1] for h in page if h[0] is kind]
            params = {"q": query, "rids": json.dumps(rowids), "lo": min(rowids), "hi": max(rowids)}
            for r in conn.execute(_SHOWN[kind], params):
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
            best = [(kind, int(r[0]), float(r[1]), live[int(r[0])]) for r in ranked if int(r[0]) in live]
            best.sort(key=lambda h: (h[2], h[3]))  # ties go by age, as search() sorts them
            # Done when every row that could be in the first `wanted` is here: nothing was left out, or
            # what was left out ranks below the last row kept (a tie there might belong in its place).
            if len(ranked) < ask or (len(best) >= wanted and float(ranked[-1][1]) > best[wanted - 1][2]):
                return best[:wanted]
            ask *= 4  # deleted rows, or a tie at the edge, took places: ask again for more
