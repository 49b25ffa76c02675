"""Resolving a sync conflict: a person picks one of the two values side by side (or types a third), and
the record's field and the conflict record change in one transaction, under one stamp. The choice is
written even when it is the value already in force, and names the conflict it settles, so it is a fact
of its own, ordered against anyone else's choice for the same conflict: the later choice is in force on
the server and on every laptop, and the conflict says whose it was (server/conflicts.py).

A signed note keeps what was signed: text written elsewhere before the signature reached it can only be
added to it as an addendum by the person who wrote that text (choice "addendum"), and a delete that met
the signature can only be turned down ("mine"/"theirs", whichever side is the note as signed).

A "rule" conflict sets a whole change aside (its values are dicts of fields): choosing the set-aside
side writes all its fields at once, and the record's rules still apply, so a person may first have to
correct the record (the reason says what clashed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeGuard, get_args

from leaddesk.domain import CaseNote, SyncConflict
from leaddesk.domain.base import LONG_MAX
from leaddesk.domain.clock import Stamp
from leaddesk.domain.enums import ConflictKind
from leaddesk.domain.errors import DomainError
from leaddesk.domain.ids import utcnow
from leaddesk.storage.errors import RecordNotFound
from leaddesk.storage.sync_state import SyncState

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

Choice = Literal["mine", "theirs", "edited", "addendum"]
CHOICES: tuple[Choice, ...] = get_args(Choice)
# A signed note's text, which an addendum can carry.
ADDENDUM_FIELDS = frozenset({"data", "assessment", "plan"})


@dataclass(frozen=True)
class Side:
    """One of a conflict's two values, who wrote it and when (from its clock stamp)."""

    value: Any
    by: str
    stamp: str
    in_force: bool  # the value the record holds now (the winner by clock)

    @property
    def written_at(self) -> datetime | None:
        try:
            return datetime.fromtimestamp(Stamp.decode(self.stamp).physical_ms / 1000, tz=UTC)
        except ValueError:
            return None


def sides(store: Store, conflict: SyncConflict) -> tuple[Side, Side]:
    """(mine, theirs) as this device's user sees them: "mine" is the one written on this device; when
    neither was (a supervisor looking at two case managers' edits), "mine" is the value now in force."""
    kept = Side(conflict.kept_value, conflict.kept_by, conflict.kept_stamp, in_force=True)
    other = Side(conflict.other_value, conflict.other_by, conflict.other_stamp, in_force=False)
    other_is_mine = _device_of(conflict.other_stamp) == store.device_id != _device_of(conflict.kept_stamp)
    return (other, kept) if other_is_mine else (kept, other)


def mine_and_theirs(store: Store, conflict: SyncConflict) -> tuple[Any, Any]:
    """The two values as this device's user sees them (see `sides`)."""
    mine, theirs = sides(store, conflict)
    return mine.value, theirs.value


def choices(store: Store, conflict: SyncConflict, record: object) -> tuple[Choice, ...]:
    """What this person may choose for this conflict on `record` (None: deleted since): every choice
    offered here succeeds, short of a rule of the record that the chosen values break."""
    if is_signed_note(record) and conflict.field in CaseNote.signed_fields | set(CaseNote.signature):
        mine, _ = sides(store, conflict)
        keep: Choice = "mine" if mine.in_force else "theirs"
        return (keep, "addendum") if takes_addendum(store, conflict, record) else (keep,)
    if conflict.kind is ConflictKind.RULE:
        return ("mine", "theirs")
    return ("mine", "theirs", "edited")


