"""Officers' referrals waiting for the warm hand-off (issue 19), as Today shows them, and what a case
manager does about each.

Waiting: every officer's referral whose hand-off is still pending, oldest first, with the name the person
gave, the intake deadline (the referral's own, which the server sets from the program's settings; else
the program's number of days from the referral's day), and, for a participant the officer's referral
made, who they may already be (domain/duplicates.py), unless the case manager said it is someone else.

Outcomes: met (the warm hand-off: the referral's outcome and hand-off time; the participant becomes the
user's when nobody carries them yet, and stays with their case manager otherwise, whom only a supervisor
changes), could not locate, declined; each at the time given (now by default), never ahead of this
laptop's clock nor before the referral, and refused once another laptop's outcome has arrived.

Merge: the referral moves to the participant it turns out to be. A record's participant never changes
(`participant_id` is immutable on every laptop and on the server), so the referral is copied onto them
(every field the same, a new id, `merged_from` naming the first) and the stub's referral, its episodes
and the stub itself become tombstones, all in one transaction that syncs like any edit; names given
that their record lacks join their aliases; the audit trail says which stub went into whom and which
referral became which.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.desk.program import Program
from leaddesk.desk.settings import SETTINGS
from leaddesk.domain import Participant, Referral
from leaddesk.domain.base import LIST_MAX
from leaddesk.domain.casework import warm_handoff_minutes
from leaddesk.domain.casework_codes import HandoffOutcome
from leaddesk.domain.duplicates import MatchBasis, Named, PossibleMatch, name_key, possible_matches
from leaddesk.domain.enums import AuditAction, ParticipantStatus
from leaddesk.domain.errors import DomainError
from leaddesk.domain.ids import to_utc, utcnow
from leaddesk.reports.referrals import HANDOFF_TARGET_MINUTES

__all__ = [
    "HANDOFF_TARGET_MINUTES",
    "HandoffMarked",
    "HandoffOutcome",
    "HandoffRefused",
    "Handoffs",
    "MatchBasis",
    "Offer",
    "PossibleMatch",
    "WaitingHandoff",
]

LIMIT = 50  # far more than a team is ever waiting on; the list says so if there are more
NOT_THE_SAME = "handoffs.not_the_same"  # local setting: referral id -> participants said to be others
# A time a little ahead of this laptop's clock is still "now": a phone's clock and a laptop's differ.
CLOCK_SLACK = timedelta(minutes=2)


class HandoffRefused(DomainError):
    """A hand-off outcome or merge that cannot be done as asked; the message says why."""


@dataclass(frozen=True)
class Offer:
    """Someone already in the program the referred person may be."""

    match: PossibleMatch
    name: str  # their name as screens show it
    case_manager: str  # their case manager's name, "" for nobody


@dataclass(frozen=True)
class WaitingHandoff:
    """An officer's referral waiting for its warm hand-off, as Today lists it."""

    referral: Referral
    name: str  # the participant's name: for a stub, the name the person gave the officer
    aliases: tuple[str, ...]
    intake_deadline: date | None
    offer: Offer | None
    case_manager: str = ""  # the participant's case manager's name: "" for nobody yet (a new stub)

    @property
    def id(self) -> str:
        return self.referral.id

    @property
    def participant_id(self) -> str:
        return self.referral.participant_id

    def minutes_waiting(self, now: datetime) -> int:
        """Whole minutes since the referral (the warm hand-off clock); 0 for one made just now."""
        return max(0, warm_handoff_minutes(self.referral.referred_at, now) or 0)


@dataclass(frozen=True)
class HandoffMarked:
    """An outcome saved: the referral as it is now, and whose the participant is."""

    referral: Referral
    taken_on: bool  # the participant became the user's
    case_manager: str  # their case manager's name afterwards ("" for nobody)


