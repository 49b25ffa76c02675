"""The referral that brought the participant in: which of the three doors, when and where, who referred
(officer and badge, agency, precinct and beat, offence category: codes from the program's lists, typed
text where the program has none), how soon the warm hand-off happened (computed, never typed), whether
the program accepted it, how long is left until the intake deadline, and the prosecutor's decision on
the case it set aside. A referral an officer sent from the referral page also shows what the officer
saw and described, whether the person agreed to meet, how to reach the officer, and what came of the
hand-off."""

from __future__ import annotations

from datetime import date, timedelta
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain import Referral
from leaddesk.domain.casework_codes import ProsecutorDecision, ReferralAcceptance
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import ReferralDoor
from leaddesk.domain.ids import utcnow
from leaddesk.domain.program import ProgramSettings
from leaddesk.ui.display import number
from leaddesk.ui.handoff_model import agreed_text
from leaddesk.ui.labels import enum_label, field_label
from leaddesk.ui.participant.casework_fields import catalogue_field, catalogue_text
from leaddesk.ui.participant.form_fields import (
    CHOICE,
    DATE,
    DATETIME,
    MULTILINE,
    TEXT,
    FieldSpec,
    enum_options,
)
from leaddesk.ui.participant.record_forms import RecordForm
from leaddesk.ui.participant.records_model import day, duration_text, enum_text, local_time
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

DOOR_LABELS = {
    ReferralDoor.ARREST_DIVERSION: QT_TRANSLATE_NOOP("RecordTabs", "Arrest diversion"),
    ReferralDoor.SOCIAL_CONTACT: QT_TRANSLATE_NOOP("RecordTabs", "Social contact referral"),
    ReferralDoor.COMMUNITY: QT_TRANSLATE_NOOP("RecordTabs", "Community referral"),
}
HANDOFF_TARGET_MINUTES = 30  # LEAD Support Bureau: warm hand-off ideally within 30 minutes
OFFICER_FIELDS = ("person_description", "observed", "agreed_to_meet", "officer_contact", "handoff_outcome")


