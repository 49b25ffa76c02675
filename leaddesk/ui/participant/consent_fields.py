"""What a consent form asks that the disclosure gate reads (issue 14): the recipient as one of the
program's partner agencies (or a name typed as the signed form has it), the purposes ticked, and the
kinds of information ticked, with substance use disorder information apart, ticked only on purpose.

The signed form's free text stays beside these fields; these are what decides what may leave."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QGridLayout, QLabel

from leaddesk.domain import Consent
from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory
from leaddesk.domain.enums import ConsentKind
from leaddesk.domain.program import CatalogueEntry
from leaddesk.ui.labels import enum_label
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.casework_fields import CatalogueEditor, ChecklistEditor
from leaddesk.ui.participant.form_fields import TEXT, FieldSpec
from leaddesk.ui.text import translate

SUD = InformationCategory.SUD_INFORMATION
# Here rather than in consents_tab.py so the packet's text (record_text.py) can name a consent's kind.
CONSENT_KIND_LABELS = {
    ConsentKind.GENERAL: QT_TRANSLATE_NOOP("RecordTabs", "General"),
    ConsentKind.CRIMINAL_JUSTICE: QT_TRANSLATE_NOOP("RecordTabs", "Criminal justice (42 CFR 2.35)"),
}


class RecipientEditor(CatalogueEditor):
    """A partner agency by its label, or a name typed freely. Editing a consent made for an agency
    shows that agency by its code, even if the program has renamed it since (`extra["code"]`)."""

    def set_value(self, value: Any) -> None:
        code = str(self.spec.extra.get("code", ""))
        known = code and any(e.code == code for e in self.entries)
        super().set_value(code if known else value)


class CategoriesEditor(ChecklistEditor):
    """The kinds of information a consent names; substance use disorder information on a row of its
    own under the others, with a line saying why it is never implied by them."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        grid = self.widget.layout()
        assert isinstance(grid, QGridLayout)
        sud = next(check for value, check in self.boxes if value is SUD)
        grid.removeWidget(sud)
        rows = grid.rowCount()
        grid.addWidget(sud, rows, 0, 1, 2)
        self.sud_hint = QLabel(
            translate(
                "ConsentForm",
                "Only if the form names it: without it, SUD notes, needs and services never leave.",
            )
        )
        set_role(self.sud_hint, "quiet")
        grid.addWidget(self.sud_hint, rows + 1, 0, 1, 2)


def recipient_field(label: str, *, agencies: Sequence[CatalogueEntry], record: Consent | None) -> FieldSpec:
    return FieldSpec(
        "recipient",
        label,
        TEXT,
        placeholder=translate("ConsentForm", "Choose a partner agency, or type the name on the form"),
        hint=translate(
            "ConsentForm",
            "A partner agency from the program's list is matched exactly when something is disclosed; "
            "a typed name only to that same name",
        ),
        extra={
            "editor": RecipientEditor,
            "entries": list(agencies),
            "code": record.recipient_code if record is not None else "",
        },
    )


def purposes_field(label: str) -> FieldSpec:
    return FieldSpec(
        "purposes",
        label,
        TEXT,
        options=[(p, enum_label(p)) for p in DisclosurePurpose],
        hint=translate("ConsentForm", "Tick every purpose the signed form allows"),
        extra={"editor": ChecklistEditor},
    )


def categories_field(label: str) -> FieldSpec:
    # SUD information last, whatever the enum's order, so the editor can set it apart.
    ordered = [c for c in InformationCategory if c is not SUD] + [SUD]
    return FieldSpec(
        "categories",
        label,
        TEXT,
        options=[(c, enum_label(c)) for c in ordered],
        hint=translate("ConsentForm", "Tick each kind of information the signed form names"),
        extra={"editor": CategoriesEditor},
    )


def split_recipient(
    values: dict[str, Any], *, agencies: Sequence[CatalogueEntry], record: Consent | None
) -> dict[str, Any]:
    """The form's recipient (an agency's code or a typed name) as the consent stores it: the agency's
    code and label, or no code and the name as typed. An edit that keeps the agency keeps the name the
    consent already had."""
    if "recipient" not in values:
        return values
    chosen = str(values["recipient"] or "")
    agency = next((a for a in agencies if a.code == chosen), None)
    if agency is None:
        return {**values, "recipient": chosen, "recipient_code": ""}
    same = record is not None and record.recipient_code == agency.code
    name = record.recipient if same and record is not None else agency.label
    return {**values, "recipient": name, "recipient_code": agency.code}


def purposes_text(consent: Consent) -> str:
    return ", ".join(enum_label(p) for p in consent.purposes)


def categories_text(consent: Consent) -> str:
    if not consent.categories:
        return translate("ConsentForm", "None ticked: covers nothing")
    return ", ".join(enum_label(c) for c in consent.categories)
