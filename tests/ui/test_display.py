"""The shared display helpers: labels, dates, relative days and errors in plain words."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from pydantic import ValidationError

from leaddesk.domain import Participant
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.domain.errors import NoteSigned
from leaddesk.storage.errors import RecordNotFound
from leaddesk.ui.display import day, day_time, describe_error, plural, relative_day

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


def test_dates_are_iso_in_local_time() -> None:
    at = datetime(2025, 3, 12, 16, 30, tzinfo=UTC)
    assert day(TODAY) == "2025-03-12"
    assert day(None) == ""
    assert day_time(at) == at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert plural("%n day(s)".replace("%n", "1"), 1) == "1 day"
    assert plural("2 day(s)", 2) == "2 days"


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
