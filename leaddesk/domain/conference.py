"""Case conferencing (the Operational Work Group meeting): the record of one participant's discussion at
a meeting, and the pure rules that build a meeting's agenda.

A meeting is stored as one `conference_discussion` per participant discussed, all sharing the meeting's
`conference_id`: sync scope is per participant (a team's laptops hold only their participants), so a
meeting record that named several participants could reach no laptop whole. Each discussion repeats the
meeting's date, team and attendees, says whether the participant was discussed by name (identified,
under the consents it lists) or without identifying details, and holds the decisions taken and the
tasks and legal events they became.

Which participants to suggest (`suggest`) is pure: the desk hands it what the laptop holds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import ClassVar, Self

from pydantic import Field, model_validator

from leaddesk.domain.base import (
    LIST_MAX,
    DomainModel,
    MediumText,
    ParticipantRecord,
    RecordId,
    RequiredShortText,
    ShortText,
)
from leaddesk.domain.consent import Consent
from leaddesk.domain.disclosure import DisclosureItem, GateDecision, Recipient, evaluate
from leaddesk.domain.disclosure_codes import DisclosurePurpose

# What a case conference with police, prosecutors and jail health is for (42 CFR 2.35 consents).
CONFERENCE_PURPOSE = DisclosurePurpose.CRIMINAL_JUSTICE
AGENDA_WINDOW_DAYS = 14  # court dates ahead, referrals behind: the fortnight between two meetings
PROGRAM_STAFF = ""  # an attendee's agency code when they are the program's own staff


class ConferenceWithoutConsent(StrEnum):
    """What the program does with a participant no consent lets every attending agency hear about."""

    DEIDENTIFY = "deidentify"  # discussed without identifying details
    LEAVE_OUT = "leave_out"  # not on the agenda at all


class AgendaReason(StrEnum):
    """Why a participant is suggested for the agenda."""

    COURT_DATE = "court_date"  # a court date in the next 14 days
    COORDINATE = "coordinate"  # a legal event marked to coordinate with the prosecutor
    NOT_SEEN = "not_seen"  # due a contact (domain/contact_due.py)
    NEW_REFERRAL = "new_referral"  # referred in the last 14 days
    ADDED = "added"  # added by hand at the meeting


class Attendee(DomainModel):
    """Someone at the meeting: by name, and their partner agency's code (PROGRAM_STAFF: the program's own
    staff, to whom nothing is disclosed)."""

    name: RequiredShortText
    agency_code: ShortText = PROGRAM_STAFF

    @property
    def is_partner(self) -> bool:
        return self.agency_code != PROGRAM_STAFF


class ConferenceDiscussion(ParticipantRecord):
    """One participant's part of a case conference."""

    entity: ClassVar[str] = "conference_discussion"
    # What the meeting was stays as written; decisions and what they became may be corrected.
    immutable_fields: ClassVar[frozenset[str]] = ParticipantRecord.immutable_fields | {
        "conference_id",
        "meeting_date",
        "team",
        "identified",
        "consent_ids",
    }

    conference_id: RecordId  # shared by every discussion of one meeting
    meeting_date: date
    team: ShortText = ""
    attendees: list[Attendee] = Field(min_length=1, max_length=LIST_MAX)
    identified: bool  # discussed by name; False: without identifying details
    consent_ids: list[RecordId] = Field(default_factory=list, max_length=LIST_MAX)
    reasons: list[AgendaReason] = Field(default_factory=list, max_length=len(AgendaReason))
    decisions: MediumText = ""
    task_ids: list[RecordId] = Field(default_factory=list, max_length=LIST_MAX)
    legal_event_ids: list[RecordId] = Field(default_factory=list, max_length=LIST_MAX)

    @model_validator(mode="after")
    def _consents_fit_identification(self) -> Self:
        if self.identified and not self.consent_ids and self.partner_agencies:
            raise ValueError("consent_ids: a participant discussed by name before partners needs a consent")
        if len(set(self.reasons)) != len(self.reasons):
            raise ValueError("reasons: each reason is named once")
        return self

    @property
    def partner_agencies(self) -> list[str]:
        """The partner agencies that attended, each once, in the order first listed."""
        return list(dict.fromkeys(a.agency_code for a in self.attendees if a.is_partner))


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A participant the agenda suggests, with every reason found, in AgendaReason's order."""

    participant_id: str
    reasons: tuple[AgendaReason, ...]
    court_at: datetime | None = None  # the soonest court date in the window, if that is a reason


