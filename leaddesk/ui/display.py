"""How values read on screen: ISO dates in local time, "3 days ago", and errors in plain words. Shared
by every screen so the same thing always reads the same way (labels for enums and fields: labels.py)."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import ValidationError

from leaddesk.domain.errors import DomainError
from leaddesk.storage.errors import StorageError
from leaddesk.ui.labels import field_label
from leaddesk.ui.text import fill, translate


def plural(text: str, n: int) -> str:
    """English plurals for a "%n thing(s)" string when no translation has chosen the form: Qt fills
    in %n but leaves "(s)" to the translation file, which English does not ship."""
    return text.replace("(s)", "" if n == 1 else "s")


def local_today() -> date:
    return datetime.now().astimezone().date()


def local(value: datetime) -> datetime:
    """A stored (UTC) time in the computer's time zone."""
    return value.astimezone()


def day(value: date | datetime | None) -> str:
    """YYYY-MM-DD; a time is first moved to local time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).date()
    return value.isoformat()


def day_time(value: datetime | None) -> str:
    """YYYY-MM-DD HH:MM in local time."""
    return local(value).strftime("%Y-%m-%d %H:%M") if value is not None else ""


def relative_day(value: date, *, today: date | None = None) -> str:
    """ "today", "tomorrow", "in 3 days", "yesterday", "3 days ago"."""
    days = (value - (today or local_today())).days
    if days == 0:
        return translate("display", "today")
    if days == 1:
        return translate("display", "tomorrow")
    if days == -1:
        return translate("display", "yesterday")
    if days > 0:
        return plural(translate("display", "in %n day(s)", None, days), days)
    return plural(translate("display", "%n day(s) ago", None, -days), -days)


def day_with_relative(value: date | datetime, *, today: date | None = None) -> str:
    """ "2025-03-04 (3 days ago)"; a time shows its local hour too."""
    if isinstance(value, datetime):
        return f"{day_time(value)} ({relative_day(local(value).date(), today=today)})"
    return f"{day(value)} ({relative_day(value, today=today)})"


def _validation_lines(exc: ValidationError) -> list[str]:
    lines = []
    for error in exc.errors():
        message = str(error.get("msg", ""))
        message = message.removeprefix("Value error, ").removeprefix("Assertion failed, ")
        loc = [str(part) for part in error.get("loc", ()) if not isinstance(part, int)]
        field = loc[0] if loc else ""
        # Whole-record rules name their field at the start of the message ("exited_on: …").
        head, sep, rest = message.partition(": ")
        if not field and sep and head.isidentifier():
            field, message = head, rest
        kind = error.get("type", "")
        context = error.get("ctx") or {}
        if kind == "string_too_short" and context.get("min_length") == 1:
            message = translate("display", "is required")
        elif kind == "string_too_long":
            message = fill(
                translate("display", "is too long (at most %1 characters)"), str(context.get("max_length"))
            )
        elif kind == "missing":
            message = translate("display", "is required")
        lines.append(f"{field_label(field)}: {message}" if field else message[:1].upper() + message[1:])
    return lines


def describe_error(exc: BaseException) -> str:
    """A message a case manager can act on, never a traceback."""
    if isinstance(exc, ValidationError):
        return "\n".join(_validation_lines(exc))
    if isinstance(exc, DomainError | StorageError):
        return str(exc)
    if isinstance(exc, ValueError):
        head, sep, rest = str(exc).partition(": ")
        if sep and head.isidentifier():
            return f"{field_label(head)}: {rest}"
        return str(exc)
    return fill(translate("display", "Something went wrong and nothing was saved. (%1)"), type(exc).__name__)
