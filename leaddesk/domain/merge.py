"""The field merge, one pure function: the office server applies it to every pushed change, and a laptop
applies it to its own unsent changes over what it pulls, so a laptop shows what the server will decide.

A pushed field carries its stamp and the stamp it was edited from (its base). The server is the one
place where writes from different laptops meet, and it takes them in the order they arrive, so the rule
can follow what each writer saw rather than what the clocks say:

- A write whose writer saw the value in force (its base is that value's stamp, or that value is the
  writer's own earlier write: a device's changes arrive in the order it made them) replaces it, whatever
  the clocks say. A laptop whose clock is wrong therefore never makes a later edit lose silently.
- Two writes of one field that did not see each other are concurrent: the later stamp is in force and the
  other value is returned as a conflict for a person to settle.
- A signature is one indivisible fact (`Seal`): the record's signed fields are taken from the signing
  change as a unit, and once signed they change no more. An edit or a second signature that arrives later
  is returned as a conflict instead; it never puts one person's name on another person's text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from leaddesk.domain.base import SyncedRecord
from leaddesk.domain.clock import Stamp

# Made once: json.dumps() with any option but the defaults builds a new encoder on every call, which was
# half the time of turning a short list into text.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"))
_STORED = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def canonical_json(value: Any) -> str:
    """The one text form of a JSON value used to compare values, so 1, 1.0 and True stay distinct."""
    return _CANONICAL.encode(value)


def stored_json(value: Any) -> str:
    """A JSON value as the laptop's tables and the server's store it: compact, keys sorted, any
    character as itself."""
    return _STORED.encode(value)


def same_value(a: Any, b: Any) -> bool:
    return canonical_json(a) == canonical_json(b)


def version_of(clocks: Mapping[str, str]) -> str:
    """A record's version as a writer saw it: a digest of every field's stamp. A change carries the
    version it was written on, so the server can tell a change that breaks a rule by itself (written on
    the version it meets) from one that breaks it only merged with a change its writer never saw."""
    return hashlib.sha256(canonical_json(dict(clocks)).encode()).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Versioned:
    """A field's value with the stamp of the write that set it."""

    value: Any
    stamp: Stamp


Record = Mapping[str, Versioned]


def wins(a: Versioned, b: Versioned) -> bool:
    """Between two concurrent writes, True if a is in force: the higher stamp, then (a stamp reused with
    another value) the larger canonical text, so that every replica picks the same one."""
    if a.stamp != b.stamp:
        return a.stamp > b.stamp
    return canonical_json(a.value) > canonical_json(b.value)


@dataclass(frozen=True, slots=True)
class FieldConflict:
    """Two concurrent edits of one field: the value now in force and the one it displaced."""

    field: str
    kept: Versioned
    other: Versioned


@dataclass(frozen=True, slots=True)
class IncomingField:
    """A pushed field write, with the stamp its writer was editing from (None: the writer had no value)."""

    value: Any
    stamp: Stamp
    base: Stamp | None

    @property
    def versioned(self) -> Versioned:
        return Versioned(self.value, self.stamp)

    def saw(self, current: Versioned) -> bool:
        """Did the writer see `current` when writing this? Its base names it, or it wrote it itself."""
        return self.base == current.stamp or self.stamp.device == current.stamp.device


@dataclass(frozen=True, slots=True)
class Seal:
    """A signature over a record: once `marker` holds a value, the `fields` (the signature's own among
    them) change no more; a change that sets `marker` brings them all, as its writer saw them, as one unit.
    A second signature that arrives too late is one conflict, on `signer`: the text it carried, where it
    differs, is a conflict of its own field."""

    marker: str
    signer: str
    fields: frozenset[str]

    @property
    def quiet(self) -> frozenset[str]:
        return frozenset({self.marker, self.signer})


def seal_of(model: type[SyncedRecord]) -> Seal | None:
    """The signature a record of this kind carries, if any (SyncedRecord.signature)."""
    if not model.signature:
        return None
    marker, signer = model.signature
    return Seal(marker=marker, signer=signer, fields=model.signed_fields | {marker, signer})


def is_sealed(record: Record, seal: Seal | None) -> bool:
    return seal is not None and _present(record.get(seal.marker))


def apply_change(
    current: Record, change: Mapping[str, IncomingField], *, seal: Seal | None = None
) -> tuple[dict[str, Versioned], list[FieldConflict]]:
    """Merge one record's change into its current fields; return the fields and the displaced values.
    `current` is left as it is. Conflicts come sorted by field, the same wherever this runs."""
    merged = dict(current)
    conflicts: list[FieldConflict] = []
    sealed = is_sealed(current, seal)
    sealing = seal is not None and not sealed and seal.marker in change and _present(change[seal.marker])
    for field in sorted(change):
        incoming, ours = change[field], current.get(field)
        if seal is not None and field in seal.fields and (sealed or sealing):
            displaced = _sealed_field(field, ours, incoming, sealed=sealed, seal=seal, merged=merged)
        else:
            displaced = _field(field, ours, incoming, merged=merged)
        if displaced is not None:
            conflicts.append(displaced)
    if sealed and seal is not None and _present(change.get(seal.marker)):
        second = _second_signature(current, change, seal)
        if second is not None:
            conflicts = sorted([*conflicts, second], key=lambda c: c.field)
    return merged, conflicts


def _second_signature(
    current: Record, change: Mapping[str, IncomingField], seal: Seal
) -> FieldConflict | None:
    """A signature that reached a record already signed by someone else: kept, as a conflict on the
    signer, so that whoever signed second learns that the note stands signed by another."""
    ours, theirs = current.get(seal.signer), change.get(seal.signer)
    if ours is None or theirs is None or same_value(ours.value, theirs.value):
        return None
    return FieldConflict(seal.signer, kept=ours, other=theirs.versioned)


def _field(
    field: str, ours: Versioned | None, incoming: IncomingField, *, merged: dict[str, Versioned]
) -> FieldConflict | None:
    theirs = incoming.versioned
    if ours is None or incoming.saw(ours):
        merged[field] = theirs
        return None
    winner, loser = (theirs, ours) if wins(theirs, ours) else (ours, theirs)
    merged[field] = winner
    if same_value(ours.value, theirs.value):
        return None
    return FieldConflict(field, kept=winner, other=loser)


def _sealed_field(
    field: str,
    ours: Versioned | None,
    incoming: IncomingField,
    *,
    sealed: bool,
    seal: Seal,
    merged: dict[str, Versioned],
) -> FieldConflict | None:
    theirs = incoming.versioned
    if sealed:
        # Signed already: what was signed stays; anything else that arrives is set aside.
        if ours is None:  # a field the signature did not cover (added by a later version)
            merged[field] = theirs
            return None
        if same_value(ours.value, theirs.value) or field in seal.quiet:
            return None
        return FieldConflict(field, kept=ours, other=theirs)
    # This change signs: the signed values go in as the signer saw them, over anything the signer did not.
    merged[field] = theirs
    if ours is None or same_value(ours.value, theirs.value) or field in seal.quiet or incoming.saw(ours):
        return None
    return FieldConflict(field, kept=theirs, other=ours)


def _present(value: Versioned | IncomingField | None) -> bool:
    return value is not None and value.value not in (None, "")
