"""The repository every synced entity shares: create, update, soft-delete, get, list — each write
recorded in the outbox with per-field clocks and in the audit log, in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import sqlcipher3

from leaddesk.domain import ParticipantRecord, SyncedRecord
from leaddesk.domain.enums import AuditAction
from leaddesk.domain.ids import iso, utcnow
from leaddesk.domain.merge import version_of
from leaddesk.storage import field_clocks
from leaddesk.storage.changes import Op, append_audit, append_outbox, check_participant_here
from leaddesk.storage.codec import Table, table_for
from leaddesk.storage.database import Connection
from leaddesk.storage.errors import DuplicateRecord, RecordNotFound
from leaddesk.storage.row_encoding import MAX_PARAMS, row_encoder

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

R = TypeVar("R", bound=SyncedRecord)


def _param(value: Any) -> Any:
    """A filter value as it is stored: enums by value, dates and times in ISO form."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


class ImmutableField(ValueError):
    def __init__(self, entity: str, field: str) -> None:
        super().__init__(f"{field}: cannot be changed on a {entity.replace('_', ' ')} once it is saved")
        self.field = field


class UnknownField(ValueError):
    def __init__(self, entity: str, field: str) -> None:
        super().__init__(f"{field}: a {entity.replace('_', ' ')} has no such field")
        self.field = field


