"""Display helpers of the participant workspace, on top of the shared `leaddesk.ui.display` and
`leaddesk.ui.labels` so a value reads the same here as on every other screen."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from leaddesk.ui import display, labels


def enum_label(value: Enum | None) -> str:
    """`in_the_wind` → `In the wind`; `sud_treatment` → `SUD treatment` (from the enum's table)."""
    return labels.enum_label(value)


def day(value: date | None) -> str:
    return display.day(value)


def local_time(value: datetime | None) -> str:
    """A stored UTC time as the user's local `YYYY-MM-DD HH:MM`."""
    return display.day_time(value)


def local_day(value: datetime) -> date:
    return display.local(value).date()


def first_line(text: str, *, limit: int = 140) -> str:
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def error_text(exc: Exception) -> str:
    """What went wrong, in words a case manager understands (never a traceback)."""
    return display.describe_error(exc)
