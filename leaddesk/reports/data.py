"""What a report is computed from: the program's records as domain values (`ProgramData`, handed in by
the desk for a laptop's scope or by the server for the whole program) and the period asked for.

Every measure reads the same `Scope`: the live participants of the chosen team, their live records
grouped by participant, and their episodes. A tombstoned record counts nowhere; a record whose
participant is out of scope (another team, or deleted) counts nowhere either.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TypeVar

from leaddesk.domain import (
    Contact,
    ContactTime,
    Enrollment,
    HousingStatus,
    LegalEvent,
    Need,
    OutcomeSnapshot,
    Participant,
    ParticipantRecord,
    Referral,
    Service,
)
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.domain.program import DEFAULT_PROGRAM, ArrestCount, ProgramSettings, StaffMember

R = TypeVar("R", bound=ParticipantRecord)


class ReportRefused(ValueError):
    """A report cannot be computed as asked (a period that ends before it starts); the message says
    what to change."""


@dataclass(frozen=True)
class ProgramData:
    """Everything a program report reads, as domain values. Order does not matter; tombstones may be
    included (they are left out). `tz` is the program's calendar: the zone in which a time becomes a
    day (a contact at 23:30 on the 31st belongs to that month, a booking's days are counted on it);
    None is this computer's own zone, as the domain's day rules take it. The app and the server must
    use the same zone to get the same figures."""

    participants: Sequence[Participant] = ()
    enrollments: Sequence[Enrollment] = ()
    referrals: Sequence[Referral] = ()
    legal_events: Sequence[LegalEvent] = ()
    services: Sequence[Service] = ()
    contacts: Sequence[Contact | ContactTime] = ()  # the contact measures read only who and when
    needs: Sequence[Need] = ()
    housing: Sequence[HousingStatus] = ()
    outcomes: Sequence[OutcomeSnapshot] = ()
    settings: ProgramSettings = field(default_factory=lambda: DEFAULT_PROGRAM)
    arrest_counts: Sequence[ArrestCount] = ()
    roster: Sequence[StaffMember] = ()
    tz: tzinfo | None = UTC


@dataclass(frozen=True)
class Period:
    """The days a report covers, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ReportRefused(
                f"The report's period ends ({self.end.isoformat()}) before it starts "
                f"({self.start.isoformat()}); give the earlier date first."
            )

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def months(self) -> tuple[date, ...]:
        """The first day of every calendar month the period touches, in order."""
        out: list[date] = []
        month = self.start.replace(day=1)
        while month <= self.end:
            out.append(month)
            month = next_month(month)
        return tuple(out)

    def month_part(self, month: date) -> Period:
        """The days of `month` (its first day) inside this period."""
        return Period(max(self.start, month), min(self.end, next_month(month) - timedelta(days=1)))


def next_month(first: date) -> date:
    return date(first.year + first.month // 12, first.month % 12 + 1, 1)


def add_months(day: date, months: int) -> date:
    """The same day of the month `months` later (or earlier); the month's last day where it is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    first = date(year, month + 1, 1)
    last = (next_month(first) - timedelta(days=1)).day
    return first.replace(day=min(day.day, last))


@dataclass
class Episode:
    """One episode as the measures see it: an `Enrollment`, or for a participant recorded before
    episodes existed, the one their own fields describe (referred when recorded)."""

    participant_id: str
    referral_date: date
    entry_date: date | None
    engagement_date: date | None
    exit_date: date | None
    status: ParticipantStatus

    def open_on(self, day: date) -> bool:
        """In the caseload at the end of `day`: referred by then and not exited by then."""
        return self.referral_date <= day and (self.exit_date is None or self.exit_date > day)

    def served_in(self, period: Period) -> bool:
        """Open on at least one day of `period` (an exit on its first day still counts)."""
        return self.referral_date <= period.end and (self.exit_date is None or self.exit_date >= period.start)

    @property
    def intake(self) -> date:
        """The day the episode started for entry measures: its entry date, else its referral."""
        return self.entry_date or self.referral_date


@dataclass
class Scope:
    """The data of one report: the participants of the chosen team and their records, by participant."""

    data: ProgramData
    period: Period
    team: str | None
    participants: dict[str, Participant]
    episodes: dict[str, list[Episode]]
    by_participant: dict[type, dict[str, list[ParticipantRecord | ContactTime]]] = field(default_factory=dict)

    def day(self, moment: datetime) -> date:
        """The program's calendar day of a time."""
        return moment.astimezone(self.data.tz).date()

    def start_of(self, day: date) -> datetime:
        """The first moment of a day of the program's calendar, in UTC: a time falls on `day` or later
        exactly when it is at or after this (where a clock change skips midnight, the day begins when
        the clock does)."""
        midnight = datetime.combine(day, time.min)
        local = midnight.replace(tzinfo=self.data.tz) if self.data.tz is not None else midnight.astimezone()
        return local.astimezone(UTC)

    def records(self, kind: type[R]) -> list[R]:
        """Every live record of `kind` whose participant is in scope."""
        return [r for rows in self._grouped(kind).values() for r in rows]  # type: ignore[misc]

    def of(self, kind: type[R], participant_id: str) -> list[R]:
        return self._grouped(kind).get(participant_id, [])  # type: ignore[return-value]

    def contacts(self) -> Sequence[Contact | ContactTime]:
        """Every live contact whose participant is in scope: who and when (`ContactTime`'s fields) is
        all a contact measure may read, as a bulk read hands in no more."""
        return self.records(Contact)

    def contacts_of(self, participant_id: str) -> Sequence[Contact | ContactTime]:
        return self.of(Contact, participant_id)

    def _grouped(self, kind: type[R]) -> dict[str, list[ParticipantRecord | ContactTime]]:
        if kind not in self.by_participant:
            self.by_participant[kind] = _group(_source(self.data, kind), self.participants)
        return self.by_participant[kind]


def _source(data: ProgramData, kind: type[ParticipantRecord]) -> Sequence[ParticipantRecord | ContactTime]:
    sources: dict[type, Sequence[ParticipantRecord | ContactTime]] = {
        Referral: data.referrals,
        LegalEvent: data.legal_events,
        Service: data.services,
        Contact: data.contacts,
        Need: data.needs,
        HousingStatus: data.housing,
        OutcomeSnapshot: data.outcomes,
        Enrollment: data.enrollments,
    }
    return sources[kind]


def _group(
    rows: Iterable[ParticipantRecord | ContactTime], participants: dict[str, Participant]
) -> dict[str, list[ParticipantRecord | ContactTime]]:
    grouped: dict[str, list[ParticipantRecord | ContactTime]] = defaultdict(list)
    for row in rows:
        if not row.deleted and row.participant_id in participants:
            grouped[row.participant_id].append(row)
    return dict(grouped)


def scope_of(data: ProgramData, *, period: Period, team: str | None) -> Scope:
    participants = {
        p.id: p for p in data.participants if not p.deleted and (team is None or p.team_id == team)
    }
    enrollments = _group(data.enrollments, participants)
    episodes = {
        pid: _episodes(person, enrollments.get(pid, []))  # type: ignore[arg-type]
        for pid, person in participants.items()
    }
    return Scope(data=data, period=period, team=team, participants=participants, episodes=episodes)


def _episodes(person: Participant, enrollments: list[Enrollment]) -> list[Episode]:
    if not enrollments:
        return [
            Episode(
                participant_id=person.id,
                referral_date=min(d for d in (person.created_at.date(), person.engaged_on) if d is not None),
                entry_date=person.engaged_on,
                engagement_date=person.engaged_on,
                exit_date=person.exited_on,
                status=person.status,
            )
        ]
    ordered = sorted(enrollments, key=lambda e: (e.referral_date, e.created_at))
    return [
        Episode(
            participant_id=e.participant_id,
            referral_date=e.referral_date,
            entry_date=e.entry_date,
            engagement_date=e.engagement_date,
            exit_date=e.exit_date,
            status=e.status,
        )
        for e in ordered
    ]
