"""Caseloads per case manager against the program's standard and maximum, and who has not been seen
for 14 days: what a supervisor looks at every week."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from leaddesk.domain.assignment import CaseloadLevel, check_caseload
from leaddesk.domain.contact_due import DEFAULT_OVERDUE_DAYS
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.domain.program import StaffMember
from leaddesk.reports.data import Episode, Scope

CASE_MANAGER_ROLE = "case_manager"


@dataclass(frozen=True)
class CaseloadRow:
    case_manager: str  # the username records keep; "" for participants with no case manager
    name: str  # as people see them (the roster's display name)
    open_at_end: int  # participants in their caseload at the end of the period
    served: int  # participants in their caseload on any day of the period
    standard: int  # their own capacity, or the program's standard
    maximum: int
    level: CaseloadLevel


@dataclass(frozen=True)
class CaseloadReport:
    as_of: date
    standard: int  # the program's standard (the top of the 12-15 band)
    maximum: int
    rows: tuple[CaseloadRow, ...]

    @property
    def open_at_end(self) -> int:
        return sum(r.open_at_end for r in self.rows)

    @property
    def served(self) -> int:
        return sum(r.served for r in self.rows)

    @property
    def above_maximum(self) -> tuple[CaseloadRow, ...]:
        return tuple(r for r in self.rows if r.level is CaseloadLevel.ABOVE_MAXIMUM)


def current_episode(episodes: list[Episode], day: date) -> Episode | None:
    """The episode open at the end of `day`, if any."""
    return next((e for e in reversed(episodes) if e.open_on(day)), None)


def caseload(scope: Scope) -> CaseloadReport:
    """Caseload per case manager. A participant is in a case manager's caseload at the end of the
    period when an episode of theirs is open then: referred on or before the period's last day and not
    exited by it (an exit on the last day has left it), whatever their status (referred, engaged,
    active, inactive or in the wind), as the reassignment check counts them. "Served" counts everyone
    in the caseload on at least one day of the period. The case manager is the participant's as
    recorded now (the record keeps no history of reassignments). Each case manager is held to their own
    capacity where the roster gives one, else to the program's standard, and to the program's
    maximum; above the maximum is flagged. Case managers on the roster with no one in their caseload
    are listed with 0."""
    period, settings = scope.period, scope.data.settings
    open_at_end: Counter[str] = Counter()
    served: Counter[str] = Counter()
    for pid, person in scope.participants.items():
        episodes = scope.episodes[pid]
        if current_episode(episodes, period.end) is not None:
            open_at_end[person.case_manager] += 1
        if any(e.served_in(period) for e in episodes):
            served[person.case_manager] += 1
    roster = {m.username: m for m in scope.data.roster}
    team = scope.team
    listed = set(served) | {
        m.username
        for m in scope.data.roster
        if m.role == CASE_MANAGER_ROLE and m.active and (team is None or team in m.teams)
    }
    rows = []
    for username in sorted(listed, key=lambda u: (u == "", _name(roster, u).casefold(), u)):
        member = roster.get(username)
        check = check_caseload(
            case_manager=_name(roster, username),
            open_after=open_at_end[username],
            capacity=member.caseload_capacity if member else None,
            program=settings,
        )
        rows.append(
            CaseloadRow(
                case_manager=username,
                name=check.case_manager,
                open_at_end=open_at_end[username],
                served=served[username],
                standard=check.standard,
                maximum=check.maximum,
                level=check.level,
            )
        )
    return CaseloadReport(
        as_of=period.end,
        standard=settings.caseload_standard,
        maximum=settings.caseload_maximum,
        rows=tuple(rows),
    )


def _name(roster: dict[str, StaffMember], username: str) -> str:
    member = roster.get(username)
    if member is None:
        return username or "No case manager"
    return member.display_name


@dataclass(frozen=True)
class NotSeen:
    participant_id: str
    name: str  # identified: for the program's own screens, never an outside report
    case_manager: str
    last_contact: date | None  # None: never seen
    days: int | None


@dataclass(frozen=True)
class NotSeenReport:
    as_of: date
    overdue_days: int
    expected: int  # participants the team was expected to keep seeing at the period's end
    rows: tuple[NotSeen, ...]

    def by_case_manager(self) -> dict[str, int]:
        return dict(Counter(r.case_manager for r in self.rows))


def not_seen(scope: Scope) -> NotSeenReport:
    """Participants not seen in 14 days, as of the end of the period: those in the caseload then (an
    episode open at the end of its last day) whose episode is not marked inactive, with no contact on
    the last 14 calendar days up to and including that day, or none ever. Days are counted on the
    program's calendar, as the caseload's overdue flag counts them."""
    end = scope.period.end
    cutoff = scope.start_of(end + timedelta(days=1))
    rows: list[NotSeen] = []
    expected = 0
    for pid, person in scope.participants.items():
        episode = current_episode(scope.episodes[pid], end)
        if episode is None or episode.status is ParticipantStatus.INACTIVE:
            continue
        expected += 1
        seen = [c.occurred_at for c in scope.contacts_of(pid) if c.occurred_at < cutoff]
        last = scope.day(max(seen)) if seen else None
        days = None if last is None else (end - last).days
        if days is None or days >= DEFAULT_OVERDUE_DAYS:
            rows.append(NotSeen(pid, person.display_name, person.case_manager, last, days))
    rows.sort(key=lambda r: (r.days is not None, -(r.days or 0), r.name.casefold()))
    return NotSeenReport(as_of=end, overdue_days=DEFAULT_OVERDUE_DAYS, expected=expected, rows=tuple(rows))
