"""Resolving a sync conflict: a person picks one of the two values side by side (or types a third), and
both the record's field and the conflict record change in one transaction. Both are ordinary edits, so
the choice syncs to the team like any other and clears the conflict on every device.

A signed note keeps what was signed: text written elsewhere before it was signed can only be added to
it, as an addendum (choice "addendum"); nothing else of it changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal, TypeGuard, get_args

from leaddesk.domain import CaseNote, SyncConflict
from leaddesk.domain.base import LONG_MAX
from leaddesk.domain.errors import DomainError, NoteSigned
from leaddesk.domain.ids import utcnow
from leaddesk.storage.errors import RecordNotFound
from leaddesk.sync.hlc import Stamp

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


def resolve_conflict(store: Store, conflict_id: str, *, choice: Choice, value: Any = None) -> SyncConflict:
    """Settle an open conflict: set the field to the chosen value (if the record still exists) and mark
    the conflict resolved, by this profile's user, now.

    `value` is the value typed for choice "edited", in the field's wire form (what the conflict record
    holds); it is ignored otherwise. Invalid values are refused by the record's repository, which then
    writes nothing at all. For a signed note, "addendum" adds the set-aside text to it as an addendum.
    """
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
        if choice == "addendum":
            _add_set_aside_text(store, conflict, current)
            resolution = "addendum"
        else:
            mine, theirs = mine_and_theirs(store, conflict)
            chosen = {"mine": mine, "theirs": theirs, "edited": value}[choice]
            # Named after the stored sides, so every device reads the same resolution whoever chose.
            side = "kept" if chosen == conflict.kept_value else "theirs"
            resolution = "edited" if choice == "edited" else side
            # Keeping the value in force writes nothing to the record (which may be signed, hence immutable).
            if (
                current is not None
                and target.table.wire_values(current, [conflict.field])[conflict.field] != chosen
            ):
                if is_signed_note(current):
                    raise NoteSigned(current.id)
                target.update(conflict.record_id, {conflict.field: chosen})
        return repos.conflicts.update(
            conflict_id,
            {"resolved_at": utcnow(), "resolved_by": store.user, "resolution": resolution},
        )


def is_signed_note(record: object) -> TypeGuard[CaseNote]:
    return isinstance(record, CaseNote) and record.is_signed


def takes_addendum(conflict: SyncConflict, record: object) -> bool:
    """Is this a signed note's text, set aside by its signature, that an addendum could carry?"""
    return (
        is_signed_note(record)
        and conflict.field in ADDENDUM_FIELDS
        and isinstance(conflict.other_value, str)
        and bool(conflict.other_value.strip())
    )


def _add_set_aside_text(store: Store, conflict: SyncConflict, note: object) -> None:
    if not takes_addendum(conflict, note):
        raise DomainError("Only text set aside from a signed note can be added to it as an addendum.")
    who = conflict.other_by or "a teammate"
    heading = f"Written by {who} before this note was signed (kept from a sync conflict):\n\n"
    text = str(conflict.other_value)
    if len(heading) + len(text) <= LONG_MAX:  # a text at the limit goes in whole, without the heading
        text = heading + text
    store.repos.notes.add_addendum(conflict.record_id, text)


def open_conflicts(store: Store, *, participant_id: str | None = None) -> list[SyncConflict]:
    """Conflicts nobody has resolved yet, oldest first."""
    return store.repos.conflicts.find(participant_id=participant_id, where={"resolved_at": None})


def _device_of(stamp: str) -> str | None:
    try:
        return Stamp.decode(stamp).device
    except ValueError:
        return None
