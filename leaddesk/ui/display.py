"""How values read on screen: dates, times and numbers in the language chosen (the default QLocale,
ui/language.py), "3 days ago", and errors in plain words. Every screen writes a date, a time or a number
through here, so the same thing always reads the same way and follows the language (labels for enums
and fields: labels.py). Files and settings keep ISO dates; only what a person reads goes through here."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal

from pydantic import ValidationError
from PySide6.QtCore import QDate, QLocale, QTime

from leaddesk.desk import in_our_words
from leaddesk.domain.clock import local_today
from leaddesk.domain.errors import DomainError
from leaddesk.storage.errors import StorageError
from leaddesk.ui.labels import field_label
from leaddesk.ui.rule_texts import rule_text
from leaddesk.ui.text import fill, translate

_DAY, _MONTH, _YEAR = re.compile(r"d+"), re.compile(r"M+"), re.compile(r"y+")


def plural(text: str, n: int) -> str:
    """English plurals for a "%n thing(s)" string when no translation has chosen the form: Qt fills
    in %n but leaves "(s)" to the translation file, which English does not ship."""
    return text.replace("(s)", "" if n == 1 else "s")


def local(value: datetime) -> datetime:
    """A stored (UTC) time in the computer's time zone."""
    return value.astimezone()


def _order(locale: QLocale) -> str:
    """"dmy", "mdy" or "ymd": the order the locale writes a date's parts in."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    found = {"d": _DAY.search(pattern), "m": _MONTH.search(pattern), "y": _YEAR.search(pattern)}
    places = {part: match.start() if match else 99 for part, match in found.items()}
    return "".join(sorted(places, key=places.__getitem__))


def day_format(locale: QLocale | None = None) -> str:
    """A date with its month in letters and the whole year, in the locale's order: "3 dic 2026",
    "Dec 3, 2026". Unambiguous (a 3/12 reads two ways) and short enough for a table's column."""
    order = _order(locale or QLocale())
    if order.startswith("m"):
        return "MMM d, yyyy"
    return "yyyy MMM d" if order.startswith("y") else "d MMM yyyy"


def entry_day_format(locale: QLocale | None = None) -> str:
    """What a date field shows and takes: the locale's short date with the whole year ("3/12/2026")."""
    pattern = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else _YEAR.sub("yyyy", pattern)


def entry_day_time_format(locale: QLocale | None = None) -> str:
    """A date and time field's: the short date, whole year, and the time on the 24-hour clock, which a
    spin box takes without an a.m./p.m. section to step through."""
    return f"{entry_day_format(locale)} HH:mm"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def day(value: date | datetime | None) -> str:
    """The date as day_format() writes it; a time is first moved to local time."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local(value).date()
    return QLocale().toString(to_qdate(value), day_format())


def clock(value: datetime | time, *, seconds: bool = False) -> str:
    """The time of day as the language writes it ("2:05 p.m.", "14:05"); a datetime in local time."""
    if isinstance(value, datetime):
        value = local(value).time()
    locale = QLocale()
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if seconds:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return locale.toString(QTime(value.hour, value.minute, value.second), pattern)


def day_time(value: datetime | None) -> str:
    """Date and time in local time: "3 dic 2026 2:05 p.m."."""
    return f"{day(value)} {clock(value)}" if value is not None else ""


def weekday_day(value: date) -> str:
    """The day of the week and the date: "jueves, 3 dic 2026"."""
    return f"{QLocale().toString(to_qdate(value), 'dddd')}, {day(value)}"


def month(value: date) -> str:
    """A month for a chart's axis: "dic 26"."""
    return QLocale().toString(to_qdate(value), "MMM yy")


def number(value: int | float | Decimal, *, decimals: int | None = None) -> str:
    """A count or a measure as the language writes it ("1,234", "12.5"); `decimals` fixes how many
    digits follow the point, otherwise whole numbers show none and others as few as they need."""
    locale = QLocale()
    if decimals is not None:
        return locale.toString(float(value), "f", decimals)
    if isinstance(value, int) or (not isinstance(value, Decimal) and float(value).is_integer()):
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 12)


def money(value: float | Decimal) -> str:
    """An amount in dollars, without the sign: "1,234.50"."""
    return number(value, decimals=2)


def file_size(size: int) -> str:
    """"512 B", "12.5 KB", "3.1 MB"."""
    if size < 1024:
        return fill(translate("display", "%1 B"), number(size))
    if size < 1024 * 1024:
        return fill(translate("display", "%1 KB"), number(size / 1024, decimals=1))
    return fill(translate("display", "%1 MB"), number(size / (1024 * 1024), decimals=1))


def entry_day(value: date) -> str:
    """A date as a date field writes it (entry_day_format)."""
    return QLocale().toString(to_qdate(value), entry_day_format())


def parse_day(text: str) -> date:
    """A date typed as the language writes it ("3/12/2026") or as ISO ("2026-12-03"); ValueError."""
    text = text.strip()
    parsed = QLocale().toDate(text, entry_day_format())
    if not parsed.isValid():
        parsed = QDate.fromString(text, "yyyy-MM-dd")
    if not parsed.isValid():
        raise ValueError(f"not a date: {text!r}")
    return date(parsed.year(), parsed.month(), parsed.day())


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
    """ "Mar 4, 2025 (3 days ago)"; a time shows its local hour too."""
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
        else:
            message = rule_text(message)
        lines.append(f"{field_label(field)}: {message}" if field else message[:1].upper() + message[1:])
    return lines


def describe_error(exc: BaseException) -> str:
    """A message a case manager can act on, never a traceback."""
    if isinstance(exc, Exception):
        exc = in_our_words(exc)  # SQLite finding the file damaged as a screen read it: say so
    if isinstance(exc, ValidationError):
        return "\n".join(_validation_lines(exc))
    if isinstance(exc, DomainError | StorageError):
        return rule_text(str(exc))
    if isinstance(exc, ValueError):
        head, sep, rest = str(exc).partition(": ")
        if sep and head.isidentifier():
            return f"{field_label(head)}: {rule_text(rest)}"
        return rule_text(str(exc))
    return fill(translate("display", "Something went wrong and nothing was saved. (%1)"), type(exc).__name__)
