"""Housing: the dated history of living situations (HMIS 3.12), newest first. A change of situation is
a new entry; an entry's date and situation are never edited (the repository refuses it), only its notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaddesk.domain import HousingStatus
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import LivingSituation as LS
from leaddesk.ui.participant.form_fields import CHOICE, DATE, MULTILINE, FieldSpec, enum_options
from leaddesk.ui.participant.records_model import Column, count_text, day, enum_text, local_time, one_line
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.text import fill

# HUD's wording for each 3.12 response, shortened where it runs long; the enum's value is the HMIS code.
LIVING_SITUATION_LABELS = {
    LS.PLACE_NOT_MEANT_FOR_HABITATION: QT_TRANSLATE_NOOP(
        "RecordTabs", "Place not meant for habitation (street, car, park)"
    ),
    LS.EMERGENCY_SHELTER: QT_TRANSLATE_NOOP(
        "RecordTabs", "Emergency shelter (incl. motel paid by a voucher)"
    ),
    LS.SAFE_HAVEN: QT_TRANSLATE_NOOP("RecordTabs", "Safe Haven"),
    LS.FOSTER_CARE: QT_TRANSLATE_NOOP("RecordTabs", "Foster care home or group home"),
    LS.HOSPITAL_NON_PSYCHIATRIC: QT_TRANSLATE_NOOP("RecordTabs", "Hospital or other medical facility"),
    LS.JAIL_PRISON_DETENTION: QT_TRANSLATE_NOOP("RecordTabs", "Jail, prison or juvenile detention"),
    LS.LONG_TERM_CARE: QT_TRANSLATE_NOOP("RecordTabs", "Long-term care facility or nursing home"),
    LS.PSYCHIATRIC_HOSPITAL: QT_TRANSLATE_NOOP("RecordTabs", "Psychiatric hospital or facility"),
    LS.SUD_TREATMENT_FACILITY: QT_TRANSLATE_NOOP("RecordTabs", "Substance use treatment facility or detox"),
    LS.TRANSITIONAL_HOUSING: QT_TRANSLATE_NOOP("RecordTabs", "Transitional housing for homeless persons"),
    LS.RESIDENTIAL_NO_HOMELESS_CRITERIA: QT_TRANSLATE_NOOP(
        "RecordTabs", "Residential project or halfway house (no homeless criteria)"
    ),
    LS.HOTEL_MOTEL_NO_VOUCHER: QT_TRANSLATE_NOOP("RecordTabs", "Hotel or motel paid without a voucher"),
    LS.HOST_HOME: QT_TRANSLATE_NOOP("RecordTabs", "Host home (non-crisis)"),
    LS.FAMILY_TEMPORARY: QT_TRANSLATE_NOOP("RecordTabs", "Staying with family (temporary)"),
    LS.FRIENDS_TEMPORARY: QT_TRANSLATE_NOOP("RecordTabs", "Staying with friends (temporary)"),
    LS.FAMILY_PERMANENT: QT_TRANSLATE_NOOP("RecordTabs", "Living with family (permanent tenure)"),
    LS.FRIENDS_PERMANENT: QT_TRANSLATE_NOOP("RecordTabs", "Living with friends (permanent tenure)"),
    LS.RENTAL_WITH_SUBSIDY: QT_TRANSLATE_NOOP("RecordTabs", "Rental, with ongoing housing subsidy"),
    LS.RENTAL_NO_SUBSIDY: QT_TRANSLATE_NOOP("RecordTabs", "Rental, no ongoing subsidy"),
    LS.OWNED_NO_SUBSIDY: QT_TRANSLATE_NOOP("RecordTabs", "Owned, no ongoing subsidy"),
    LS.OWNED_WITH_SUBSIDY: QT_TRANSLATE_NOOP("RecordTabs", "Owned, with ongoing subsidy"),
    LS.OTHER: QT_TRANSLATE_NOOP("RecordTabs", "Other"),
    LS.DOESNT_KNOW: QT_TRANSLATE_NOOP("RecordTabs", "Participant doesn't know"),
    LS.PREFERS_NOT_TO_ANSWER: QT_TRANSLATE_NOOP("RecordTabs", "Participant prefers not to answer"),
    LS.NOT_COLLECTED: QT_TRANSLATE_NOOP("RecordTabs", "Not collected"),
}
# HMIS 3.12's groups (homeless, institutional, temporary, permanent, other): a separator before each.
GROUP_STARTS = (LS.FOSTER_CARE, LS.TRANSITIONAL_HOUSING, LS.FAMILY_PERMANENT, LS.OTHER)


def situation_text(situation: LS) -> str:
    return enum_text(situation, LIVING_SITUATION_LABELS)


class HousingTab(RecordsTab):
    entity = HousingStatus.entity
    order = ("effective_on", "created_at")
    descending = True
    allow_delete = False  # the history is kept whole; a wrong entry is corrected by a newer one

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Since"), lambda h: day(h.effective_on), sort=("effective_on", "created_at")),
            Column(
                self.tr("Living situation"),
                lambda h: situation_text(h.situation),
                key=self._situation_key,
                max_width=420,
            ),
            Column(self.tr("HMIS code"), lambda h: h.situation.value, sort=("situation",), align_right=True),
            Column(self.tr("Homeless"), self._homeless, key=lambda h: h.situation.is_homeless),
            Column(self.tr("Recorded"), self._recorded, sort=("created_at",)),
            Column(
                self.tr("Notes"),
                lambda h: one_line(h.notes),
                sort=("notes",),
                tooltip=lambda h: h.notes,
                stretch=True,
            ),
        ]

    def fields(self, record: Any = None) -> list[FieldSpec]:
        return [
            FieldSpec("effective_on", self.tr("&Since"), DATE, default=local_today, read_only_on_edit=True),
            FieldSpec(
                "situation",
                self.tr("&Living situation"),
                CHOICE,
                options=enum_options(LS, LIVING_SITUATION_LABELS, separators=GROUP_STARTS),
                placeholder=self.tr("Choose the living situation…"),
                read_only_on_edit=True,
            ),
            FieldSpec(
                "notes",
                self.tr("&Notes"),
                MULTILINE,
                placeholder=self.tr("Where exactly, with whom, how long it is likely to last"),
            ),
        ]

    def _homeless(self, status: HousingStatus) -> str:
        return self.tr("Yes") if status.situation.is_homeless else self.tr("No")

    def _recorded(self, status: HousingStatus) -> str:
        by = f" · {status.created_by}" if status.created_by else ""
        return local_time(status.created_at) + by

    @staticmethod
    def _situation_key(status: HousingStatus) -> int:
        return list(LS).index(status.situation)

    def add_text(self) -> str:
        return self.tr("&Record a change…")

    def edit_text(self) -> str:
        return self.tr("&Edit notes…")

    def list_name(self) -> str:
        return self.tr("Housing history")

    def form_title(self, record: Any) -> str:
        return self.tr("Edit housing notes") if record is not None else self.tr("Record a change of housing")

    def form_intro(self, record: Any) -> str:
        if record is not None:
            return self.tr(
                "The date and living situation of an entry stay as recorded; if they were wrong, record "
                "the change as a new entry."
            )
        return self.tr("A new entry; the earlier ones stay in the history.")

    def empty_text(self) -> str:
        return self.tr("No housing situation recorded yet. Use “Record a change…” (Alt+R).")

    def summary_text(self, rows: list[Any]) -> str:
        if not rows:
            return ""
        current = max(rows, key=lambda h: (h.effective_on, h.created_at))
        now = fill(self.tr("Now: %1, since %2"), situation_text(current.situation), day(current.effective_on))
        return f"{now} · " + count_text(
            len(rows), self.tr("%1 entry in the history"), self.tr("%1 entries in the history")
        )
