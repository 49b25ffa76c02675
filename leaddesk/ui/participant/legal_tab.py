"""Legal and court: arrests, charges, warrants and court dates, with the prosecutor coordination LEAD
needs for cases that were not diverted, and what an evaluator counts: charge level, disposition, where
the team learned of it, and for a booking its release and the jail days between (domain/casework.py
`jail_days`). Upcoming court dates come first, in bold on a highlight."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaddesk.domain import LegalEvent
from leaddesk.domain.casework import jail_days, jail_time
from leaddesk.domain.casework_codes import ChargeLevel, Disposition, LegalSource
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import LegalEventKind, ProsecutorCoordination
from leaddesk.domain.ids import utcnow
from leaddesk.ui.display import number
from leaddesk.ui.labels import enum_label
from leaddesk.ui.participant.form_fields import CHOICE, DATETIME, MULTILINE, TEXT, FieldSpec, enum_options
from leaddesk.ui.participant.records_model import Column, enum_text, local_time, one_line
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.text import fill

LEGAL_KIND_LABELS = {
    LegalEventKind.ARREST: QT_TRANSLATE_NOOP("RecordTabs", "Arrest"),
    LegalEventKind.CITATION: QT_TRANSLATE_NOOP("RecordTabs", "Citation"),
    LegalEventKind.CHARGE_FILED: QT_TRANSLATE_NOOP("RecordTabs", "Charge filed"),
    LegalEventKind.CHARGE_DECLINED: QT_TRANSLATE_NOOP("RecordTabs", "Charge declined"),
    LegalEventKind.COURT_DATE: QT_TRANSLATE_NOOP("RecordTabs", "Court date"),
    LegalEventKind.WARRANT: QT_TRANSLATE_NOOP("RecordTabs", "Warrant"),
    LegalEventKind.BOOKING: QT_TRANSLATE_NOOP("RecordTabs", "Booking"),
    LegalEventKind.RELEASE: QT_TRANSLATE_NOOP("RecordTabs", "Release"),
}
COORDINATION_LABELS = {
    ProsecutorCoordination.NOT_NEEDED: QT_TRANSLATE_NOOP("RecordTabs", "Not needed"),
    ProsecutorCoordination.TO_COORDINATE: QT_TRANSLATE_NOOP("RecordTabs", "To coordinate"),
    ProsecutorCoordination.SENT_TO_PROSECUTOR: QT_TRANSLATE_NOOP("RecordTabs", "Sent to prosecutor"),
    ProsecutorCoordination.COORDINATED: QT_TRANSLATE_NOOP("RecordTabs", "Coordinated with the plan"),
    ProsecutorCoordination.DECLINED_TO_FILE: QT_TRANSLATE_NOOP("RecordTabs", "Prosecutor declined to file"),
}


def is_upcoming_court_date(event: LegalEvent) -> bool:
    return event.kind is LegalEventKind.COURT_DATE and event.occurred_at > utcnow()


class LegalTab(RecordsTab):
    entity = LegalEvent.entity
    order = ("occurred_at",)
    descending = True

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("When"), lambda e: local_time(e.occurred_at), sort=("occurred_at",)),
            Column(self.tr("Kind"), lambda e: enum_text(e.kind, LEGAL_KIND_LABELS), sort=("kind",)),
            Column(
                self.tr("Jail days"),
                self.jail_days_text,
                key=lambda e: self.jail_days_text(e).zfill(6),
                align_right=True,
            ),
            Column(self.tr("Charge level"), lambda e: enum_label(e.charge_level), sort=("charge_level",)),
            Column(self.tr("Disposition"), lambda e: enum_label(e.disposition), sort=("disposition",)),
            Column(self.tr("Case number"), lambda e: e.case_number, sort=("case_number",)),
            Column(self.tr("Court"), lambda e: one_line(e.court, 40), sort=("court",)),
            Column(
                self.tr("Prosecutor coordination"),
                lambda e: enum_text(e.prosecutor_coordination, COORDINATION_LABELS),
                sort=("prosecutor_coordination",),
            ),
            Column(
                self.tr("Description"),
                lambda e: one_line(e.description),
                sort=("description",),
                tooltip=lambda e: e.description,
                stretch=True,
            ),
        ]

    def fields(self, record: Any = None) -> list[FieldSpec]:
        # A release is recorded on its booking now; an old release event can still be opened and edited.
        old_release = record is not None and record.kind is LegalEventKind.RELEASE
        release = (LegalEventKind.RELEASE, enum_text(LegalEventKind.RELEASE, LEGAL_KIND_LABELS))
        offered_not = [] if old_release else [release]
        return [
            FieldSpec(
                "kind",
                self.tr("&Kind"),
                CHOICE,
                options=[o for o in enum_options(LegalEventKind, LEGAL_KIND_LABELS) if o not in offered_not],
                placeholder=self.tr("Choose what happened…"),
            ),
            FieldSpec(
                "occurred_at",
                self.tr("&When"),
                DATETIME,
                default=utcnow,
                hint=self.tr("For a court date: when the hearing is scheduled"),
            ),
            FieldSpec(
                "released_at",
                self.tr("&Released"),
                DATETIME,
                optional=True,
                toggle=self.tr("At"),
                hint=self.tr("A booking's release; leave unticked while the person is still held"),
                enabled_when=lambda v: v.get("kind") is LegalEventKind.BOOKING,
            ),
            *self._evaluation_fields(),
            FieldSpec("case_number", self.tr("&Case number"), TEXT),
            FieldSpec("court", self.tr("C&ourt"), TEXT, placeholder=self.tr("Court and courtroom")),
            FieldSpec(
                "description",
                self.tr("&Description"),
                MULTILINE,
                placeholder=self.tr("Charge, hearing type, conditions, outcome"),
            ),
            FieldSpec(
                "prosecutor_coordination",
                self.tr("&Prosecutor coordination"),
                CHOICE,
                options=enum_options(ProsecutorCoordination, COORDINATION_LABELS),
                default=ProsecutorCoordination.NOT_NEEDED,
            ),
        ]

    def _evaluation_fields(self) -> list[FieldSpec]:
        """What evaluators count the event by."""
        return [
            FieldSpec(
                "charge_level",
                self.tr("Charge &level"),
                CHOICE,
                options=enum_options(ChargeLevel, _labels(ChargeLevel)),
                default=ChargeLevel.UNKNOWN,
            ),
            FieldSpec(
                "disposition",
                self.tr("Dis&position"),
                CHOICE,
                options=[(None, self.tr("Not recorded")), *enum_options(Disposition, _labels(Disposition))],
            ),
            FieldSpec(
                "source",
                self.tr("&Source"),
                CHOICE,
                options=[(None, self.tr("Not recorded")), *enum_options(LegalSource, _labels(LegalSource))],
                hint=self.tr("Where the team learned of it: a court record outweighs a self-report"),
            ),
        ]

    def jail_days_text(self, event: LegalEvent) -> str:
        if event.kind is not LegalEventKind.BOOKING:
            return ""
        days = jail_days(event)
        return self.tr("still held") if days is None else number(days)

    def defaults(self) -> dict[str, Any]:
        """The same case and court as the latest event: most entries continue a case already known."""
        latest = self.session.desk.records.find(
            LegalEvent.entity, participant_id=self.participant_id, descending=True, limit=1
        )
        if not latest:
            return {}
        return {"case_number": latest[0].case_number, "court": latest[0].court}

    def highlight(self, record: Any) -> bool:
        return is_upcoming_court_date(record)

    def arrange(self, rows: list[Any]) -> list[Any]:
        """Upcoming court dates first, the soonest on top; the rest in the order asked for."""
        upcoming = sorted((e for e in rows if is_upcoming_court_date(e)), key=lambda e: e.occurred_at)
        return upcoming + [e for e in rows if not is_upcoming_court_date(e)]

    def add_text(self) -> str:
        return self.tr("&Add event or court date…")

    def list_name(self) -> str:
        return self.tr("Legal events and court dates")

    def form_title(self, record: Any) -> str:
        return self.tr("Edit legal event") if record is not None else self.tr("Add legal event or court date")

    def empty_text(self) -> str:
        return self.tr("No legal events recorded.")

    def summary_text(self, rows: list[Any]) -> str:
        return " · ".join(t for t in (self.court_text(rows), self.jail_text(rows)) if t)

    def jail_text(self, rows: list[Any]) -> str:
        time = jail_time(rows)
        if not time.stays and not time.open_stays:
            return ""
        if time.stays == 1:
            text = fill(self.tr("%1 jail days over 1 booking"), number(time.days))
        else:
            text = fill(self.tr("%1 jail days over %2 bookings"), number(time.days), number(time.stays))
        if time.open_stays:
            text += fill(self.tr(" (%1 still held)"), number(time.open_stays))
        return text

    def court_text(self, rows: list[Any]) -> str:
        upcoming = [e for e in rows if is_upcoming_court_date(e)]
        if not upcoming:
            return self.tr("No upcoming court dates.")
        first = upcoming[0]
        days = (first.occurred_at.astimezone().date() - local_today()).days
        later = fill(self.tr("in %1 days"), number(days))
        when = {0: self.tr("today"), 1: self.tr("tomorrow")}.get(days, later)
        where = f" — {first.court}" if first.court else ""
        return fill(
            self.tr("Upcoming court dates: %1 (shown first, in bold) · next %2, %3%4"),
            str(len(upcoming)),
            when,
            local_time(first.occurred_at),
            where,
        )


def _labels(enum: type[Any]) -> dict[Any, str]:
    """An enum's words from ui/labels.py (translated there), for enum_options."""
    return {member: enum_label(member) for member in enum}