@dataclass
class AgendaFacts:
    """What the laptop holds that the agenda is built from, each a participant id (with a time for a
    court date); the desk gathers them with one query each."""

    court_dates: list[tuple[str, datetime]] = field(default_factory=list)
    to_coordinate: list[str] = field(default_factory=list)
    not_seen: list[str] = field(default_factory=list)
    new_referrals: list[str] = field(default_factory=list)


def suggest(facts: AgendaFacts) -> list[Suggestion]:
    """Every participant the facts name, once, with all their reasons: those with a court date first
    (soonest first), then by how many reasons they have, then in the order found."""
    reasons: dict[str, list[AgendaReason]] = {}
    court: dict[str, datetime] = {}
    for pid, at in facts.court_dates:
        court[pid] = min(at, court.get(pid, at))
    found: Iterable[tuple[AgendaReason, Iterable[str]]] = (
        (AgendaReason.COURT_DATE, (p for p, _ in facts.court_dates)),
        (AgendaReason.COORDINATE, facts.to_coordinate),
        (AgendaReason.NOT_SEEN, facts.not_seen),
        (AgendaReason.NEW_REFERRAL, facts.new_referrals),
    )
    for reason, ids in found:
        for pid in ids:
            held = reasons.setdefault(pid, [])
            if reason not in held:
                held.append(reason)
    made = [Suggestion(pid, tuple(rs), court.get(pid)) for pid, rs in reasons.items()]
    found_at = {s.participant_id: n for n, s in enumerate(made)}
    # Those without a court date compare only among themselves, by the other keys.
    return sorted(
        made,
        key=lambda s: (
            s.court_at is None,
            s.court_at.timestamp() if s.court_at else 0.0,
            -len(s.reasons),
            found_at[s.participant_id],
        ),
    )


def referral_window(today: date) -> date:
    """The first day a referral counts as new on `today`'s agenda."""
    return today - timedelta(days=AGENDA_WINDOW_DAYS - 1)


def initials(first_name: str, last_name: str) -> str:
    """A de-identified participant's initials ("J. Q."): enough for the people at the meeting who already
    know the person to follow, too little for anyone else to find them."""
    parts = [n.strip()[:1].upper() for n in (first_name, last_name) if n.strip()]
    return " ".join(f"{p}." for p in parts) or "?"


@dataclass(frozen=True, slots=True)
class SharedView:
    """What of one participant every attending partner agency may see: the items all their gates
    include (none when the participant is not identified), the consents those rest on, and each
    agency's own gate decision (what a disclosure to that agency records)."""

    identified: bool
    shown: tuple[DisclosureItem, ...]
    consent_ids: tuple[str, ...]
    per_agency: tuple[GateDecision, ...]


def shared_with_all(
    consents: Iterable[Consent],
    *,
    agencies: Iterable[Recipient],
    items: list[DisclosureItem],
    on: date,
    purpose: DisclosurePurpose = CONFERENCE_PURPOSE,
) -> SharedView:
    """The intersection over `agencies` of what the gate lets out of `items`. A participant is
    identified only when every agency may know who they are (their own record, `participant`, is
    included for each); otherwise nothing of their file is shown, however much else a consent covers,
    as a court date or a case number would name them as surely as their name. With no partner agency
    in the room nothing is disclosed and the team sees everything."""
    held = list(consents)
    decisions = tuple(
        evaluate(held, recipient=a, purpose=purpose, items=items, on=on) for a in dict.fromkeys(agencies)
    )
    if not decisions:
        return SharedView(identified=True, shown=tuple(items), consent_ids=(), per_agency=())
    allowed = [i for i in items if all(d.decision_for(i.key).included for d in decisions)]
    identified = any(i.entity == "participant" for i in allowed)
    if not identified:
        return SharedView(identified=False, shown=(), consent_ids=(), per_agency=decisions)
    keys = {i.key for i in allowed}
    relied = (d.consent_id for g in decisions for d in g.included if d.item.key in keys and d.consent_id)
    return SharedView(
        identified=True, shown=tuple(allowed), consent_ids=tuple(dict.fromkeys(relied)), per_agency=decisions
    )
