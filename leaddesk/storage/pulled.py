"""Pulled records written into the local tables, a run of a page at a time (the records between two
removals): the ones new here in multi-row INSERTs, the ones already here replaced.

A pulled record is stored as the server has it: the server is where every laptop's writes meet and are
merged, so its state is the truth. Only this laptop's own unsent changes of a record are merged over it,
with the very rule the server will apply when they arrive (domain/merge.py), so the laptop shows what the
server will decide; where that would break a rule across fields, the server's state is shown until the
change has gone up and been settled there.

A new laptop's first sync is hundreds of thousands of records, nearly all new, so that path is the one
that counts: one SELECT per few hundred records to find which are here, and one INSERT per few thousand
(each statement into a table with a full-text trigger costs FTS5 a flush of its pending index, see
RecordRepository.import_records), instead of a SELECT and an INSERT per record.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from typing import Any, Protocol

from pydantic import ValidationError

from leaddesk.domain.base import VALUES_CHECKED
from leaddesk.domain.clock import Stamp
from leaddesk.domain.merge import IncomingField, Versioned, apply_change, seal_of
from leaddesk.storage import field_clocks
from leaddesk.storage.codec import Table, dumps, table_named
from leaddesk.storage.database import Connection
from leaddesk.storage.reoffer import ReofferPass
from leaddesk.storage.repositories.outbox import Outbox, OutboxEntry
from leaddesk.storage.row_encoding import MAX_PARAMS, column_encoders, utc_text

_IDS_PER_QUERY = 500
_seq = attrgetter("seq")
_STAMP = re.compile(r"[0-9a-f]{16}-.+", re.DOTALL)  # an encoded Stamp (domain/clock.py)


@dataclass
class PageResult:
    """What one pulled page did here."""

    cursor: int
    applied: int = 0  # records inserted or changed
    unchanged: int = 0  # already known (often this device's own pushes coming back)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (entity, id, why)
    removed: list[str] = field(default_factory=list)  # participants taken off this device
    kept: list[str] = field(default_factory=list)  # left in place: they hold unsent work
    offered: int = 0  # changes queued again for a server restored from an older backup (reoffer.py)


class ServerRecord(Protocol):
    """A record as the server holds it, each field with the stamp that put it there (the sync layer's
    wire records have this shape; storage knows nothing of the wire itself). `stamp`, where given, is
    the stamp of every field `clocks` does not name."""

    @property
    def seq(self) -> int: ...
    @property
    def entity(self) -> str: ...
    @property
    def record_id(self) -> str: ...
    @property
    def participant_id(self) -> str | None: ...
    @property
    def fields(self) -> Mapping[str, Any]: ...
    @property
    def clocks(self) -> Mapping[str, str]: ...
    @property
    def stamp(self) -> str | None: ...
    @property
    def value_problem(self) -> str | None:
        """Why a value of it breaks the rule every synced value keeps (domain/values.py), if one does."""


class ServerRemoval(Protocol):
    """A participant (and everything of theirs) that has left this device's scope, at `seq`."""

    @property
    def seq(self) -> int: ...
    @property
    def participant_id(self) -> str: ...


def runs(
    records: Sequence[ServerRecord], removals: Sequence[ServerRemoval]
) -> Iterator[list[ServerRecord] | ServerRemoval]:
    """The page in seq order: each removal on its own, and the records between them as lists."""
    if not removals:  # nearly every page: its records, which a server sends in seq order already
        if records:
            yield sorted(records, key=_seq)
        return
    run: list[ServerRecord] = []
    items: list[tuple[int, ServerRecord | None, ServerRemoval | None]] = [
        *((r.seq, r, None) for r in records),
        *((m.seq, None, m) for m in removals),
    ]
    for _, record, removal in sorted(items, key=lambda i: i[0]):
        if removal is not None:
            if run:
                yield run
                run = []
            yield removal
        elif record is not None:
            run.append(record)
    if run:
        yield run


@dataclass(frozen=True)
class _Plan:
    """How one table is read and written here (made once per table)."""

    table: Table[Any]
    known: frozenset[str]  # the fields this version stores, id aside
    id_index: int
    encode: Callable[[Any, Mapping[str, Any]], list[Any]]
    select_in: str  # ... WHERE id IN (, then the marks and ")"
    insert_head: str  # INSERT INTO t (columns, field_clocks) VALUES
    row_marks: str  # "(?, ?, …)" for one row
    update: str  # every column but id, then field_clocks, WHERE id = ?
    per_insert: int  # rows in one INSERT statement


