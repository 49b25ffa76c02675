"""The shared display helpers: labels, dates, relative days and errors in plain words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from decimal import Decimal

import pytest
import sqlcipher3
from pydantic import ValidationError
from PySide6.QtCore import QDate, QLocale

from leaddesk.domain import Participant
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.domain.errors import NoteSigned
from leaddesk.storage.errors import RecordNotFound
from leaddesk.ui.display import (
    clock,
    day,
    day_format,
    day_time,
    describe_error,
    entry_day,
    entry_day_format,
    file_size,
    money,
    number,
    parse_day,
    plural,
    relative_day,
    weekday_day,
)

TODAY = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (date(2025, 3, 12), "today"),
        (date(2025, 3, 13), "tomorrow"),
        (date(2025, 3, 11), "yesterday"),
        (date(2025, 3, 22), "in 10 days"),
        (date(2025, 3, 9), "3 days ago"),
    ],
)
def test_relative_days(qapp, value: date, text: str) -> None:
    assert relative_day(value, today=TODAY) == text


def test_dates_and_times_are_written_as_the_language_writes_them_in_local_time(qapp) -> None:
    at = datetime(2025, 3, 12, 16, 30, tzinfo=UTC)
    assert day(TODAY) == "Mar 12, 2025"  # the tests' English, as in the US (tests/conftest.py)
    assert day(None) == ""
    local = at.astimezone()
    assert day_time(at) == f"{day(local.date())} {clock(local)}"
    assert clock(time(16, 30)) == "4:30\u202fPM"
    assert clock(time(9, 5, 7), seconds=True) == "9:05:07\u202fAM"
    assert weekday_day(TODAY) == "Wednesday, Mar 12, 2025"
    assert entry_day(date(1984, 3, 9)) == "3/9/1984"
    assert plural("%n day(s)".replace("%n", "1"), 1) == "1 day"
    assert plural("2 day(s)", 2) == "2 days"


@pytest.fixture
def spanish() -> Iterator[None]:
    """Spanish as `--language es` writes it (es_US), for one test."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_in_spanish_dates_read_day_month_year_and_numbers_as_in_the_us(qapp, spanish: None) -> None:
    assert day(date(2026, 12, 3)) == "3 dic 2026"
    assert weekday_day(date(2026, 12, 3)) == "jueves, 3 dic 2026"
    assert clock(time(14, 5)) == "2:05\u202fp.m."
    assert entry_day_format() == "d/M/yyyy"
    assert entry_day(date(1984, 3, 9)) == "9/3/1984"
    assert number(1234) == "1,234"
    assert number(12.5) == "12.5"
    assert number(3.0) == "3"
    assert money(Decimal("1045.5")) == "1,045.50"
    assert file_size(1536) == "1.5 KB"


@pytest.mark.parametrize(
    ("name", "pattern", "example"),
    [
        ("en_US", "MMM d, yyyy", "Dec 3, 2026"),
        ("es_ES", "d MMM yyyy", "3 dic 2026"),
        ("ja_JP", "yyyy MMM d", "2026 12月 3"),
        ("de_DE", "d MMM yyyy", "3 Dez. 2026"),
    ],
)
def test_a_date_keeps_the_locales_order_with_the_month_in_letters(
    name: str, pattern: str, example: str
) -> None:
    locale = QLocale(name)
    assert day_format(locale) == pattern
    assert locale.toString(QDate(2026, 12, 3), pattern) == example
    assert "yyyy" in entry_day_format(locale)  # a date field always takes the whole year


def test_a_typed_date_is_read_in_the_languages_order_or_as_iso(qapp, spanish: None) -> None:
    assert parse_day("9/3/1984") == date(1984, 3, 9)
    assert parse_day(" 1984-03-09 ") == date(1984, 3, 9)
    for wrong in ("31/2/1984", "1984-13-01", "yesterday"):
        with pytest.raises(ValueError, match="not a date"):
            parse_day(wrong)


def test_errors_in_plain_words(qapp) -> None:
    with pytest.raises(ValidationError) as missing:
        Participant(first_name="", last_name="Quill", team_id="north")
    assert describe_error(missing.value) == "First name: is required"
    with pytest.raises(ValidationError) as rule:
        Participant(first_name="Jo", last_name="Quill", team_id="north", status=ParticipantStatus.EXITED)
    assert describe_error(rule.value) == "Exited on: an exited participant needs an exit date"
    assert describe_error(NoteSigned("x")).startswith("This note is signed")
    assert describe_error(RecordNotFound("note", "abc")) == "No note with id abc."
    assert describe_error(ValueError("place: too long")) == "Place: too long"
    assert "nothing was saved" in describe_error(RuntimeError("boom"))
    # A page that fails its check, met by a read on the window's own thread: named, not "went wrong".
    damaged = describe_error(sqlcipher3.DatabaseError("database disk image is malformed"))
    assert "the database on this laptop is damaged" in damaged
