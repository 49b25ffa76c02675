"""A record's fields as words, the way a packet prints them and the disclosure preview names them:
labels from ui/labels.py, codes by their labels, dates as ISO dates, times in local time. A record's
substance use disorder fields are kept apart as their own part (domain/disclosure.py SUD_PART)."""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from leaddesk.domain import SyncedRecord
from leaddesk.domain.disclosure import SUD_PART
from leaddesk.ui.labels import enum_label, field_label

META = frozenset({"id", "participant_id", "created_at", "created_by", "updated_at", "deleted"})


def tr(text: str) -> str:
    return QCoreApplication.translate("RecordText", text)


def value_text(value: Any) -> str:
    if isinstance(value, Enum):
        try:
            return enum_label(value)
        except LookupError:
            return str(value.value)
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "; ".join(value_text(v) for v in value)
    if hasattr(value, "model_dump"):
        return ", ".join(value_text(v) for v in value.model_dump().values() if v not in ("", None))
    return "" if value is None else str(value)


def fields_of(record: SyncedRecord, *, part: str = "") -> list[tuple[str, str]]:
    """The record's fields as (label, text), empty ones left out; a record's SUD fields travel only as
    their own part (`part` = SUD_PART), never with the rest of it."""
    sud = type(record).sud_fields
    names = [n for n in type(record).model_fields if n not in META]
    names = [n for n in names if (n in sud) == (part == SUD_PART)]
    shown = [(field_label(n), value_text(getattr(record, n))) for n in names]
    return [(label, text) for label, text in shown if text]
