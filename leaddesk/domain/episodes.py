"""Where a participant is in the program, as one rule the screens and the desk both call: the status
machine over episodes (enrollments), and the participant's status fields that follow from them.

The episodes are the source of truth: they keep the whole history (an exit and a return are two
episodes), and an HMIS export is made of them. The participant's `status`, `engaged_on`, `exited_on` and
`exit_reason` are a copy of the current episode (the open one, else the latest), written in the same
transaction with the same stamp by whoever applies a `StatusWrite`, so the caseload can filter and sort
on the participant row alone, in SQL, without a join.

Allowed steps (`NEXT`): referred -> engaged -> active <-> inactive / in the wind, and every open status
-> exited: a death, a move or a long sentence can come at any stage, and since LEAD participants
"cannot fail out" (LEAD Support Bureau; domain.md) an exit is never a penalty to be earned. An exited
participant returns as referred, in a new episode; the old one stays closed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from pydantic import ValidationError

from leaddesk.domain.base import DomainModel, ShortText
from leaddesk.domain.enrollment import DATE_WORDS, ENGAGED_STATUSES, Enrollment
from leaddesk.domain.enums import Destination, ExitReason, ParticipantStatus, ProjectType
from leaddesk.domain.errors import DomainError
from leaddesk.domain.participant import Participant

R = TypeVar("R")
S = ParticipantStatus
NEXT: Mapping[ParticipantStatus, frozenset[ParticipantStatus]] = {
    S.REFERRED: frozenset({S.ENGAGED, S.EXITED}),
    S.ENGAGED: frozenset({S.ACTIVE, S.INACTIVE, S.IN_THE_WIND, S.EXITED}),
    S.ACTIVE: frozenset({S.INACTIVE, S.IN_THE_WIND, S.EXITED}),
    S.INACTIVE: frozenset({S.ACTIVE, S.IN_THE_WIND, S.EXITED}),
    S.IN_THE_WIND: frozenset({S.ACTIVE, S.INACTIVE, S.EXITED}),
    S.EXITED: frozenset({S.REFERRED}),  # a return: a new episode
}
WORDS = {
    S.REFERRED: "referred",
    S.ENGAGED: "engaged",
    S.ACTIVE: "active",
    S.INACTIVE: "inactive",
    S.IN_THE_WIND: "in the wind",
    S.EXITED: "exited",
}
_ORDER = list(S)


class StatusChangeRefused(DomainError):
    """A requested status change breaks the program's rules; the message says what to do instead."""


class StatusChange(DomainModel):
    """What a person asks for: the new status and the dates and answers it needs.

    engaged: `engagement_date` (and `entry_date`, else the engagement date is the entry); exited:
    `exit_date` and `destination`, with the reason if known; a return (referred again after an exit):
    `referral_date`, and `project` if it is not the last episode's."""

    to: ParticipantStatus
    referral_date: date | None = None
    entry_date: date | None = None
    engagement_date: date | None = None
    exit_date: date | None = None
    destination: Destination | None = None
    exit_reason: ExitReason | None = None
    exit_reason_detail: ShortText = ""
    project: ProjectType | None = None


@dataclass(frozen=True)
class EpisodeWrite:
    """One episode to write: a new one (`changes` is None) or these fields of an existing one."""

    episode: Enrollment
    changes: Mapping[str, Any] | None

    @property
    def is_new(self) -> bool:
        return self.changes is None


@dataclass(frozen=True)
class StatusWrite:
    """Everything one status change writes: the participant's changed fields, then the episodes."""

    participant_changes: Mapping[str, Any]
    episodes: tuple[EpisodeWrite, ...]


def participant_fields(episode: Enrollment) -> dict[str, Any]:
    """The participant's copy of where they are, from their current episode."""
    return {
        "status": episode.status,
        "engaged_on": episode.engagement_date,
        "exited_on": episode.exit_date,
        "exit_reason": episode.exit_reason.value if episode.exit_reason else "",
    }


def current_episode(episodes: Iterable[Enrollment]) -> Enrollment | None:
    """The open episode, else the latest closed one; None for someone with none yet."""
    live = sorted((e for e in episodes if not e.deleted), key=lambda e: (e.referral_date, e.created_at))
    open_ = [e for e in live if e.is_open]
    if len(open_) > 1:
        raise StatusChangeRefused(
            "This participant has more than one open episode (made on two laptops at once); "
            "exit or delete the extra one before changing their status."
        )
    if open_:
        return open_[0]
    return live[-1] if live else None


