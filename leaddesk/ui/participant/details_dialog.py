"""Edit details… (Ctrl+Shift+D): the participant's own fields — names and aliases, date of birth and how well
it is known, phone, where they are usually found, and the HMIS answers (4.21 sex, 3.04 race and
ethnicity with its 3.04.A detail, 3.07 veteran status, 3.08 disabling condition) — never the status,
team or case manager. Only the fields the person changed are written, so a change another laptop made
meanwhile to a field left alone here stays, and one made to the same field shows as a sync conflict."""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QPlainTextEdit, QWidget

from leaddesk.domain import Participant
from leaddesk.domain.base import MEDIUM_MAX, SHORT_MAX
from leaddesk.domain.enums import DobDataQuality, NoYesReason, RaceEthnicity, Sex
from leaddesk.domain.hmis import ADDITIONAL_RACE_ETHNICITY_MAX
from leaddesk.ui.participant.formatting import enum_label
from leaddesk.ui.participant.op_dialog import OpDialog, OptionalDate
from leaddesk.ui.session import Session
from leaddesk.ui.sizing import at_least_wide

# With a date of birth, HMIS 3.03.2 asks how good it is; without one, why there is none.
WITH_DATE = [q for q in DobDataQuality if q.has_date]
WITHOUT_DATE = [q for q in DobDataQuality if not q.has_date]
NO_ANSWER = frozenset({RaceEthnicity.DOESNT_KNOW, RaceEthnicity.PREFERS_NOT_TO_ANSWER})


