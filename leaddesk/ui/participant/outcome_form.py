"""The outcome snapshot's form: the record form every tab uses, its many answers in a scrolling area
(income sources alone are fifteen rows), and the field specs grouped as HMIS asks them: when, income,
benefits and insurance, employment, disabilities."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutcomesTab", text)


def _options(enum: type[Any]) -> list[tuple[Any, str] | None]:
    return [(member, enum_label(member)) for member in enum]


def _answer(name: str, label: str, enum: type[Any] = NoYesReason) -> FieldSpec:
    return FieldSpec(name, label, CHOICE, options=_options(enum), default=list(enum)[-1])


def outcome_fields() -> list[FieldSpec]:
    return [*_when_fields(), *_income_fields(), *_employment_fields(), *_disability_fields(),
            FieldSpec("notes", _tr("N&otes"), MULTILINE, extra={"lines": 2})]  # fmt: skip


def _when_fields() -> list[FieldSpec]:
    return [
        FieldSpec("information_date", _tr("&Date"), DATE, hint=_tr("The day the answers are true of")),
        FieldSpec("stage", _tr("&Stage"), CHOICE, options=_options(DataCollectionStage)),
    ]


def _income_fields() -> list[FieldSpec]:
    """HMIS 4.02-4.04: each "from any source" question, then its sources."""
    return [
        _answer("income_from_any_source", _tr("&Income from any source")),
        FieldSpec("incomes", _tr("Income sources"), LIST, options=_options(IncomeSource),
                  extra={"editor": AmountsEditor, "other": IncomeSource.OTHER, "item": IncomeAmount}),
        _answer("benefits_from_any_source", _tr("Non-cash &benefits from any source")),
        FieldSpec("benefits", _tr("Non-cash benefits"), LIST, options=_options(NonCashBenefit),
                  extra={"editor": ChecklistEditor}),
        FieldSpec("other_benefit_detail", _tr("Other benefit"), TEXT),
        _answer("insurance_from_any_source", _tr("&Health insurance from any source")),
        FieldSpec("insurance", _tr("Health insurance"), LIST, options=_options(HealthInsurance),
                  extra={"editor": ChecklistEditor}),
        FieldSpec("other_insurance_detail", _tr("Other insurance"), TEXT),
    ]  # fmt: skip


def _employment_fields() -> list[FieldSpec]:
    not_given = (None, _tr("—"))
    return [
        _answer("employed", _tr("&Employed")),
        FieldSpec("employment_type", _tr("Type of employment"), CHOICE,
                  options=[not_given, *_options(EmploymentType)],
                  enabled_when=lambda v: v.get("employed") is NoYesReason.YES),
        FieldSpec("not_employed_reason", _tr("Why not employed"), CHOICE,
                  options=[not_given, *_options(NotEmployedReason)],
                  enabled_when=lambda v: v.get("employed") is NoYesReason.NO),
    ]  # fmt: skip


def _disability_fields() -> list[FieldSpec]:
    """HMIS 4.05-4.10; 4.10 has its own answers (alcohol, drug, both)."""
    return [
        _answer("physical_disability", _tr("&Physical disability")),
        _answer("developmental_disability", _tr("De&velopmental disability")),
        _answer("chronic_health_condition", _tr("&Chronic health condition")),
        _answer("hiv_aids", _tr("HIV/&AIDS")),
        _answer("mental_health_disorder", _tr("&Mental health disorder")),
        _answer("substance_use_disorder", _tr("S&ubstance use disorder"), SubstanceUseDisorder),
        FieldSpec("long_term_impairing", _tr("&Long-term and impairing"), LIST,
                  options=_options(DisabilityKind), extra={"editor": ChecklistEditor},
                  hint=_tr("Expected to be long-continued and to substantially impair living independently")),
    ]  # fmt: skip
