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
RecordRepository.import_records), instead of a SELECT and an INSERT per record. There, prepare_new does
every part of a run's work that reads no table (the checks, the model's rules, encoding the rows) in a
helper process (sync/pages.py), and PageWriter.apply_prepared inserts what it made.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import ValidationError

from leaddesk.domain.base import VALUES_CHECKED
from leaddesk.domain.clock import Stamp
from leaddesk.domain.merge import IncomingField, Versioned, apply_change, seal_of
from leaddesk.domain.values import first_problem
from leaddesk.storage import field_clocks
from leaddesk.storage.codec import Table, table_named
from leaddesk.storage.database import Connection
from leaddesk.storage.pulled_page import PageResult, ServerRecord
from leaddesk.storage.reoffer import ReofferPass
from leaddesk.storage.repositories.outbox import Outbox, OutboxEntry
from leaddesk.storage.row_encoding import MAX_PARAMS, pulled_row_encoder

_IDS_PER_QUERY = 500
_STAMP = re.compile(r"[0-9a-f]{16}-.+", re.DOTALL)  # an encoded Stamp (domain/clock.py)


@dataclass(frozen=True)
class _Plan:
    """How one table is read and written here (made once per table)."""

    table: Table[Any]
    known: frozenset[str]  # the fields this version stores, id aside
    id_index: int
    encode: Callable[[Any, Mapping[str, Any]], list[Any]]
    validate: Callable[..., Any]  # the model's pydantic validator (model_validate without its wrapper)
    select_in: str  # ... WHERE id IN (, then the marks and ")"
    insert_head: str  # INSERT INTO t (columns, field_clocks) VALUES
    row_marks: str  # "(?, ?, …)" for one row
    update: str  # every column but id, then field_clocks, WHERE id = ?
    per_insert: int  # rows in one INSERT statement


