"""The outcome snapshot's form: the record form every tab uses, its many answers in a scrolling area
(income sources alone are fifteen rows), and the field specs grouped as HMIS asks them: when, income,
benefits and insurance, employment, disabilities."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from leaddesk.domain import IncomeAmount
from leaddesk.domain.enums import NoYesReason
from leaddesk.domain.outcome_codes import (
    DataCollectionStage,
    DisabilityKind,
    EmploymentType,
    HealthInsurance,
    IncomeSource,
    NonCashBenefit,
    NotEmployedReason,
    SubstanceUseDisorder,
)
from leaddesk.ui.labels import enum_label
from leaddesk.ui.participant.casework_fields import AmountsEditor, ChecklistEditor
from leaddesk.ui.participant.form_fields import CHOICE, DATE, LIST, MULTILINE, TEXT, FieldSpec
from leaddesk.ui.participant.record_forms import RecordForm
from leaddesk.ui.text import translate

FORM_HEIGHT = 560  # the scrolling area's height: the form fits a 768-pixel laptop screen


class OutcomeForm(RecordForm):
    def _lay_out(self, form: QFormLayout, *, intro: str) -> None:
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            layout.addWidget(note)
        inner = QWidget()
        inner.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(FORM_HEIGHT)
        # As wide as the answers need beside the scroll bar: nothing hides under it, nothing scrolls sideways.
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(inner.minimumSizeHint().width() + bar + 2 * scroll.frameWidth())
        scroll.setAccessibleName(self.tr("Outcome answers"))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)



def _options(enum: type[Any]) -> list[tuple[Any, str] | None]:
    return [(member, enum_label(member)) for member in enum]


def _answer(name: str, label: str, enum: type[Any] = NoYesReason) -> FieldSpec:
    return FieldSpec(name, label, CHOICE, options=_options(enum), default=list(enum)[-1])


def outcome_fields() -> list[FieldSpec]:
    notes = FieldSpec("notes", translate("OutcomesTab", "N&otes"), MULTILINE, extra={"lines": 2})
    return [*_when_fields(), *_income_fields(), *_employment_fields(), *_disability_fields(), notes]


def _when_fields() -> list[FieldSpec]:
    return [
        FieldSpec(
            "information_date",
            translate("OutcomesTab", "&Date"),
            DATE,
            hint=translate("OutcomesTab", "The day the answers are true of"),
        ),
        FieldSpec("stage", translate("OutcomesTab", "&Stage"), CHOICE, options=_options(DataCollectionStage)),
    ]


def _checklist(name: str, label: str, enum: type[Any], **extra: Any) -> FieldSpec:
    return FieldSpec(name, label, LIST, options=_options(enum), extra={"editor": ChecklistEditor, **extra})


def _income_fields() -> list[FieldSpec]:
    """HMIS 4.02-4.04: each "from any source" question, then its sources."""
    incomes = FieldSpec(
        "incomes",
        translate("OutcomesTab", "Income sources"),
        LIST,
        options=_options(IncomeSource),
        extra={"editor": AmountsEditor, "other": IncomeSource.OTHER, "item": IncomeAmount},
    )
    return [
        _answer("income_from_any_source", translate("OutcomesTab", "&Income from any source")),
        incomes,
        _answer("benefits_from_any_source", translate("OutcomesTab", "Non-cash &benefits from any source")),
        _checklist("benefits", translate("OutcomesTab", "Non-cash benefits"), NonCashBenefit),
        FieldSpec("other_benefit_detail", translate("OutcomesTab", "Other benefit"), TEXT),
        _answer("insurance_from_any_source", translate("OutcomesTab", "&Health insurance from any source")),
        _checklist("insurance", translate("OutcomesTab", "Health insurance"), HealthInsurance),
        FieldSpec("other_insurance_detail", translate("OutcomesTab", "Other insurance"), TEXT),
    ]


def _employment_fields() -> list[FieldSpec]:
    not_given = (None, translate("OutcomesTab", "—"))
    return [
        _answer("employed", translate("OutcomesTab", "&Employed")),
        FieldSpec(
            "employment_type",
            translate("OutcomesTab", "Type of employment"),
            CHOICE,
            options=[not_given, *_options(EmploymentType)],
            enabled_when=lambda v: v.get("employed") is NoYesReason.YES,
        ),
        FieldSpec(
            "not_employed_reason",
            translate("OutcomesTab", "Why not employed"),
            CHOICE,
            options=[not_given, *_options(NotEmployedReason)],
            enabled_when=lambda v: v.get("employed") is NoYesReason.NO,
        ),
    ]


def _disability_fields() -> list[FieldSpec]:
    """HMIS 4.05-4.10; 4.10 has its own answers (alcohol, drug, both)."""
    substance = translate("OutcomesTab", "S&ubstance use disorder")
    impairing = translate(
        "OutcomesTab", "Expected to be long-continued and to substantially impair living independently"
    )
    return [
        _answer("physical_disability", translate("OutcomesTab", "&Physical disability")),
        _answer("developmental_disability", translate("OutcomesTab", "De&velopmental disability")),
        _answer("chronic_health_condition", translate("OutcomesTab", "&Chronic health condition")),
        _answer("hiv_aids", translate("OutcomesTab", "HIV/&AIDS")),
        _answer("mental_health_disorder", translate("OutcomesTab", "&Mental health disorder")),
        _answer("substance_use_disorder", substance, SubstanceUseDisorder),
        FieldSpec(
            "long_term_impairing",
            translate("OutcomesTab", "&Long-term and impairing"),
            LIST,
            options=_options(DisabilityKind),
            hint=impairing,
            extra={"editor": ChecklistEditor},
        ),
    ]