class Handoffs(UseCases):
    # -- what Today shows ----------------------------------------------------------------------------

    def waiting(self, *, limit: int = LIMIT) -> list[WaitingHandoff]:
        """Officers' referrals still waiting for the hand-off, oldest first (one indexed query; the
        duplicate rule reads everyone's names only when some are waiting)."""
        referrals = self._store.repos.handoffs.waiting(limit=limit)
        if not referrals:
            return []
        pids = list({r.participant_id for r in referrals})
        people = {p.id: p for p in self._store.repos.participants.find(where={"id": pids})}
        everyone = self._store.repos.handoffs.named_people()
        not_same = self._not_the_same()
        program = Program(self._store)
        days = program.settings().intake_deadline_days
        found = []
        for referral in referrals:
            person = people[referral.participant_id]
            offer = None
            if person.created_by == referral.officer_username:  # the stub the referral made
                offer = self._offer(person, everyone, set(not_same.get(referral.id, [])))
            deadline = referral.intake_deadline or (
                referral.referred_at.astimezone().date() + timedelta(days=days)
            )
            found.append(
                WaitingHandoff(
                    referral=referral,
                    name=person.display_name,
                    aliases=tuple(person.aliases),
                    intake_deadline=deadline,
                    offer=offer,
                    case_manager=program.display_name(person.case_manager),
                )
            )
        return found

    def waiting_ids(self) -> list[str]:
        """Just the waiting referrals' ids (one query on a small index): for the alert that one came."""
        return self._store.repos.handoffs.waiting_ids(limit=LIMIT)

    def _offer(self, person: Participant, everyone: list[Named], refused: set[str]) -> Offer | None:
        matches = [m for m in possible_matches(Named.of(person), everyone) if m.participant_id not in refused]
        if not matches:
            return None
        best = matches[0]
        other = self._store.repos.participants.get(best.participant_id)
        return Offer(best, other.display_name, Program(self._store).display_name(other.case_manager))

    # -- outcomes ------------------------------------------------------------------------------------

    def met(self, referral_id: str, *, at: datetime | None = None) -> Done[HandoffMarked]:
        """The case manager met the person: the warm hand-off, at `at` (default now)."""
        return self.mark(referral_id, HandoffOutcome.MET, at=at)

    def not_located(self, referral_id: str, *, at: datetime | None = None) -> Done[HandoffMarked]:
        return self.mark(referral_id, HandoffOutcome.NOT_LOCATED, at=at)

    def declined(self, referral_id: str, *, at: datetime | None = None) -> Done[HandoffMarked]:
        return self.mark(referral_id, HandoffOutcome.DECLINED, at=at)

    def mark(
        self, referral_id: str, outcome: HandoffOutcome, *, at: datetime | None = None
    ) -> Done[HandoffMarked]:
        """What came of the hand-off, at `at` (default now); HandoffRefused, changing nothing, for a
        time ahead of the clock or before the referral, or a referral marked already."""
        if outcome is HandoffOutcome.PENDING:
            raise HandoffRefused("A hand-off is marked met, could not locate or declined.")

        def work() -> HandoffMarked:
            repos = self._store.repos
            referral: Referral = repos.referrals.get(referral_id)
            if referral.handoff_outcome is not HandoffOutcome.PENDING:
                raise HandoffRefused(
                    "This referral's hand-off has already been marked (on another laptop, or a moment "
                    "ago here); its record shows what and when."
                )
            when = _checked_time(referral, at)
            changes: dict[str, Any] = {"handoff_outcome": outcome, "handoff_outcome_at": when}
            person: Participant = repos.participants.get(referral.participant_id)
            taken_on = False
            if outcome is HandoffOutcome.MET:
                changes["warm_handoff_at"] = when
                if not person.case_manager:
                    person = repos.participants.update(person.id, {"case_manager": Program(self._store).me()})
                    taken_on = True
            saved: Referral = repos.referrals.update(referral_id, changes)
            shown = Program(self._store).display_name(person.case_manager)
            return HandoffMarked(referral=saved, taken_on=taken_on, case_manager=shown)

        return self._write(work)

    # -- duplicates ----------------------------------------------------------------------------------

    def different_person(self, referral_id: str, participant_id: str) -> Done[None]:
        """The case manager says the referred person is not `participant_id`: not offered again for this
        referral on this laptop (kept only while the referral waits)."""

        def work() -> None:
            refused = self._not_the_same()
            refused[referral_id] = sorted({*refused.get(referral_id, []), participant_id})
            self._keep_not_the_same(refused)

        return self._write(work, also=(SETTINGS,))

    def merge(self, referral_id: str, *, into: str) -> Done[Referral]:
        """Move an officer's referral (and so its hand-off) to the participant `into` it turns out to be;
        returns the referral as it is on them now. HandoffRefused, changing nothing, when the stub holds
        more than the referral, or has moved on from referred."""

        def work() -> Referral:
            repos = self._store.repos
            referral: Referral = repos.referrals.get(referral_id)
            stub: Participant = repos.participants.get(referral.participant_id)
            target: Participant = repos.participants.get(into)
            _check_mergeable(referral, stub, target, repos.handoffs.other_records(stub.id, besides=_MOVED))
            moved: dict[str, str] = {}
            for old in repos.referrals.find(participant_id=stub.id):
                fields = old.model_dump(exclude=_NOT_COPIED) | {"merged_from": old.id}
                moved[old.id] = repos.referrals.create(Referral(participant_id=target.id, **fields)).id
                repos.referrals.delete(old.id)
            for episode in repos.enrollments.for_participant(stub.id):
                repos.enrollments.delete(episode.id)
            aliases = _aliases_after_merge(stub, target)
            if aliases != target.aliases:
                repos.participants.update(target.id, {"aliases": aliases})
            repos.participants.delete(stub.id)
            self._store.audit_event(
                AuditAction.UPDATE,
                entity="participant",
                entity_id=stub.id,
                participant_id=target.id,
                detail=f"merged into participant {target.id}; referrals moved "
                + ", ".join(f"{old} -> {new}" for old, new in moved.items()),
            )
            refused = self._not_the_same()
            if refused.pop(referral_id, None) is not None:
                self._keep_not_the_same(refused)
            copied: Referral = repos.referrals.get(moved[referral_id])
            return copied

        return self._write(work, also=(SETTINGS,))

    def _not_the_same(self) -> dict[str, list[str]]:
        value = self._store.repos.settings.get(NOT_THE_SAME, {})
        return dict(value) if isinstance(value, dict) else {}

    def _keep_not_the_same(self, refused: dict[str, list[str]]) -> None:
        # Only for referrals still waiting: the setting never grows past the list Today shows.
        waiting = {r.id for r in self._store.repos.handoffs.waiting(limit=LIMIT)}
        self._store.repos.settings.set(NOT_THE_SAME, {k: v for k, v in refused.items() if k in waiting})


