"""The thread bridge: run slow work (key derivation, exports, later sync) off the GUI thread and
deliver its result or error back on the GUI thread by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Background(QObject):
    """Runs callables on a small pool; `busy` tells the screen to show it is working."""

    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._running = 0
        self._jobs: set[_Job] = set()

    def run(
        self,
        work: Callable[[], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        """`work` must not touch Qt widgets or the GUI thread's desk (its connection belongs to that
        thread): open a desk of its own (Desk.sibling_opener) if it needs one."""
        job = _Job(work)
        job.setAutoDelete(False)
        self._jobs.add(job)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._jobs.discard(job)
            self._running -= 1
            if not self._running:
                self.busy.emit(False)
            handler(value)

        job.signals.done.connect(lambda value: finish(on_done, value))
        job.signals.failed.connect(lambda exc: finish(on_error, exc))
        self._running += 1
        if self._running == 1:
            self.busy.emit(True)
        self._pool.start(job)

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)
