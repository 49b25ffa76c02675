"""The laptop's time zone, set for one test: the overdue rule counts days on the laptop's calendar,
so a test of it must not depend on the zone of the machine that runs it."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager

# POSIX zones (no tz database needed). PST+08 is eight hours behind UTC all year: 21:30 there is the
# next day in UTC.
UTC_ZONE = "UTC0"
PACIFIC_ZONE = "PST+08"


@contextmanager
def laptop_zone(zone: str) -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
