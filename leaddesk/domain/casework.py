"""The records a case manager keeps around a participant: referral, needs, plan, contacts, services,
legal events, housing history and tasks."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Annotated, ClassVar, NamedTuple, Self

from pydantic import Field, model_validator

from leaddesk.domain.base import (
    LIST_MAX,
    DomainModel,
    MediumText,
    Money,
    ParticipantRecord,
    PastDate,
    RecordId,
    RequiredMediumText,
    RequiredShortText,
    ShortText,
    UtcDateTime,
)
from leaddesk.domain.casework_codes import (
    ChargeLevel,
    Disposition,
    HandoffOutcome,
    LegalSource,
    ProsecutorDecision,
    ReferralAcceptance,
)
from leaddesk.domain.enums import (
    ContactKind,
    GoalStatus,
    LegalEventKind,
    LivingSituation,
    NeedDomain,
    NeedStatus,
    ProsecutorCoordination,
    ReferralDoor,
    ServiceKind,
    Urgency,
)


class Referral(ParticipantRecord):
    """How the participant came to the program. The program's lists (referring agencies, precincts,
    offence categories) are stored by their code (domain/program.py `CatalogueEntry`); where the program
    has no list yet, or for a referral written before there was one, the same field holds the text a
    person typed, so nothing already recorded is lost."""

    entity: ClassVar[str] = "referral"

    door: ReferralDoor
    referred_at: UtcDateTime
    place: ShortText = ""
    referring_officer: ShortText = ""  # the officer's name
    officer_badge: ShortText = ""
    referring_agency: ShortText = ""  # free text, as written before the program's list existed
    agency_code: ShortText = ""  # a code of the program's referring agencies, or the agency as typed
    precinct: ShortText = ""  # a code of the program's precincts, or the precinct as typed
    beat: ShortText = ""
    offence_category: ShortText = ""  # a code of the program's offence categories, or as typed
    offence: MediumText = ""  # the offence or probable cause in words
    warm_handoff_at: UtcDateTime | None = None
    acceptance: ReferralAcceptance = ReferralAcceptance.PENDING
    acceptance_on: PastDate | None = None
    sent_to_prosecutor_on: date | None = None
    intake_deadline: date | None = None
    # The prosecutor's decision on the case the referral set aside; None: no case went to one.
    prosecutor_decision: ProsecutorDecision | None = None
    prosecutor_name: ShortText = ""
    prosecutor_decided_on: PastDate | None = None
    prosecutor_note: MediumText = ""
    # An officer's referral from the office server's referral page (issue 19); empty for one typed in
    # on a laptop. What the officer saw, how to find the person, whether they agreed to meet a case
    # manager, and how to reach the officer for the hand-off.
    officer_username: ShortText = ""
    observed: MediumText = ""
    person_description: MediumText = ""
    agreed_to_meet: bool | None = None
    officer_contact: ShortText = ""
    # What came of the hand-off, and when (a meeting is also the warm hand-off above).
    handoff_outcome: HandoffOutcome = HandoffOutcome.PENDING
    handoff_outcome_at: UtcDateTime | None = None
    # The referral this one was moved from, when the person it was sent for turned out to be someone
    # already in the program: a record's participant never changes, so a merge copies the referral onto
    # them and leaves the first as a tombstone (desk/handoffs.py). The officer's list follows it here.
    merged_from: RecordId | None = None

    @property
    def from_officer(self) -> bool:
        """Sent by an officer from the referral page, not typed in by staff."""
        return bool(self.officer_username)

    @property
    def warm_handoff_minutes(self) -> int | None:
        return warm_handoff_minutes(self.referred_at, self.warm_handoff_at)

    @model_validator(mode="after")
    def _handoff_after_referral(self) -> Self:
        if self.warm_handoff_at is not None and self.warm_handoff_at < self.referred_at:
            raise ValueError("warm_handoff_at: the hand-off cannot come before the referral")
        return self

    @model_validator(mode="after")
    def _handoff_outcome_has_its_time(self) -> Self:
        pending = self.handoff_outcome is HandoffOutcome.PENDING
        if pending != (self.handoff_outcome_at is None):
            raise ValueError(
                "handoff_outcome_at: a hand-off still pending has no time; a met, not located or declined "
                "one has the time it was marked"
            )
        if self.handoff_outcome_at is not None and self.handoff_outcome_at < self.referred_at:
            raise ValueError("handoff_outcome_at: the outcome cannot come before the referral")
        return self

    @model_validator(mode="after")
    def _decisions_have_dates_that_fit(self) -> Self:
        if self.acceptance is ReferralAcceptance.PENDING and self.acceptance_on is not None:
            raise ValueError("acceptance_on: a referral still pending has no date of acceptance")
        if self.prosecutor_decided_on is not None and self.prosecutor_decision in (
            None,
            ProsecutorDecision.PENDING,
        ):
            raise ValueError("prosecutor_decided_on: a decision still pending has no date")
        return self


def warm_handoff_minutes(referred_at: datetime, handed_off_at: datetime | None) -> int | None:
    """Whole minutes from the referral to the warm hand-off (the LEAD toolkit's "ideally within 30
    minutes"), rounded down; None when there was no hand-off."""
    if handed_off_at is None:
        return None
    return int((handed_off_at - referred_at).total_seconds() // 60)


class Need(ParticipantRecord):
    entity: ClassVar[str] = "need"

    domain: NeedDomain
    description: MediumText = ""
    rank: int = Field(default=1, ge=1, le=99, description="the participant's own priority; 1 comes first")
    urgency: Urgency = Urgency.MEDIUM
    status: NeedStatus = NeedStatus.OPEN


class ProgressEntry(DomainModel):
    on: date
    text: RequiredMediumText


class PlanGoal(ParticipantRecord):
    """One goal of the Individual Intervention Plan, in the participant's own words."""

    entity: ClassVar[str] = "plan_goal"

    goal: RequiredMediumText
    domain: NeedDomain = NeedDomain.OTHER
    steps: list[RequiredShortText] = Field(default_factory=list, max_length=LIST_MAX)
    target_date: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    progress: list[ProgressEntry] = Field(default_factory=list, max_length=500)


Latitude = Annotated[float, Field(ge=-90, le=90)]
Longitude = Annotated[float, Field(ge=-180, le=180)]


class Contact(ParticipantRecord):
    entity: ClassVar[str] = "contact"

    occurred_at: UtcDateTime
    minutes: int = Field(default=0, ge=0, le=24 * 60)
    place: ShortText = ""
    latitude: Latitude | None = None
    longitude: Longitude | None = None
    kind: ContactKind
    staff_present: list[RequiredShortText] = Field(default_factory=list, max_length=20)
    outcome: MediumText = ""

    @model_validator(mode="after")
    def _coordinates_pair(self) -> Self:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("latitude: coordinates need both latitude and longitude")
        return self


class ContactTime(NamedTuple):
    """What the program's contact measures read of a contact: whose it was and when it happened (and
    whether it was deleted, as every record says). A report of a whole program reads a hundred thousand
    contacts or more; reading just these instead of the whole record is most of its time saved."""

    participant_id: str
    occurred_at: datetime
    deleted: bool = False


class Service(ParticipantRecord):
    entity: ClassVar[str] = "service"

    delivered_on: date
    kind: ServiceKind
    provider: ShortText = ""
    is_referral: bool = False  # a referral made, as opposed to a service delivered by the team
    outcome: MediumText = ""
    amount: Money | None = None  # what it cost the program, to the cent
    units: int | None = Field(default=None, ge=1, le=10_000)  # nights, passes, hours: as the kind counts
    funding_source: ShortText = ""  # a code of the program's service catalogue, or the source as typed


class LegalEvent(ParticipantRecord):
    """A contact with the legal system. A booking carries its own release (`released_at`): one stay is
    one record, so jail days come from one record, a release can never name a booking this laptop
    does not hold, and two people recording one release meet as a field conflict, not as two releases.
    (`LegalEventKind.RELEASE` stays for records written before; new releases go on their booking.)"""

    entity: ClassVar[str] = "legal_event"

    kind: LegalEventKind
    occurred_at: UtcDateTime  # for a court date: when it is scheduled; for a booking: when booked
    released_at: UtcDateTime | None = None  # a booking's release; None while the stay is open
    case_number: ShortText = ""
    court: ShortText = ""
    description: MediumText = ""
    prosecutor_coordination: ProsecutorCoordination = ProsecutorCoordination.NOT_NEEDED
    charge_level: ChargeLevel = ChargeLevel.UNKNOWN
    disposition: Disposition | None = None  # None: not a case event, or not recorded
    source: LegalSource | None = None  # None: written before the source was asked

    @model_validator(mode="after")
    def _release_belongs_to_a_booking(self) -> Self:
        if self.released_at is not None:
            if self.kind is not LegalEventKind.BOOKING:
                raise ValueError("released_at: only a booking has a release")
            if self.released_at < self.occurred_at:
                raise ValueError("released_at: the release cannot come before the booking")
        return self


def jail_days(booking: LegalEvent, *, tz: tzinfo | None = None) -> int | None:
    """Days in jail for one booking, counted as jails count them: every calendar day the person spent
    any part of in custody, the booking's and the release's days included (booked at 23:50 and released
    at 00:10 is two days; booked and released the same day is one). Calendar days are those of `tz`
    (None: this computer's zone). None while the booking is open: an open stay is reported as open,
    never counted to today. Not a booking: ValueError."""
    if booking.kind is not LegalEventKind.BOOKING:
        raise ValueError("jail days are counted for a booking")
    if booking.released_at is None:
        return None
    booked = booking.occurred_at.astimezone(tz).date()
    released = booking.released_at.astimezone(tz).date()
    return (released - booked).days + 1


@dataclass(frozen=True)
class JailTime:
    """What an evaluator counts of a participant's bookings: days in jail over the closed stays, how
    many stays that is, and how many are still open (reported as open, never counted to today)."""

    days: int
    stays: int
    open_stays: int


def jail_time(events: Iterable[LegalEvent], *, tz: tzinfo | None = None) -> JailTime:
    """The sum of `jail_days` over the live bookings among `events`."""
    days = stays = still_open = 0
    for event in events:
        if event.deleted or event.kind is not LegalEventKind.BOOKING:
            continue
        counted = jail_days(event, tz=tz)
        if counted is None:
            still_open += 1
        else:
            days, stays = days + counted, stays + 1
    return JailTime(days=days, stays=stays, open_stays=still_open)


class HousingStatus(ParticipantRecord):
    """One dated entry of a housing history; a change of situation is a new entry, never an edit."""

    entity: ClassVar[str] = "housing_status"
    immutable_fields: ClassVar[frozenset[str]] = ParticipantRecord.immutable_fields | {
        "effective_on",
        "situation",
    }

    effective_on: date
    situation: LivingSituation
    notes: MediumText = ""


class Task(ParticipantRecord):
    entity: ClassVar[str] = "task"

    title: RequiredShortText
    due_on: date | None = None
    assignee: ShortText = ""
    done: bool = False
    done_at: UtcDateTime | None = None

    @model_validator(mode="after")
    def _done_has_time(self) -> Self:
        if not self.done and self.done_at is not None:
            raise ValueError("done_at: an open task has no completion time")
        return self
