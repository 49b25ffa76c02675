"""Runs the sync engine for one unlocked session, always on a worker thread with a connection of its own,
on demand, after unlock and every few minutes; tells the screens how it went by signal. Between syncs,
while online, it checks every few seconds: when this laptop has written something since, or the server
has something for it (a request of a few bytes, GET /v1/waiting), it syncs at once. So an officer's
referral reaches the on-call team's laptops in seconds, and the hand-off marked on one of them reaches
the server (and the officer) as soon, not at the next timed sync.

The worker opens a desk of its own (another connection to the same database, same clock), so the GUI
keeps working on its own connection while a sync runs; whatever is edited meanwhile simply waits in the
outbox for the next sync."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal

from leaddesk.desk import Desk
from leaddesk.desk.syncing import FIELD_RETRY, RetryPolicy, RevokeMode, SyncProgress, SyncReport
from leaddesk.domain.ids import utcnow
from leaddesk.sync.errors import (
    DeviceRevoked,
    MassRemovalBlocked,
    ServerUnreachable,
    SyncError,
    SyncRejected,
)
from leaddesk.ui.session import Session
from leaddesk.ui.sync.wording import describe_sync_error
from leaddesk.ui.worker import Background

DEFAULT_INTERVAL_MINUTES = 5
INTERVAL_KEY = "sync.interval_minutes"
# A laptop out of signal tries again sooner than every few minutes, doubling up to the interval.
FIRST_OFFLINE_RETRY_MS = 60_000
# The quick check between syncs: every so many seconds while online (the profile's setting; 0: never).
DEFAULT_CHECK_SECONDS = 20
CHECK_KEY = "sync.check_seconds"

log = logging.getLogger(__name__)


class SyncStatus(StrEnum):
    NOT_CONNECTED = "not connected"
    IDLE = "idle"  # connected; last sync finished (or none yet)
    SYNCING = "syncing"
    OFFLINE = "offline"  # the last try could not reach the server
    FAILED = "failed"  # the server answered, but the sync could not finish (see `message`)
    REVOKED = "revoked"


@dataclass(frozen=True)
class SyncOutcome:
    """How one sync on the worker ended: a report, or the error that stopped it."""

    started_at: datetime
    report: SyncReport | None = None
    error: Exception | None = None


def run_sync(
    opener: Callable[[], Desk],
    *,
    cancel: threading.Event,
    progress: Callable[[SyncProgress], None],
    retry: RetryPolicy,
    allow_mass_removal: bool = False,
) -> SyncOutcome:
    """One sync, on the calling (worker) thread, with a desk (connection and client) of its own."""
    started = utcnow()
    desk = opener()
    try:
        report = desk.syncing.run(
            cancel=cancel, progress=progress, retry=retry, allow_mass_removal=allow_mass_removal
        )
    except SyncError as exc:
        return SyncOutcome(started_at=started, error=exc)
    finally:
        desk.close(audit=False)
    return SyncOutcome(started_at=started, report=report)


def finish_revocation(
    opener: Callable[[], Desk], mode: RevokeMode, *, retry: RetryPolicy
) -> SyncReport | None:
    """Do what the administrator's revocation asks ("retired": send what is unsent first), then wipe the
    profile. Call with every other connection to the profile closed."""
    desk = opener()
    try:
        return desk.syncing.finish_revocation(mode, retry=retry)
    finally:
        desk.close(audit=False)  # closed already after a wipe; a failed final push leaves it to us


class SyncController(QObject):
    """One session's syncing. Signals arrive on the GUI thread."""

    status_changed = Signal()
    progress = Signal(object)  # SyncProgress
    finished = Signal(object)  # SyncOutcome
    # (removing, total): ask the person, then sync_now(allow_mass_removal=True)
    mass_removal_asked = Signal(int, int)
    revoked = Signal(object)  # RevokeMode
    _progress_from_worker = Signal(object)

    def __init__(
        self,
        session: Session,
        *,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.retry = FIELD_RETRY  # how hard each sync tries before it says "offline"
        self.opener = session.desk.sibling_opener()
        self.status = SyncStatus.IDLE if self.enrolled else SyncStatus.NOT_CONNECTED
        self.message = ""  # the last failure, in words
        self.last_progress: SyncProgress | None = None
        self._cancel = threading.Event()
        self._background = Background(self)
        self._running = False
        self._offline_retry_ms = FIRST_OFFLINE_RETRY_MS
        minutes = session.setting(INTERVAL_KEY, DEFAULT_INTERVAL_MINUTES)
        self.interval_ms = max(1, int(minutes)) * 60_000  # the profile's setting, read at each unlock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self._checking = False
        self._left_unsent = 0  # what the last sync could not send; more than that is new work
        seconds = session.setting(CHECK_KEY, DEFAULT_CHECK_SECONDS)
        self.check_interval_ms = max(0, int(seconds)) * 1000  # read at each unlock, like the interval
        self._check_timer = QTimer(self)
        self._check_timer.timeout.connect(self.check_now)
        # Emitted on the worker, delivered here on the GUI thread (a queued connection across threads).
        self._progress_from_worker.connect(self._on_progress)

    # -- what the screens ask ----------------------------------------------------------------------

    @property
    def enrolled(self) -> bool:
        return self.session.desk.syncing.enrolled

    @property
    def running(self) -> bool:
        return self._running

    @property
    def checking(self) -> bool:
        """A quick check is in flight."""
        return self._checking

    @property
    def checks_on(self) -> bool:
        """Quick checks are on their timer (connected, and the server answers them)."""
        return self._check_timer.isActive()

    def start(self, *, delay_ms: int = 1_000) -> None:
        """After unlock: sync shortly (once the screen is up), then every few minutes."""
        if self.enrolled:
            self._timer.start(delay_ms)
            self._start_checks()

    def sync_now(self, *, allow_mass_removal: bool = False) -> bool:
        """Start a sync on the worker unless one is running or there is no server; True if started."""
        if self._running or not self.enrolled or not self.session.desk.is_open:
            return False
        self._timer.stop()
        self._cancel = threading.Event()
        self._running = True
        self.last_progress = None
        self.status = SyncStatus.SYNCING
        self.status_changed.emit()
        cancel, opener, retry = self._cancel, self.opener, self.retry
        self._background.run(
            lambda: run_sync(
                opener,
                cancel=cancel,
                progress=self._progress_from_worker.emit,
                retry=retry,
                allow_mass_removal=allow_mass_removal,
            ),
            on_done=self._on_done,
            on_error=lambda exc: self._on_done(SyncOutcome(started_at=utcnow(), error=exc)),
        )
        return True

    def check_now(self) -> bool:
        """Sync at once if this laptop has written something since its last sync; else ask the server
        (on the worker) whether anything waits for this laptop, and sync at once if so. Only while
        connected and idle: after a failed or offline sync, the timed retry comes first. True if a
        check or a sync was started."""
        if self._running or self._checking or self.status is not SyncStatus.IDLE:
            return False
        if not self.session.desk.is_open:
            return False
        # Compared with what the last sync left unsent (a change the server left unanswered waits
        # for the timed sync), so only new work starts one: a hand-off marked reaches the officer now.
        if self.session.desk.syncing.waiting() > self._left_unsent:
            return self.sync_now()
        request = self.session.desk.syncing.waiting_check()
        if request is None:
            return False
        self._checking = True
        self._background.run(request.ask, on_done=self._on_checked, on_error=self._on_check_failed)
        return True

    def cancel(self) -> None:
        """Stop after the step in progress; what was committed stays, the rest goes next time."""
        self._cancel.set()

    def enrolment_changed(self) -> None:
        """After connecting or disconnecting this laptop."""
        self.message = ""
        if self.enrolled:
            self.status = SyncStatus.IDLE
            self.status_changed.emit()
            self.sync_now()
            self._start_checks()
        else:
            self._timer.stop()
            self._check_timer.stop()
            self.status = SyncStatus.NOT_CONNECTED
            self.status_changed.emit()

    def shutdown(self, *, wait_ms: int = 5_000) -> None:
        """Before the session's store closes (lock, quit): stop the timer, cancel, wait for the worker."""
        self._timer.stop()
        self._check_timer.stop()
        self._cancel.set()
        self._background.wait(wait_ms)
        self.opener = _closed_opener

    # -- from the worker ---------------------------------------------------------------------------

    def _on_progress(self, progress: SyncProgress) -> None:
        self.last_progress = progress
        self.progress.emit(progress)

    def _on_done(self, outcome: SyncOutcome) -> None:
        self._running = False
        error = outcome.error
        if error is None:
            self.status, self.message = SyncStatus.IDLE, ""
            self._left_unsent = outcome.report.pending if outcome.report is not None else 0
            self._offline_retry_ms = FIRST_OFFLINE_RETRY_MS
            self._schedule(self.interval_ms)
        elif isinstance(error, DeviceRevoked):
            self.status, self.message = SyncStatus.REVOKED, str(error)
        else:
            offline = isinstance(error, ServerUnreachable)
            self.status = SyncStatus.OFFLINE if offline else SyncStatus.FAILED
            self.message = describe_sync_error(error)
            self._log_failure(outcome)
            if offline:
                self._schedule(self._offline_retry_ms)
                self._offline_retry_ms = min(self._offline_retry_ms * 2, self.interval_ms)
            else:
                self._schedule(self.interval_ms)
        self.status_changed.emit()
        self.finished.emit(outcome)
        if isinstance(error, MassRemovalBlocked):
            self.mass_removal_asked.emit(error.removing, error.total)
        elif isinstance(error, DeviceRevoked):
            self.revoked.emit(error.mode)

    def _start_checks(self) -> None:
        if self.check_interval_ms > 0:
            self._check_timer.start(self.check_interval_ms)

    def _on_checked(self, waiting: object) -> None:
        self._checking = False
        if waiting is True:
            self.sync_now()

    def _on_check_failed(self, error: Exception) -> None:
        self._checking = False
        if isinstance(error, ServerUnreachable):
            return  # out of signal for now: the timed sync says so, and checks go on meanwhile
        if isinstance(error, SyncRejected) and error.status == 404:
            # A server older than the check: timed syncs only, rather than a sync every few seconds.
            log.info("the office server has no quick check; syncing on the timer only")
            self._check_timer.stop()
            return
        if not isinstance(error, SyncError):
            log.warning("the quick check failed: %s", type(error).__name__)
            return
        # Refused (revoked, disabled): a sync meets the same refusal and says it as every sync does,
        # and checks wait while the status is not idle.
        log.info("the quick check was refused (%s); syncing to find out", type(error).__name__)
        self.sync_now()

    def _schedule(self, ms: int) -> None:
        if self.session.desk.is_open and self.enrolled:
            self._timer.start(ms)

    def _log_failure(self, outcome: SyncOutcome) -> None:
        if self.session.desk.is_open:
            self.session.apply(
                self.session.desk.syncing.note_failure(started_at=outcome.started_at, message=self.message)
            )


def _closed_opener() -> Desk:
    raise RuntimeError("the session is locked")
