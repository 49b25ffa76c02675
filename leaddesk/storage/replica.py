"""This device's copy of its team's records as sync sees it: the saved sync state (server, token,
cursor), pulled pages merged field by field into the local tables, participants leaving its scope, and
attachment bytes. All of it stays inside the encrypted database; the token never leaves it."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from leaddesk.domain import SYNCED_MODELS
from leaddesk.domain.ids import iso, utcnow
from leaddesk.storage.codec import Table, dumps, table_for, table_named
from leaddesk.storage.database import DB_FILE, Connection
from leaddesk.storage.paths import VAULT_FILE
from leaddesk.storage.sync_state import CURSOR, SyncState, write_state
from leaddesk.sync.hlc import Stamp
from leaddesk.sync.merge import Versioned, merge_records
from leaddesk.sync.protocol import RecordState, Removal

if TYPE_CHECKING:
    pass

_IDS_PER_QUERY = 500
_STAMP = re.compile(r"[0-9a-f]{16}-.+", re.DOTALL)  # an encoded Stamp (sync/hlc.py)


@dataclass
class PageResult:
    """What one pulled page did here."""

    cursor: int
    applied: int = 0  # records inserted or changed
    unchanged: int = 0  # already known (often this device's own pushes coming back)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # (entity, id, why)
    removed: list[str] = field(default_factory=list)  # participants taken off this device
    kept: list[str] = field(default_factory=list)  # left in place: they hold unsent work


class Replica(SyncState):
    """Sync's reads and writes of one open store: its saved state (see SyncState) and pulled pages."""

    # -- pulled pages ------------------------------------------------------------------------------

    def apply_page(
        self, records: Sequence[RecordState], removals: Sequence[Removal], cursor: int
    ) -> PageResult:
        """Apply one pulled page and store its cursor, all in one transaction: after a crash the page is
        either wholly here with its cursor, or not at all and pulled again.

        Pulled records are not local edits, so they leave no outbox entry and no audit event. Records
        and removals are applied in seq order, so a participant that left and came back in one page
        ends up here.
        """
        result = PageResult(cursor=cursor)
        with self._store.write() as conn:
            deferred = self._deferred(conn)
            newest = ""  # encoded stamps sort as the stamps do (fixed-width hex first)
            events: list[RecordState | Removal] = [*records, *removals]
            for item in sorted(events, key=lambda i: i.seq):
                if isinstance(item, Removal):
                    if self._remove(conn, item, result):
                        deferred.add(item.participant_id)
                    continue
                newest = max(newest, self._apply_record(conn, item, result))
                if item.participant_id in deferred:  # back in scope before its removal could happen
                    conn.execute(
                        "DELETE FROM sync_removal_deferred WHERE participant_id = ?", (item.participant_id,)
                    )
                    deferred.discard(item.participant_id)
            if newest:
                # Later local edits must be stamped after everything seen here, or they would lose to
                # it. ClockDriftError (a far-future stamp) rolls the page back: better to stop than to
                # let this device's edits lose silently from then on.
                self._store.clock.observe(Stamp.decode(newest))
            write_state(conn, CURSOR, str(cursor))
        return result

    def _apply_record(self, conn: Connection, state: RecordState, result: PageResult) -> str:
        """Merge one record into its local row; the newest stamp it carries ("" if it was skipped).

        Most records of a page are new here, or already here as they are (this device's own pushes
        coming back), so both are settled without decoding a stamp; only a row both sides changed goes
        through merge_records.
        """
        try:
            table = table_named(state.entity)
        except ValueError as exc:  # an entity this version does not know
            return _skip(result, state, str(exc))
        fields = {f: v for f, v in state.fields.items() if f in table.columns and f != "id"}
        clocks = {f: state.clocks.get(f, "") for f in fields}
        if not fields:
            return _skip(result, state, "no fields this app knows")
        if not all(_STAMP.fullmatch(c) for c in clocks.values()):
            return _skip(result, state, "a field's stamp is missing or damaged")
        newest = max(clocks.values())
        select, insert, update = _statements(table)
        row = conn.execute(select, (state.record_id,)).fetchone()
        if row is not None:
            local_clocks: dict[str, str] = json.loads(row[-1])
            stored = dict(zip(table.columns, row, strict=False))
            if all(
                local_clocks.get(f) == c and _same(stored[f], fields[f], json_column=f in table.json_columns)
                for f, c in clocks.items()
            ):
                result.unchanged += 1
                return newest
            try:
                fields, clocks = _merge(table, stored, local_clocks, fields, clocks)
            except ValueError as exc:  # ValidationError too: left as it is rather than stopping the sync
                return _skip(result, state, f"the copy here cannot be read: {_why(exc)}")
        try:
            record = table.model.model_validate({**fields, "id": state.record_id})
        except ValidationError as exc:
            return _skip(result, state, f"not a valid {state.entity}: {_why(exc)}")
        columns = table.to_row(record)
        if row is None:
            conn.execute(insert, [*columns.values(), dumps(clocks)])
        else:
            conn.execute(
                update, [*(v for c, v in columns.items() if c != "id"), dumps(clocks), state.record_id]
            )
        result.applied += 1
        return newest

    # -- participants leaving this device's scope --------------------------------------------------

    def _remove(self, conn: Connection, removal: Removal, result: PageResult) -> bool:
        """Remove a participant that left this device's scope; True if it had to be kept for now."""
        pid = removal.participant_id
        if self._store.repos.outbox.participants_with_pending([pid]):
            # Never delete unsent work: keep them until it has gone, then remove (retry_deferred_removals).
            conn.execute(
                "INSERT OR REPLACE INTO sync_removal_deferred (participant_id, seq, noted_at)"
                " VALUES (?, ?, ?)",
                (pid, removal.seq, iso(utcnow())),
            )
            result.kept.append(pid)
            return True
        conn.execute("DELETE FROM sync_removal_deferred WHERE participant_id = ?", (pid,))
        if _delete_participant(conn, pid):
            result.removed.append(pid)
        return False

    def _deferred(self, conn: Connection) -> set[str]:
        return {r[0] for r in conn.execute("SELECT participant_id FROM sync_removal_deferred")}

    def deferred_removals(self) -> set[str]:
        """Participants out of this device's scope, still here because they hold unsent work."""
        return self._deferred(self._store.conn)

    def retry_deferred_removals(self) -> list[str]:
        """Remove the deferred participants whose unsent work has gone since; returns those removed."""
        with self._store.write() as conn:
            waiting = self._deferred(conn)
            busy = self._store.repos.outbox.participants_with_pending(waiting)
            removed = []
            for pid in sorted(waiting - busy):
                conn.execute("DELETE FROM sync_removal_deferred WHERE participant_id = ?", (pid,))
                if _delete_participant(conn, pid):
                    removed.append(pid)
        return removed

    def participant_count(self) -> int:
        return int(self._store.conn.execute("SELECT count(*) FROM participant").fetchone()[0])

    def present_participants(self, participant_ids: Iterable[str]) -> set[str]:
        """Which of these participants this device holds."""
        found: set[str] = set()
        for chunk in _chunks(list(participant_ids)):
            marks = ", ".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self._store.conn.execute(f"SELECT id FROM participant WHERE id IN ({marks})", chunk)
            )
        return found

    def count_records_of(self, participant_ids: Iterable[str]) -> int:
        """How many rows (participants and all their records) these participants hold here."""
        total = 0
        for chunk in _chunks(list(participant_ids)):
            marks = ", ".join("?" * len(chunk))
            for model in SYNCED_MODELS:
                table = table_for(model)
                column = _owner_column(table)
                sql = f"SELECT count(*) FROM {table.name} WHERE {column} IN ({marks})"
                total += int(self._store.conn.execute(sql, chunk).fetchone()[0])
        return total

    # -- attachment bytes --------------------------------------------------------------------------

    def missing_blobs(self) -> list[str]:
        """Hashes of live attachments whose bytes this device does not hold yet."""
        rows = self._store.conn.execute(
            "SELECT DISTINCT a.sha256 FROM attachment a WHERE a.deleted = 0"
            " AND NOT EXISTS (SELECT 1 FROM attachment_blob b WHERE b.sha256 = a.sha256) ORDER BY a.sha256"
        )
        return [r[0] for r in rows]

    def blob(self, sha256: str) -> bytes | None:
        row = self._store.conn.execute(
            "SELECT data FROM attachment_blob WHERE sha256 = ?", (sha256,)
        ).fetchone()
        return None if row is None else bytes(row[0])

    def store_blob(self, sha256: str, data: bytes) -> None:
        """Keep downloaded bytes; refused unless they hash to the name they were asked for by."""
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError("the downloaded attachment does not match its SHA-256")
        with self._store.write() as conn:
            conn.execute("INSERT OR IGNORE INTO attachment_blob (sha256, data) VALUES (?, ?)", (sha256, data))