def change_status(
    *, participant: Participant, episodes: Iterable[Enrollment], change: StatusChange
) -> StatusWrite:
    """The records to write for `change`, or StatusChangeRefused saying why not."""
    mine = [e for e in episodes if e.participant_id == participant.id]
    current = current_episode(mine)
    writes: list[EpisodeWrite] = []
    if current is None:
        # Made before episodes existed: the participant's own fields are the episode so far.
        current = _episode_so_far(participant, change)
        writes.append(EpisodeWrite(current, None))
    before = current.status
    if change.to is before:
        raise StatusChangeRefused(f"{participant.display_name} is already {WORDS[before]}.")
    if change.to not in NEXT[before]:
        raise StatusChangeRefused(_not_a_step(participant, before, change.to))
    if before is S.EXITED:
        episode = _returned(participant, current, change)
        writes.append(EpisodeWrite(episode, None))
    else:
        episode = _moved(current, change)
        if writes:  # the episode so far is new: write it as it ends up
            writes[-1] = EpisodeWrite(episode, None)
        else:
            fields = [f for f in Enrollment.model_fields if getattr(episode, f) != getattr(current, f)]
            writes.append(EpisodeWrite(episode, {f: getattr(episode, f) for f in fields}))
    copy = participant_fields(episode)
    participant_changes = {f: v for f, v in copy.items() if getattr(participant, f) != v}
    _validated(lambda: participant.with_changes(**participant_changes))
    return StatusWrite(participant_changes=participant_changes, episodes=tuple(writes))


def _not_a_step(participant: Participant, before: ParticipantStatus, to: ParticipantStatus) -> str:
    options = sorted(NEXT[before], key=_ORDER.index)
    if before is S.EXITED:
        return (
            f"{participant.display_name} has exited: they can only return, as referred, in a new "
            f"episode — not become {WORDS[to]} directly."
        )
    words = " or ".join(WORDS[s] for s in options)
    name = participant.display_name
    return f"{name} is {WORDS[before]}: from there they can become {words}, not {WORDS[to]}."


def _moved(current: Enrollment, change: StatusChange) -> Enrollment:
    changes: dict[str, Any] = {"status": change.to}
    if change.to is S.ENGAGED:
        if change.engagement_date is None:
            raise StatusChangeRefused("Becoming engaged needs the date of engagement.")
        changes["engagement_date"] = change.engagement_date
        changes["entry_date"] = change.entry_date or current.entry_date or change.engagement_date
    elif change.to is S.EXITED:
        if change.exit_date is None or change.destination is None:
            raise StatusChangeRefused("An exit needs the exit date and where the participant is going.")
        changes |= {
            "exit_date": change.exit_date,
            "destination": change.destination,
            "exit_reason": change.exit_reason,
            "exit_reason_detail": change.exit_reason_detail,
        }
    return _validated(lambda: current.with_changes(**changes))


def _returned(participant: Participant, last: Enrollment, change: StatusChange) -> Enrollment:
    if change.referral_date is None:
        raise StatusChangeRefused("A return needs the date of the new referral.")
    assert last.exit_date is not None  # an exited episode has one (Enrollment's own rule)
    if change.referral_date < last.exit_date:
        raise StatusChangeRefused(
            f"A return cannot start before the last episode ended ({last.exit_date.isoformat()})."
        )
    values = {
        "participant_id": participant.id,
        "project": change.project or last.project,
        "referral_date": change.referral_date,
        "entry_date": change.entry_date,
    }
    return _validated(lambda: Enrollment.model_validate(values))


def _episode_so_far(participant: Participant, change: StatusChange) -> Enrollment:
    """The episode a participant made before episodes existed has been in: referred when they were
    recorded (or engaged, if that came first), engaged and exited when their own fields say."""
    engaged_on = participant.engaged_on
    if participant.status in ENGAGED_STATUSES and engaged_on is None:
        engaged_on = change.engagement_date
        if engaged_on is None:
            raise StatusChangeRefused(
                f"{participant.display_name} has no date of engagement on record; give it with this change."
            )
    # Recorded late (notes from the street are keyed in later), so no later than any date given.
    dates = (participant.created_at.date(), engaged_on, participant.exited_on, *_dates(change))
    referral = min(d for d in dates if d is not None)
    exited = participant.status is S.EXITED
    values: dict[str, Any] = {
        "participant_id": participant.id,
        "status": participant.status,
        "referral_date": referral,
        "entry_date": engaged_on,
        "engagement_date": engaged_on if participant.status is not S.REFERRED else None,
    }
    if exited:
        reason = participant.exit_reason
        known = reason in {r.value for r in ExitReason}
        values |= {
            "exit_date": participant.exited_on,
            # Not recorded before HMIS destinations were: said so, as HMIS says it.
            "destination": Destination.NOT_COLLECTED,
            "exit_reason": ExitReason(reason) if known else ExitReason.OTHER if reason else None,
            "exit_reason_detail": "" if known else reason,
        }
    return _validated(lambda: Enrollment.model_validate(values))


def _dates(change: StatusChange) -> tuple[date | None, ...]:
    return (change.entry_date, change.engagement_date, change.exit_date)


def _validated(make: Callable[[], R]) -> R:
    """`make()`, with a model's refusal told as a refused change, in a sentence for a person."""
    try:
        return make()
    except ValidationError as error:
        first = error.errors()[0]
        message = str(first["msg"]).removeprefix("Value error, ")
        where = str(first["loc"][0]) if first["loc"] else ""
        if where:  # one field's own rule: "cannot be in the future"
            sentence = f"{DATE_WORDS.get(where, where.replace('_', ' '))} {message}"
        else:  # a rule across fields, "field: what"
            sentence = message.partition(": ")[2] or message
        raise StatusChangeRefused(sentence[:1].upper() + sentence[1:].rstrip(".") + ".") from None
