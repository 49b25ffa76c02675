"""An open profile's database: one connection, the device's clock, and the repositories over it; and
siblings of it, more connections to the same database for worker threads (sync), sharing the clock."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from leaddesk.domain.clock import HybridClock, wall_ms
from leaddesk.domain.enums import AuditAction
from leaddesk.storage.changes import append_audit
from leaddesk.storage.database import Connection, integrity_problems, is_damage
from leaddesk.storage.errors import CorruptDatabase
from leaddesk.storage.in_use import InUse
from leaddesk.storage.repositories import Repositories

HLC_STATE_KEY = "hlc_last"
# SQLCipher refuses every write once a page of the file has failed its check (and so does a disk that has
# become read-only): said in words a person can act on, the file left as it is.
_NOT_WRITTEN = (
    "Nothing could be written: the database on this laptop may be damaged. It has been left as it is;"
    " ask your IT administrator."
)
TURN_WAIT_S = 5.0  # as long as SQLite's busy_timeout (database.PRAGMAS), after which SQLite decides


def write_turn(db_path: Path) -> threading.Lock:
    """The lock every Store of one database file in this process takes around a write transaction.

    SQLite's own wait for the write lock polls, sleeping longer each time (up to a tenth of a second),
    so a quick edit on the window's thread could miss turn after turn while a sync wrote page after
    page, each taken again moments after the last: the window froze for most of a second. A waiting
    thread is woken the moment this lock is let go, and takes it while the sync prepares its next
    page. (Other processes, and a wait longer than TURN_WAIT_S, are left to SQLite's lock.)"""
    key = db_path.resolve()
    with _TURNS_GUARD:
        return _TURNS.setdefault(key, threading.Lock())


_TURNS: dict[Path, threading.Lock] = {}
_TURNS_GUARD = threading.Lock()


class Written(NamedTuple):
    """One record a local write changed."""

    entity: str
    record_id: str
    participant_id: str


class Store:
    """The unlocked store of one profile, used from the thread that opened it."""

    def __init__(
        self,
        conn: Connection,
        *,
        db_path: Path,
        user: str,
        device_id: str,
        wall: Callable[[], int] = wall_ms,
        clock: HybridClock | None = None,
        reconnect: Callable[[], Connection] | None = None,
        in_use: InUse | None = None,
    ) -> None:
        self._conn: Connection | None = conn
        self._in_use = in_use  # the profile's one-app hold, released when this store closes
        self.db_path = db_path
        self.user = user
        self.device_id = device_id
        if clock is None:
            row = conn.execute("SELECT value FROM sync_state WHERE key = ?", (HLC_STATE_KEY,)).fetchone()
            clock = HybridClock(device_id, last=int(row[0]) if row else 0, wall=wall)
        self.clock = clock
        # Opens another connection to this database (it holds the key): None once closed, or if the
        # store was made without one.
        self._reconnect = reconnect
        self._depth = 0
        self._durable = True
        self._written: list[Written] | None = None  # while `tracking`, every local write's record
        self._turn = write_turn(db_path)
        self.repos = Repositories(self)

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("the store is closed")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Connection]:
        """One durable transaction; nested calls join the outer one so a write is all or nothing.

        `durable=False` skips the fsync at commit, for writes that can be had again if a power cut takes
        them (a pulled page, with its cursor): the commit is still atomic, and the next durable commit
        syncs it too (the WAL is one file, written in order). A durable write nested in it wins."""
        conn = self.conn
        if self._depth:
            self._depth += 1
            self._durable = self._durable or durable
            try:
                yield conn
            finally:
                self._depth -= 1
            return
        if not durable:
            conn.execute("PRAGMA synchronous = NORMAL")
        self._durable = durable
        my_turn = self._turn.acquire(timeout=TURN_WAIT_S)
        try:
            conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            yield conn
            # The clock's high-water mark is kept with the data so a restart never reissues a stamp.
            conn.execute(
                "INSERT INTO sync_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (HLC_STATE_KEY, str(self.clock.last)),
            )
            conn.execute("COMMIT")
            if self._durable and not durable:
                self._sync_wal()  # the safety level cannot change inside a transaction
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if is_damage(exc):
                raise CorruptDatabase(_NOT_WRITTEN) from exc
            raise
        finally:
            self._depth = 0
            if my_turn:
                self._turn.release()
            if not durable:
                conn.execute("PRAGMA synchronous = FULL")  # database.PRAGMAS: every other write is durable

    @contextmanager
    def tracking(self) -> Iterator[list[Written]]:
        """Collect every record written here (each outbox entry's entity, id and participant) while the
        block runs; nested blocks share the outer one's list. What a use case reports it changed."""
        if self._written is not None:
            yield self._written
            return
        self._written = []
        try:
            yield self._written
        finally:
            self._written = None

    def note_written(self, *, entity: str, record_id: str, participant_id: str) -> None:
        """Called by the repositories for each local write (see `tracking`)."""
        if self._written is not None:
            self._written.append(Written(entity, record_id, participant_id))

    def _sync_wal(self) -> None:
        wal = self.db_path.with_name(self.db_path.name + "-wal")
        if wal.exists():
            fd = os.open(wal, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def audit_event(
        self,
        action: AuditAction,
        *,
        entity: str = "",
        entity_id: str = "",
        participant_id: str = "",
        detail: str = "",
    ) -> None:
        with self.write() as conn:
            append_audit(
                conn,
                user=self.user,
                device=self.device_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                participant_id=participant_id,
                detail=detail,
            )

    def sibling_opener(self) -> Callable[[], Store]:
        """Something that opens a sibling store on the thread that calls it: another connection to the same
        database for a worker (SQLite connections are per thread; WAL lets it write beside this one).

        Siblings share this store's clock, so a stamp observed by a sync on the worker orders the GUI's
        next edit after it. The opener holds the key: keep it only while the profile is unlocked."""
        reconnect = self._reconnect
        if reconnect is None or self._conn is None:
            raise RuntimeError("this store cannot open siblings (closed, or made without a key)")
        db_path, user, device_id, clock = self.db_path, self.user, self.device_id, self.clock

        def open_sibling() -> Store:
            return Store(
                reconnect(), db_path=db_path, user=user, device_id=device_id, clock=clock, reconnect=reconnect
            )

        return open_sibling

    def integrity_problems(self) -> list[str]:
        return integrity_problems(self.conn)

    def close(self, *, audit: bool = True) -> None:
        """Lock: record it, close the connection (which folds and removes the WAL), drop the key."""
        if self._conn is None:
            return
        try:
            if audit:
                self.audit_event(AuditAction.LOCK)
        except CorruptDatabase as exc:  # read-only since a page failed its check (Store.write)
            raise CorruptDatabase(f"{_NOT_WRITTEN} The profile is locked all the same.") from exc
        finally:
            # Even when the lock cannot be recorded (a damaged, now read-only database), the key goes.
            self._conn.close()
            self._conn = None
            self._reconnect = None
            if self._in_use is not None:
                self._in_use.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
