"""Participants and the caseload list: filtered, sorted and paged in SQL."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from leaddesk.domain import Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.contact_due import EXPECTED_CONTACT, days_since, seen_since
from leaddesk.domain.enums import AuditAction, ParticipantStatus
from leaddesk.domain.ids import parse_iso, to_utc
from leaddesk.storage.repositories.records import RecordRepository
from leaddesk.storage.repositories.textquery import fts_prefix_query

if TYPE_CHECKING:
    from datetime import datetime

    from leaddesk.storage.store import Store


class CaseloadSort(StrEnum):
    NAME = "name"
    STATUS = "status"
    LAST_CONTACT = "last_contact"
    DAYS_SINCE_CONTACT = "days_since_contact"
    OPEN_NEEDS = "open_needs"
    NEXT_TASK_DUE = "next_task_due"
    CASE_MANAGER = "case_manager"


# Each sort key's SQL; NULLs (never seen, no task) go last whichever way the list is sorted, except
# that never seen counts as the longest time since contact.
_SORT_SQL: dict[CaseloadSort, str] = {
    CaseloadSort.NAME: "p.last_name COLLATE NOCASE {d}, p.first_name COLLATE NOCASE {d}",
    CaseloadSort.STATUS: "p.status {d}, p.last_name COLLATE NOCASE",
    CaseloadSort.LAST_CONTACT: "last_contact IS NULL, last_contact {d}",
    # More days since contact = an older last contact; never seen counts as the longest.
    CaseloadSort.DAYS_SINCE_CONTACT: "last_contact IS NULL {d}, last_contact {r}",
    CaseloadSort.OPEN_NEEDS: "open_needs {d}",
    CaseloadSort.NEXT_TASK_DUE: "next_task_due IS NULL, next_task_due {d}",
    CaseloadSort.CASE_MANAGER: "p.case_manager COLLATE NOCASE {d}",
}


@dataclass(frozen=True)
class CaseloadFilter:
    text: str = ""  # name or alias, matched by word prefix as the user types
    statuses: frozenset[ParticipantStatus] = frozenset()
    team_ids: frozenset[str] = frozenset()
    # "Mine": a case manager field holding any of these (a username, and names written before records
    # named case managers by username).
    case_managers: frozenset[str] | None = None
    # Overdue contact by domain/contact_due.py: expected to be seen, and no contact in this many days
    # (or never), the days counted on the laptop's calendar.
    not_seen_for_days: int | None = None
    today: date = field(default_factory=local_today)  # the laptop's calendar day


@dataclass(frozen=True)
class CaseloadRow:
    id: str
    first_name: str
    last_name: str
    preferred_name: str
    aliases: tuple[str, ...]
    status: ParticipantStatus
    team_id: str
    case_manager: str
    last_contact: datetime | None
    days_since_contact: int | None
    open_needs: int
    next_task_due: date | None

    @property
    def name(self) -> str:
        return f"{self.last_name}, {self.preferred_name or self.first_name}"


_CASELOAD_SELECT = """
SELECT p.id, p.first_name, p.last_name, p.preferred_name, p.aliases, p.status, p.team_id, p.case_manager,
    (SELECT max(c.occurred_at) FROM contact c
        WHERE c.participant_id = p.id AND c.deleted = 0) AS last_contact,
    (SELECT count(*) FROM need n
        WHERE n.participant_id = p.id AND n.deleted = 0
            AND n.status IN ('open', 'in_progress')) AS open_needs,
    (SELECT min(t.due_on) FROM task t
        WHERE t.participant_id = p.id AND t.deleted = 0 AND t.done = 0 AND t.due_on IS NOT NULL)
        AS next_task_due
