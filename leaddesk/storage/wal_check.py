"""Damage in a write-ahead log left behind by a crash, which SQLite itself would not report.

SQLite reads a log after a crash up to its first frame whose checksum fails and drops everything from
there on: that is how a write torn by a power cut is left out. A flipped bit in the middle of the log
looks the same to it, so the transactions committed after that frame (a note saved just before the
crash) would be silently lost at the next open, and gone for good once the log is folded into the file.

The two can be told apart. Each frame's checksum goes on from the one before it, as written in the
frame before it; a torn write leaves nothing intact after the tear, while a flipped bit leaves the
frames after it checking out against their predecessors' checksums as written. The log's header,
likewise, is damaged (not torn) when its own checksum fails but its first frame checks out against the
header's checksum as written. Only an intact commit frame after the failure counts: frames of a
transaction cut off before its commit may fail for a reason of their own (SQLite rewrites a frame a
transaction writes twice, and its successors' checksums only as it commits), and nothing committed is
lost with them. A damaged last transaction itself looks like a torn one, and is not found.

The format: https://sqlite.org/fileformat2.html#the_write_ahead_log
"""

from __future__ import annotations

import struct
from pathlib import Path

_HEADER = 32
_FRAME_HEADER = 24
_MAGIC = (0x377F0682, 0x377F0683)  # checksums over little-endian words, over big-endian words


def _checksum(data: bytes, s0: int, s1: int, *, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def log_damage(log: Path) -> str | None:
    """What is damaged in the write-ahead log at `log`, or None if nothing is (or it is missing, empty,
    or ends in a torn write, which SQLite rightly leaves out)."""
    try:
        data = log.read_bytes()
    except FileNotFoundError:
        return None
    if len(data) <= _HEADER:
        return None
    magic, _version, page_size = struct.unpack(">III", data[:12])
    if not any(data[:_HEADER]):
        return None  # never written
    if magic not in _MAGIC or not 512 <= page_size <= 65536 or page_size & (page_size - 1):
        return "its header is damaged"  # the same in every header SQLite writes: not a torn write
    big_endian = magic & 1 == 1
    header_sum = struct.unpack(">II", data[24:32])
    header_ok = _checksum(data[:24], 0, 0, big_endian=big_endian) == header_sum
    frame_size = _FRAME_HEADER + page_size
    if len(data) < _HEADER + frame_size:
        return None
    # A header whose own checksum fails may have lost its salts: its frames then name the log's.
    salts = data[16:24] if header_ok else data[_HEADER + 8 : _HEADER + 16]
    broken = not header_ok  # where SQLite stops reading
    previous = header_sum  # each frame's checksum goes on from the one written before it
    for start in range(_HEADER, len(data) - frame_size + 1, frame_size):
        head = data[start : start + _FRAME_HEADER]
        written = struct.unpack(">II", head[16:24])
        intact = head[8:16] == salts and written == _checksum(
            head[:8] + data[start + _FRAME_HEADER : start + frame_size], *previous, big_endian=big_endian
        )
        if intact and broken and head[4:8] != b"\0\0\0\0":  # a commit SQLite would drop
            return "its header is damaged" if not header_ok else "a frame before its last commit is damaged"
        broken = broken or not intact
        previous = written
    return None