def resolve_conflict(store: Store, conflict_id: str, *, choice: Choice, value: Any = None) -> SyncConflict:
    """Settle an open conflict: write the chosen value (if the record still exists) and mark the conflict
    resolved by this profile's user, now, both under one stamp.

    `value` is the value typed for choice "edited", in the field's wire form (what the conflict record
    holds); it is ignored otherwise. Invalid values are refused by the record's repository, which then
    writes nothing at all. For a signed note, "addendum" adds the set-aside text to it as an addendum."""
    if choice not in CHOICES:
        raise ValueError(f"choice: {choice!r} is not one of {', '.join(CHOICES)}")
    repos = store.repos
    with store.write():
        conflict = repos.conflicts.get(conflict_id)
        if not conflict.is_open:
            raise ValueError("This conflict has been resolved already.")
        target = repos.for_entity(conflict.record_entity)
        try:
            current = target.get(conflict.record_id)
        except RecordNotFound:
            current = None  # deleted since: nothing left to set, but the question is still answered
        if choice not in choices(store, conflict, current):
            raise DomainError(_not_offered(choice))
        stamp = store.clock.now().encode()
        if choice == "addendum":
            _add_set_aside_text(store, conflict)
            resolution = "addendum"
        else:
            mine, theirs = mine_and_theirs(store, conflict)
            chosen = {"mine": mine, "theirs": theirs, "edited": value}[choice]
            # Named after the stored sides, so every device reads the same resolution whoever chose.
            side = "kept" if chosen == conflict.kept_value else "theirs"
            resolution = "edited" if choice == "edited" else side
            if current is not None and not is_signed_note(current):  # a signed note is not written
                values = chosen if conflict.kind is ConflictKind.RULE else {conflict.field: chosen}
                target.settle(conflict.record_id, values, stamp=stamp, resolves=conflict_id)
        return repos.conflicts.update(
            conflict_id,
            {"resolved_at": utcnow(), "resolved_by": store.user, "resolution": resolution},
            stamp=stamp,
        )


def is_signed_note(record: object) -> TypeGuard[CaseNote]:
    return isinstance(record, CaseNote) and record.is_signed


def takes_addendum(store: Store, conflict: SyncConflict, record: object) -> bool:
    """Is this a signed note's text, set aside by its signature, written by this profile's user, who may
    add it to the note as an addendum of their own? Nobody adds another person's text under their name."""
    return (
        is_signed_note(record)
        and conflict.field in ADDENDUM_FIELDS
        and isinstance(conflict.other_value, str)
        and bool(conflict.other_value.strip())
        and wrote_other_side(store, conflict)
    )


def wrote_other_side(store: Store, conflict: SyncConflict) -> bool:
    """Was the set-aside value written by this profile's user (on this laptop, or another of theirs)?"""
    if _device_of(conflict.other_stamp) == store.device_id:
        return True
    enrolment = SyncState(store).enrolment
    return bool(conflict.other_author) and enrolment is not None and enrolment.user.username == (
        conflict.other_author
    )


def _add_set_aside_text(store: Store, conflict: SyncConflict) -> None:
    heading = "Written before this note was signed (kept from a sync conflict):\n\n"
    text = str(conflict.other_value)
    if len(heading) + len(text) <= LONG_MAX:  # a text at the limit goes in whole, without the heading
        text = heading + text
    store.repos.notes.add_addendum(conflict.record_id, text)


def _not_offered(choice: Choice) -> str:
    if choice == "addendum":
        return "Only the person who wrote text set aside from a signed note can add it as an addendum."
    return "A signed note keeps what was signed; this choice is not open for it."


def open_conflicts(store: Store, *, participant_id: str | None = None) -> list[SyncConflict]:
    """Conflicts nobody has resolved yet, oldest first."""
    return store.repos.conflicts.find(participant_id=participant_id, where={"resolved_at": None})


def _device_of(stamp: str) -> str | None:
    try:
        return Stamp.decode(stamp).device
    except ValueError:
        return None


__all__ = [
    "ADDENDUM_FIELDS",
    "CHOICES",
    "Choice",
    "Side",
    "choices",
    "is_signed_note",
    "mine_and_theirs",
    "open_conflicts",
    "resolve_conflict",
    "sides",
    "takes_addendum",
    "wrote_other_side",
]