class RecordRepository(Generic[R]):
    """Reads and writes of one entity; column names come only from the model (see codec.Table)."""

    default_order: tuple[str, ...] = ("created_at",)

    def __init__(self, store: Store, model: type[R], *, default_order: tuple[str, ...] | None = None) -> None:
        self._store = store
        self.table: Table[R] = table_for(model)
        if default_order is not None:
            self.default_order = default_order
        self._select = f"SELECT {', '.join(self.table.columns)} FROM {self.table.name}"
        stored = [*self.table.columns, "field_clocks"]
        self._insert = (
            f"INSERT INTO {self.table.name} ({', '.join(stored)}) VALUES ({', '.join('?' * len(stored))})"
        )

    # -- reads -------------------------------------------------------------------------------------

    def get(self, record_id: str, *, include_deleted: bool = False) -> R:
        sql = f"{self._select} WHERE id = ?" + ("" if include_deleted else " AND deleted = 0")
        row = self._store.conn.execute(sql, (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(self.table.name, record_id)
        return self._decode(row)

    def find(
        self,
        *,
        participant_id: str | None = None,
        where: Mapping[str, Any] | None = None,
        order_by: Sequence[str] | None = None,
        descending: bool = False,
        limit: int | None = None,
        offset: int = 0,
        include_deleted: bool = False,
    ) -> list[R]:
        clauses, params = self._filters(participant_id, where, include_deleted)
        order = [self._column(c) for c in (order_by or self.default_order)]
        direction = " DESC" if descending else ""
        sql = (
            f"{self._select}{clauses} ORDER BY "
            + ", ".join(f"{c}{direction}" for c in order)
            + f", rid{direction}"
        )
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [int(limit), int(offset)]
        return [self._decode(row) for row in self._store.conn.execute(sql, params)]

    def count(
        self,
        *,
        participant_id: str | None = None,
        where: Mapping[str, Any] | None = None,
        include_deleted: bool = False,
    ) -> int:
        clauses, params = self._filters(participant_id, where, include_deleted)
        row = self._store.conn.execute(f"SELECT count(*) FROM {self.table.name}{clauses}", params).fetchone()
        return int(row[0])

    def field_clocks(self, record_id: str) -> dict[str, str]:
        row = self._store.conn.execute(
            f"SELECT field_clocks FROM {self.table.name} WHERE id = ?", (record_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(self.table.name, record_id)
        return field_clocks.decode(self.table.name, row[0])

    # -- writes ------------------------------------------------------------------------------------

    def create(self, record: R) -> R:
        now = utcnow()
        record = self.table.model.model_validate(
            {**record.model_dump(), "created_at": now, "updated_at": now, "created_by": self._store.user}
        )
        self.check_create(record)
        with self._store.write() as conn:
            stamp = self._store.clock.now().encode()
            fields = [c for c in self.table.columns if c != "id"]
            clocks = dict.fromkeys(fields, stamp)
            row = self.table.to_row(record)
            try:
                conn.execute(self._insert, [*row.values(), field_clocks.encode(self.table.name, clocks)])
            except sqlcipher3.IntegrityError as exc:
                raise DuplicateRecord(self.table.name, record.id) from exc
            self._record(conn, record, op="create", fields=fields, clocks=clocks, base={})
        return record

    def update(self, record_id: str, changes: Mapping[str, Any], *, stamp: str | None = None) -> R:
        """Apply `changes` (field -> new value); validation errors name the field, nothing is written.
        `stamp` is for a write that must share its stamp with another (see `settle`)."""
        with self._store.write() as conn:
            current, updated = self._edited(record_id, changes)
            changed = [f for f in changes if getattr(updated, f) != getattr(current, f)]
            if not changed:
                return current
            updated = updated.with_changes(updated_at=utcnow())
            self._write_fields(
                conn, updated, [*changed, "updated_at"], op="update", action=AuditAction.UPDATE, stamp=stamp
            )
        return updated

    def settle(self, record_id: str, values: Mapping[str, Any], *, stamp: str, resolves: str) -> R:
        """Write `values` as the settlement of conflict `resolves`: every named field is written with
        `stamp`, even one that already holds its value, so that the choice is a fact ordered against any
        other choice made for the same conflict (storage/conflicts.py). Validated like an update."""
        with self._store.write() as conn:
            _, updated = self._edited(record_id, values)
            updated = updated.with_changes(updated_at=utcnow())
            self._write_fields(
                conn,
                updated,
                [*values, "updated_at"],
                op="update",
                action=AuditAction.UPDATE,
                stamp=stamp,
                resolves=resolves,
            )
        return updated

    def _edited(self, record_id: str, changes: Mapping[str, Any]) -> tuple[R, R]:
        """The record as it is and as `changes` would leave it, validated; refused before anything is
        written if a field is unknown or may not change."""
        for field in changes:
            if field not in self.table.columns:
                raise UnknownField(self.table.name, field)
            if field not in self.table.editable:
                raise ImmutableField(self.table.name, field)
        current = self.get(record_id)
        updated = self.table.model.model_validate({**current.model_dump(), **changes})
        self.check_update(current, updated)
        return current, updated

    def delete(self, record_id: str) -> None:
        """Soft delete: a tombstone that syncs, so the record disappears everywhere, not only here."""
        with self._store.write() as conn:
            current = self.get(record_id)
            self.check_delete(current)
            gone = current.with_changes(deleted=True, updated_at=utcnow())
            self._write_fields(conn, gone, ["deleted", "updated_at"], op="delete", action=AuditAction.DELETE)

    def import_records(self, records: Iterable[R], *, stamp: str | None = None, share: bool = False) -> int:
        """Store records made elsewhere (pulled from the server, or generated demo data) as they are.

        They are not local changes: no audit event per row, and no outbox entry unless `share` asks for
        one (a create with every field, for data brought in here that the team's server has not seen, as
        the demo's seeded caseload). Every field gets `stamp` (default: one fresh stamp for the batch) so
        a later local edit still wins over them.

        Rows go in as multi-row INSERTs: each INSERT statement into a table with a full-text trigger
        opens a statement savepoint, and FTS5 writes its pending index to disk at every savepoint, so
        one statement per row costs a tiny index segment (and later merges) per row — 2-3x slower.
        """
        count = 0
        with self._store.write() as conn:
            clock = stamp or self._store.clock.now().encode()
            fields = [c for c in self.table.columns if c != "id"]
            clocks = field_clocks.encode(self.table.name, dict.fromkeys(fields, clock))
            encode = row_encoder(self.table)
            per_statement = max(1, MAX_PARAMS // (len(self.table.columns) + 1))
            batch: list[Any] = []
            for record in records:
                batch += encode(record)
                batch.append(clocks)
                count += 1
                if share:
                    self._record_share(conn, record, fields=fields, stamp=clock)
                if count % per_statement == 0:
                    self._insert_rows(conn, batch, per_statement)
                    batch = []
            if batch:
                self._insert_rows(conn, batch, count % per_statement)
        return count

    def _record_share(self, conn: Connection, record: R, *, fields: list[str], stamp: str) -> None:
        append_outbox(
            conn,
            entity=self.table.name,
            record_id=record.id,
            participant_id=record.participant_id if isinstance(record, ParticipantRecord) else record.id,
            op="create",
            fields=self.table.wire_values(record, fields),
            clocks=dict.fromkeys(fields, stamp),
            base={},
        )

    def _insert_rows(self, conn: Connection, values: list[Any], rows: int) -> None:
        width = len(self.table.columns) + 1
        one = "(" + ", ".join("?" * width) + ")"
        head = self._insert[: self._insert.index(" VALUES ")]
        conn.execute(f"{head} VALUES {', '.join([one] * rows)}", values)

    # -- hooks for entity rules --------------------------------------------------------------------

    def check_create(self, record: R) -> None:
        """Refuse a new record that breaks a rule the model alone cannot see."""

    def check_update(self, current: R, updated: R) -> None:
        """Refuse an update that breaks a rule of the entity."""

    def check_delete(self, current: R) -> None:
        """Refuse a delete that breaks a rule of the entity."""

    # -- internals ---------------------------------------------------------------------------------

    def _write_fields(
        self,
        conn: Connection,
        record: R,
        fields: list[str],
        *,
        op: Op,
        action: AuditAction,
        stamp: str | None = None,
        resolves: str | None = None,
    ) -> None:
        stamp = stamp or self._store.clock.now().encode()
        base = self.field_clocks(record.id)
        seen = version_of(base)
        clocks = {**base, **dict.fromkeys(fields, stamp)}
        row = self.table.to_row(record)
        assignments = ", ".join(f"{f} = ?" for f in fields)
        conn.execute(
            f"UPDATE {self.table.name} SET {assignments}, field_clocks = ? WHERE id = ?",
            [*(row[f] for f in fields), field_clocks.encode(self.table.name, clocks), record.id],
        )
        self._record(
            conn,
            record,
            op=op,
            fields=fields,
            clocks=dict.fromkeys(fields, stamp),
            base={f: base.get(f) for f in fields},
            action=action,
            resolves=resolves,
            seen=seen,
        )

    def _record(
        self,
        conn: Connection,
        record: R,
        *,
        op: Op,
        fields: Iterable[str],
        clocks: Mapping[str, str],
        base: Mapping[str, str | None],
        action: AuditAction = AuditAction.CREATE,
        resolves: str | None = None,
        seen: str | None = None,
    ) -> None:
        participant_id = record.participant_id if isinstance(record, ParticipantRecord) else record.id
        check_participant_here(conn, participant_id)
        self._store.note_written(entity=self.table.name, record_id=record.id, participant_id=participant_id)
        append_outbox(
            conn,
            entity=self.table.name,
            record_id=record.id,
            participant_id=participant_id,
            op=op,
            fields=self.table.wire_values(record, fields),
            clocks=clocks,
            base=base,
            resolves=resolves,
            seen=seen,
        )
        append_audit(
            conn,
            user=self._store.user,
            device=self._store.device_id,
            action=action,
            entity=self.table.name,
            entity_id=record.id,
            participant_id=participant_id,
        )

    def _column(self, name: str) -> str:
        if name not in self.table.columns:
            raise UnknownField(self.table.name, name)
        return name

    def _filters(
        self, participant_id: str | None, where: Mapping[str, Any] | None, include_deleted: bool
    ) -> tuple[str, list[Any]]:
        clauses: list[str] = [] if include_deleted else ["deleted = 0"]
        params: list[Any] = []
        if participant_id is not None:
            clauses.append("participant_id = ?")
            params.append(participant_id)
        for name, value in (where or {}).items():
            column = self._column(name)
            if isinstance(value, list | tuple | set | frozenset):
                values = [_param(v) for v in value]
                clauses.append(f"{column} IN ({', '.join('?' * len(values))})" if values else "0")
                params += values
            elif value is None:
                clauses.append(f"{column} IS NULL")
            else:
                clauses.append(f"{column} = ?")
                params.append(_param(value))
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def _decode(self, row: Sequence[Any]) -> R:
        return self.table.from_row(dict(zip(self.table.columns, row, strict=True)))
