"""Hybrid logical clock (Kulkarni et al.): the (hlc, device) stamp carried by every field write.
Pure standard-library code, shared by the desktop client and the server."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1
# Encodings are fixed-width hex so that string order equals numeric order; 16 digits is 64 bits.
_HLC_LIMIT = 1 << 64
_ENCODED = re.compile(r"([0-9a-f]{16})-(.+)", re.DOTALL)


_held_day: date | None = None


def local_today() -> date:
    """The computer's calendar day in its own time zone: the date a form offers as today, the day the
    Today page and the due dates count from, the day a report is made on. Every such reading comes here,
    so it is read one way (never the UTC day, which is already tomorrow on an American evening) and a test
    run can hold it still across midnight (`hold_today`)."""
    return _held_day or datetime.now().astimezone().date()


def hold_today(day: date | None) -> None:
    """Make `local_today()` answer `day` until released with None: the one clock a test suite fixes, so
    a run that crosses midnight does not see two days."""
    global _held_day
    _held_day = day


def wall_ms() -> int:
    """Milliseconds since the Unix epoch, from the system clock."""
    return time.time_ns() // 1_000_000


def _check_hlc(hlc: int) -> None:
    # bool is an int subclass; a True stamp is always a bug upstream.
    if isinstance(hlc, bool) or not isinstance(hlc, int):
        raise TypeError(f"hlc must be an int, not {type(hlc).__name__}")
    if not 0 <= hlc < _HLC_LIMIT:
        raise ValueError(f"hlc {hlc} is outside the 64-bit range a stamp can encode")


@dataclass(frozen=True, order=True, slots=True)
class Stamp:
    """When and where a field was written; ordered by hlc, then by device id."""

    hlc: int
    device: str

    def __post_init__(self) -> None:
        _check_hlc(self.hlc)
        if not isinstance(self.device, str) or not self.device:
            raise ValueError("a stamp needs a non-empty device id")

    @property
    def physical_ms(self) -> int:
        return self.hlc >> COUNTER_BITS

    @property
    def counter(self) -> int:
        return self.hlc & _COUNTER_MASK

    def encode(self) -> str:
        return f"{self.hlc:016x}-{self.device}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        match = _ENCODED.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            shown = text[:60] if isinstance(text, str) else type(text).__name__
            raise ValueError(
                f"not an encoded stamp (want 16 lowercase hex digits, '-', device id): {shown!r}"
            )
        return cls(int(match.group(1), 16), match.group(2))


# How far a stamp may run ahead of the (server-corrected) time before it stops moving clocks: a received
# stamp further ahead is adopted only up to here, and the office server re-stamps a pushed change stamped
# further ahead (server/push.py). Wide enough for a laptop whose clock is a little off, narrow enough that
# one wrong clock never drags every other laptop's stamps into the future.
MAX_AHEAD_MS = 5 * 60 * 1000
# A wall clock that moved more than this against the monotonic clock since the server's time was learned
# was set (by a person or by NTP): the offset learned before no longer says anything.
_STEP_MS = 2_000


def monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


class HybridClock:
    """One device's clock; safe to share between the GUI thread and a sync worker.

    Its physical part is the wall clock corrected by the office server's time as last learned
    (`learn_server_time`), so a laptop whose date is wrong stamps by the server's time from its first
    exchange on. The offset lives in memory only and is dropped when the wall clock is set, since then it
    no longer describes it."""

    def __init__(
        self,
        device: str,
        *,
        last: int = 0,
        wall: Callable[[], int] = wall_ms,
        monotonic: Callable[[], int] = monotonic_ms,
        max_ahead_ms: int = MAX_AHEAD_MS,
    ) -> None:
        if not device:
            raise ValueError("a clock needs a non-empty device id")
        _check_hlc(last)
        if max_ahead_ms < 0:
            raise ValueError("max_ahead_ms must not be negative")
        self._device = device
        self._last = last
        self._wall = wall
        self._monotonic = monotonic
        self._max_ahead_ms = max_ahead_ms
        self._offset_ms = 0
        self._learned: tuple[int, int] | None = None  # (wall, monotonic) when the offset was learned
        self._lock = threading.Lock()

    @property
    def device(self) -> str:
        return self._device

    @property
    def last(self) -> int:
        with self._lock:
            return self._last

    @property
    def offset_ms(self) -> int:
        """How far the server's clock is ahead of this computer's (negative: this one is fast)."""
        with self._lock:
            self._physical()  # drops an offset a clock change has made stale
            return self._offset_ms

    def now(self) -> Stamp:
        with self._lock:
            # Packed form of the HLC send rule: l = max(l, pt); counter + 1 if l did not move, else 0.
            # Adding 1 to the packed int carries a full counter into the physical part.
            hlc = max(self._last + 1, self._physical() << COUNTER_BITS)
            stamp = Stamp(hlc, self._device)  # validates before the state moves
            self._last = hlc
            return stamp

    def observe(self, remote: Stamp | int) -> None:
        """Order later local stamps after a received one; one from too far ahead moves this clock only to
        the bound, never with it (it would drag every later local stamp into the future)."""
        hlc = remote.hlc if isinstance(remote, Stamp) else remote
        _check_hlc(hlc)
        with self._lock:
            physical = self._physical()
            bound = (physical + self._max_ahead_ms + 1) << COUNTER_BITS
            # Packed form of the HLC receive rule: l = max(l, l_remote, pt) with the counter ticked
            # past whichever of the two logical parts it came from.
            new = max(self._last + 1, min(hlc, bound) + 1, physical << COUNTER_BITS)
            _check_hlc(new)
            self._last = new

    def learn_server_time(self, server_ms: int, *, round_trip_ms: int = 0) -> None:
        """The office server's clock as read in an answer that has just arrived, `round_trip_ms` after
        its request left. A clock that ran ahead (a laptop whose date was wrong, since corrected) comes
        back at once: stamps must not stay in the future until the wall clock catches up with them.

        Coming back means a later stamp of this device may be lower than an earlier one, or even repeat
        it. The merge allows for that: a device's writes reach the server in the order it made them, and
        a write replaces that same device's earlier value whatever the two stamps say (domain/merge.py)."""
        with self._lock:
            wall = self._wall()
            # The server read its clock about half way through the exchange.
            self._offset_ms = server_ms + max(0, round_trip_ms) // 2 - wall
            self._learned = (wall, self._monotonic())
            physical = self._physical()
            if (self._last >> COUNTER_BITS) > physical + self._max_ahead_ms:
                self._last = physical << COUNTER_BITS

    def _physical(self) -> int:
        """The wall clock corrected by the server's (call with the lock held)."""
        wall = self._wall()
        if self._learned is not None:
            learned_wall, learned_monotonic = self._learned
            if abs((wall - learned_wall) - (self._monotonic() - learned_monotonic)) > _STEP_MS:
                self._offset_ms, self._learned = 0, None  # the wall clock was set since
        return max(0, wall + self._offset_ms)
