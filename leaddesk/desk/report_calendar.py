"""The calendar a report on this laptop counts on: the laptop's own time zone (the one the caseload's
overdue flag and every screen's dates use), and the periods a person picks by name — the last 30 days,
this quarter, the last 12 months."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

SYSTEM_ZONE_FILE = Path("/etc/localtime")  # where Linux and macOS keep the computer's zone


class LaptopZone(tzinfo):
    """The computer's time zone with its daylight-saving rules, as a tzinfo a report can be given.

    `datetime.astimezone()` with no zone follows those rules but gives a fixed offset (the one in force
    at that moment), which would put a contact made in summer an hour off by a winter offset; this asks
    the system for every moment, as the standard library's documentation suggests. A report turns tens
    of thousands of times into days, so each offset is remembered per quarter hour (no zone changes
    its offset between two quarter hours): make one per report, so a zone changed meanwhile is seen."""

    def __init__(self) -> None:
        self._from_utc: dict[int, timedelta] = {}
        self._walls: dict[datetime, datetime] = {}

    def utcoffset(self, dt: datetime | None) -> timedelta:
        return self._local(dt).utcoffset() or timedelta(0)

    def dst(self, dt: datetime | None) -> timedelta:
        return self._local(dt).dst() or timedelta(0)

    def tzname(self, dt: datetime | None) -> str:
        return self._local(dt).tzname() or ""

    def fromutc(self, dt: datetime) -> datetime:
        key = dt.toordinal() * 96 + dt.hour * 4 + dt.minute // 15
        offset = self._from_utc.get(key)
        if offset is None:
            offset = dt.replace(tzinfo=UTC).astimezone().utcoffset() or timedelta(0)
            self._from_utc[key] = offset
        return (dt + offset).replace(tzinfo=self)

    def _local(self, dt: datetime | None) -> datetime:
        # A wall time of this zone: without a zone, astimezone() reads it as the system's local time.
        if dt is None:
            return datetime.now().astimezone()
        wall = dt.replace(tzinfo=None)
        local = self._walls.get(wall)
        if local is None:
            local = self._walls[wall] = wall.astimezone()
        return local

    def __repr__(self) -> str:
        return "LaptopZone()"


def laptop_zone(zone_file: Path = SYSTEM_ZONE_FILE) -> tzinfo:
    """The laptop's time zone for one report. The tz database's own zone where the system names one
    (TZ set to a zone's name, or the zone file Linux and macOS keep): Python's zoneinfo works in C, five
    to eight times quicker than LaptopZone, which asks the system in Python for every time (a third of a
    dashboard's figures went to it). Anything else (a POSIX rule in TZ, no zone file, Windows) gets
    LaptopZone, which follows whatever the system does."""
    name = os.environ.get("TZ")
    try:
        if name is not None:
            return ZoneInfo(name.removeprefix(":"))
        with zone_file.open("rb") as handle:
            return ZoneInfo.from_file(handle, key="localtime")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return LaptopZone()


class Preset(StrEnum):
    """The periods offered by name; CUSTOM is any two dates."""

    LAST_30_DAYS = "last_30_days"
    THIS_QUARTER = "this_quarter"
    LAST_12_MONTHS = "last_12_months"
    CUSTOM = "custom"


DEFAULT_PRESET = Preset.LAST_30_DAYS


def preset_period(preset: Preset, *, today: date) -> tuple[date, date]:
    """The first and last day of `preset` as of `today` (both included; each ends today). The last 12
    months start on the first of the month eleven months back, so each month on a chart is whole but
    the current one. ValueError for CUSTOM, which has no days of its own."""
    if preset is Preset.LAST_30_DAYS:
        return today - timedelta(days=29), today
    if preset is Preset.THIS_QUARTER:
        return date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    if preset is Preset.LAST_12_MONTHS:
        months = today.year * 12 + today.month - 1 - 11
        return date(months // 12, months % 12 + 1, 1), today
    raise ValueError("a custom period has no dates of its own: give its first and last day")
