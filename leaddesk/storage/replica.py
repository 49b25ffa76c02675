"""This device's copy of its team's records as sync sees it: the saved sync state (server, token,
cursor), pulled pages stored as the server has them (with this laptop's unsent changes over them),
records put back as the server has them when it refuses a change, participants leaving its scope, and
attachment bytes. All of it stays inside the encrypted database; the token never leaves it."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from leaddesk.domain import MODEL_BY_ENTITY, SYNCED_MODELS
from leaddesk.domain.clock import Stamp
from leaddesk.domain.ids import iso, utcnow
from leaddesk.storage.codec import table_for
from leaddesk.storage.database import DB_FILE, Connection
from leaddesk.storage.errors import UnsentWorkHere
from leaddesk.storage.first_pull import build_search_index, folding_less_often
from leaddesk.storage.paths import VAULT_FILE
from leaddesk.storage.pulled import PageWriter, Prepared
from leaddesk.storage.pulled_page import PageResult, ServerRecord, ServerRemoval, runs
from leaddesk.storage.reoffer import ReofferPass, finish_pass
from leaddesk.storage.sync_state import CURSOR, PUSHED_SEQ, REOFFER, SyncState, write_state

__all__ = ["PageResult", "Replica", "wipe_profile"]

_IDS_PER_QUERY = 500


class Replica(SyncState):
    """Sync's reads and writes of one open store: its saved state (see SyncState) and pulled pages."""

    # -- pulled pages ------------------------------------------------------------------------------

    def apply_page(
        self,
        records: Sequence[ServerRecord],
        removals: Sequence[ServerRemoval],
        cursor: int,
        *,
        reoffer: bool = False,
    ) -> PageResult:
        """Apply one pulled page and store its cursor, all in one transaction: after a crash the page is
        either wholly here with its cursor, or not at all and pulled again. `reoffer`: a page of a
        re-offer pass (`begin_reoffer`).

        Pulled records are not local edits, so they leave no outbox entry and no audit event. Records
        and removals are applied in seq order, so a participant that left and came back in one page
        ends up here. The transaction is not fsynced on commit (`durable=False`): a page lost to a power
        cut goes with its cursor and is simply pulled again, and the next durable commit syncs it anyway.
        """
        result = PageResult(cursor=cursor)
        with self._store.write(durable=False) as conn:
            deferred = self._deferred(conn)
            offering = ReofferPass(conn, device=self._store.clock.device) if reoffer else None
            if offering is not None:
                offering.seen(records)
            newest = ""  # encoded stamps sort as the stamps do (fixed-width hex first)
            for run in runs(records, removals):
                if not isinstance(run, list):
                    self._remove(conn, run, result)
                    continue
                writer = PageWriter(conn, result, outbox=self._store.repos.outbox, reoffer=offering)
                newest = max(newest, writer.apply(run))
                for pid in deferred & {state.participant_id for state in run}:
                    # Back in scope before its removal could happen.
                    conn.execute("DELETE FROM sync_removal_deferred WHERE participant_id = ?", (pid,))
                    deferred.discard(pid)
            if newest:
                # Later local edits are stamped after everything seen here (a stamp from far ahead
                # moves the clock only so far: clock.MAX_AHEAD_MS).
                self._store.clock.observe(Stamp.decode(newest))
            write_state(conn, CURSOR, str(cursor))
            result.offered = 0 if offering is None else offering.offered
        return result

    def apply_prepared(
        self, groups: Sequence[tuple[str, Sequence[Prepared]]], cursor: int
    ) -> PageResult | None:
        """Apply a page with no removals whose records prepare_new made ready elsewhere (a new laptop's
        first sync, sync/pages.py), and store its cursor, in one transaction as apply_page does.
        None, with nothing written, where that would not store what apply_page would: a record of it
        here already or with unsent changes, or a participant's removal deferred here; the caller
        applies the page itself then."""
        result = PageResult(cursor=cursor)
        with self._store.write(durable=False) as conn:
            if self._deferred(conn):
                return None
            writer = PageWriter(conn, result, outbox=self._store.repos.outbox)
            newest = writer.apply_prepared(groups)
            if newest is None:
                return None
            if newest:
                self._store.clock.observe(Stamp.decode(newest))
            write_state(conn, CURSOR, str(cursor))
        return result

    # -- a server restored from an older backup (see reoffer.py) -----------------------------------

    @property
    def reoffering(self) -> bool:
        """Whether a re-offer pass is under way (begun, and not finished yet)."""
        return self.state(REOFFER) is not None

    def begin_reoffer(self) -> None:
        """Start a re-offer pass: everything is pulled again from 0, with the pages' records noted."""
        with self._store.write() as conn:
            conn.execute("DELETE FROM sync_reoffer_seen")
            write_state(conn, CURSOR, "0")
            write_state(conn, REOFFER, "1")
            write_state(conn, PUSHED_SEQ, None)  # the restored server's seqs start again below it

    def note_pushed(self, seq: int | None) -> None:
        """A push was stored under seqs up to `seq` (in the caller's transaction, with its settling)."""
        if seq is not None and seq > self.pushed_seq:
            self.save_state({PUSHED_SEQ: str(seq)})

    @property
    def pushed_seq(self) -> int:
        return int(self.state(PUSHED_SEQ) or 0)

    def lost_pushes(self, latest: int) -> bool:
        """Whether a server whose latest seq is `latest` lacks a push it stored for this laptop: it was
        restored from a backup taken before it (a sync cut between its push and its pull leaves no
        cursor here that says so)."""
        return latest < self.pushed_seq

    def finish_reoffer(self) -> int:
        """End the pass (after its last page): what the server did not send goes up again as creates.
        Returns the number of changes queued."""
        with self._store.write() as conn:
            offered = finish_pass(conn, device=self._store.clock.device)
            write_state(conn, REOFFER, None)
        return offered

    def restore(self, states: Sequence[ServerRecord], *, gone: Iterable[tuple[str, str]] = ()) -> PageResult:
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

    def _remove(self, conn: Connection, removal: ServerRemoval, result: PageResult) -> None:
        """Take a participant that left this device's scope off it, with everything local about them.

        Never while they hold unsent work: that would destroy it, and once the cursor is past this
        removal the server would refuse it too. The engine sends that work up first (`mark_leaving`); if
        some is still here, the whole page is refused and nothing of it is applied."""
        pid = removal.participant_id
        if self._store.repos.outbox.participants_with_pending([pid]):
            raise UnsentWorkHere([pid])
        if _delete_participant(conn, pid):
            result.removed.append(pid)

    def mark_leaving(self, removals: Mapping[str, int]) -> set[str]:
        """Mark participants (id -> the seq of their removal) as leaving this laptop, so nothing more
        about them can be saved here (changes.check_participant_here); returns those of them with unsent
        changes, which must go up before they are removed. One transaction: a save of theirs either
        committed before it (and is among those returned) or waits for it and is refused."""
        now = iso(utcnow())
        with self._store.write() as conn:
            conn.executemany(
                "INSERT OR REPLACE INTO sync_leaving (participant_id, seq, noted_at) VALUES (?, ?, ?)",
                [(pid, seq, now) for pid, seq in removals.items()],
            )
            return self._store.repos.outbox.participants_with_pending(removals)

    def leaving(self) -> set[str]:
        """Participants marked as leaving this laptop and not removed yet."""
        return {r[0] for r in self._store.conn.execute("SELECT participant_id FROM sync_leaving")}

    def purge_removed_text(self) -> None:
        """Rewrite the full-text indexes if participants were removed since the last time: FTS5 only
        marks deleted rows' words, which stay in the index pages until a merge rewrites them. Once per
        sync rather than per removal, as it costs about a second per 100,000 notes (and FTS5's
        secure-delete, which drops them at once, made each removal hundreds of times slower)."""
        if self.state(SEARCH_PURGE_DUE) is None:
            return
        with self._store.write() as conn:
            for index in _SEARCH_INDEXES:
                conn.execute(f"INSERT INTO {index} ({index}) VALUES ('optimize')")
            write_state(conn, SEARCH_PURGE_DUE, None)

    def defer_search_index(self) -> bool:
        """Before a new laptop's first pull: leave the notes' and addenda's full-text index to be built
        once the pull is over (build_deferred_search_index), instead of row by row as they arrive, which
        made FTS5 write and later merge a small index segment for every page. Only on a laptop holding
        no note yet; True if deferred. Search finds no note or addendum until the index is built; a
        pull cut short leaves it deferred until the next one ends. A pull from a later cursor is not
        a first one: False."""
        if self.search_index_deferred():
            return True
        if self.cursor != 0:
            return False
        # Not fsynced, like the pages after it: the log keeps writes in order, so no page can outlive
        # the mark on a power cut, and the sync's last durable commit makes it last.
        with self._store.write(durable=False) as conn:
            if conn.execute("SELECT 1 FROM note UNION ALL SELECT 1 FROM addendum LIMIT 1").fetchone():
                return False
            conn.execute("INSERT INTO search_index_deferred (since) VALUES (?)", (iso(utcnow()),))
            return True

    def search_index_deferred(self) -> bool:
        return self._store.repos.search.notes_waiting()

    def first_pull(self, first: bool) -> AbstractContextManager[None]:
        """Around a new laptop's first pull (`first`, as defer_search_index said): its pages written as
        first_pull.folding_less_often says."""
        return folding_less_often(self._store) if first else nullcontext()

    def build_deferred_search_index(self) -> None:
        """Index every note and addendum in one pass (FTS5's 'rebuild' reads the tables themselves) and
        let the triggers keep the index from here on, in one transaction: a crash leaves it deferred."""
        if not self.search_index_deferred():
            return
        with self._store.write() as conn:
            build_search_index(conn, ("note_fts", "addendum_fts"))
            conn.execute("DELETE FROM search_index_deferred")

    def forget_leaving(self) -> None:
        """After a whole pull, marks still here are of participants no page removed after all (they came
        back into scope before a failed sync could remove them): they may be written to again."""
        if self.leaving():  # most syncs have none: no write, no fsync
            with self._store.write() as conn:
                conn.execute("DELETE FROM sync_leaving")

    def _deferred(self, conn: Connection) -> set[str]:
        return {r[0] for r in conn.execute("SELECT participant_id FROM sync_removal_deferred")}

    def deferred_removals(self) -> set[str]:
        """Participants out of this device's scope, still here because they hold unsent work."""
        return self._deferred(self._store.conn)

    def retry_deferred_removals(self) -> list[str]:
        """Remove the deferred participants whose unsent work has gone since; returns those removed.
        (Earlier versions kept such participants and removed them later; none are deferred now.)"""
        with self._store.write() as conn:
            waiting = self._deferred(conn)
            busy = self._store.repos.outbox.participants_with_pending(waiting)
            removed = []
            for pid in sorted(waiting - busy):
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
                column = table.owner_column
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


