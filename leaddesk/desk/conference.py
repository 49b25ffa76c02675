"""Case conferencing, offline (issue 14): the agenda suggested from what the laptop holds, what of each
participant the attending partner agencies may see (through the disclosure gate, the intersection
over their agencies), and the meeting's end, which writes what was decided.

The agenda is a disclosure: finishing the meeting records one `disclosure` per identified participant
and attending agency (unless printing the agenda already recorded it), with the discussions, the tasks
and the legal-event updates, in one transaction. A participant no consent lets every agency hear about
is discussed without identifying details or left out, as the program's setting says."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from leaddesk.desk.base import UseCases
from leaddesk.desk.caseload import CaseloadFilter
from leaddesk.desk.changes import Done
from leaddesk.desk.disclosure import Disclosures, Review
from leaddesk.domain import ConferenceDiscussion, Consent, LegalEvent, Participant, SyncedRecord, Task
from leaddesk.domain.casework import Need, PlanGoal
from leaddesk.domain.clock import local_today
from leaddesk.domain.conference import (
    AGENDA_WINDOW_DAYS,
    CONFERENCE_PURPOSE,
    AgendaFacts,
    AgendaReason,
    Attendee,
    ConferenceWithoutConsent,
    SharedView,
    Suggestion,
    initials,
    referral_window,
    shared_with_all,
    suggest,
)
from leaddesk.domain.disclosure import DisclosureItem, GateDecision, Recipient, items_of
from leaddesk.domain.disclosure_codes import Delivery
from leaddesk.domain.enums import GoalStatus, LegalEventKind, NeedStatus, ProsecutorCoordination
from leaddesk.domain.ids import new_id

__all__ = [
    "Agenda",
    "AgendaEntry",
    "AgendaReason",
    "Attendee",
    "Conference",
    "ConferenceRefused",
    "ConferenceWithoutConsent",
    "Decision",
    "LegalUpdate",
    "Suggested",
    "TaskDecision",
]
SUGGESTION_LIMIT = 500


class ConferenceRefused(ValueError):
    """The meeting cannot be built or finished as asked; the message says why."""


@dataclass(frozen=True)
class Suggested:
    """A suggestion as the team's own laptop shows it while preparing the meeting (names included:
    this is the program's own screen, before anything is handed out)."""

    suggestion: Suggestion
    name: str


@dataclass(frozen=True)
class AgendaEntry:
    """One participant on the agenda, as the attendees may see them: `name` and `date_of_birth` only
    when identified; `shown` holds only what every attending agency may see."""

    participant_id: str
    number: int  # their place on the agenda: a de-identified participant is "Participant 3 (J. Q.)"
    identified: bool
    initials: str
    name: str
    date_of_birth: date | None
    team: str
    reasons: tuple[AgendaReason, ...]
    shown: tuple[tuple[DisclosureItem, SyncedRecord], ...]
    consent_ids: tuple[str, ...]
    reviews: tuple[Review, ...]  # per attending agency, limited to `shown`: what a disclosure records


@dataclass(frozen=True)
class Agenda:
    conference_id: str
    meeting_date: date
    attendees: tuple[Attendee, ...]
    entries: tuple[AgendaEntry, ...]
    left_out: int  # participants chosen but left off (the program's setting, no covering consent)

    def entry(self, participant_id: str) -> AgendaEntry:
        return next(e for e in self.entries if e.participant_id == participant_id)

    @property
    def reviews(self) -> list[Review]:
        """What handing the agenda out discloses: one review per identified participant and agency."""
        return [r for e in self.entries if e.identified for r in e.reviews]


@dataclass(frozen=True)
class TaskDecision:
    title: str
    assignee: str = ""
    due_on: date | None = None


@dataclass(frozen=True)
class LegalUpdate:
    legal_event_id: str
    coordination: ProsecutorCoordination


@dataclass(frozen=True)
class Decision:
    text: str = ""
    tasks: tuple[TaskDecision, ...] = ()
    legal_updates: tuple[LegalUpdate, ...] = field(default_factory=tuple)


