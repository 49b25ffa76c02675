"""Scope over time: when each participant left each user's sight, so that a device drops them in order and
a change written while its author could still see them is never refused for it.

A participant leaves a user's sight in two ways, each at a seq of its own: moved from one of the user's
teams to a team the user is not in (a `scope_event`, written by push.py), or the user leaves a team that
holds them (a `scope_removal` row per participant, written by `record_team_loss` under the sequence
lock). Pull serves both as Removals, in seq order among the records (`removals`).

A device that pulls from cursor C has applied everything up to C; the server keeps the highest such C as
the device's `pulled_through`. A removal with a higher seq has not reached the device yet, so the device
still shows the participant and its case manager may be writing to them. Such a change was allowed when
it was written, so a push takes it (`saw_before_leaving`) and stores it in the participant's current
team, where it reaches the team that holds them now. Once the device has pulled past the removal, it has
dropped the participant (the engine sends their unsent work up before it asks for the next page), and a
change from it about them is refused like any other outside its scope.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, insert, select
from sqlalchemy.engine import Connection

from leaddesk.server.db import device, record, scope_event, scope_removal
from leaddesk.server.records import PARTICIPANT
from leaddesk.server.scope import Scope
from leaddesk.server.sequence import Sequence


def record_team_loss(
    conn: Connection,
    *,
    user_id: int,
    lost: Iterable[str],
    still_sees: Scope,
    sequence: Sequence,
    now: datetime,
) -> int:
    """A removal row for each participant the user no longer sees because they left the `lost` teams;
    returns how many. Call inside a write transaction holding the sequence lock (`sequence`).

    Besides the participants those teams hold now, this takes those that moved out of them since the
    least advanced of the user's devices last pulled: the removal of such a move was served only while
    the team was the user's (pull.py), so a device that had not pulled it yet would keep them for good.
    A user with no device needs no rows: a device enrolled later never receives those teams."""
    lost = sorted(set(lost))
    oldest = conn.execute(
        select(func.min(device.c.pulled_through)).where(device.c.user_id == user_id)
    ).scalar()
    if oldest is None or not lost or still_sees.everything:
        return 0
    leaving: dict[str, str] = {}  # participant -> the lost team that held them
    moved_out = conn.execute(
        select(scope_event.c.participant_id, scope_event.c.old_team, record.c.team)
        .join(
            record,
            (record.c.entity == PARTICIPANT) & (record.c.record_id == scope_event.c.participant_id),
        )
        .where(scope_event.c.old_team.in_(lost), scope_event.c.seq > oldest)
        .order_by(scope_event.c.seq)
    )
    for pid, old_team, team_now in moved_out:
        if not still_sees.covers(team_now):
            leaving.setdefault(pid, old_team)
    held = conn.execute(
        select(record.c.record_id, record.c.team).where(
            record.c.entity == PARTICIPANT, record.c.team.in_(lost)
        )
    )
    for pid, team in held:
        leaving[pid] = team  # in a lost team now: that is the one they leave with
    if leaving:
        conn.execute(
            insert(scope_removal),
            [
                {"seq": sequence.next(), "user_id": user_id, "participant_id": pid, "team": team, "at": now}
                for pid, team in sorted(leaving.items(), key=lambda item: (item[1], item[0]))
            ],
        )
    return len(leaving)


def may_write(
    conn: Connection,
    *,
    user_id: int,
    scope: Scope,
    device_id: str,
    participant_id: str,
    team_now: str,
    pulled_through: int | None = None,
) -> bool:
    """Whether a device may write about a participant (a record, or a file's bytes): in its user's scope
    now, or out of it by a removal the device has not pulled yet (`saw_before_leaving`), so the change
    was written while its author could see them. `pulled_through` saves a query when known."""
    if scope.covers(team_now):
        return True
    if pulled_through is None:
        pulled_through = pulled_through_of(conn, device_id=device_id)
    return saw_before_leaving(
        conn,
        user_id=user_id,
        scope=scope,
        participant_id=participant_id,
        team_now=team_now,
        pulled_through=pulled_through,
    )


def pulled_through_of(conn: Connection, *, device_id: str) -> int:
    return int(conn.execute(select(device.c.pulled_through).where(device.c.id == device_id)).scalar_one())


def saw_before_leaving(
    conn: Connection, *, user_id: int, scope: Scope, participant_id: str, team_now: str, pulled_through: int
) -> bool:
    """Whether a device of this user that has applied everything up to `pulled_through` still holds the
    participant: their team as of then (the team the first move after it took them from, or their team
    now if they have not moved since) was one the user sees now, or one the user has left since.

    Teams the user joined after `pulled_through` count as seen; a device could not yet hold a participant
    of those, but its user may see them now anyway, so accepting its change gives nothing away."""
    first_move = conn.execute(
        select(scope_event.c.old_team)
        .where(scope_event.c.participant_id == participant_id, scope_event.c.seq > pulled_through)
        .order_by(scope_event.c.seq)
        .limit(1)
    ).scalar()
    team_then = team_now if first_move is None else first_move
    if scope.covers(team_then):
        return True
    left_since = conn.execute(
        select(scope_removal.c.seq).where(
            scope_removal.c.user_id == user_id,
            scope_removal.c.participant_id == participant_id,
            scope_removal.c.team == team_then,
            scope_removal.c.seq > pulled_through,
        )
    ).first()
    return left_since is not None


def removals(
    conn: Connection, *, user_id: int, scope: Scope, after: int, upto: int, limit: int
) -> list[tuple[int, str]]:
    """(seq, participant_id) of the participants that left the user's sight in (after, upto], in seq
    order, at most `limit`: moved out of one of their teams, or in a team the user left. A participant
    the user sees again by now is left out: their records come (again) under later seqs anyway."""
    if scope.everything:
        return []
    teams = sorted(scope.teams)
    found: list[tuple[int, str]] = []
    if teams:
        moved = (
            select(scope_event.c.seq, scope_event.c.participant_id)
            .where(
                scope_event.c.seq > after,
                scope_event.c.seq <= upto,
                scope_event.c.old_team.in_(teams),
                scope_event.c.new_team.not_in(teams),
                ~_seen_now(scope_event.c.participant_id, teams),
            )
            .order_by(scope_event.c.seq)
            .limit(limit)
        )
        found += [(int(seq), pid) for seq, pid in conn.execute(moved)]
    left = select(scope_removal.c.seq, scope_removal.c.participant_id).where(
        scope_removal.c.user_id == user_id, scope_removal.c.seq > after, scope_removal.c.seq <= upto
    )
    if teams:
        left = left.where(~_seen_now(scope_removal.c.participant_id, teams))
    found += [(int(seq), pid) for seq, pid in conn.execute(left.order_by(scope_removal.c.seq).limit(limit))]
    return sorted(found)[:limit]


def _seen_now(participant_id: Any, teams: list[str]) -> Any:
    """The participant is in one of `teams` now."""
    return exists().where(
        record.c.entity == PARTICIPANT, record.c.record_id == participant_id, record.c.team.in_(teams)
    )
