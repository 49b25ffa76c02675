"""Concurrent edits kept as data: each field a merge overtook becomes a `conflict` record that syncs to
the participant's team and is resolved by a later write, like any record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.engine import Connection

from leaddesk.domain import SyncConflict
from leaddesk.server.db import device, user
from leaddesk.server.records import StoredRecord
from leaddesk.sync.hlc import Stamp
from leaddesk.sync.merge import FieldConflict
from leaddesk.sync.protocol import CONFLICT_ENTITY, conflict_id

SERVER_NAME = "sync server"
# Every write moves updated_at, so two edits of different fields would "clash" on it every time; it is
# bookkeeping, not something a person chooses between.
NOT_CONFLICTS = frozenset({"updated_at"})


class WriterNames:
    """Who wrote a stamp, by the device id in it; looked up once per device per batch."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._names: dict[str, str] = {}

    def __call__(self, stamp: Stamp) -> str:
        if stamp.device not in self._names:
            row = self._conn.execute(
                select(user.c.display_name, device.c.name)
                .join(user, user.c.id == device.c.user_id)
                .where(or_(device.c.clock_id == stamp.device, device.c.id == stamp.device))
            ).first()
            self._names[stamp.device] = f"{row.display_name} ({row.name})"[:200] if row else ""
        return self._names[stamp.device]


def worth_recording(entity: str, found: list[FieldConflict]) -> list[FieldConflict]:
    """The clashes a person should see. Two resolutions of one conflict just take the later one:
    a conflict about a conflict would help nobody."""
    if entity == CONFLICT_ENTITY:
        return []
    return [c for c in found if c.field not in NOT_CONFLICTS]


def conflict_record(
    *, target: StoredRecord, clash: FieldConflict, names: WriterNames, now: datetime
) -> StoredRecord:
    """The conflict record for one clash on `target` (already merged), in the target's team."""
    cid = conflict_id(
        entity=target.entity,
        record_id=target.record_id,
        field=clash.field,
        other_stamp=clash.other.stamp.encode(),
    )
    model = SyncConflict(
        id=cid,
        participant_id=target.participant_id,
        created_at=now,
        created_by=SERVER_NAME,
        updated_at=now,
        record_entity=target.entity,
        record_id=target.record_id,
        field=clash.field,
        kept_value=clash.kept.value,
        kept_stamp=clash.kept.stamp.encode(),
        kept_by=names(clash.kept.stamp),
        other_value=clash.other.value,
        other_stamp=clash.other.stamp.encode(),
        other_by=names(clash.other.stamp),
        detected_at=now,
    )
    fields = model.model_dump(mode="json", exclude={"id"})
    # Stamped with the winning write's stamp: the same clash always yields the same record, and any
    # device that has seen the winner stamps its resolution later than this, so the resolution wins.
    stamp = clash.kept.stamp.encode()
    return StoredRecord(
        entity=CONFLICT_ENTITY,
        record_id=cid,
        participant_id=target.participant_id,
        team=target.team,
        fields=fields,
        clocks=dict.fromkeys(fields, stamp),
    )