class ReferralPanel(QGroupBox):
    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Referral"))
        self.session = session
        self.participant_id = participant_id
        self.referral: Referral | None = None
        self.others = 0

        self._build_details()
        self.empty = QLabel(self.tr("No referral recorded for this participant."))
        self.empty.setWordWrap(True)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda _c=False: self.open_form())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.refresh()

    def _build_details(self) -> None:
        """The latest referral, one selectable line per fact, each named for a screen reader."""
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, title in (
            ("door", self.tr("Door")),
            ("referred_at", self.tr("Referred")),
            ("place", self.tr("Place")),
            ("referring_officer", self.tr("Officer")),
            ("referring_agency", self.tr("Agency")),
            ("precinct", self.tr("Precinct and beat")),
            ("offence_category", self.tr("Offence category")),
            ("offence", self.tr("Offence or reason")),
            ("warm_handoff_at", self.tr("Warm hand-off")),
            ("acceptance", self.tr("Accepted")),
            ("sent_to_prosecutor_on", self.tr("Sent to prosecutor")),
            ("prosecutor_decision", self.tr("Prosecutor's decision")),
            ("intake_deadline", self.tr("Intake deadline")),
            # What an officer sent from the referral page (issue 19), as the Today screen showed it.
            *((name, field_label(name)) for name in OFFICER_FIELDS),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(title)
            self.values[key] = value
            form.addRow(title, value)
        self._form = form
        self.details = QWidget()
        self.details.setLayout(form)

    def refresh(self) -> None:
        found: list[Any] = self.session.desk.records.find(
            Referral.entity, participant_id=self.participant_id, order_by=("referred_at",), descending=True
        )
        self.referral = found[0] if found else None
        self.others = max(0, len(found) - 1)
        has = self.referral is not None
        self.empty.setVisible(not has)
        self.details.setVisible(has)
        self.edit_button.setText(self.tr("&Edit referral…") if has else self.tr("&Record referral…"))
        self.edit_button.setAccessibleName(self.edit_button.text().replace("&", "").rstrip("…"))
        self.edit_button.setToolTip(self.tr("Alt+E") if has else self.tr("Alt+R"))
        if self.referral is not None:
            self._show(self.referral)

    def form(self) -> RecordForm:
        record = self.referral
        program = self.session.desk.program.settings()  # the intake deadline is the program's to set
        return RecordForm(
            self.session,
            model=Referral,
            participant_id=self.participant_id,
            fields=self.fields(intake_days=program.intake_deadline_days, program=program),
            title=self.tr("Edit referral") if record is not None else self.tr("Record referral"),
            record=record,
            width=560,
            parent=self,
        )

    def open_form(self) -> None:
        if self.form().exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def fields(self, *, intake_days: int, program: ProgramSettings) -> list[FieldSpec]:
        # What happened at the referral, who sent the person, then what followed from it.
        return [
            *self._encounter_fields(),
            *self._referrer_fields(program),
            *self._follow_up_fields(intake_days=intake_days),
            *self._prosecutor_fields(),
        ]

    def _encounter_fields(self) -> list[FieldSpec]:
        return [
            FieldSpec(
                "door",
                self.tr("&Door"),
                CHOICE,
                options=enum_options(ReferralDoor, DOOR_LABELS),
                placeholder=self.tr("Choose how the person came in…"),
            ),
            FieldSpec("referred_at", self.tr("Referred &at"), DATETIME, default=utcnow),
            FieldSpec("place", self.tr("&Place"), TEXT),
            FieldSpec(
                "offence",
                self.tr("O&ffence or reason"),
                MULTILINE,
                placeholder=self.tr("Offence or probable cause; for a social contact, the concern"),
                extra={"lines": 2},
            ),
        ]

    def _referrer_fields(self, program: ProgramSettings) -> list[FieldSpec]:
        fields = [
            FieldSpec("referring_officer", self.tr("Referring &officer"), TEXT, placeholder=self.tr("Name")),
            FieldSpec("officer_badge", self.tr("&Badge number"), TEXT),
            catalogue_field("agency_code", self.tr("A&gency"), entries=program.referring_agencies),
        ]
        if self.referral is not None and self.referral.referring_agency:
            # Written before the program's list: kept, and still correctable.
            fields.append(FieldSpec("referring_agency", self.tr("Agency as first &written"), TEXT))
        return [
            *fields,
            catalogue_field("precinct", self.tr("Pre&cinct"), entries=program.precincts),
            FieldSpec("beat", self.tr("B&eat"), TEXT),
            catalogue_field(
                "offence_category", self.tr("Offence &category"), entries=program.offence_categories
            ),
        ]

    def _follow_up_fields(self, *, intake_days: int) -> list[FieldSpec]:
        return [
            FieldSpec(
                "warm_handoff_at",
                self.tr("&Warm hand-off"),
                DATETIME,
                optional=True,
                toggle=self.tr("Happened at"),
            ),
            FieldSpec(
                "acceptance",
                self.tr("Acce&pted"),
                CHOICE,
                options=enum_options(ReferralAcceptance, _labels(ReferralAcceptance)),
                default=ReferralAcceptance.PENDING,
            ),
            FieldSpec(
                "acceptance_on",
                self.tr("Decided o&n"),
                DATE,
                optional=True,
                toggle=self.tr("On"),
                enabled_when=lambda v: v.get("acceptance") not in (None, ReferralAcceptance.PENDING),
            ),
            FieldSpec(
                "sent_to_prosecutor_on",
                self.tr("&Sent to prosecutor"),
                DATE,
                optional=True,
                toggle=self.tr("On"),
            ),
            FieldSpec(
                "intake_deadline",
                self.tr("&Intake deadline"),
                DATE,
                optional=True,
                toggle=self.tr("By"),
                default=lambda: local_today() + timedelta(days=intake_days),
                hint=fill(
                    self.tr("Set by the site; %1 days from the referral by default"), number(intake_days)
                ),
            ),
        ]

    def _prosecutor_fields(self) -> list[FieldSpec]:
        decided = lambda v: v.get("prosecutor_decision") is not None  # noqa: E731
        return [
            FieldSpec(
                "prosecutor_decision",
                self.tr("Prosecutor's &decision"),
                CHOICE,
                options=[
                    (None, self.tr("No case went to a prosecutor")),
                    *enum_options(ProsecutorDecision, _labels(ProsecutorDecision)),
                ],
            ),
            FieldSpec("prosecutor_name", self.tr("Prosecu&tor"), TEXT),
            FieldSpec(
                "prosecutor_decided_on",
                self.tr("Prosecutor decided on"),
                DATE,
                optional=True,
                toggle=self.tr("On"),
                enabled_when=decided,
            ),
            FieldSpec(
                "prosecutor_note",
                self.tr("Prosecutor's no&te"),
                MULTILINE,
                extra={"lines": 2},
            ),
        ]

    # -- text --------------------------------------------------------------------------------------

    def _show(self, referral: Referral) -> None:
        program = self.session.desk.program.settings()
        texts: dict[str, Any] = {
            "door": enum_text(referral.door, DOOR_LABELS),
            "referred_at": local_time(referral.referred_at)
            + (fill(self.tr(" (latest of %1 referrals)"), str(self.others + 1)) if self.others else ""),
            "place": referral.place,
            "referring_officer": self.officer_text(referral),
            "referring_agency": catalogue_text(referral.agency_code, program.referring_agencies)
            or referral.referring_agency,
            "precinct": " · ".join(
                t for t in (catalogue_text(referral.precinct, program.precincts), referral.beat) if t
            ),
            "offence_category": catalogue_text(referral.offence_category, program.offence_categories),
            "offence": referral.offence,
            "warm_handoff_at": self.handoff_text(referral),
            "acceptance": self.state_on(referral.acceptance, day(referral.acceptance_on)),
            "sent_to_prosecutor_on": day(referral.sent_to_prosecutor_on),
            "prosecutor_decision": self.prosecutor_text(referral),
            "intake_deadline": self.deadline_text(referral),
            "person_description": referral.person_description,
            "observed": referral.observed,
            "agreed_to_meet": agreed_text(referral.agreed_to_meet),
            "officer_contact": referral.officer_contact,
            "handoff_outcome": self.state_on(
                referral.handoff_outcome, local_time(referral.handoff_outcome_at)
            ),
        }
        for key, label in self.values.items():
            label.setText(texts[key] or "—")
        for name in OFFICER_FIELDS:  # a referral typed in on a laptop has none of them
            self._form.setRowVisible(self.values[name], referral.from_officer)

    def officer_text(self, referral: Referral) -> str:
        if not referral.officer_badge:
            return referral.referring_officer
        return fill(self.tr("%1, badge %2"), referral.referring_officer or "—", referral.officer_badge)

    def state_on(self, state: Enum, when: str) -> str:
        """A state's label, and when it was reached if that is known ("" if not)."""
        label = enum_label(state)
        return fill(self.tr("%1 on %2"), label, when) if when else label

    def prosecutor_text(self, referral: Referral) -> str:
        if referral.prosecutor_decision is None:
            return ""
        parts = [enum_label(referral.prosecutor_decision), referral.prosecutor_name]
        parts.append(day(referral.prosecutor_decided_on))
        text = " · ".join(p for p in parts if p)
        return f"{text}\n{referral.prosecutor_note}" if referral.prosecutor_note else text

    def handoff_text(self, referral: Referral) -> str:
        if referral.warm_handoff_at is None:
            return self.tr("not yet")
        minutes = referral.warm_handoff_minutes or 0
        text = fill(
            self.tr("%1 — %2 after the referral"),
            local_time(referral.warm_handoff_at),
            duration_text(minutes),
        )
        if minutes > HANDOFF_TARGET_MINUTES:
            text += fill(self.tr(" (the aim is within %1)"), duration_text(HANDOFF_TARGET_MINUTES))
        return text

    def deadline_text(self, referral: Referral, today: date | None = None) -> str:
        deadline = referral.intake_deadline
        if deadline is None:
            return ""
        person = self.session.desk.participants.get(self.participant_id)
        if person.engaged_on is not None:
            return fill(self.tr("%1 — engaged on %2"), day(deadline), day(person.engaged_on))
        left = (deadline - (today or local_today())).days
        if left > 0:
            return fill(self.tr("%1 — %2 days left"), day(deadline), str(left))
        if left == 0:
            return fill(self.tr("%1 — today"), day(deadline))
        return fill(self.tr("%1 — passed %2 days ago"), day(deadline), str(-left))


def _labels(enum: type[Any]) -> dict[Any, str]:
    """An enum's table from ui/labels.py (translated there), for enum_options."""
    return {member: enum_label(member) for member in enum}
