"""Identifiers and times: UUIDv7 ids made on the device, UTC timestamps."""

from __future__ import annotations

import os
import re
import time
import uuid
from datetime import UTC, datetime

UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_UUID_RE = re.compile(UUID_PATTERN)


def new_id(*, unix_ms: int | None = None) -> str:
    """A UUIDv7 (RFC 9562): time-ordered, so ids made later sort later and index well."""
    ms = time.time_ns() // 1_000_000 if unix_ms is None else unix_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76  # version
    value |= ((rand >> 62) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # variant
    value |= rand & 0x3FFF_FFFF_FFFF_FFFF  # rand_b, 62 bits
    return str(uuid.UUID(int=value))


def is_id(text: str) -> bool:
    return bool(_UUID_RE.match(text))


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_utc(value: datetime) -> datetime:
    """Times on the wire and on disk are UTC; a time without a zone is ambiguous and refused."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("a time must carry its time zone")
    return value.astimezone(UTC)


def iso(value: datetime) -> str:
    return to_utc(value).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return to_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