@cache
def _plan(table: Table[Any]) -> _Plan:
    stored = [*table.columns, "field_clocks"]
    assignments = ", ".join(f"{c} = ?" for c in stored if c != "id")
    return _Plan(
        table=table,
        known=frozenset(table.columns) - {"id"},
        id_index=table.columns.index("id"),
        encode=pulled_row_encoder(table),
        validate=table.model.__pydantic_validator__.validate_python,
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
        self._report(skips)
        return newest

    def apply_prepared(self, groups: Sequence[tuple[str, Sequence[Prepared]]]) -> str | None:
        """Store a run as prepare_new made it elsewhere, if every record of it is new here, once, with
        nothing of it unsent: then that is exactly what apply would store. None, having written nothing,
        if not (the caller applies the run itself then); else the newest stamp among those stored."""
        for entity, prepared in groups:
            ids = [p[1] for p in prepared]
            if len(set(ids)) != len(ids):
                return None
            with contextlib.suppress(ValueError):  # an entity this version does not know: all skipped
                plan = _plan(table_named(entity))
                if self._rows(plan, ids) or (
                    not self._nothing_unsent and self._outbox.for_records(plan.table.name, ids)
                ):
                    return None
        skips: list[tuple[int, tuple[str, str, str]]] = []
        newest = ""
        for entity, prepared in groups:
            rows = []
            for seq, record_id, row, note in prepared:
                if row is None:
                    skips.append((seq, (entity, record_id, note)))
                else:
                    rows.append(row)
                    newest = max(newest, note)
            if rows:
                self._insert(_plan(table_named(entity)), rows)
                self.result.applied += len(rows)
        self._report(skips)
        return newest

    def _report(self, skips: list[tuple[int, tuple[str, str, str]]]) -> None:
        """The skipped records, in seq order, as they came."""
        self.result.skipped += [why for _, why in sorted(skips, key=lambda s: s[0])]

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
            taken = _taken(plan, state)
            if isinstance(taken, str):
                skips.append((state.seq, (state.entity, state.record_id, taken)))
                continue
            fields, clocks, stamps = taken
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
                fresh.append(_new_row(plan, record, fields, clocks, stamps))
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


# A record of a run as prepare_new makes it: (seq, record id, the row to insert or None if it is skipped,
# then why it is skipped, or else the newest of its field stamps). Plain values only, so another process
# can make it and send it back (sync/page_worker.py).
Prepared = tuple[int, str, list[Any] | None, str]


def prepare_new(
    states: Sequence[ServerRecord], *, texts_checked: bool = False
) -> list[tuple[str, list[Prepared]]]:
    """What PageWriter.apply would insert for a run of records if none of them were here and nothing of
    them unsent, table by table: every check and encoding that reads no table. The records are skipped
    for the same reasons and with the same words as there. `texts_checked`: every text of the records
    is known to keep the rule for synced values (domain/values.texts_clean_in of their page)."""
    groups: dict[str, list[ServerRecord]] = {}
    for state in states:
        groups.setdefault(state.entity, []).append(state)
    prepared: list[tuple[str, list[Prepared]]] = []
    for entity, group in groups.items():
        try:
            plan = _plan(table_named(entity))
        except ValueError as exc:  # an entity this version does not know
            prepared.append((entity, [(s.seq, s.record_id, None, str(exc)) for s in group]))
            continue
        made: list[Prepared] = []
        for state in group:
            taken = _taken(plan, state, texts_checked=texts_checked)
            if isinstance(taken, str):
                made.append((state.seq, state.record_id, None, taken))
                continue
            fields, clocks, stamps = taken
            try:
                record = _validated(plan, state.record_id, fields)
            except ValidationError as exc:
                made.append((state.seq, state.record_id, None, f"not a valid {entity}: {why_of(exc)}"))
                continue
            made.append(
                (state.seq, state.record_id, _new_row(plan, record, fields, clocks, stamps), max(stamps))
            )
        prepared.append((entity, made))
    return prepared


def _unusable(fields: Mapping[str, Any], stamps: set[str]) -> str:
    if not fields:
        return "no fields this app knows"
    for stamp in stamps:  # mostly one
        if not _STAMP.fullmatch(stamp):
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
    entries = unsent.get(record_id)
    if entries:
        current = {f: Versioned(v, Stamp.decode(clocks[f])) for f, v in fields.items()}
        seal = seal_of(plan.table.model)
        for entry in entries:
            change = {
                f: IncomingField(v, Stamp.decode(entry.clocks[f]), _stamp_or_none(entry.base.get(f)))
                for f, v in entry.fields.items()
                if f in plan.known and f in entry.clocks
            }
            current, _ = apply_change(current, change, seal=seal)
        mine = {f: v.value for f, v in current.items()}
        try:
            record = _validated(plan, record_id, mine)
        except ValidationError:
            pass  # shown as the server has it; the change goes up and is settled there
        else:
            return record, mine, {f: v.stamp.encode() for f, v in current.items()}
    return _validated(plan, record_id, fields), fields, clocks


def _validated(plan: _Plan, record_id: str, fields: Mapping[str, Any]) -> Any:
    """The server's record as this version's model (ValidationError if it breaks one of its rules). Every
    value was held to the rule for synced values as the page was read (ServerRecord.value_problem)."""
    # The model's own validator, without model_validate's call around it (thousands of records a page).
    return plan.validate({**fields, "id": record_id}, context=VALUES_CHECKED)


def _taken(
    plan: _Plan, state: ServerRecord, *, texts_checked: bool = False
) -> tuple[Mapping[str, Any], dict[str, str], set[str]] | str:
    """The fields of `state` this version stores, each field's stamp and the set of those stamps; or why
    the record cannot be taken at all (a damaged stamp, a value that breaks the rule for synced values,
    whose texts need no check of their own if `texts_checked`)."""
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
    problem = None
    if not why:
        problem = first_problem(state.fields, texts_checked=True) if texts_checked else state.value_problem
    if problem is not None:
        why = f"not a valid {state.entity}: {problem}"
    return why or (fields, clocks, stamps)


def _new_row(
    plan: _Plan, record: Any, fields: Mapping[str, Any], clocks: Mapping[str, str], stamps: set[str]
) -> list[Any]:
    """The row a record new here is inserted as: its columns, then its stored field clocks."""
    return [*plan.encode(record, fields), field_clocks.encode(plan.table.name, clocks, stamps)]


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