_MOVED = frozenset({"referral", "enrollment"})  # what a merge moves or removes with the stub
_NOT_COPIED = {"id", "participant_id", "created_at", "created_by", "updated_at", "deleted"}


def _checked_time(referral: Referral, at: datetime | None) -> datetime:
    """`at` (default now) as the outcome's time. A time is given to the minute, so one in the minute of
    the referral is the referral's own time, and one within CLOCK_SLACK ahead of the clock is now."""
    now = utcnow()
    when = to_utc(at) if at is not None else now
    if when > now + CLOCK_SLACK:
        raise HandoffRefused("The time of the hand-off cannot be in the future: give the time it happened.")
    if when < referral.referred_at.replace(second=0, microsecond=0):
        raise HandoffRefused(
            "The time of the hand-off cannot be before the officer's referral: give the time it happened."
        )
    return min(max(when, referral.referred_at), now)


def _check_mergeable(referral: Referral, stub: Participant, target: Participant, others: list[str]) -> None:
    """Refuse a merge that would lose something or is not an officer's stub's to make."""
    if stub.id == target.id:
        raise HandoffRefused("This referral is already on that participant's record.")
    if not referral.from_officer or stub.created_by != referral.officer_username:
        raise HandoffRefused("Only a participant made by an officer's referral is merged this way.")
    if stub.status is not ParticipantStatus.REFERRED or stub.case_manager:
        raise HandoffRefused(
            f"{stub.display_name}'s record has been taken on since the referral arrived, so it is not "
            "merged here: ask a supervisor to combine the two records."
        )
    if others:
        raise HandoffRefused(
            f"{stub.display_name}'s record already holds more than the referral (notes, contacts or other "
            "records), which a merge here would lose: ask a supervisor to combine the two records."
        )


def _aliases_after_merge(stub: Participant, target: Participant) -> list[str]:
    """The target's aliases, with every name the person gave (their name, their aliases) that no name
    or alias of the target's already is, so a search for the name given finds them."""
    forms = Named.of(target)
    known = {name_key(f"{forms.first_name} {forms.last_name}"), *(name_key(a) for a in forms.aliases)}
    if target.preferred_name:
        known.add(name_key(f"{target.preferred_name} {target.last_name}"))
    aliases = list(target.aliases)
    for given in (f"{stub.first_name} {stub.last_name}", *stub.aliases):
        key = name_key(given)
        if key and key not in known and len(aliases) < LIST_MAX:
            aliases.append(given)
            known.add(key)
    return aliases