class Conference(UseCases):
    def suggestions(self, *, today: date | None = None, overdue_days: int = 14) -> list[Suggested]:
        """Who the agenda suggests on `today`, each with every reason (domain/conference.py)."""
        day = today or local_today()
        repos = self._store.repos
        start = datetime.combine(day, time.min).astimezone()
        end = start + timedelta(days=AGENDA_WINDOW_DAYS + 1)  # to the end of the 14th day ahead
        courts = repos.agenda.court_dates(start=start, end=end, limit=SUGGESTION_LIMIT)
        not_seen = repos.participants.caseload(
            CaseloadFilter(not_seen_for_days=overdue_days, today=day), limit=SUGGESTION_LIMIT
        )
        since = datetime.combine(referral_window(day), time.min).astimezone()
        facts = AgendaFacts(
            court_dates=[(c.participant_id, c.at) for c in courts],
            to_coordinate=repos.conference.to_coordinate(limit=SUGGESTION_LIMIT),
            not_seen=[r.id for r in not_seen],
            new_referrals=repos.conference.referred_since(since, limit=SUGGESTION_LIMIT),
        )
        found = []
        for s in suggest(facts):
            person = repos.participants.get(s.participant_id)
            found.append(Suggested(s, _name(person)))
        return found

    def agenda(
        self, chosen: Sequence[Suggestion], *, attendees: Sequence[Attendee], on: date | None = None
    ) -> Agenda:
        """The agenda for `chosen` participants before `attendees` on `on` (today)."""
        day = on or local_today()
        agencies = self._agencies(attendees)
        setting = self._store.repos.program.settings().conference_without_consent
        entries: list[AgendaEntry] = []
        left_out = 0
        for pick in dict((s.participant_id, s) for s in chosen).values():
            entry = self._entry(pick, agencies=agencies, on=day, number=len(entries) + 1)
            if not entry.identified and setting is ConferenceWithoutConsent.LEAVE_OUT:
                left_out += 1
                continue
            entries.append(entry)
        return Agenda(new_id(), day, tuple(attendees), tuple(entries), left_out)

    def _agencies(self, attendees: Sequence[Attendee]) -> list[Recipient]:
        if not attendees:
            raise ConferenceRefused("Add the people attending the meeting before building its agenda.")
        listed = {a.code: a for a in self._store.repos.program.settings().partner_agencies if not a.retired}
        unknown = sorted({a.agency_code for a in attendees if a.is_partner and a.agency_code not in listed})
        if unknown:
            raise ConferenceRefused(
                f"{', '.join(unknown)} is not one of the program's partner agencies. Choose the agency "
                "from the program's list, or ask the office to add it."
            )
        codes = dict.fromkeys(a.agency_code for a in attendees if a.is_partner)
        return [Recipient(code=c, name=listed[c].label) for c in codes]

    def _entry(self, pick: Suggestion, *, agencies: list[Recipient], on: date, number: int) -> AgendaEntry:
        repos = self._store.repos
        person = repos.participants.get(pick.participant_id)
        records = self._agenda_records(person, on=on)
        items = [(i, r) for r in records for i in items_of(r)]
        consents = repos.consents.find(participant_id=person.id)
        view = shared_with_all(consents, agencies=agencies, items=[i for i, _ in items], on=on)
        keys = {i.key for i in view.shown}
        shown = tuple((i, r) for i, r in items if i.key in keys)
        return AgendaEntry(
            participant_id=person.id,
            number=number,
            identified=view.identified,
            initials=initials(person.first_name, person.last_name),
            name=_name(person) if view.identified else "",
            date_of_birth=person.date_of_birth if view.identified else None,
            team=person.team_id,
            reasons=pick.reasons,
            shown=shown,
            consent_ids=view.consent_ids,
            reviews=_reviews(view, person=person, shown=shown, consents=consents),
        )

    def _agenda_records(self, person: Participant, *, on: date) -> list[SyncedRecord]:
        """What an agenda speaks of: the person, their referral, the legal events ahead or to
        coordinate, their open needs and active plan goals (never notes: a meeting is not a file)."""
        repos = self._store.repos
        records: list[SyncedRecord] = [person, *repos.referrals.find(participant_id=person.id)]
        for event in repos.legal_events.find(participant_id=person.id):
            assert isinstance(event, LegalEvent)
            ahead = event.kind is LegalEventKind.COURT_DATE and event.occurred_at.date() >= on
            if ahead or event.prosecutor_coordination is ProsecutorCoordination.TO_COORDINATE:
                records.append(event)
        needs = repos.needs.find(participant_id=person.id, where={"status": NeedStatus.OPEN.value})
        goals = repos.goals.find(participant_id=person.id, where={"status": GoalStatus.ACTIVE.value})
        records += [n for n in needs if isinstance(n, Need)]
        return records + [g for g in goals if isinstance(g, PlanGoal)]

    def finish(
        self, agenda: Agenda, *, decisions: Mapping[str, Decision], printed: Collection[str] = ()
    ) -> Done[list[ConferenceDiscussion]]:
        """Write the meeting: each participant's discussion, the tasks and legal-event updates its
        decisions became, and the disclosure of the agenda to each agency for each identified
        participant not already in `printed` (whose printed agenda recorded it), all or nothing."""
        for pid in decisions:
            if not any(e.participant_id == pid for e in agenda.entries):
                raise ConferenceRefused("A decision names a participant who is not on this meeting's agenda.")
        return self._write(lambda: self._finish(agenda, decisions=decisions, printed=printed))

    def _finish(
        self, agenda: Agenda, *, decisions: Mapping[str, Decision], printed: Collection[str]
    ) -> list[ConferenceDiscussion]:
        repos = self._store.repos
        made = []
        for entry in agenda.entries:
            decision = decisions.get(entry.participant_id, Decision())
            tasks = [repos.tasks.create(_task(entry.participant_id, t)) for t in decision.tasks]
            for update in decision.legal_updates:
                event = repos.legal_events.get(update.legal_event_id)
                if event.participant_id != entry.participant_id:
                    raise ConferenceRefused("A legal-event update names another participant's event.")
                repos.legal_events.update(event.id, {"prosecutor_coordination": update.coordination})
            made.append(
                repos.discussions.create(
                    ConferenceDiscussion(
                        participant_id=entry.participant_id,
                        conference_id=agenda.conference_id,
                        meeting_date=agenda.meeting_date,
                        team=entry.team,
                        attendees=list(agenda.attendees),
                        identified=entry.identified,
                        consent_ids=list(entry.consent_ids),
                        reasons=list(entry.reasons),
                        decisions=decision.text,
                        task_ids=[t.id for t in tasks],
                        legal_event_ids=list(dict.fromkeys(u.legal_event_id for u in decision.legal_updates)),
                    )
                )
            )
        handed = [r for r in agenda.reviews if r.participant.id not in printed]
        if handed:
            Disclosures(self._store).record_many(
                handed, delivery=Delivery.IN_PERSON, description=agenda_description(agenda)
            )
        return made

    def of(self, participant_id: str) -> list[ConferenceDiscussion]:
        """The participant's case-conference discussions, latest meeting first."""
        found: list[ConferenceDiscussion] = self._store.repos.discussions.find(
            participant_id=participant_id, descending=True
        )
        return found