# Set in the transaction that removes a participant, cleared by Replica.purge_removed_text.
SEARCH_PURGE_DUE = "search_purge_due"
_SEARCH_INDEXES = ("note_fts", "addendum_fts", "participant_fts")
# What a laptop keeps about a participant outside the synced tables: unsaved drafts, changes the server
# refused, and the marks of a removal in progress. (The audit trail stays: it names records only by id,
# and says who did what on this laptop.)
_LOCAL_ONLY = (
    "DELETE FROM draft WHERE participant_id = ?",
    "DELETE FROM sync_rejected WHERE participant_id = ?",
    "DELETE FROM sync_removal_deferred WHERE participant_id = ?",
    "DELETE FROM sync_leaving WHERE participant_id = ?",
)


def _delete_participant(conn: Connection, pid: str) -> bool:
    """Take a participant and everything local about them off this device: every synced table (their
    conflicts too), drafts, refused changes, search entries (the full-text triggers delete them; their
    words leave the index pages at the next purge_removed_text, which this asks for), attachment bytes
    nobody else here uses, and removal marks. True if they were here. The caller has made sure no
    unsent change of theirs is left."""
    hashes = [
        r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM attachment WHERE participant_id = ?", (pid,))
    ]
    found = False
    for model in SYNCED_MODELS:
        table = table_for(model)
        cursor = conn.execute(f"DELETE FROM {table.name} WHERE {table.owner_column} = ?", (pid,))
        found = found or cursor.rowcount > 0
    for sql in _LOCAL_ONLY:
        conn.execute(sql, (pid,))
    if found:  # a removal of someone never here (a new laptop pulls those too) leaves no words behind
        write_state(conn, SEARCH_PURGE_DUE, "1")
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
