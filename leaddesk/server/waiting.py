"""The quick check behind `GET /v1/waiting`: would a pull from this cursor bring the device anything?

Laptops ask it every few seconds while online (an officer's referral should reach the on-call team in
seconds, not at the next sync minutes later), so it must cost next to nothing: the sequence counter
first (most checks end there, when nothing at all changed), then at most one indexed probe per team of
the user's scope on the (team, seq) index, and the scope removals (scope_history.py) with a limit of one.
It reads only seqs up to the counter, as a pull does (sequence.py), so it never says "nothing" about a
change a pull from the same cursor would then bring.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from leaddesk.server.db import record, transaction
from leaddesk.server.scope import Scope
from leaddesk.server.scope_history import removals
from leaddesk.server.sequence import latest_seq


def anything_after(conn: Connection, *, scope: Scope, user_id: int, cursor: int) -> bool:
    """Whether a record in `scope` changed after `cursor`, or a participant left the user's sight."""
    with transaction(conn, write=False):
        latest = latest_seq(conn)
        if latest <= cursor:
            return False
        after = (record.c.seq > cursor) & (record.c.seq <= latest)
        # An admin sees every team: any record will do. (A seq of the counter may also be another
        # user's scope removal, which brings this device nothing.)
        teams = [None] if scope.everything else sorted(scope.teams)
        for team in teams:
            where = after if team is None else after & (record.c.team == team)
            if conn.execute(select(record.c.seq).where(where).limit(1)).first() is not None:
                return True
        return bool(removals(conn, user_id=user_id, scope=scope, after=cursor, upto=latest, limit=1))