# A time as Table.to_row stores it (ids.iso): what a record's times look like on the wire, mostly.
_UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def pulled_row_encoder(table: Table[Any]) -> Callable[[Any, Mapping[str, Any]], list[Any]]:
    """row_encoder (repositories/records.py) for a pulled record, given the wire fields it was validated
    from: a time already in the stored form is taken as it came rather than formatted again (it would
    come out the same, as no model rule changes a time; formatting was a tenth of writing a page)."""
    encoders = column_encoders(table)
    slow = {c for c, f in encoders.items() if f is None}
    steps = [(c, f, c in table.json_columns, f is utc_text) for c, f in encoders.items()]
    canonical = _UTC_TEXT.fullmatch

    def encode(record: Any, wire: Mapping[str, Any]) -> list[Any]:
        dumped = record.model_dump(mode="json", include=slow) if slow else {}
        values = record.__dict__
        return [
            (dumps(dumped[c]) if is_json else dumped[c])
            if f is None
            else w
            if time and (w := wire.get(c)).__class__ is str and canonical(w)
            else f(values[c])
            for c, f, is_json, time in steps
        ]

    return encode


@cache
def _plan(table: Table[Any]) -> _Plan:
    stored = [*table.columns, "field_clocks"]
    assignments = ", ".join(f"{c} = ?" for c in stored if c != "id")
    return _Plan(
        table=table,
        known=frozenset(table.columns) - {"id"},
        id_index=table.columns.index("id"),
        encode=pulled_row_encoder(table),
        select_in=f"SELECT {', '.join(stored)} FROM {table.name} WHERE id IN (",
        insert_head=f"INSERT INTO {table.name} ({', '.join(stored)}) VALUES ",
        row_marks="(" + ", ".join("?" * len(stored)) + ")",
        update=f"UPDATE {table.name} SET {assignments} WHERE id = ?",
        per_insert=max(1, MAX_PARAMS // len(stored)),
    )


class PageWriter:
    """Writes runs of server records inside the caller's transaction, counting into `result`; `outbox`
    gives this laptop's unsent changes, merged over them."""

    def __init__(
        self, conn: Connection, result: PageResult, *, outbox: Outbox, reoffer: ReofferPass | None = None
    ) -> None:
        self.conn = conn
        self.result = result
        self._outbox = outbox
        self._nothing_unsent = outbox.is_empty()  # a new laptop's first sync: no query per record
        self._reoffer = reoffer  # a restored server's re-pull: this laptop's writes it lacks go up again

    def apply(self, states: Sequence[ServerRecord]) -> str:
        """Merge a run of records into the local tables; the newest stamp among those kept ("" if none).
        Records of different tables are independent (no foreign keys), so each table's go together."""
        skips: list[tuple[int, tuple[str, str, str]]] = []
        newest = ""
        groups: dict[str, list[ServerRecord]] = {}
        for state in states:
            groups.setdefault(state.entity, []).append(state)
        for entity, group in groups.items():
            try:
                plan = _plan(table_named(entity))
            except ValueError as exc:  # an entity this version does not know
                skips += [(s.seq, (s.entity, s.record_id, str(exc))) for s in group]
                continue
            newest = max(newest, self._apply_table(plan, group, skips))
        # Reported in seq order, as they came.
        self.result.skipped += [why for _, why in sorted(skips, key=lambda s: s[0])]
        return newest

    def _apply_table(
        self, plan: _Plan, states: list[ServerRecord], skips: list[tuple[int, tuple[str, str, str]]]
    ) -> str:
        ids = [s.record_id for s in states]
        here = self._rows(plan, ids)
        unsent: dict[str, list[OutboxEntry]] = (
            {} if self._nothing_unsent else self._outbox.for_records(plan.table.name, ids)
        )
        fresh: list[list[Any]] = []  # new rows, not yet inserted
        seen: set[str] = set()
        newest = ""
        for state in states:
            fields = state.fields
            if not plan.known.issuperset(fields):  # fields of a later version: left aside
                fields = {f: v for f, v in fields.items() if f in plan.known}
            if state.stamp is not None and not state.clocks:  # a page with shared stamps, mostly
                clocks = dict.fromkeys(fields, state.stamp)
                stamps = {state.stamp}
            else:
                default = "" if state.stamp is None else state.stamp
                clocks = {f: state.clocks.get(f, default) for f in fields}
                stamps = set(clocks.values())  # mostly one: a record made in one go, not edited since
            why = _unusable(fields, stamps)
            if not why and (problem := state.value_problem) is not None:
                why = f"not a valid {state.entity}: {problem}"
            if why:
                skips.append((state.seq, (state.entity, state.record_id, why)))
                continue
            if state.record_id in seen:  # one record twice in a run (no server sends that): in order
                self._insert(plan, fresh)
                fresh = []
                here.update(self._rows(plan, [state.record_id]))
            seen.add(state.record_id)
            row = here.get(state.record_id)
            if self._reoffer is not None and row is not None:
                mine = unsent.get(state.record_id, [])
                offered = self._reoffer.offer(
                    plan.table, row, clocks, participant_id=state.participant_id, unsent=mine
                )
                if offered is not None:
                    unsent[state.record_id] = [*mine, offered]
            sent = clocks
            try:
                record, fields, clocks = _with_unsent(plan, state.record_id, fields, clocks, unsent)
            except ValidationError as exc:  # validated by the server: a record this version cannot read
                why = f"not a valid {state.entity}: {why_of(exc)}"
                skips.append((state.seq, (state.entity, state.record_id, why)))
                continue
            if row is None:
                if clocks is not sent:
                    stamps = set(clocks.values())
                stored = field_clocks.encode(plan.table.name, clocks, stamps)
                fresh.append([*plan.encode(record, fields), stored])
                self.result.applied += 1
            elif _holds(plan.table, row, fields, clocks):
                self.result.unchanged += 1
            else:
                values = plan.encode(record, fields)
                columns = [v for c, v in zip(plan.table.columns, values, strict=True) if c != "id"]
                stored = field_clocks.encode(plan.table.name, clocks)
                self.conn.execute(plan.update, [*columns, stored, state.record_id])
                self.result.applied += 1
            newest = max(newest, *stamps)
        self._insert(plan, fresh)
        return newest

    def _rows(self, plan: _Plan, ids: list[str]) -> dict[str, tuple[Any, ...]]:
        """The local rows (columns, then field_clocks) of those of `ids` that are here."""
        found: dict[str, tuple[Any, ...]] = {}
        for start in range(0, len(ids), _IDS_PER_QUERY):
            chunk = ids[start : start + _IDS_PER_QUERY]
            sql = plan.select_in + ", ".join("?" * len(chunk)) + ")"
            found.update((row[plan.id_index], row) for row in self.conn.execute(sql, chunk))
        return found

    def _insert(self, plan: _Plan, rows: list[list[Any]]) -> None:
        for start in range(0, len(rows), plan.per_insert):
            chunk = rows[start : start + plan.per_insert]
            sql = plan.insert_head + ", ".join([plan.row_marks] * len(chunk))
            self.conn.execute(sql, [value for row in chunk for value in row])


def _unusable(fields: Mapping[str, Any], stamps: set[str]) -> str:
    if not fields:
        return "no fields this app knows"
    if not all(_STAMP.fullmatch(c) for c in stamps):
        return "a field's stamp is missing or damaged"
    return ""


def why_of(exc: ValueError) -> str:
    """Where and what, never the value: reasons end up in the sync summary and the log."""
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        # A rule over the whole record (the value rule, say) names its field in its own message.
        message = str(first["msg"]).removeprefix("Value error, ")
        where = ".".join(str(p) for p in first["loc"])
        return f"{where}: {message}" if where else message
    return str(exc)[:200]


def _same(stored: Any, wire: Any, *, json_column: bool) -> bool:
    """Whether a column as stored holds the wire value (JSON columns are text; booleans are 0 and 1)."""
    if json_column and isinstance(stored, str):
        stored = json.loads(stored)
    return bool(stored == wire and (stored is None) == (wire is None))


def _with_unsent(
    plan: _Plan,
    record_id: str,
    fields: Mapping[str, Any],
    clocks: dict[str, str],
    unsent: Mapping[str, list[OutboxEntry]],
) -> tuple[Any, Mapping[str, Any], dict[str, str]]:
    """The record to store: the server's, with this laptop's unsent changes of it merged over it as the
    server will merge them; the server's alone where the merge would break a rule of the record."""
    model = plan.table.model
    entries = unsent.get(record_id)
    if entries:
        current = {f: Versioned(v, Stamp.decode(clocks[f])) for f, v in fields.items()}
        seal = seal_of(model)
        for entry in entries:
            change = {
                f: IncomingField(v, Stamp.decode(entry.clocks[f]), _stamp_or_none(entry.base.get(f)))
                for f, v in entry.fields.items()
                if f in plan.known and f in entry.clocks
            }
            current, _ = apply_change(current, change, seal=seal)
        mine = {f: v.value for f, v in current.items()}
        try:
            record = model.model_validate({**mine, "id": record_id}, context=VALUES_CHECKED)
        except ValidationError:
            pass  # shown as the server has it; the change goes up and is settled there
        else:
            return record, mine, {f: v.stamp.encode() for f, v in current.items()}
    # Every value was held to the rule for synced values as the page was read (ServerRecord.value_problem).
    return model.model_validate({**fields, "id": record_id}, context=VALUES_CHECKED), fields, clocks


def _stamp_or_none(text: str | None) -> Stamp | None:
    return None if text is None else Stamp.decode(text)


def _holds(
    table: Table[Any], row: tuple[Any, ...], fields: Mapping[str, Any], clocks: Mapping[str, str]
) -> bool:
    """Whether the local row already holds exactly these values and stamps (often this laptop's own pushes
    coming back), so it need not be written again."""
    local_clocks = field_clocks.decode(table.name, row[-1])
    stored = dict(zip(table.columns, row, strict=False))
    return local_clocks == clocks and all(
        _same(stored[f], v, json_column=f in table.json_columns) for f, v in fields.items()
    )