def _skip(result: PageResult, state: RecordState, why: str) -> str:
    result.skipped.append((state.entity, state.record_id, why))
    return ""


def _why(exc: ValueError) -> str:
    """Where and what, never the value: reasons end up in the sync summary and the log."""
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return str(exc)[:200]


def _same(stored: Any, wire: Any, *, json_column: bool) -> bool:
    """Whether a column as stored holds the wire value (JSON columns are text; booleans are 0 and 1)."""
    if json_column and isinstance(stored, str):
        stored = json.loads(stored)
    return bool(stored == wire and (stored is None) == (wire is None))


def _merge(
    table: Table[Any],
    stored: Mapping[str, Any],
    local_clocks: Mapping[str, str],
    fields: Mapping[str, Any],
    clocks: Mapping[str, str],
) -> tuple[dict[str, Any], dict[str, str]]:
    """The field-level merge (sync/merge.py) of the local row and a pulled record: values and stamps."""
    values = table.wire_values(table.from_row(stored), table.columns)
    local = {f: Versioned(values[f], Stamp.decode(s)) for f, s in local_clocks.items() if f in values}
    remote = {f: Versioned(v, Stamp.decode(clocks[f])) for f, v in fields.items()}
    merged = merge_records(local, remote)
    return {f: v.value for f, v in merged.items()}, {f: v.stamp.encode() for f, v in merged.items()}


