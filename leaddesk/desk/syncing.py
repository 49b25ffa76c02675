"""Syncing as the screens see it: whether and as whom this laptop is connected, what waits to go up, the
recent syncs, what the server refused and putting it right, connecting and disconnecting, and running a
sync or a revocation.

`run` and `finish_revocation` talk to the server and take seconds to minutes: call them only on a worker
with a desk of its own (Desk.sibling_opener; ui/sync/controller.py does), never on the GUI thread. The
rest is one indexed query or a small write each. The quick check between syncs (`waiting_check`) is read
here on the GUI thread and asked of the server on a worker, with no database there at all."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Changes, Done
from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import utcnow
from leaddesk.storage.conflicts import open_conflicts
from leaddesk.storage.errors import RecordNotFound
from leaddesk.storage.refusals import reapply_refused
from leaddesk.storage.repositories.outbox import RejectedChange
from leaddesk.storage.sync_log import SyncLog, SyncLogEntry
from leaddesk.storage.sync_state import EnrolledUser, SyncState
from leaddesk.sync.client import RetryPolicy, SyncClient
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.enrolment import client_for, enroll, enrolled_user
from leaddesk.sync.report import SyncPhase, SyncProgress, SyncReport

__all__ = [
    "ENROLMENT",
    "FIELD_RETRY",
    "REFUSED",
    "SYNC_LOG",
    "Connection",
    "EnrolledUser",
    "RefusedChange",
    "RejectedChange",
    "RetryPolicy",
    "RevokeMode",
    "SyncFacts",
    "SyncLogEntry",
    "SyncPhase",
    "SyncProgress",
    "SyncReport",
    "Syncing",
    "WaitingCheck",
]

# The Changes entities of what is not a record: the refused-changes list, the enrolment, the sync log.
REFUSED = "refused"
ENROLMENT = "enrolment"
SYNC_LOG = "sync_log"

# In the field a dead network should say "offline" within seconds, not after a minute of retries.
FIELD_RETRY = RetryPolicy(attempts=3, base_delay=0.5, max_delay=4.0, total=20.0)
# A note saved while a page is being applied waits for that page's transaction: pages and batches of
# this size keep each one to tens of milliseconds, so saving never feels stuck while a sync runs.
PAGE_SIZE = 1000
BATCH_SIZE = 250
HISTORY_ROWS = 50
# The quick check is one try that gives up within a few seconds: a laptop losing its signal just misses
# one check (the timed sync says "offline"), and locking never waits long for a check in flight.
CHECK_RETRY = RetryPolicy(attempts=1, base_delay=0.0, max_delay=0.0, total=5.0)
CHECK_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Connection:
    """The office server this laptop syncs with and who it syncs as (the token stays in storage)."""

    server_url: str
    user: EnrolledUser


@dataclass(frozen=True)
class SyncFacts:
    """What the status bar and the sync panel say, read in one go on the GUI thread."""

    connection: Connection | None
    waiting: int  # changes not yet sent
    last_sync_at: datetime | None
    last_summary: dict[str, Any] | None
    conflicts: int  # open conflicts

    @property
    def enrolled(self) -> bool:
        return self.connection is not None


@dataclass(frozen=True)
class WaitingCheck:
    """The quick check between syncs, as a worker asks it: the server, the token and the cursor, read
    from the store beforehand, so asking needs no connection to the database."""

    server_url: str
    token: str = field(repr=False)
    verify: bool | str
    cursor: int

    def ask(self) -> bool:
        """Whether the server holds anything this laptop has not pulled yet (the sync errors otherwise:
        ServerUnreachable when offline, DeviceRevoked, ...)."""
        with SyncClient(
            self.server_url, token=self.token, verify=self.verify, timeout=CHECK_TIMEOUT_S, retry=CHECK_RETRY
        ) as client:
            return client.waiting(self.cursor)


@dataclass(frozen=True)
class RefusedChange:
    """A change the server would not store, kept whole here, and whose it is (None: the participant is
    not on this laptop any more)."""

    change: RejectedChange
    participant: str | None

    @property
    def change_id(self) -> str:
        return self.change.entry.change_id

    @property
    def participant_id(self) -> str:
        return self.change.entry.participant_id or self.change.entry.record_id


class Syncing(UseCases):
    # -- what the screens show -------------------------------------------------------------------

    @property
    def enrolled(self) -> bool:
        return SyncState(self._store).enrolment is not None

    def connection(self) -> Connection | None:
        enrolment = SyncState(self._store).enrolment
        return None if enrolment is None else Connection(enrolment.server_url, enrolment.user)

    def waiting(self) -> int:
        return self._store.repos.outbox.count()

    def facts(self) -> SyncFacts:
        state = SyncState(self._store)
        return SyncFacts(
            connection=self.connection(),
            waiting=self.waiting(),
            last_sync_at=state.last_sync_at,
            last_summary=state.last_sync_summary,
            conflicts=len(open_conflicts(self._store)),
        )

    def waiting_check(self) -> WaitingCheck | None:
        """What the quick check needs (one read, for the GUI thread); None when not connected."""
        state = SyncState(self._store)
        enrolment = state.enrolment
        if enrolment is None:
            return None
        return WaitingCheck(
            server_url=enrolment.server_url,
            token=enrolment.token,
            verify=enrolment.ca_bundle or True,
            cursor=state.cursor,
        )

    def history(self, limit: int = HISTORY_ROWS) -> list[SyncLogEntry]:
        """The most recent syncs, newest first."""
        return SyncLog(self._store).recent(limit)

    def refused(self) -> list[RefusedChange]:
        names: dict[str, str | None] = {}
        rows = []
        for change in self._store.repos.outbox.rejected():
            pid = change.entry.participant_id or change.entry.record_id
            if pid not in names:
                try:
                    names[pid] = self._store.repos.participants.get(pid, include_deleted=True).display_name
                except RecordNotFound:
                    names[pid] = None
            rows.append(RefusedChange(change=change, participant=names[pid]))
        return rows

    # -- what the screens change -----------------------------------------------------------------

    def reapply_refused(self, change_id: str) -> Done[None]:
        """Make a change the server refused again, as a new edit here (storage/refusals.py)."""
        return self._write(lambda: reapply_refused(self._store, change_id), also=(REFUSED,))

    def dismiss_refused(self, change_id: str) -> Done[None]:
        return self._write(lambda: self._store.repos.outbox.dismiss_rejected([change_id]), also=(REFUSED,))

    def connect(
        self, *, server_url: str, code: str, device_name: str, verify: bool | str = True
    ) -> Done[EnrolledUser]:
        """Trade IT's one-time code for this laptop's token (kept inside the encrypted database). Talks to
        the server: call it on a worker. The network call runs outside any transaction, so the screens'
        writes never wait for it."""
        user = enroll(self._store, server_url, code, device_name, verify=verify)
        return Done(enrolled_user(user), self._local_change(ENROLMENT))

    def disconnect(self) -> Done[None]:
        """Stop syncing: the server's address and token go; records, unsent changes and the log stay."""
        SyncState(self._store).forget_enrolment()
        return Done(None, self._local_change(ENROLMENT))

    def note_failure(self, *, started_at: datetime, message: str) -> Done[None]:
        """Keep a sync that failed in the recent syncs, with the words the person was shown."""
        SyncLog(self._store).add(
            started_at=started_at, finished_at=utcnow(), outcome="failed", message=message
        )
        return Done(None, self._local_change(SYNC_LOG))

    # -- on a worker, with a desk of its own ----------------------------------------------------

    def run(
        self,
        *,
        cancel: threading.Event,
        progress: Callable[[SyncProgress], None],
        retry: RetryPolicy = FIELD_RETRY,
        allow_mass_removal: bool = False,
    ) -> SyncReport:
        """One sync: send, then removals and downloads. Raises the sync errors (DeviceRevoked,
        MassRemovalBlocked, ServerUnreachable, ...) for the caller to tell the person."""
        client = client_for(self._store, retry=retry)
        try:
            engine = SyncEngine(
                self._store, client, progress=progress, page_size=PAGE_SIZE, batch_size=BATCH_SIZE
            )
            return engine.sync(cancel=cancel, allow_mass_removal=allow_mass_removal)
        finally:
            client.close()

    def finish_revocation(self, mode: RevokeMode, *, retry: RetryPolicy = FIELD_RETRY) -> SyncReport | None:
        """Do what the administrator's revocation asks ("retired": send what is unsent first), then wipe
        the profile. Call with every other connection to the profile closed; afterwards this desk is
        closed (or, if a final push failed, still open for the caller to close)."""
        client = client_for(self._store, retry=retry)
        try:
            return SyncEngine(self._store, client).handle_revocation(mode)
        finally:
            client.close()

    def _local_change(self, entity: str) -> Changes:
        return Changes(entities=frozenset({entity}), by=self._store.user)
