"""A participant's file as the screens see it: opening it (the one audited view of the record, with all
the page shows at once), the header's facts, the new-participant dialog's creation and its choices
(teams from the user's enrolment, case managers from the program's roster: never typed).

The header's "overdue" follows domain/contact_due.py, the rule the caseload and Today follow too, so a
person reads the same on every screen."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from leaddesk.desk.base import UseCases
from leaddesk.desk.caseload import Caseload
from leaddesk.desk.changes import Done
from leaddesk.desk.notes import TimelineNote, with_addenda
from leaddesk.desk.program import Program
from leaddesk.desk.record import Record, StatusFacts
from leaddesk.domain import Enrollment, Need, Participant, PlanGoal, ProgressEntry
from leaddesk.domain.clock import local_today
from leaddesk.domain.consent import is_valid_on
from leaddesk.domain.contact_due import days_since, is_overdue
from leaddesk.domain.enums import ConsentKind, LegalEventKind, ParticipantStatus
from leaddesk.domain.episodes import StatusChangeRefused
from leaddesk.domain.program import StaffMember
from leaddesk.storage.repositories.participants import CaseloadRow
from leaddesk.storage.sync_state import SyncState

__all__ = [
    "COURT_SOON_DAYS",
    "TIMELINE_PAGE",
    "CaseloadRow",
    "HeaderFacts",
    "ParticipantFile",
    "Participants",
    "StaffMember",
    "StatusFacts",
]

COURT_SOON_DAYS = 14
TIMELINE_PAGE = 100  # notes in the first page of the timeline (and each page after it)


@dataclass(frozen=True)
class HeaderFacts:
    """What the page's header says about a participant."""

    participant: Participant
    last_contact: datetime | None
    days_since_contact: int | None  # on the laptop's calendar (domain/contact_due.py)
    overdue: bool
    cj_consent_until: date | str | None  # a date, or the expiry event; None when no such consent is in force
    sensitive_sud: bool
    next_court_date: datetime | None  # within COURT_SOON_DAYS
    standing: StatusFacts  # their status from their current episode, and since when
    case_manager: str = ""  # the case manager's name from the roster (the record holds the username)


@dataclass(frozen=True)
class ParticipantFile:
    """Everything the participant page shows when it opens: the header, the overview's needs (in the
    participant's order) and goals, and the first page of the notes timeline."""

    header: HeaderFacts
    needs: list[Need]
    goals: list[PlanGoal]
    note_count: int
    notes: list[TimelineNote]  # newest first, at most TIMELINE_PAGE, with their addenda counts
    episodes: list[Enrollment]  # newest first

    @property
    def participant(self) -> Participant:
        return self.header.participant


