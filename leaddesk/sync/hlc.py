"""Hybrid logical clock (Kulkarni et al.): the (hlc, device) stamp carried by every field write.
Pure standard-library code, shared by the desktop client and the server."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

COUNTER_BITS = 16
_COUNTER_MASK = (1 << COUNTER_BITS) - 1
# Encodings are fixed-width hex so that string order equals numeric order; 16 digits is 64 bits.
_HLC_LIMIT = 1 << 64
_ENCODED = re.compile(r"([0-9a-f]{16})-(.+)", re.DOTALL)


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


class ClockDriftError(ValueError):
    """A remote stamp claims a time too far ahead of this machine's clock to be trusted."""


class HybridClock:
    """One device's clock; safe to share between the GUI thread and a sync worker."""

    def __init__(
        self,
        device: str,
        *,
        last: int = 0,
        wall: Callable[[], int] = wall_ms,
        max_drift_ms: int = 24 * 3600 * 1000,
    ) -> None:
        if not device:
            raise ValueError("a clock needs a non-empty device id")
        _check_hlc(last)
        if max_drift_ms < 0:
            raise ValueError("max_drift_ms must not be negative")
        self._device = device
        self._last = last
        self._wall = wall
        self._max_drift_ms = max_drift_ms
        self._lock = threading.Lock()

    @property
    def device(self) -> str:
        return self._device

    @property
    def last(self) -> int:
        with self._lock:
            return self._last

    def now(self) -> Stamp:
        with self._lock:
            # Packed form of the HLC send rule: l = max(l, pt); counter + 1 if l did not move, else 0.
            # Adding 1 to the packed int carries a full counter into the physical part.
            hlc = max(self._last + 1, self._wall() << COUNTER_BITS)
            stamp = Stamp(hlc, self._device)  # validates before the state moves
            self._last = hlc
            return stamp

    def observe(self, remote: Stamp | int) -> None:
        hlc = remote.hlc if isinstance(remote, Stamp) else remote
        _check_hlc(hlc)
        with self._lock:
            wall = self._wall()
            ahead = (hlc >> COUNTER_BITS) - wall
            if ahead > self._max_drift_ms:
                # Adopting it would drag every later local stamp into the future with it.
                raise ClockDriftError(
                    f"a received change is stamped {ahead} ms ahead of this computer's clock "
                    f"(limit {self._max_drift_ms} ms); check the date and time settings"
                )
            # Packed form of the HLC receive rule: l = max(l, l_remote, pt) with the counter ticked
            # past whichever of the two logical parts it came from.
            new = max(self._last + 1, hlc + 1, wall << COUNTER_BITS)
            _check_hlc(new)
            self._last = new
