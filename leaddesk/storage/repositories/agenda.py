"""What is coming up, for the Today screen: open tasks due by a day and court dates in a window, each
with its participant's name, one query per list (never a query per row)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from leaddesk.domain.enums import LegalEventKind
from leaddesk.domain.ids import parse_iso, to_utc

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

# The name as the caseload shows it: "Last, Preferred-or-first".
_NAME = "p.last_name || ', ' || CASE WHEN p.preferred_name != '' THEN p.preferred_name ELSE p.first_name END"
DEFAULT_LIMIT = 200


@dataclass(frozen=True)
class DueTask:
    id: str
    participant_id: str
    participant_name: str
    title: str
    due_on: date
    assignee: str
    mine: bool  # assigned to the user, or unassigned on one of the user's own participants


@dataclass(frozen=True)
class CourtDate:
    id: str
    participant_id: str
    participant_name: str
    at: datetime
    court: str
    case_number: str
    description: str


def _second(value: datetime) -> str:
    """A bound comparable with stored times whatever their fraction: stored values are ISO UTC with an
    optional fraction ("…T16:30:00Z" or "…T16:30:00.250000Z"), so a bound cut at the second is a prefix
    of every stored time in that second and string order matches time order."""
    return to_utc(value).strftime("%Y-%m-%dT%H:%M:%S")


class Agenda:
    def __init__(self, store: Store) -> None:
        self._store = store

    def tasks_due(
        self, *, on_or_before: date, user: str, names: Iterable[str] = (), limit: int = DEFAULT_LIMIT
    ) -> list[DueTask]:
        """Open tasks due on or before `on_or_before` (overdue ones included), the user's own first,
        then the most recently due: what fell due today and this week comes before a task forgotten
        for a year. Their own: assigned to `user`, or unassigned on a participant whose case manager is
        the user or one of `names` (the user's username)."""
        mine = ", ".join(f":n{i}" for i, _ in enumerate(dict.fromkeys([user, *names])))
        sql = f"""
SELECT t.id, t.participant_id, {_NAME}, t.title, t.due_on, t.assignee,
    (t.assignee = :user OR (t.assignee = '' AND p.case_manager IN ({mine}))) AS mine
FROM task t JOIN participant p ON p.id = t.participant_id
WHERE t.deleted = 0 AND t.done = 0 AND t.due_on IS NOT NULL AND t.due_on <= :day AND p.deleted = 0
ORDER BY mine DESC, t.due_on DESC, t.title COLLATE NOCASE, t.rid
LIMIT :limit
"""
        params: dict[str, object] = {"user": user, "day": on_or_before.isoformat(), "limit": int(limit)}
        params |= {f"n{i}": name for i, name in enumerate(dict.fromkeys([user, *names]))}
        return [_due_task(r) for r in self._store.conn.execute(sql, params)]

    def tasks_due_count(self, *, on_or_before: date) -> int:
        row = self._store.conn.execute(
            "SELECT count(*) FROM task t JOIN participant p ON p.id = t.participant_id"
            " WHERE t.deleted = 0 AND t.done = 0 AND t.due_on IS NOT NULL AND t.due_on <= ?"
            " AND p.deleted = 0",
            (on_or_before.isoformat(),),
        ).fetchone()
        return int(row[0])

    def court_dates(self, *, start: datetime, end: datetime, limit: int = DEFAULT_LIMIT) -> list[CourtDate]:
        """Court dates scheduled from `start` (inclusive) to `end` (exclusive), soonest first."""
        sql = f"""
SELECT e.id, e.participant_id, {_NAME}, e.occurred_at, e.court, e.case_number, e.description
FROM legal_event e JOIN participant p ON p.id = e.participant_id
WHERE e.kind = :kind AND e.occurred_at >= :start AND e.occurred_at < :end
    AND e.deleted = 0 AND p.deleted = 0
ORDER BY e.occurred_at, e.rid
LIMIT :limit
"""
        params = {
            "kind": LegalEventKind.COURT_DATE.value,
            "start": _second(start),
            "end": _second(end),
            "limit": int(limit),
        }
        return [_court_date(r) for r in self._store.conn.execute(sql, params)]

    def teams_of(self, names: frozenset[str]) -> list[str]:
        """The teams a case manager's own participants belong to (the caseload's "team" scope); the
        case manager by any of the names records hold for them."""
        rows = self._store.conn.execute(
            "SELECT DISTINCT team_id FROM participant"
            f" WHERE case_manager IN ({', '.join('?' * len(names)) or 'NULL'}) AND deleted = 0"
            " ORDER BY team_id",
            sorted(names),
        )
        return [str(r[0]) for r in rows]


def _due_task(row: Sequence[Any]) -> DueTask:
    return DueTask(
        id=row[0],
        participant_id=row[1],
        participant_name=row[2],
        title=row[3],
        due_on=date.fromisoformat(row[4]),
        assignee=row[5],
        mine=bool(row[6]),
    )


def _court_date(row: Sequence[Any]) -> CourtDate:
    return CourtDate(
        id=row[0],
        participant_id=row[1],
        participant_name=row[2],
        at=parse_iso(row[3]),
        court=row[4],
        case_number=row[5],
        description=row[6],
    )
