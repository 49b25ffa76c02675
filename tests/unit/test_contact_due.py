"""The overdue rule: days counted on the laptop's calendar, the query's cutoff agreeing with them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from leaddesk.domain.contact_due import days_since, is_overdue, seen_since
from leaddesk.domain.enums import ParticipantStatus
from tests.laptop_zone import laptop_zone

PACIFIC = timezone(timedelta(hours=-8))


def test_a_late_evening_contact_is_yesterday_on_the_laptops_calendar_whatever_utc_says() -> None:
    friday_evening = datetime(2026, 3, 7, 5, 30, tzinfo=UTC)  # Friday 21:30 in UTC-8, Saturday in UTC
    assert days_since(friday_evening, today=date(2026, 3, 7), tz=PACIFIC) == 1
    assert days_since(friday_evening, today=date(2026, 3, 7), tz=UTC) == 0
    assert days_since(None, today=date(2026, 3, 7)) is None


def test_only_people_expected_to_be_seen_are_overdue() -> None:
    assert is_overdue(ParticipantStatus.ACTIVE, None, overdue_days=14)
    assert is_overdue(ParticipantStatus.ACTIVE, 14, overdue_days=14)
    assert not is_overdue(ParticipantStatus.ACTIVE, 13, overdue_days=14)
    assert not is_overdue(ParticipantStatus.EXITED, None, overdue_days=14)
    assert not is_overdue(ParticipantStatus.INACTIVE, 40, overdue_days=14)


@given(
    minutes=st.integers(0, 60 * 24 * 60),
    offset=st.integers(-12 * 60, 14 * 60),
    overdue_days=st.integers(1, 60),
)
def test_the_cutoff_a_query_filters_on_agrees_with_the_days_counted(
    minutes: int, offset: int, overdue_days: int
) -> None:
    tz = timezone(timedelta(minutes=offset))
    today = date(2026, 6, 15)
    contact = datetime(2026, 6, 15, tzinfo=tz).astimezone(UTC) - timedelta(minutes=minutes)
    counted = days_since(contact, today=today, tz=tz)
    assert counted is not None
    overdue_by_days = counted >= overdue_days
    overdue_by_cutoff = contact < seen_since(today=today, overdue_days=overdue_days, tz=tz)
    assert overdue_by_days == overdue_by_cutoff


@given(minutes=st.integers(0, 60 * 24 * 365 * 3))
def test_on_the_computers_own_calendar_a_day_is_the_one_astimezone_gives_summer_time_included(
    minutes: int,
) -> None:
    contact = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(minutes=minutes)
    today = date(2028, 1, 1)
    with laptop_zone("PST8PDT,M3.2.0,M11.1.0"):  # Pacific, with its summer time
        assert days_since(contact, today=today) == (today - contact.astimezone().date()).days
