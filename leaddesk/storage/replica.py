"""This device's copy of its team's records as sync sees it: the saved sync state (server, token,
cursor), pulled pages stored as the server has them (with this laptop's unsent changes over them),
records put back as the server has them when it refuses a change, participants leaving its scope, and
attachment bytes. All of it stays inside the encrypted database; the token never leaves it."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from leaddesk.domain import MODEL_BY_ENTITY, SYNCED_MODELS
from leaddesk.domain.ids import iso, utcnow
from leaddesk.storage.codec import Table, table_for
from leaddesk.storage.database import DB_FILE, Connection
from leaddesk.storage.paths import VAULT_FILE
from leaddesk.storage.pulled import PageResult, PageWriter, runs
from leaddesk.storage.sync_state import CURSOR, SyncState, write_state
from leaddesk.sync.hlc import Stamp
from leaddesk.sync.protocol import RecordState, Removal

__all__ = ["PageResult", "Replica", "wipe_profile"]

_IDS_PER_QUERY = 500


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
        ends up here. The transaction is not fsynced on commit (`durable=False`): a page lost to a power
        cut goes with its cursor and is simply pulled again, and the next durable commit syncs it anyway.
        """
        result = PageResult(cursor=cursor)
        with self._store.write(durable=False) as conn:
            deferred = self._deferred(conn)
            newest = ""  # encoded stamps sort as the stamps do (fixed-width hex first)
            for run in runs(records, removals):
                if isinstance(run, Removal):
                    if self._remove(conn, run, result):
                        deferred.add(run.participant_id)
                    continue
                newest = max(newest, PageWriter(conn, result, outbox=self._store.repos.outbox).apply(run))
                for pid in deferred & {state.participant_id for state in run}:
                    # Back in scope before its removal could happen.
                    conn.execute("DELETE FROM sync_removal_deferred WHERE participant_id = ?", (pid,))
                    deferred.discard(pid)
            if newest:
                # Later local edits are stamped after everything seen here (a stamp from far ahead
                # moves the clock only so far: hlc.MAX_AHEAD_MS).
                self._store.clock.observe(Stamp.decode(newest))
            write_state(conn, CURSOR, str(cursor))
        return result

    def restore(self, states: Sequence[RecordState], *, gone: Iterable[tuple[str, str]] = ()) -> PageResult:
        """Put records back as the server has them after it refused changes of theirs (with whatever
        unsent changes of them remain over them). `gone` are (entity, id) of refused changes the server
        showed no record for: a record whose very creation it refused goes from here too, once nothing
        unsent of it is left. The refused changes are kept in sync_rejected, to look at and re-apply."""
        result = PageResult(cursor=self.cursor)
        outbox = self._store.repos.outbox
        with self._store.write() as conn:
            if states:
                PageWriter(conn, result, outbox=outbox).apply(states)
            for entity, record_id in gone:
                never_made = conn.execute(
                    "SELECT 1 FROM sync_rejected WHERE entity = ? AND record_id = ? AND op = 'create'",
                    (entity, record_id),
                ).fetchone()
                if never_made and entity in MODEL_BY_ENTITY and not outbox.for_records(entity, [record_id]):
                    table = table_for(MODEL_BY_ENTITY[entity])
                    conn.execute(f"DELETE FROM {table.name} WHERE id = ?", (record_id,))
                    result.applied += 1
        return result

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


def _owner_column(table: Table[Any]) -> str:
    return "participant_id" if "participant_id" in table.columns else "id"


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
    # Unsaved text about them goes too: this device holds exactly its teams' participants (DESIGN §4.6).
    conn.execute("DELETE FROM draft WHERE participant_id = ?", (pid,))
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