def _task(participant_id: str, decided: TaskDecision) -> Task:
    return Task(
        participant_id=participant_id, title=decided.title, assignee=decided.assignee, due_on=decided.due_on
    )


def _name(person: Participant) -> str:
    """As the caseload names a person: "Last, Preferred-or-first"."""
    return f"{person.last_name}, {person.preferred_name or person.first_name}"


def agenda_description(agenda: Agenda) -> str:
    """What a disclosure of the agenda says it was (the accounting of 42 CFR 2.25 shows it)."""
    return f"Case conference agenda, {agenda.meeting_date.isoformat()}"


def _reviews(
    view: SharedView, *, person: Participant, shown: tuple[tuple[DisclosureItem, SyncedRecord], ...],
    consents: list[Consent],
) -> tuple[Review, ...]:  # fmt: skip
    if not view.identified or not shown:
        return ()
    keys = {i.key for i, _ in shown}
    records = {i.key: r for i, r in shown}
    made = []
    for gate in view.per_agency:
        limited = GateDecision(
            recipient=gate.recipient,
            purpose=CONFERENCE_PURPOSE,
            on=gate.on,
            decisions=tuple(d for d in gate.decisions if d.item.key in keys),
        )
        made.append(Review(participant=person, decision=limited, records=records, consents=consents))
    return tuple(made)