class Participants(UseCases):
    def open_file(self, participant_id: str, *, today: date | None = None) -> ParticipantFile:
        """Open a participant's file for a person to read: audited as one view (RecordNotFound if the
        participant is not on this laptop)."""
        participant = self._store.repos.participants.open(participant_id)
        notes = self._store.repos.notes.timeline(participant_id, limit=TIMELINE_PAGE)
        episodes = Record(self._store).episodes(participant_id)
        return ParticipantFile(
            header=self._facts(participant, today=today or local_today(), episodes=episodes),
            needs=self.needs(participant_id),
            goals=self.goals(participant_id),
            note_count=self._store.repos.notes.count(participant_id=participant_id),
            notes=with_addenda(self._store, notes),
            episodes=episodes,
        )

    def get(self, participant_id: str) -> Participant:
        """The participant's record without counting as a view (the page re-reading after a change)."""
        participant: Participant = self._store.repos.participants.get(participant_id)
        return participant

    def header(self, participant_id: str, *, today: date | None = None) -> HeaderFacts:
        """The header's facts again, after a change (not a new view)."""
        return self._facts(self.get(participant_id), today=today or local_today())

    def needs(self, participant_id: str) -> list[Need]:
        """Open needs in the participant's own order, then the met or closed ones."""
        found: list[Need] = self._store.repos.needs.find(
            participant_id=participant_id, order_by=("rank", "created_at")
        )
        return [n for n in found if n.status.is_open] + [n for n in found if not n.status.is_open]

    def goals(self, participant_id: str) -> list[PlanGoal]:
        found: list[PlanGoal] = self._store.repos.goals.find(participant_id=participant_id)
        return found

    def rank_needs(self, ranks: Mapping[str, int]) -> Done[list[Need]]:
        """New ranks for needs (need id -> rank) in one transaction: a reorder lands whole or not at all."""
        return self._write(
            lambda: [
                self._store.repos.needs.update(need_id, {"rank": rank}) for need_id, rank in ranks.items()
            ]
        )

    def add_progress(self, goal_id: str, *, on: date, text: str) -> Done[PlanGoal]:
        """Add a dated entry to a goal's progress log, kept in date order (ValidationError names what is
        wrong, and nothing is written)."""

        def work() -> PlanGoal:
            goal = self._store.repos.goals.get(goal_id)
            progress = sorted([*goal.progress, ProgressEntry(on=on, text=text)], key=lambda e: e.on)
            saved: PlanGoal = self._store.repos.goals.update(goal_id, {"progress": progress})
            return saved

        return self._write(work)

    def create(self, participant: Participant, *, referral_date: date | None = None) -> Done[Participant]:
        """A new participant (the new-participant dialog), referred, with their first episode made in
        the same transaction (referred on `referral_date`, else today)."""
        if participant.status is not ParticipantStatus.REFERRED:
            raise StatusChangeRefused(
                "A new participant starts as referred; change their status once their record exists."
            )

        def work() -> Participant:
            saved: Participant = self._store.repos.participants.create(participant)
            episode = Enrollment(participant_id=saved.id, referral_date=referral_date or local_today())
            self._store.repos.enrollments.create(episode)
            return saved

        return self._write(work)

    def team_ids(self) -> list[str]:
        """The teams of the participants on this laptop."""
        return self._store.repos.participants.team_ids()

    def team_choices(self) -> list[str]:
        """The teams a new participant may join: the user's own, as the server enrolled them (a team
        typed by hand could be one the server does not know, and its records would never sync); before
        enrolment, the teams already on this laptop."""
        enrolment = SyncState(self._store).enrolment
        if enrolment is not None and enrolment.user.teams:
            return sorted(enrolment.user.teams)
        return self.team_ids()

    def case_manager_choices(self, team: str) -> list[StaffMember]:
        """Who can be a participant's case manager in `team`: the active staff of the program's roster
        in that team; with no roster yet, the user themself."""
        staff = [s for s in Program(self._store).roster() if s.active and team in s.teams]
        if staff:
            return sorted(staff, key=lambda s: s.display_name.casefold())
        program = Program(self._store)
        me = program.me()
        shown = program.display_name(me) if me != self._store.user else me
        teams = [team] if team else []
        return [StaffMember(username=me, display_name=shown, role="case_manager", teams=teams)]

    def _facts(
        self, participant: Participant, *, today: date, episodes: list[Enrollment] | None = None
    ) -> HeaderFacts:
        """The header's facts; `episodes` (newest first) if they have been read already."""
        pid = participant.id
        repos = self._store.repos
        record = Record(self._store)
        contacts = repos.contacts.find(
            participant_id=pid, order_by=("occurred_at",), descending=True, limit=1
        )
        last = contacts[0].occurred_at if contacts else None
        days = days_since(last, today=today)

        consents = repos.consents.find(participant_id=pid, where={"kind": ConsentKind.CRIMINAL_JUSTICE})
        active = [c for c in consents if is_valid_on(c, today)]
        until: date | str | None = None
        if active:
            dated = [c.expires_on for c in active if c.expires_on]
            until = max(dated) if dated else active[0].expiry_event

        court_dates = repos.legal_events.find(participant_id=pid, where={"kind": LegalEventKind.COURT_DATE})
        soon = [
            e.occurred_at
            for e in court_dates
            if today <= e.occurred_at.astimezone().date() <= today + timedelta(days=COURT_SOON_DAYS)
        ]
        return HeaderFacts(
            participant=participant,
            last_contact=last,
            days_since_contact=days,
            overdue=is_overdue(participant.status, days, overdue_days=Caseload(self._store).overdue_days()),
            cj_consent_until=until,
            sensitive_sud=repos.notes.count(participant_id=pid, where={"sensitive_sud": True}) > 0,
            next_court_date=min(soon) if soon else None,
            standing=record.status_of(participant, record.episodes(pid) if episodes is None else episodes),
            case_manager=Program(self._store).display_name(participant.case_manager),
        )
