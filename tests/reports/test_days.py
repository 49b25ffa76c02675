"""A report's calendar day of a time (reports/data.py Scope.day, which remembers the zone's offset per
quarter hour) is the day the zone itself gives, minute by minute across both daylight-saving changes of
a year, for a named zone, the laptop's zone and a fixed offset; a time not in UTC is read right too."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import pytest

from leaddesk.desk.report_calendar import LaptopZone
from leaddesk.reports import ProgramData
from leaddesk.reports.data import Period, scope_of
from tests.laptop_zone import laptop_zone

# 2025's changes are on 9 March and 2 November in these zones; two days either side of each are walked.
# Where a zone changes at midnight (Havana; the laptop's zone below), a day's offset taken from one
# moment for the whole day would put the hour after midnight on the wrong day.
CHANGES = [datetime(2025, 3, 9, 12, tzinfo=UTC), datetime(2025, 11, 2, 12, tzinfo=UTC)]


def _days(zone: tzinfo | None) -> None:
    scope = scope_of(ProgramData(tz=zone), period=Period(date(2025, 1, 1), date(2025, 12, 31)), team=None)
    for change in CHANGES:
        for minute in range(-48 * 60, 48 * 60, 7):
            moment = change + timedelta(minutes=minute)
            assert scope.day(moment) == moment.astimezone(zone).date(), moment
    elsewhere = datetime(2025, 3, 9, 23, 30, tzinfo=timezone(timedelta(hours=5)))
    assert scope.day(elsewhere) == elsewhere.astimezone(zone).date()


@pytest.mark.parametrize(
    "zone",
    [ZoneInfo("America/Havana"), ZoneInfo("America/Los_Angeles"), timezone(timedelta(hours=-8)), UTC],
)
def test_a_days_zone_is_the_zones_own(zone: tzinfo) -> None:
    _days(zone)


def test_the_laptops_zone_gives_the_laptops_days() -> None:
    with laptop_zone("XST3XDT,M3.2.0/0,M11.1.0/0"):  # POSIX rules (no tz database): changes at midnight
        _days(LaptopZone())
