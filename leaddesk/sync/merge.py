"""Field-level last-writer-wins merge and conflict detection, identical on client and server.
Pure functions over stamped values; storage and the wire format sit elsewhere."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from leaddesk.sync.hlc import Stamp


def canonical_json(value: Any) -> str:
    """The one text form of a JSON value used to compare values, so 1, 1.0 and True stay distinct."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True, slots=True)
class Versioned:
    """A field's value with the stamp of the write that set it."""

    value: Any
    stamp: Stamp


Record = Mapping[str, Versioned]


def wins(a: Versioned, b: Versioned) -> bool:
    """True if a beats b: the higher stamp, then (for a stamp reused with another value) the larger text."""
    if a.stamp != b.stamp:
        return a.stamp > b.stamp
    # One device never reuses a stamp, so this only happens after a bug or a restored backup;
    # it still has to pick the same side everywhere or replicas would never agree.
    return canonical_json(a.value) > canonical_json(b.value)


def merge_field(a: Versioned, b: Versioned) -> Versioned:
    return b if wins(b, a) else a


def merge_records(a: Record, b: Record) -> dict[str, Versioned]:
    merged = dict(a)
    for field, theirs in b.items():
        ours = merged.get(field)
        merged[field] = theirs if ours is None else merge_field(ours, theirs)
    return merged


def merge_all(records: Iterable[Record]) -> dict[str, Versioned]:
    merged: dict[str, Versioned] = {}
    for record in records:
        merged = merge_records(merged, record)
    return merged


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """Two concurrent edits of one field: the value now in force and the one it displaced."""

    field: str
    kept: Versioned
    other: Versioned


@dataclass(frozen=True, slots=True)
class IncomingField:
    """A pushed or pulled field write, with the stamp its writer was editing from."""

    value: Any
    stamp: Stamp
    base: Stamp | None


def apply_change(
    current: Record, change: Mapping[str, IncomingField]
) -> tuple[dict[str, Versioned], list[FieldConflict]]:
    """Merge one record's change into its current fields; report concurrent edits that lost data.

    A field the writer edited from the stamp now in force is a plain sequential edit. A change whose
    stamp is already in force is a replay. Otherwise, if the values differ, someone's edit was
    overtaken without them seeing it, and the loser is returned so a person can choose.
    """
    merged = dict(current)
    conflicts: list[FieldConflict] = []
    # Sorted so both sides list conflicts in the same order whatever order the change was built in.
    for field in sorted(change):
        incoming = change[field]
        theirs = Versioned(incoming.value, incoming.stamp)
        ours = current.get(field)
        if ours is None:
            merged[field] = theirs
            continue
        winner = merge_field(ours, theirs)
        merged[field] = winner
        if (
            ours.stamp != incoming.base
            and ours.stamp != incoming.stamp
            and canonical_json(ours.value) != canonical_json(theirs.value)
        ):
            loser = theirs if winner is ours else ours
            conflicts.append(FieldConflict(field, kept=winner, other=loser))
    return merged, conflicts


def bumped(*stamps: Stamp, device: str) -> Stamp:
    """A stamp that beats every one of `stamps`: what the server writes when it holds a value in force
    against a later-stamped write, so every device, the writer's included, ends up with that value."""
    return Stamp(max(s.hlc for s in stamps) + 1, device)


def keep_signed(
    current: Record,
    merged: tuple[dict[str, Versioned], list[FieldConflict]],
    change: Mapping[str, IncomingField],
    *,
    frozen: Collection[str],
    signature: str,
    device: str,
) -> tuple[dict[str, Versioned], list[FieldConflict]]:
    """A signature freezes a record's `frozen` fields at the values its signer saw, whatever the clocks say.

    `merged` is apply_change(current, change). Against a record already signed (`signature` set in
    `current`), a change to a frozen field is not applied. A change that signs keeps the values it
    signed, even over a later-stamped edit its signer never saw. Either way the displaced value becomes
    a conflict (kept: the signed value, with the stamp of whoever wrote it), and the signed value is
    restamped with `bumped` so it wins on every device, the displaced writer's included.
    """
    fields, conflicts = merged
    signed_before = _present(current.get(signature))
    signing = not signed_before and signature in change and _present(change[signature])
    if not (signed_before or signing):
        return fields, conflicts
    fields = dict(fields)
    conflicts = [c for c in conflicts if c.field not in frozen]
    for name in sorted(set(frozen) & change.keys()):
        incoming, held = change[name], current.get(name)
        if held is None or canonical_json(held.value) == canonical_json(incoming.value):
            continue  # nothing displaced (a sign carries the text again; equal to what is there)
        theirs = Versioned(incoming.value, incoming.stamp)
        signed_value = held.value if signed_before else incoming.value
        if canonical_json(fields[name].value) != canonical_json(signed_value):
            # The clocks alone would put the other value in force: restamp the signed one over both.
            fields[name] = Versioned(signed_value, bumped(held.stamp, incoming.stamp, device=device))
        if signed_before:
            # A value restamped here over an earlier set-aside edit is named after the signature.
            stamp = held.stamp if held.stamp.device != device else current[signature].stamp
            conflicts.append(FieldConflict(name, kept=Versioned(held.value, stamp), other=theirs))
        elif held.stamp != incoming.base:  # the signer had not seen what is there
            conflicts.append(FieldConflict(name, kept=theirs, other=held))
    return fields, conflicts


def _present(value: Versioned | IncomingField | None) -> bool:
    return value is not None and value.value not in (None, "")
