"""The one way screens run desk calls off the GUI thread (Anki's `QueryOp` and `CollectionOp`).

`query(work, done=…)` runs a read on a reader lane; `op(work, done=…)` runs a write on the one writer
lane, so writes made this way happen in the order they were asked for, each durable when it returns. A
lane is a thread with a desk of its own (SQLite connections belong to the thread that opened them), opened
on first use and closed on that same thread when the runner stops (at lock: the connections hold the key).
Results and errors come back on the GUI thread by signal; a write's changes go to the session's
`changed` signal first, so every screen hears of them. The runner says it is busy once a call has taken
longer than BUSY_AFTER_MS (the status bar shows it), and a call given a `key` supersedes an earlier call
with the same key whose answer has not come yet (a search as the user types)."""

from __future__ import annotations

import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from leaddesk.desk import Desk, Done, in_our_words

log = logging.getLogger(__name__)
T = TypeVar("T")
BUSY_AFTER_MS = 50
READERS = 2
_STOP = object()


@dataclass
class Job(Generic[T]):
    """One call on its way: `cancel()` drops its answer (the work itself runs to its end)."""

    number: int
    work: Callable[[Desk], Any]
    done: Callable[[Any], None]
    failed: Callable[[Exception], None]
    writes: bool
    key: str | None = None
    cancelled: bool = False
    finished: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self.cancelled = True


class _Lane:
    """A thread running jobs in order, each with this lane's own desk."""

    def __init__(self, name: str, opener: Callable[[], Desk], deliver: Callable[[Job[Any], bool, Any], None]):
        self._opener = opener
        self._deliver = deliver
        self._jobs: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def put(self, job: Job[Any]) -> None:
        self._jobs.put(job)

    def stop(self) -> None:
        self._jobs.put(_STOP)

    def join(self, timeout: float) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        desk: Desk | None = None
        try:
            while (job := self._jobs.get()) is not _STOP:
                try:
                    desk = desk or self._opener()
                    result = job.work(desk)
                except Exception as exc:  # every failure goes back to the screen that asked
                    self._deliver(job, False, in_our_words(exc))  # a damaged page, say, in words
                else:
                    self._deliver(job, True, result)
        finally:
            if desk is not None:
                desk.close(audit=False)


class Runner(QObject):
    """Desk calls off the GUI thread for one unlocked profile; `stop()` before locking."""

    busy = Signal(bool)
    idle = Signal()  # nothing runs any more
    _answered = Signal(object, bool, object)  # job, ok, result or error: crosses to the GUI thread

    def __init__(
        self,
        opener: Callable[[], Desk],
        *,
        on_changes: Callable[[Any], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_changes = on_changes
        self._numbers = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._running: set[int] = set()
        self._readers = [_Lane(f"desk-reader-{n}", opener, self._answer) for n in range(READERS)]
        self._writer = _Lane("desk-writer", opener, self._answer)
        self._next_reader = itertools.cycle(self._readers)
        self._answered.connect(self._on_answered)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.busy.emit(bool(self._running)))
        self._stopped = False

    def query(
        self,
        work: Callable[[Desk], T],
        *,
        done: Callable[[T], None],
        failed: Callable[[Exception], None] | None = None,
        key: str | None = None,
    ) -> Job[T]:
        """Read off the GUI thread; `done(result)` is called on the GUI thread."""
        return self._start(work, done=done, failed=failed, key=key, writes=False)

    def op(
        self,
        work: Callable[[Desk], Done[T]],
        *,
        done: Callable[[T], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> Job[Done[T]]:
        """Write off the GUI thread, after every write asked for before it; the changes are announced,
        then `done(value)` is called, on the GUI thread."""

        def finish(result: Done[T]) -> None:
            self._on_changes(result.changes)
            if done is not None:
                done(result.value)

        return self._start(work, done=finish, failed=failed, key=None, writes=True)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Run the GUI's event loop (delivering answers) until nothing runs, or `timeout_ms` passes;
        True if everything finished. For a lock, a quit, and tests."""
        if self._running:
            loop = QEventLoop()
            self.idle.connect(loop.quit)
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
            self.idle.disconnect(loop.quit)
        return not self._running

    def stop(self, timeout: float = 30.0) -> None:
        """Finish what was asked, close every lane's connection on its own thread, refuse new calls."""
        if self._stopped:
            return
        self._stopped = True
        lanes = [*self._readers, self._writer]
        for lane in lanes:
            lane.stop()
        for lane in lanes:
            if not lane.join(timeout):
                log.warning("a desk lane did not finish within %.0f s", timeout)
        self._running.clear()
        self._busy_timer.stop()
        self.busy.emit(False)

    # -- internals -----------------------------------------------------------------------------------

    def _start(
        self,
        work: Callable[[Desk], Any],
        *,
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None,
        key: str | None,
        writes: bool,
    ) -> Job[Any]:
        if self._stopped:
            raise RuntimeError("the profile is locked: nothing more runs on its desk")
        job: Job[Any] = Job(next(self._numbers), work, done, failed or self._unhandled, writes, key)
        if key is not None:
            self._latest[key] = job.number
        self._running.add(job.number)
        if not self._busy_timer.isActive():
            self._busy_timer.start()
        (self._writer if writes else next(self._next_reader)).put(job)
        return job

    def _answer(self, job: Job[Any], ok: bool, result: Any) -> None:  # on a lane's thread
        job.finished.set()
        self._answered.emit(job, ok, result)

    def _on_answered(self, job: Job[Any], ok: bool, result: Any) -> None:  # on the GUI thread
        self._running.discard(job.number)
        if not self._running:
            self._busy_timer.stop()
            self.busy.emit(False)
            self.idle.emit()
        superseded = job.key is not None and self._latest.get(job.key) != job.number
        if job.writes and ok:
            job.done(result)  # a write that happened is announced even if nobody waits for it
        elif not (job.cancelled or superseded):
            (job.done if ok else job.failed)(result)

    @staticmethod
    def _unhandled(error: Exception) -> None:
        log.error("a desk call failed and nobody was told: %s", type(error).__name__)