def _owner_column(table: Table[Any]) -> str:
    return "participant_id" if "participant_id" in table.columns else "id"


@cache
def _statements(table: Table[Any]) -> tuple[str, str, str]:
    """SELECT by id (columns, then field_clocks), INSERT of a whole row, UPDATE of every column by id."""
    columns = ", ".join(table.columns)
    select = f"SELECT {columns}, field_clocks FROM {table.name} WHERE id = ?"
    stored = [*table.columns, "field_clocks"]
    insert = f"INSERT INTO {table.name} ({', '.join(stored)}) VALUES ({', '.join('?' * len(stored))})"
    assignments = ", ".join(f"{c} = ?" for c in stored if c != "id")
    update = f"UPDATE {table.name} SET {assignments} WHERE id = ?"
    return select, insert, update


def _delete_participant(conn: Connection, pid: str) -> bool:
    """Take a participant and everything of theirs off this device; True if they were here."""
    hashes = [
        r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM attachment WHERE participant_id = ?", (pid,))
    ]
    found = False
    for model in SYNCED_MODELS:
        table = table_for(model)
        cursor = conn.execute(f"DELETE FROM {table.name} WHERE {_owner_column(table)} = ?", (pid,))
        found = found or cursor.rowcount > 0
    # The bytes go too, unless an attachment of someone still here names the same file.
    conn.executemany(
        "DELETE FROM attachment_blob WHERE sha256 = ?"
        " AND NOT EXISTS (SELECT 1 FROM attachment WHERE sha256 = ?)",
        [(h, h) for h in hashes],
    )
    return found


def _chunks(items: list[str]) -> list[list[str]]:
    return [items[i : i + _IDS_PER_QUERY] for i in range(0, len(items), _IDS_PER_QUERY)]


def wipe_profile(folder: Path) -> None:
    """Delete a profile's folder and every file in it (database, WAL, backups, vault).

    The vault goes first, overwritten before it is unlinked: it holds the only wrapped copies of the
    database key, so without it any database blocks left on the disk are unreadable noise.
    """
    folder = Path(folder)
    if not ((folder / VAULT_FILE).exists() or (folder / DB_FILE).exists()):
        raise ValueError(f"{folder} does not look like a LEAD Desk profile; refusing to delete it")
    vault = folder / VAULT_FILE
    if vault.exists():
        size = max(vault.stat().st_size, 1)
        with vault.open("r+b") as handle:
            handle.write(os.urandom(size))
            handle.flush()
            os.fsync(handle.fileno())
        vault.unlink()
    shutil.rmtree(folder)
