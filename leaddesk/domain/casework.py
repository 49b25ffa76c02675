"""The records a case manager keeps around a participant: referral, needs, plan, contacts, services,
legal events, housing history and tasks."""

from __future__ import annotations

from datetime import date
from typing import Annotated, ClassVar, Self

from pydantic import Field, model_validator

from leaddesk.domain.base import (
    LIST_MAX,
    DomainModel,
    MediumText,
    ParticipantRecord,
    RequiredMediumText,
    RequiredShortText,
    ShortText,
    UtcDateTime,
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
    entity: ClassVar[str] = "referral"

    door: ReferralDoor
    referred_at: UtcDateTime
    place: ShortText = ""
    referring_officer: ShortText = ""
    referring_agency: ShortText = ""
    offence: MediumText = ""
    warm_handoff_at: UtcDateTime | None = None
    sent_to_prosecutor_on: date | None = None
    intake_deadline: date | None = None

    @model_validator(mode="after")
    def _handoff_after_referral(self) -> Self:
        if self.warm_handoff_at is not None and self.warm_handoff_at < self.referred_at:
            raise ValueError("warm_handoff_at: the hand-off cannot come before the referral")
        return self


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


class Service(ParticipantRecord):
    entity: ClassVar[str] = "service"

    delivered_on: date
    kind: ServiceKind
    provider: ShortText = ""
    is_referral: bool = False  # a referral made, as opposed to a service delivered by the team
    outcome: MediumText = ""


class LegalEvent(ParticipantRecord):
    entity: ClassVar[str] = "legal_event"

    kind: LegalEventKind
    occurred_at: UtcDateTime  # for a court date: when it is scheduled
    case_number: ShortText = ""
    court: ShortText = ""
    description: MediumText = ""
    prosecutor_coordination: ProsecutorCoordination = ProsecutorCoordination.NOT_NEEDED


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
