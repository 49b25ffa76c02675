"""A record's fields as words, the way a packet prints them and the disclosure preview names them:
labels from ui/labels.py, codes by their labels, dates as ISO dates, times in local time. A record's
substance use disorder fields are kept apart as their own part (domain/disclosure.py SUD_PART)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from leaddesk.domain import SyncedRecord
from leaddesk.domain.disclosure import SUD_PART
from leaddesk.domain.enums import (
    ConsentKind,
    ContactKind,
    EligibilityDecision,
    LegalEventKind,
    LivingSituation,
    ProsecutorCoordination,
    ReferralDoor,
    ServiceKind,
)
from leaddesk.ui import display
from leaddesk.ui.labels import enum_label, field_label
from leaddesk.ui.participant.consent_fields import CONSENT_KIND_LABELS
from leaddesk.ui.participant.contacts_tab import CONTACT_KIND_LABELS
from leaddesk.ui.participant.housing_tab import LIVING_SITUATION_LABELS
from leaddesk.ui.participant.legal_tab import COORDINATION_LABELS, LEGAL_KIND_LABELS
from leaddesk.ui.participant.records_model import enum_text
from leaddesk.ui.participant.referral_panel import DOOR_LABELS
from leaddesk.ui.participant.screening_tab import DECISION_LABELS
from leaddesk.ui.participant.services_tab import SERVICE_KIND_LABELS
from leaddesk.ui.text import translate

META = frozenset({"id", "participant_id", "created_at", "created_by", "updated_at", "deleted"})



# The codes whose words live beside the screen that edits them.
SCREEN_LABELS: dict[type[Enum], Mapping[Any, str]] = {
    ConsentKind: CONSENT_KIND_LABELS,
    ContactKind: CONTACT_KIND_LABELS,
    EligibilityDecision: DECISION_LABELS,
    LegalEventKind: LEGAL_KIND_LABELS,
    LivingSituation: LIVING_SITUATION_LABELS,
    ProsecutorCoordination: COORDINATION_LABELS,
    ReferralDoor: DOOR_LABELS,
    ServiceKind: SERVICE_KIND_LABELS,
}


def value_text(value: Any) -> str:
    if isinstance(value, Enum):
        if type(value) in SCREEN_LABELS:
            return enum_text(value, SCREEN_LABELS[type(value)])
        try:
            return enum_label(value)
        except LookupError:
            return str(value.value)
    if isinstance(value, bool):
        return translate("RecordText", "Yes") if value else translate("RecordText", "No")
    if isinstance(value, datetime):
        return display.day_time(value)
    if isinstance(value, date):
        return display.day(value)
    if isinstance(value, int | float | Decimal):
        return display.number(value)
    if isinstance(value, list):
        return "; ".join(value_text(v) for v in value)
    if hasattr(value, "model_dump"):
        return ", ".join(value_text(v) for v in value.model_dump().values() if v not in ("", None))
    return "" if value is None else str(value)


def fields_of(record: SyncedRecord, *, part: str = "") -> list[tuple[str, str]]:
    """The record's fields as (label, text), empty ones left out; a record's SUD fields travel only as
    their own part (`part` = SUD_PART), never with the rest of it."""
    sud = type(record).sud_fields
    # Ids of other records (a note's contact) mean nothing to a reader outside the app.
    names = [n for n in type(record).model_fields if n not in META and not n.endswith("_id")]
    names = [n for n in names if (n in sud) == (part == SUD_PART)]
    shown = [(field_label(n), value_text(getattr(record, n))) for n in names]
    return [(label, text) for label, text in shown if text]
