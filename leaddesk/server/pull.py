"""A device's pull: the current state of every record in its user's scope changed after its cursor, and
the participants that left that scope (scope_history.py), one page at a time in seq order.

A page is assembled as JSON text straight from the stored `fields` and `clocks` (which are JSON already,
written by records.write), never parsed into objects and dumped again: for a new laptop's first sync of
a whole caseload that round trip was most of the server's time.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from leaddesk.server.db import record, transaction
from leaddesk.server.records import dumps
from leaddesk.server.scope import Scope
from leaddesk.server.scope_history import removals as left_scope
from leaddesk.server.sequence import latest_seq
from leaddesk.sync.protocol import PullResponse

_quote = json.encoder.encode_basestring  # the C one where available; quotes and escapes a str
_RECORD_COLUMNS = (
    record.c.seq,
    record.c.entity,
    record.c.record_id,
    record.c.participant_id,
    record.c.fields,
    record.c.clocks,
)


@dataclass(frozen=True, slots=True)
class PullPage:
    """One page as it goes on the wire: the JSON of a PullResponse, and what it holds."""

    body: bytes
    cursor: int
    has_more: bool
    records: int
    removals: int
    participants: tuple[str, ...] = ()  # whose records the page holds, for the audit trail

    def response(self) -> PullResponse:
        """The page parsed, as a device reads it."""
        return PullResponse.model_validate_json(self.body)


def pull(
    conn: Connection, *, scope: Scope, user_id: int, cursor: int, limit: int, shared_stamps: bool = False
) -> PullPage:
    with transaction(conn, write=False):
        # Read first: every seq up to it is committed (sequence.py), so nothing below the cursor we
        # hand back can still appear later, whatever commits while this page is read.
        latest = latest_seq(conn)
        # One page covers a run of seqs (cursor, new cursor]: records and removals interleaved, at most
        # `limit` of them together, so a page never ends between the two lists. Seqs are unique across
        # both (one counter), so the page ends at the limit-th seq of the two merged.
        removals = left_scope(conn, user_id=user_id, scope=scope, after=cursor, upto=latest, limit=limit + 1)
        seqs = sorted(
            [
                *_record_seqs(conn, scope=scope, after=cursor, upto=latest, limit=limit + 1),
                *(seq for seq, _ in removals),
            ]
        )
        has_more = len(seqs) > limit
        end = seqs[limit - 1] if has_more else latest
        records = _records(conn, scope=scope, after=cursor, upto=end)
    records_json = [_record_json(row, shared_stamps=shared_stamps) for row in records]
    removals_json = [
        f'{{"seq":{int(seq)},"participant_id":{_quote(pid)}}}' for seq, pid in removals if seq <= end
    ]
    body = (
        f'{{"records":[{",".join(records_json)}],"removals":[{",".join(removals_json)}],'
        f'"cursor":{int(end)},"has_more":{"true" if has_more else "false"}}}'
    )
    participants = tuple(sorted({row.participant_id for row in records if row.participant_id}))
    return PullPage(body.encode(), end, has_more, len(records_json), len(removals_json), participants)


def _record_json(row: Any, *, shared_stamps: bool) -> str:
    seq, entity, record_id, participant_id, fields, clocks = row
    pid = "null" if participant_id is None else _quote(participant_id)
    stamp = ""
    if shared_stamps:
        clocks, stamp = _shared(clocks)
    return (
        f'{{"seq":{int(seq)},"entity":{_quote(entity)},"record_id":{_quote(record_id)},'
        f'"participant_id":{pid},"fields":{fields},"clocks":{clocks}{stamp}}}'
    )


def _shared(clocks_json: str) -> tuple[str, str]:
    """The clocks without their most common stamp, and that stamp as a `"stamp"` member ("" if none).
    Every stored field has a clock (a push without one is refused), so the stamp covers the rest."""
    if "\\" not in clocks_json and (first := clocks_json.find('":"')) > 0:
        # Most records were written in one go: every field has one stamp. In stored_json's text with no
        # escape in it every quote delimits, so `":"` opens each of its values and `"stamp"` is that
        # stamp wherever it is a whole value: if there are as many as values, every value is it. Two
        # scans of the text instead of reading it (that was a sixth of the time a pull page took here).
        quoted = clocks_json[first + 2 : clocks_json.find('"', first + 3) + 1]
        if clocks_json.count(quoted) == clocks_json.count('":"'):
            return "{}", f',"stamp":{quoted}'
    clocks: dict[str, str] = json.loads(clocks_json)
    values = list(clocks.values())
    if not values:
        return clocks_json, ""
    common = values[0]
    if values.count(common) != len(values):
        common = Counter(values).most_common(1)[0][0]
    rest = {f: v for f, v in clocks.items() if v != common}
    return dumps(rest) if rest else "{}", f',"stamp":{_quote(common)}'


def _record_seqs(conn: Connection, *, scope: Scope, after: int, upto: int, limit: int) -> list[int]:
    """The first `limit` seqs in scope after `after`, from the indexes alone.

    Team by team: each is one range of the (team, seq) index, read in order and stopped at `limit`.
    Asking for all the teams at once (team IN …, ORDER BY seq) makes SQLite gather and sort every
    remaining record of those teams for each page, which for a caseload's first sync grows with the
    square of its size."""
    if scope.everything:
        query = (
            select(record.c.seq)
            .where(record.c.seq > after, record.c.seq <= upto)
            .order_by(record.c.seq)
            .limit(limit)
        )
        return [int(seq) for seq in conn.execute(query).scalars()]
    found: list[int] = []
    for team in sorted(scope.teams):
        query = (
            select(record.c.seq)
            .where(record.c.team == team, record.c.seq > after, record.c.seq <= upto)
            .order_by(record.c.seq)
            .limit(limit)
        )
        found += conn.execute(query).scalars()
    return sorted(found)[:limit]


def _records(conn: Connection, *, scope: Scope, after: int, upto: int) -> list[Any]:
    """(seq, entity, record_id, participant_id, fields JSON, clocks JSON) rows in (after, upto], in seq
    order: a range that _record_seqs has bounded to one page."""
    if not scope.everything and not scope.teams:
        return []
    query = select(*_RECORD_COLUMNS).where(record.c.seq > after, record.c.seq <= upto)
    if not scope.everything:
        query = query.where(record.c.team.in_(sorted(scope.teams)))
    return list(conn.execute(query.order_by(record.c.seq)).all())
