"""Contacts: every encounter with the participant — when, how long, where, who was there, what came of it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaddesk.domain import Contact
from leaddesk.domain.enums import ContactKind
from leaddesk.domain.ids import utcnow
from leaddesk.ui.display import number
from leaddesk.ui.participant.form_fields import (
    CHOICE,
    DATETIME,
    INT,
    LIST,
    MULTILINE,
    TEXT,
    FieldSpec,
    enum_options,
)
from leaddesk.ui.participant.records_model import (
    Column,
    count_text,
    duration_text,
    enum_text,
    local_time,
    one_line,
)
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.text import fill

CONTACT_KIND_LABELS = {
    ContactKind.STREET: QT_TRANSLATE_NOOP("RecordTabs", "Street / outreach"),
    ContactKind.OFFICE: QT_TRANSLATE_NOOP("RecordTabs", "Office"),
    ContactKind.PHONE: QT_TRANSLATE_NOOP("RecordTabs", "Phone"),
    ContactKind.COURT: QT_TRANSLATE_NOOP("RecordTabs", "Court"),
    ContactKind.JAIL: QT_TRANSLATE_NOOP("RecordTabs", "Jail"),
    ContactKind.HOSPITAL: QT_TRANSLATE_NOOP("RecordTabs", "Hospital"),
    ContactKind.SHELTER: QT_TRANSLATE_NOOP("RecordTabs", "Shelter"),
}


class ContactsTab(RecordsTab):
    entity = Contact.entity
    order = ("occurred_at",)
    descending = True

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda c: local_time(c.occurred_at), sort=("occurred_at",)),
            Column(self.tr("Minutes"), lambda c: number(c.minutes), sort=("minutes",), align_right=True),
            Column(self.tr("Kind"), lambda c: enum_text(c.kind, CONTACT_KIND_LABELS), sort=("kind",)),
            Column(
                self.tr("Place"), lambda c: one_line(c.place, 40), sort=("place",), tooltip=lambda c: c.place
            ),
            Column(
                self.tr("Staff present"),
                lambda c: one_line(", ".join(c.staff_present), 40),
                sort=("staff_present",),
                tooltip=lambda c: ", ".join(c.staff_present),
            ),
            Column(
                self.tr("Outcome"),
                lambda c: one_line(c.outcome),
                sort=("outcome",),
                tooltip=lambda c: c.outcome,
                stretch=True,
            ),
        ]

    def fields(self, record: Any = None) -> list[FieldSpec]:
        return [
            FieldSpec("occurred_at", self.tr("&When"), DATETIME, default=utcnow),
            FieldSpec(
                "kind", self.tr("&Kind"), CHOICE, options=enum_options(ContactKind, CONTACT_KIND_LABELS)
            ),
            FieldSpec(
                "minutes", self.tr("&Minutes"), INT, default=15, maximum=24 * 60, suffix=self.tr(" min")
            ),
            FieldSpec(
                "place", self.tr("&Place"), TEXT, placeholder=self.tr("e.g. 3rd & Pine, under the bridge")
            ),
            FieldSpec(
                "staff_present",
                self.tr("&Staff present"),
                LIST,
                placeholder=self.tr("Names, separated by commas"),
                hint=self.tr("Everyone from the team who was there, separated by commas"),
            ),
            FieldSpec(
                "outcome",
                self.tr("&Outcome"),
                MULTILINE,
                placeholder=self.tr("What came of it: needs met, next steps, follow-up agreed"),
            ),
        ]

    def defaults(self) -> dict[str, Any]:
        return {"staff_present": [self.session.user] if self.session.user else []}

    def add_text(self) -> str:
        return self.tr("&Add contact…")

    def list_name(self) -> str:
        return self.tr("Contacts")

    def form_title(self, record: Any) -> str:
        return self.tr("Edit contact") if record is not None else self.tr("Add contact")

    def empty_text(self) -> str:
        return self.tr("No contacts recorded yet. Add one with “Add contact…” (Alt+A).")

    def delete_question(self, record: Any) -> str:
        question = fill(
            self.tr(
                "Delete the contact of %1? It disappears from this record on every device after the next "
                "sync; the audit trail keeps that it was deleted."
            ),
            local_time(record.occurred_at),
        )
        notes = self.session.desk.notes.count_for_contact(record.id)
        if notes:
            question += "\n\n" + count_text(
                notes,
                self.tr("%1 case note was written about this contact; it stays."),
                self.tr("%1 case notes were written about this contact; they stay."),
            )
        return question

    def summary_text(self, rows: list[Any]) -> str:
        if not rows:
            return ""
        since = utcnow() - timedelta(days=30)
        recent = [c for c in rows if c.occurred_at >= since]
        latest = max(rows, key=lambda c: c.occurred_at)
        total = count_text(len(rows), self.tr("%1 contact"), self.tr("%1 contacts"))
        month = (
            fill(
                self.tr("%1 in the last 30 days (%2)"),
                str(len(recent)),
                duration_text(sum(c.minutes for c in recent)),
            )
            if recent
            else self.tr("none in the last 30 days")
        )
        return f"{total} · {month} · " + fill(self.tr("last %1"), local_time(latest.occurred_at))
