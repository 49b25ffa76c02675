"""Concurrent edits kept as data: each field a merge overtook becomes a `conflict` record that syncs to
the participant's team and is resolved by a later write, like any record."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from leaddesk.domain import SyncConflict
from leaddesk.domain.clock import Stamp
from leaddesk.domain.enums import ConflictKind
from leaddesk.domain.merge import FieldConflict, IncomingField, same_value
from leaddesk.server.db import device, user
from leaddesk.server.records import StoredRecord
from leaddesk.sync.protocol import CONFLICT_ENTITY, conflict_id

SERVER_NAME = "sync server"
# Every write moves updated_at, so two edits of different fields would "clash" on it every time; it is
# bookkeeping, not something a person chooses between.
NOT_CONFLICTS = frozenset({"updated_at"})


class WriterNames:
    """Who wrote a stamp, by the device id in it (a push's stamps must name its own device, so this
    cannot be forged); looked up once per device per batch."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._writers: dict[str, tuple[str, str]] = {}

    def __call__(self, stamp: Stamp) -> str:
        """The writer as a conflict shows them: "Display name (device name)"."""
        return self._writer(stamp)[0]

    def username(self, stamp: Stamp) -> str:
        return self._writer(stamp)[1]

    def _writer(self, stamp: Stamp) -> tuple[str, str]:
        if stamp.device not in self._writers:
            row = self._conn.execute(
                select(user.c.display_name, user.c.username, device.c.name)
                .join(user, user.c.id == device.c.user_id)
                .where(or_(device.c.clock_id == stamp.device, device.c.id == stamp.device))
            ).first()
            self._writers[stamp.device] = (
                (f"{row.display_name} ({row.name})"[:200], row.username[:200]) if row else ("", "")
            )
        return self._writers[stamp.device]


def worth_recording(entity: str, found: list[FieldConflict]) -> list[FieldConflict]:
    """The clashes a person should see. Two resolutions of one conflict just take the later one:
    a conflict about a conflict would help nobody."""
    if entity == CONFLICT_ENTITY:
        return []
    return [c for c in found if c.field not in NOT_CONFLICTS]


def resolution_clashes(found: list[FieldConflict], conflict: StoredRecord | None) -> list[FieldConflict]:
    """The clashes of a write that settles `conflict` that are still worth a person's time.

    Two people settling one question, each with a value the conflict already holds (one of its sides),
    is not a new question: the later resolution decides (its stamp orders it), and both values stay in
    the conflict record. A value someone typed while settling it ("edited") is held nowhere else, so when
    another resolution displaces it, that is a clash like any other: nobody's words go silently."""
    if conflict is None:
        return found
    settled = {conflict.fields.get("kept_stamp"), conflict.fields.get("other_stamp")}
    settled.add(conflict.clocks.get("resolution"))
    return [
        c
        for c in found
        if not (
            {c.kept.stamp.encode(), c.other.stamp.encode()} & settled
            and _holds(conflict, c.field, c.other.value)
        )
    ]


def _holds(conflict: StoredRecord, field: str, value: Any) -> bool:
    """Whether `conflict` keeps `value` for `field` as one of its sides (a rule conflict's sides are the
    values of each field its set-aside change touched)."""
    for side in (conflict.fields.get("kept_value"), conflict.fields.get("other_value")):
        if conflict.fields.get("field") == "" and isinstance(side, dict):
            if field in side and same_value(side[field], value):
                return True
        elif conflict.fields.get("field") == field and same_value(side, value):
            return True
    return False


def conflict_record(
    *, target: StoredRecord, clash: FieldConflict, names: WriterNames, now: datetime
) -> StoredRecord:
    """The conflict record for one clash on `target` (already merged), in the target's team."""
    return _conflict(
        target=target,
        field=clash.field,
        kept=(clash.kept.value, clash.kept.stamp),
        other=(clash.other.value, clash.other.stamp),
        names=names,
        now=now,
    )


def rule_conflict_record(
    *,
    target: StoredRecord,
    change: Mapping[str, IncomingField],
    reason: str,
    names: WriterNames,
    now: datetime,
) -> StoredRecord | None:
    """A change set aside whole: merged into `target` it would break a rule across fields (`reason`).
    Both sides are the fields it would change, as they stand and as the change has them; None if it
    would change nothing."""
    fields = sorted(
        f
        for f, incoming in change.items()
        if f not in NOT_CONFLICTS
        and not (f in target.fields and same_value(target.fields[f], incoming.value))
    )
    if not fields:
        return None
    held = [Stamp.decode(target.clocks[f]) for f in fields if f in target.clocks]
    other_stamp = max(change[f].stamp for f in fields)
    return _conflict(
        target=target,
        field="",
        kept=({f: target.fields.get(f) for f in fields}, max(held, default=other_stamp)),
        other=({f: change[f].value for f in fields}, other_stamp),
        names=names,
        now=now,
        kind=ConflictKind.RULE,
        reason=reason,
    )


def _conflict(
    *,
    target: StoredRecord,
    field: str,
    kept: tuple[Any, Stamp],
    other: tuple[Any, Stamp],
    names: WriterNames,
    now: datetime,
    kind: ConflictKind = ConflictKind.FIELD,
    reason: str = "",
) -> StoredRecord:
    (kept_value, kept_stamp), (other_value, other_stamp) = kept, other
    cid = conflict_id(entity=target.entity, record_id=target.record_id, field=field, other_value=other_value)
    model = SyncConflict(
        id=cid,
        participant_id=target.participant_id,
        created_at=now,
        created_by=SERVER_NAME,
        updated_at=now,
        record_entity=target.entity,
        record_id=target.record_id,
        field=field,
        kept_value=kept_value,
        kept_stamp=kept_stamp.encode(),
        kept_by=names(kept_stamp),
        other_value=other_value,
        other_stamp=other_stamp.encode(),
        other_by=names(other_stamp),
        other_author=names.username(other_stamp),
        detected_at=now,
        kind=kind,
        reason=reason[:200],
    )
    fields = model.model_dump(mode="json", exclude={"id"})
    # Stamped with the value in force: a person who settles it has seen that value, so their resolution
    # is edited from this stamp and replaces it (domain/merge.py).
    stamp = kept_stamp.encode()
    return StoredRecord(
        entity=CONFLICT_ENTITY,
        record_id=cid,
        participant_id=target.participant_id,
        team=target.team,
        fields=fields,
        clocks=dict.fromkeys(fields, stamp),
    )
