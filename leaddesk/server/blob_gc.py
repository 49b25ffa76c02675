"""Garbage collection of attachment bytes: files that no live attachment record names, and the
(file, participant) ownership entries no record on that participant uses, go once older than the grace
period. `leaddesk-server blobs gc` runs it on demand; `serve` runs it every `blob_gc_minutes` in a thread of
its own, so requests never wait for it.

Why it holds the push lock. A push may accept a record naming a file at the very moment the collector
finds that no record names it; if both went ahead, the record would name bytes that are gone. So each
collecting transaction first takes the lock every push holds until it commits (the sequence counter row,
see sequence.py): a push in flight commits first and the collector then sees its record, or the push waits
until the collector has committed and is refused per record (its file no longer uploaded), never
half-accepted. Several server processes collecting at once line up on that same lock on PostgreSQL; SQLite
has one writer anyway. An upload racing the collector is safe without the lock: it refreshes the file's time
before anything else, and the collector deletes only files that are still old when it deletes them.

Deletes go in chunks, each its own short transaction, so pushes are held back briefly, not for a whole run.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import ColumnElement, delete, exists, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from leaddesk.domain.ids import utcnow
from leaddesk.server.audit import record_event
from leaddesk.server.db import SEQ_COUNTER, attachment_blob, attachment_owner, counter, record, transaction

log = logging.getLogger(__name__)

CHUNK = 100  # files removed per transaction
SERVER_ACTOR = "server"


@dataclass(frozen=True)
class Collected:
    files: int = 0
    bytes: int = 0
    owners: int = 0  # ownership entries removed, with their files or on their own

    def __add__(self, other: Collected) -> Collected:
        return Collected(self.files + other.files, self.bytes + other.bytes, self.owners + other.owners)

    def describe(self, *, grace: timedelta) -> str:
        hours = grace.total_seconds() / 3600
        return (
            f"{self.files} attachment files ({self.bytes} bytes) and {self.owners} ownership entries that "
            f"no record named for {hours:g} hours"
        )


def _hold_pushes(conn: Connection) -> None:
    # FOR UPDATE renders as nothing on SQLite, where the write transaction already excludes pushes.
    conn.execute(select(counter.c.value).where(counter.c.name == SEQ_COUNTER).with_for_update())


def _collect_chunk(conn: Connection, unneeded: ColumnElement[bool]) -> Collected | None:
    """Remove up to CHUNK unneeded files in one transaction; None once there are none left."""
    with transaction(conn, write=True):
        _hold_pushes(conn)
        chunk = (
            conn.execute(
                select(attachment_blob.c.sha256)
                .where(unneeded)
                .order_by(attachment_blob.c.stored_at)
                .limit(CHUNK)
            )
            .scalars()
            .all()
        )
        if not chunk:
            return None
        # The same test again as the rows go: an upload may have refreshed one of them since.
        removed = conn.execute(
            delete(attachment_blob)
            .where(attachment_blob.c.sha256.in_(chunk), unneeded)
            .returning(attachment_blob.c.sha256, attachment_blob.c.size)
        ).all()
        gone = [r.sha256 for r in removed]
        owners = conn.execute(delete(attachment_owner).where(attachment_owner.c.sha256.in_(gone))).rowcount
    # A chunk whose every file was refreshed meanwhile ends the run rather than asking again and again.
    return Collected(len(removed), sum(r.size for r in removed), owners) if removed else None


def collect(engine: Engine, *, grace: timedelta) -> Collected:
    """Remove what no record has named for `grace`; safe to run from several processes at once."""
    cutoff = utcnow() - grace
    named = exists().where(record.c.attachment_sha256 == attachment_blob.c.sha256)
    unneeded = (attachment_blob.c.stored_at < cutoff) & ~named
    done = Collected()
    with engine.connect() as conn:
        while (chunk := _collect_chunk(conn, unneeded)) is not None:
            done += chunk
        with transaction(conn, write=True):
            _hold_pushes(conn)
            used = exists().where(
                record.c.attachment_sha256 == attachment_owner.c.sha256,
                record.c.participant_id == attachment_owner.c.participant_id,
            )
            stale = conn.execute(
                delete(attachment_owner).where(attachment_owner.c.at < cutoff, ~used)
            ).rowcount
    return done + Collected(owners=stale)


def collect_audited(engine: Engine, *, grace: timedelta, actor: str, always: bool) -> Collected:
    """collect(), then a line in the audit trail: always for an admin, only if it removed something for
    the server's own runs (an hourly "removed nothing" would bury the trail)."""
    collected = collect(engine, grace=grace)
    if always or collected.files or collected.owners:
        with engine.connect() as conn, transaction(conn, write=True):
            detail = f"removed {collected.describe(grace=grace)}"
            record_event(conn, actor=actor, action="blobs_gc", detail=detail)
    return collected


class PeriodicCollection:
    """collect() every `every`, in a daemon thread, until stop(). The first run comes one interval after
    the start, not at it: a server just started (or restarted) has nothing urgent to collect, and on
    SQLite a collector's write lock taken the moment the server comes up would turn away whoever writes
    with a plain deferred transaction at that moment (an admin script, a test's set-up)."""

    def __init__(self, engine: Engine, *, every: timedelta, grace: timedelta) -> None:
        self._engine = engine
        self._every = every.total_seconds()
        self._grace = grace
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="leaddesk-blob-gc", daemon=True)

    def start(self) -> PeriodicCollection:
        self._thread.start()
        return self

    def stop(self, *, timeout: float = 30.0) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while not self._stopping.wait(self._every):
            try:
                collect_audited(self._engine, grace=self._grace, actor=SERVER_ACTOR, always=False)
            except SQLAlchemyError as exc:  # the database away for a while: the next round tries again
                log.warning(
                    "removing unneeded attachment files failed (%s); trying again later", type(exc).__name__
                )