FROM participant p
"""


class ParticipantRepository(RecordRepository[Participant]):
    default_order = ("last_name", "first_name")

    def __init__(self, store: Store) -> None:
        super().__init__(store, Participant)

    def open(self, participant_id: str) -> Participant:
        """Read a participant's record for a person to see: the view is audited."""
        participant = self.get(participant_id)
        self._store.audit_event(
            AuditAction.VIEW, entity="participant", entity_id=participant_id, participant_id=participant_id
        )
        return participant

    def caseload(
        self,
        criteria: CaseloadFilter | None = None,
        *,
        sort: CaseloadSort = CaseloadSort.NAME,
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[CaseloadRow]:
        criteria = criteria or CaseloadFilter()
        where, params = self._caseload_where(criteria)
        d, r = ("DESC", "ASC") if descending else ("ASC", "DESC")
        order = _SORT_SQL[sort].format(d=d, r=r)
        sql = f"SELECT * FROM ({_CASELOAD_SELECT}{where}) AS p ORDER BY {order}, p.last_name, p.id"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return [self._caseload_row(row, criteria.today) for row in self._store.conn.execute(sql, params)]

    def caseload_count(self, criteria: CaseloadFilter | None = None) -> int:
        # Only the filter matters for a count; the per-row subqueries of the list would be wasted work.
        where, params = self._caseload_where(criteria or CaseloadFilter())
        row = self._store.conn.execute(f"SELECT count(*) FROM participant p{where}", params).fetchone()
        return int(row[0])

    def id_query(self, criteria: CaseloadFilter) -> tuple[str, list[Any]]:
        """`SELECT p.id …` of the participants `criteria` picks, and its parameters: to use inside
        another query ("… WHERE participant_id IN (that)"), so a bulk read of their records is one
        query however many they are."""
        where, params = self._caseload_where(criteria)
        return f"SELECT p.id FROM participant p{where}", params

    def team_ids(self) -> list[str]:
        rows = self._store.conn.execute(
            "SELECT DISTINCT team_id FROM participant WHERE deleted = 0 ORDER BY team_id"
        )
        return [str(r[0]) for r in rows]

    def _caseload_where(self, criteria: CaseloadFilter) -> tuple[str, list[Any]]:
        clauses = ["p.deleted = 0"]
        params: list[Any] = []
        query = fts_prefix_query(criteria.text)
        if query:
            clauses.append("p.rid IN (SELECT rowid FROM participant_fts WHERE participant_fts MATCH ?)")
            params.append(query)
        elif criteria.text.strip():
            clauses.append("0")  # only punctuation typed: nothing can match
        if criteria.statuses:
            clauses.append(f"p.status IN ({', '.join('?' * len(criteria.statuses))})")
            params += sorted(s.value for s in criteria.statuses)
        if criteria.team_ids:
            clauses.append(f"p.team_id IN ({', '.join('?' * len(criteria.team_ids))})")
            params += sorted(criteria.team_ids)
        if criteria.case_managers is not None:
            clauses.append(f"p.case_manager IN ({', '.join('?' * len(criteria.case_managers)) or 'NULL'})")
            params += sorted(criteria.case_managers)
        if criteria.not_seen_for_days is not None:
            # The overdue rule (domain/contact_due.py): someone expected to be seen, with no contact
            # since the start of the laptop's day N-1 days ago. Stored times are ISO UTC with an
            # optional fraction, so a bound cut at the second compares as a string prefix.
            clauses.append(f"p.status IN ({', '.join('?' * len(EXPECTED_CONTACT))})")
            params += sorted(s.value for s in EXPECTED_CONTACT)
            cutoff = seen_since(today=criteria.today, overdue_days=criteria.not_seen_for_days)
            clauses.append(
                "NOT EXISTS (SELECT 1 FROM contact c WHERE c.participant_id = p.id AND c.deleted = 0"
                " AND c.occurred_at >= ?)"
            )
            params.append(to_utc(cutoff).strftime("%Y-%m-%dT%H:%M:%S"))
        return " WHERE " + " AND ".join(clauses), params

    @staticmethod
    def _caseload_row(row: Sequence[Any], today: date) -> CaseloadRow:
        last_contact = parse_iso(row[8]) if row[8] else None
        return CaseloadRow(
            id=row[0],
            first_name=row[1],
            last_name=row[2],
            preferred_name=row[3],
            aliases=tuple(json.loads(row[4])),
            status=ParticipantStatus(row[5]),
            team_id=row[6],
            case_manager=row[7],
            last_contact=last_contact,
            days_since_contact=days_since(last_contact, today=today),
            open_needs=int(row[9]),
            next_task_due=date.fromisoformat(row[10]) if row[10] else None,
        )
