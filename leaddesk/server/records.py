"""The server's copy of every synced record: its fields as they travel on the wire, the stamp of each,
its participant's team (for scope) and the seq of its last change (for pull cursors)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import TypeAdapter, ValidationError
from sqlalchemy import BindParameter, bindparam, insert, select, update
from sqlalchemy.engine import Connection, Row

from leaddesk.domain.base import SyncedRecord, UtcDateTime
from leaddesk.domain.clock import COUNTER_BITS, Stamp
from leaddesk.domain.ids import iso
from leaddesk.domain.merge import Versioned, stored_json
from leaddesk.server.db import record
from leaddesk.server.sequence import Sequence
from leaddesk.sync.protocol import RecordState

PARTICIPANT = "participant"
_WRITTEN = (
    "participant_id", "team", "fields", "clocks", "seq", "updated_at", "attachment_sha256", "occurred_at"
)  # fmt: skip
_KEYS_PER_QUERY = 500  # bound parameters per query: well inside SQLite's and PostgreSQL's limits
ATTACHMENT = "attachment"
CONTACT = "contact"


dumps = stored_json  # every JSON column's text (domain/merge.py)


@dataclass
class StoredRecord:
    entity: str
    record_id: str
    participant_id: str
    team: str
    fields: dict[str, Any] = field(default_factory=dict)
    clocks: dict[str, str] = field(default_factory=dict)
    seq: int = 0

    def versioned(self) -> dict[str, Versioned]:
        return {f: Versioned(self.fields[f], Stamp.decode(self.clocks[f])) for f in self.fields}

    def replace_fields(self, merged: dict[str, Versioned]) -> bool:
        """Take the merged fields; False if nothing changed (a replay), so no new seq is needed."""
        fields = {f: v.value for f, v in merged.items()}
        clocks = {f: v.stamp.encode() for f, v in merged.items()}
        changed = dumps(fields) != dumps(self.fields) or clocks != self.clocks
        self.fields, self.clocks = fields, clocks
        return changed

    def state(self) -> RecordState:
        return RecordState(
            seq=self.seq,
            entity=self.entity,
            record_id=self.record_id,
            participant_id=self.participant_id,
            fields=self.fields,
            clocks=self.clocks,
        )

    @property
    def attachment_sha256(self) -> str | None:
        """The hash of a live attachment's bytes: what makes a download of them in scope."""
        if self.entity != ATTACHMENT or self.fields.get("deleted"):
            return None
        sha = self.fields.get("sha256")
        return sha if isinstance(sha, str) else None

    @property
    def occurred_at(self) -> str | None:
        """A live contact's time in its stored form, whatever form the device sent it in (validation
        took any time with its zone): what a report reads a period's contacts by. None for anything
        else."""
        if self.entity != CONTACT or self.fields.get("deleted"):
            return None
        return contact_time(self.fields.get("occurred_at"))


def contact_time(value: Any) -> str | None:
    """A contact's pushed `occurred_at` in its stored form; None for a value that is not a time."""
    try:
        return iso(_TIME.validate_python(value))
    except ValidationError:
        return None


_TIME: TypeAdapter[datetime] = TypeAdapter(UtcDateTime)


def created(
    item: SyncedRecord, *, participant_id: str, team: str, writer: str, now: datetime
) -> StoredRecord:
    """A record made on the server (an import, an officer's referral) as a push of its create leaves it:
    the wire values of every field but the id, each stamped at the record's `updated_at` on `writer`,
    an id that names no device, so nothing made here can pass for a laptop's work in a conflict."""
    fields = item.model_dump(mode="json", exclude={"id"})
    # Never ahead of the server's clock: a stamp from the future would win over every edit until then.
    written = min(item.updated_at, now)
    stamp = Stamp(int(written.timestamp() * 1000) << COUNTER_BITS, writer).encode()
    return StoredRecord(
        entity=item.entity,
        record_id=item.id,
        participant_id=participant_id,
        team=team,
        fields=fields,
        clocks=dict.fromkeys(fields, stamp),
    )


def from_row(row: Row[Any]) -> StoredRecord:
    return StoredRecord(
        entity=row.entity,
        record_id=row.record_id,
        participant_id=row.participant_id,
        team=row.team,
        fields=json.loads(row.fields),
        clocks=json.loads(row.clocks),
        seq=row.seq,
    )


def load(conn: Connection, *, entity: str, record_id: str) -> StoredRecord | None:
    row = conn.execute(
        select(record).where(record.c.entity == entity, record.c.record_id == record_id)
    ).first()
    return None if row is None else from_row(row)


def load_many(conn: Connection, *, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], StoredRecord]:
    """The records among `keys` (entity, record_id) that exist, in a few queries instead of one each.

    One entity per query (entity = ? AND record_id IN …), which is a range of the primary key: SQLite
    answers a (entity, record_id) IN (VALUES …) by scanning the whole table, a second per push batch
    once the server holds a county's caseload."""
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in sorted(set(keys)):
        by_entity.setdefault(entity, []).append(record_id)
    found: dict[tuple[str, str], StoredRecord] = {}
    for entity, ids in by_entity.items():
        for start in range(0, len(ids), _KEYS_PER_QUERY):
            chunk = ids[start : start + _KEYS_PER_QUERY]
            query = select(record).where(record.c.entity == entity, record.c.record_id.in_(chunk))
            rows = conn.execute(query)
            found.update(((row.entity, row.record_id), from_row(row)) for row in rows)
    return found


def write(
    conn: Connection, *, inserts: list[StoredRecord], updates: list[StoredRecord], now: datetime
) -> None:
    """Store records whose seqs are already assigned: one executemany each for new and changed rows."""

    def row(stored: StoredRecord) -> dict[str, Any]:
        return {
            "k_entity": stored.entity,
            "k_record_id": stored.record_id,
            "participant_id": stored.participant_id,
            "team": stored.team,
            "fields": dumps(stored.fields),
            "clocks": dumps(stored.clocks),
            "seq": stored.seq,
            "updated_at": now,
            "attachment_sha256": stored.attachment_sha256,
            "occurred_at": stored.occurred_at,
        }

    values: dict[str, BindParameter[Any]] = {name: bindparam(name) for name in _WRITTEN}
    if inserts:
        keys: dict[str, BindParameter[Any]] = {
            "entity": bindparam("k_entity"),
            "record_id": bindparam("k_record_id"),
        }
        conn.execute(insert(record).values(**keys, **values), [row(s) for s in inserts])
    if updates:
        conn.execute(
            update(record)
            .where(record.c.entity == bindparam("k_entity"), record.c.record_id == bindparam("k_record_id"))
            .values(**values),
            [row(s) for s in updates],
        )


def restamp_participant(
    conn: Connection, *, participant_id: str, team: str, below: int, sequence: Sequence
) -> int:
    """Move every record of a participant with seq < `below` to `team` under fresh seqs, in their old
    order, so the new team's devices pull them all. Returns how many moved."""
    keys = conn.execute(
        select(record.c.entity, record.c.record_id)
        .where(record.c.participant_id == participant_id, record.c.seq < below)
        .order_by(record.c.seq)
    ).all()
    if keys:
        conn.execute(
            update(record)
            .where(record.c.entity == bindparam("k_entity"), record.c.record_id == bindparam("k_record_id"))
            .values(team=team, seq=bindparam("new_seq")),
            [{"k_entity": e, "k_record_id": r, "new_seq": sequence.next()} for e, r in keys],
        )
    return len(keys)