def line(name: str, text: str, *, limit: int = SHORT_MAX, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setAccessibleName(name)
    edit.setMaxLength(limit)
    edit.setPlaceholderText(placeholder)
    return edit


def choices(name: str, values: list[Any], current: Any, *, unknown: str = "") -> QComboBox:
    """A pick list of enum values; `unknown` words a first "no answer yet" entry (None) when the
    record has none, so saving does not invent an answer nobody gave."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    if current is None and unknown:
        combo.addItem(unknown, None)
    for value in values:
        combo.addItem(enum_label(value), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class DetailsDialog(OpDialog):
    def __init__(self, session: Session, participant: Participant, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Edit details"), parent)
        self.participant = participant
        self._build_names(participant)
        self._build_birth(participant)
        self._build_whereabouts(participant)
        self._build_hmis(participant)
        self._build_races(participant)
        self._lay_out()
        at_least_wide(self, 720)  # the race and ethnicity answers in two columns, whole
        self.first_name.setFocus()

    def _build_names(self, p: Participant) -> None:
        self.first_name = line(self.tr("First name"), p.first_name)
        self.last_name = line(self.tr("Last name"), p.last_name)
        self.preferred_name = line(self.tr("Preferred name"), p.preferred_name)
        self.aliases = line(
            self.tr("Aliases"), ", ".join(p.aliases), placeholder=self.tr("street names, separated by commas")
        )

    def _build_birth(self, p: Participant) -> None:
        self.date_of_birth = OptionalDate(self.tr("Date of birth"))
        self.date_of_birth.set_value(p.date_of_birth)
        self.dob_quality = QComboBox()
        self.dob_quality.setAccessibleName(self.tr("Date of birth quality"))
        self._fill_dob_quality(p.dob_data_quality)
        self.date_of_birth.given.toggled.connect(lambda _on: self._fill_dob_quality(self.dob_quality_value()))

    def _fill_dob_quality(self, current: DobDataQuality | None) -> None:
        """Only the answers that fit: how good the date is when there is one, why not when there is not."""
        known = self.date_of_birth.given.isChecked()
        self.dob_quality.clear()
        if current is None:
            self.dob_quality.addItem(self.tr("Not recorded yet"), None)
        for quality in WITH_DATE if known else WITHOUT_DATE:
            self.dob_quality.addItem(enum_label(quality), quality)
        self.dob_quality.setCurrentIndex(max(0, self.dob_quality.findData(current)))

    def dob_quality_value(self) -> DobDataQuality | None:
        value = self.dob_quality.currentData()
        return DobDataQuality(value) if value is not None else None

    def _build_whereabouts(self, p: Participant) -> None:
        self.phone = line(self.tr("Phone"), p.phone)
        self.usual_locations = QPlainTextEdit(p.usual_locations)
        self.usual_locations.setAccessibleName(self.tr("Where usually found"))
        self.usual_locations.setTabChangesFocus(True)
        self.usual_locations.setFixedHeight(56)

    def _build_hmis(self, p: Participant) -> None:
        unknown = self.tr("Not recorded yet")
        self.sex = choices(self.tr("Sex"), list(Sex), p.sex, unknown=unknown)
        self.gender = line(self.tr("Gender"), p.gender, placeholder=self.tr("in their own words"))
        self.veteran_status = choices(self.tr("Veteran status"), list(NoYesReason), p.veteran_status)
        self.disabling_condition = choices(
            self.tr("Disabling condition"), list(NoYesReason), p.disabling_condition
        )

    def _build_races(self, p: Participant) -> None:
        """HMIS 3.04: as many as the participant names, and the detail in their own words (3.04.A)."""
        self.races_box = QWidget()
        self.races_box.setAccessibleName(self.tr("Race and ethnicity (all that apply)"))
        grid = QGridLayout(self.races_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.races: dict[RaceEthnicity, QCheckBox] = {}
        for n, race in enumerate(RaceEthnicity):
            box = QCheckBox(enum_label(race))
            box.setChecked(race in p.race_ethnicity)
            self.races[race] = box
            grid.addWidget(box, n // 2, n % 2)
            box.toggled.connect(lambda on, race=race: self._race_toggled(race, on))
        self.race_detail = line(
            self.tr("Race and ethnicity detail"),
            p.additional_race_ethnicity,
            limit=ADDITIONAL_RACE_ETHNICITY_MAX,
            placeholder=self.tr("as they describe it, e.g. a tribe or a country"),
        )

    def _race_toggled(self, race: RaceEthnicity, on: bool) -> None:
        """HMIS 3.04: "doesn't know" and "prefers not to answer" stand alone, never beside a race."""
        if not on:
            return
        alone = race in NO_ANSWER
        for other, box in self.races.items():
            if other is not race and (alone or other in NO_ANSWER):
                box.setChecked(False)

    def _lay_out(self) -> None:
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&First name"), self.first_name),
            (self.tr("&Last name"), self.last_name),
            (self.tr("&Preferred name"), self.preferred_name),
            (self.tr("&Aliases"), self.aliases),
            (self.tr("&Date of birth"), self.date_of_birth),
            (self.tr("Date of birth &quality"), self.dob_quality),
            (self.tr("P&hone"), self.phone),
            (self.tr("&Usually found"), self.usual_locations),
            (self.tr("&Sex"), self.sex),
            (self.tr("&Gender"), self.gender),
            (self.tr("&Race and ethnicity"), self.races_box),
            (self.tr("Race and ethnicity de&tail"), self.race_detail),
            (self.tr("&Veteran status"), self.veteran_status),
            (self.tr("Disa&bling condition"), self.disabling_condition),
        ]
        for label, widget in rows:
            self.form.addRow(label, widget)

    def values(self) -> dict[str, Any]:
        """Every detail as the dialog now has it."""
        return {
            "first_name": self.first_name.text(),
            "last_name": self.last_name.text(),
            "preferred_name": self.preferred_name.text(),
            "aliases": [a.strip() for a in self.aliases.text().split(",") if a.strip()],
            "date_of_birth": self.date_of_birth.value(),
            "dob_data_quality": self.dob_quality_value(),
            "phone": self.phone.text(),
            "usual_locations": self.usual_locations.toPlainText()[:MEDIUM_MAX],
            "sex": _enum_or_none(Sex, self.sex.currentData()),
            "gender": self.gender.text(),
            "race_ethnicity": [race for race, box in self.races.items() if box.isChecked()],
            "additional_race_ethnicity": self.race_detail.text(),
            "veteran_status": NoYesReason(self.veteran_status.currentData()),
            "disabling_condition": NoYesReason(self.disabling_condition.currentData()),
        }

    def changes(self) -> dict[str, Any]:
        """Only what the person changed (compared as the record would store it, spaces trimmed)."""
        before = self.participant
        changed = {}
        for name, value in self.values().items():
            old = getattr(before, name)
            if (value.strip() if isinstance(value, str) else value) != old:
                changed[name] = value
        return changed

    def accept(self) -> None:
        changes = self.changes()
        if not changes:
            super().done(self.DialogCode.Accepted)  # nothing to write
            return
        pid = self.participant.id
        self.submit(lambda desk: desk.record.edit(pid, changes))


def _enum_or_none(kind: type[Enum], value: Any) -> Any:
    return kind(value) if value is not None else None
