"""The words for case conferencing's lists (domain/conference.py): why a participant is on the agenda,
and what the program does with one no consent covers. labels.py registers them in its ENUM_LABELS, so
`enum_label` finds them."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaddesk.domain.conference import AgendaReason, ConferenceWithoutConsent

AGENDA_REASON = {
    AgendaReason.COURT_DATE: QT_TRANSLATE_NOOP("AgendaReason", "Court date in the next 14 days"),
    AgendaReason.COORDINATE: QT_TRANSLATE_NOOP("AgendaReason", "To coordinate with the prosecutor"),
    AgendaReason.NOT_SEEN: QT_TRANSLATE_NOOP("AgendaReason", "Not seen in 14 days"),
    AgendaReason.NEW_REFERRAL: QT_TRANSLATE_NOOP("AgendaReason", "New referral"),
    AgendaReason.ADDED: QT_TRANSLATE_NOOP("AgendaReason", "Added by the team"),
}
WITHOUT_CONSENT = {
    ConferenceWithoutConsent.DEIDENTIFY: QT_TRANSLATE_NOOP(
        "ConferenceWithoutConsent", "Discussed without identifying details"
    ),
    ConferenceWithoutConsent.LEAVE_OUT: QT_TRANSLATE_NOOP("ConferenceWithoutConsent", "Left off the agenda"),
}

CONFERENCE_ENUM_LABELS: dict[type[Enum], tuple[str, Mapping[Any, str]]] = {
    AgendaReason: ("AgendaReason", AGENDA_REASON),
    ConferenceWithoutConsent: ("ConferenceWithoutConsent", WITHOUT_CONSENT),
}
