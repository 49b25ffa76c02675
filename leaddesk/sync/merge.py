"""Field-level last-writer-wins merge and conflict detection, identical on client and server.
Pure functions over stamped values; storage and the wire format sit elsewhere."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
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
