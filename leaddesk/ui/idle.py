"""Locks after a period with no keyboard or mouse input, including time the laptop spent asleep."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
DEFAULT_IDLE_MINUTES = 5
_MAX_CHECK_MS = 1000


class IdleWatcher(QObject):
    """Install on the QApplication; emits `timed_out` once after `timeout_ms` of no input.

    A plain single-shot QTimer is not enough: on Linux and macOS its clock stops while the laptop
    sleeps, so a lid closed at minute 4 would reopen unlocked for another minute. The watcher checks
    the wall clock as well, and the first key press after a long sleep locks instead of counting as
    activity (and is swallowed, so it cannot type into the screen being locked).
    """

    timed_out = Signal()

    def __init__(
        self,
        timeout_ms: int,
        parent: QObject | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._monotonic = monotonic
        self._wall = wall
        self._last_monotonic = monotonic()
        self._last_wall = wall()
        self._timeout_ms = 1
        self._check = QTimer(self)
        self._check.timeout.connect(self._check_idle)
        self.set_timeout(timeout_ms)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout(self, timeout_ms: int) -> None:
        self._timeout_ms = max(1, int(timeout_ms))
        # Often enough to lock within ~1 s of the deadline (or a quarter of a short test timeout).
        self._check.setInterval(max(10, min(_MAX_CHECK_MS, self._timeout_ms // 4)))

    def start(self) -> None:
        self._touch()
        self._check.start()

    def stop(self) -> None:
        self._check.stop()

    @property
    def active(self) -> bool:
        return self._check.isActive()

    def idle_ms(self) -> float:
        """How long since the last input, by whichever clock says longer (a wall clock set backwards
        is ignored rather than trusted)."""
        by_monotonic = self._monotonic() - self._last_monotonic
        by_wall = self._wall() - self._last_wall
        return max(by_monotonic, by_wall) * 1000.0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._check.isActive():
            if self.idle_ms() >= self._timeout_ms:
                self._fire()
                return True  # the wake-up key press must not reach the screen being locked
            self._touch()
        return False

    def _touch(self) -> None:
        self._last_monotonic = self._monotonic()
        self._last_wall = self._wall()

    def _check_idle(self) -> None:
        if self.idle_ms() >= self._timeout_ms:
            self._fire()

    def _fire(self) -> None:
        self._check.stop()
        self.timed_out.emit()
