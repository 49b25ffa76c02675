"""A device's pull: the current state of every record in its user's scope changed after its cursor, and
the participants that left that scope, one page at a time in seq order."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from leaddesk.server.db import record, scope_event, transaction
from leaddesk.server.records import from_row
from leaddesk.server.scope import Scope
from leaddesk.server.sequence import latest_seq
from leaddesk.sync.protocol import PullResponse, RecordState, Removal


def pull(conn: Connection, *, scope: Scope, cursor: int, limit: int) -> PullResponse:
    with transaction(conn, write=False):
        # Read first: every seq up to it is committed (sequence.py), so nothing below the cursor we
        # hand back can still appear later, whatever commits while this page is read.
        latest = latest_seq(conn)
        states = _records(conn, scope=scope, after=cursor, upto=latest, limit=limit + 1)
        removals = _removals(conn, scope=scope, after=cursor, upto=latest, limit=limit + 1)
    # One page covers a run of seqs (cursor, new cursor]: records and removals interleaved, at most
    # `limit` of them together, so a page never ends between the two lists.
    items: list[RecordState | Removal] = sorted([*states, *removals], key=lambda item: item.seq)
    has_more = len(items) > limit
    page = items[:limit]
    end = page[-1].seq if has_more else latest
    return PullResponse(
        records=[i for i in page if isinstance(i, RecordState)],
        removals=[i for i in page if isinstance(i, Removal)],
        cursor=end,
        has_more=has_more,
    )


def _records(conn: Connection, *, scope: Scope, after: int, upto: int, limit: int) -> list[RecordState]:
    if not scope.everything and not scope.teams:
        return []
    query = select(record).where(record.c.seq > after, record.c.seq <= upto)
    if not scope.everything:
        query = query.where(record.c.team.in_(sorted(scope.teams)))
    rows = conn.execute(query.order_by(record.c.seq).limit(limit)).all()
    return [from_row(row).state() for row in rows]


def _removals(conn: Connection, *, scope: Scope, after: int, upto: int, limit: int) -> list[Removal]:
    """Participants moved from one of the user's teams to a team that is not theirs."""
    if scope.everything or not scope.teams:
        return []
    teams = sorted(scope.teams)
    rows = conn.execute(
        select(scope_event.c.seq, scope_event.c.participant_id)
        .where(
            scope_event.c.seq > after,
            scope_event.c.seq <= upto,
            scope_event.c.old_team.in_(teams),
            scope_event.c.new_team.not_in(teams),
        )
        .order_by(scope_event.c.seq)
        .limit(limit)
    ).all()
    return [Removal(seq=row.seq, participant_id=row.participant_id) for row in rows]
