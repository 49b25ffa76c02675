"""Consents to disclose (42 CFR Part 2): the list with each consent's status today, a form with every
element 2.31(a) requires, and revocation — refused inside a criminal-justice consent's irrevocable
period (2.35)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QPushButton,
)

from leaddesk.desk.disclosure import Recipient
from leaddesk.domain import Consent
from leaddesk.domain.clock import local_today
from leaddesk.domain.consent import STANDARD_REVOCATION_TEXT, is_valid_on, revoke
from leaddesk.domain.enums import ConsentKind
from leaddesk.domain.errors import DomainError
from leaddesk.domain.program import CatalogueEntry
from leaddesk.storage.errors import StorageError
from leaddesk.ui.participant.consent_fields import (
    CONSENT_KIND_LABELS,
    categories_field,
    categories_text,
    purposes_field,
    purposes_text,
    recipient_field,
    split_recipient,
)
from leaddesk.ui.participant.consent_revoke import RevokeDialog
from leaddesk.ui.participant.disclosure_dialog import DisclosureDialog
from leaddesk.ui.participant.form_fields import (
    CHOICE,
    DATE,
    MULTILINE,
    TEXT,
    FieldSpec,
    enum_options,
)
from leaddesk.ui.participant.record_forms import plain_problems
from leaddesk.ui.participant.records_model import Column, day, enum_text, one_line, translated
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.rule_words import standard_text
from leaddesk.ui.text import fill

KIND_SHORT_LABELS = {
    ConsentKind.GENERAL: QT_TRANSLATE_NOOP("RecordTabs", "General"),
    ConsentKind.CRIMINAL_JUSTICE: QT_TRANSLATE_NOOP("RecordTabs", "Criminal justice"),
}
ACTIVE, EXPIRED, REVOKED, NOT_YET_VALID = "active", "expired", "revoked", "not_yet_valid"
STATUS_LABELS = {
    ACTIVE: QT_TRANSLATE_NOOP("RecordTabs", "Active"),
    EXPIRED: QT_TRANSLATE_NOOP("RecordTabs", "Expired"),
    REVOKED: QT_TRANSLATE_NOOP("RecordTabs", "Revoked"),
    NOT_YET_VALID: QT_TRANSLATE_NOOP("RecordTabs", "Not yet valid"),
}
DEFAULT_TERM_DAYS = 365


def consent_status(consent: Consent, today: date | None = None) -> str:
    """Why a consent does or does not allow disclosure today (an expiry event is taken as not yet
    occurred: only a person knows it has)."""
    today = today or local_today()
    if is_valid_on(consent, today):
        return ACTIVE
    if consent.revoked_on is not None and today >= consent.revoked_on:
        return REVOKED
    if today < consent.signed_on:
        return NOT_YET_VALID
    return EXPIRED


def status_text(consent: Consent) -> str:
    return translated(STATUS_LABELS[consent_status(consent)])


def _is_criminal_justice(values: Any) -> bool:
    """An irrevocable period applies only to a criminal-justice consent."""
    return values.get("kind") is ConsentKind.CRIMINAL_JUSTICE


class ConsentsTab(RecordsTab):
    entity = Consent.entity
    order = ("signed_on", "created_at")
    descending = True
    form_width = 740  # the purposes and kinds of information, two to a row

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Status"), status_text, tooltip=self._status_detail),
            Column(self.tr("Kind"), lambda c: enum_text(c.kind, KIND_SHORT_LABELS), sort=("kind",)),
            Column(
                self.tr("Recipient"),
                lambda c: one_line(c.recipient, 45),
                sort=("recipient",),
                tooltip=self._recipient_detail,
            ),
            Column(self.tr("Signed on"), lambda c: day(c.signed_on), sort=("signed_on", "created_at")),
            Column(
                self.tr("Expires"),
                lambda c: one_line(self._expires(c), 45),
                sort=("expires_on", "expiry_event"),
                tooltip=self._expires,
            ),
            Column(
                self.tr("Allowed for"),
                lambda c: one_line(purposes_text(c), 60),
                tooltip=lambda c: fill(self.tr("%1\nOn the form: %2"), purposes_text(c), c.purpose),
            ),
            Column(
                self.tr("Information named"),
                lambda c: one_line(categories_text(c)),
                tooltip=lambda c: fill(self.tr("%1\nOn the form: %2"), categories_text(c), c.information),
                stretch=True,
            ),
        ]

    def fields(self, record: Any = None) -> list[FieldSpec]:
        # In the order of a written consent (42 CFR 2.31): what is shared between whom and why, for how
        # long and on what terms, then who signed it and when.
        return [*self._sharing_fields(record), *self._term_fields(), *self._signature_fields()]

    def _sharing_fields(self, record: Consent | None) -> list[FieldSpec]:
        return [
            FieldSpec(
                "kind",
                self.tr("&Kind"),
                CHOICE,
                options=enum_options(ConsentKind, CONSENT_KIND_LABELS),
                default=ConsentKind.GENERAL,
            ),
            FieldSpec(
                "discloser", self.tr("Who may &disclose"), TEXT, placeholder=self.tr("Program or person")
            ),
            FieldSpec(
                "information",
                self.tr("&Information"),
                MULTILINE,
                placeholder=self.tr(
                    "Specifically what may be shared, e.g. attendance at treatment and progress in LEAD"
                ),
                hint=self.tr("Describe the information specifically; “any and all records” is not allowed"),
                extra={"lines": 2},
            ),
            recipient_field(self.tr("&Recipient"), agencies=self._agencies(), record=record),
            purposes_field(self.tr("Allowed &for")),
            FieldSpec(
                "purpose",
                self.tr("&Purpose"),
                MULTILINE,
                placeholder=self.tr("The purpose in the words of the signed form"),
                extra={"lines": 2},
            ),
            categories_field(self.tr("Informa&tion named")),
        ]

    def _agencies(self) -> list[CatalogueEntry]:
        return list(self.session.desk.program.settings().partner_agencies)

    def adjust(self, values: dict[str, Any], record: Any) -> dict[str, Any]:
        return split_recipient(values, agencies=self._agencies(), record=record)

    def _term_fields(self) -> list[FieldSpec]:
        return [
            FieldSpec(
                "expires_on",
                self.tr("&Expires on"),
                DATE,
                optional=True,
                toggle=self.tr("On a date"),
                default=lambda: local_today() + timedelta(days=DEFAULT_TERM_DAYS),
            ),
            FieldSpec(
                "expiry_event",
                self.tr("Or on this e&vent"),
                TEXT,
                placeholder=self.tr("e.g. Final disposition of the case or exit from LEAD"),
            ),
            FieldSpec(
                "irrevocable_until",
                self.tr("Irrevocable &until"),
                DATE,
                optional=True,
                toggle=self.tr("Has an irrevocable period"),
                hint=self.tr("Only a criminal-justice consent (42 CFR 2.35) may be irrevocable for a time"),
                enabled_when=_is_criminal_justice,
            ),
            FieldSpec(
                "revocation_right",
                self.tr("Right &to revoke"),
                MULTILINE,
                default=standard_text(STANDARD_REVOCATION_TEXT),
                extra={"lines": 2},
            ),
        ]

    def _signature_fields(self) -> list[FieldSpec]:
        return [
            FieldSpec("signed_by", self.tr("&Signed by"), TEXT),
            FieldSpec("signed_on", self.tr("Signed &on"), DATE, default=local_today),
            FieldSpec("notes", self.tr("&Notes"), MULTILINE, extra={"lines": 2}),
        ]

    def defaults(self) -> dict[str, Any]:
        """The participant signs; the discloser is usually the same program as last time."""
        desk = self.session.desk
        person = desk.participants.get(self.participant_id)
        values: dict[str, Any] = {"signed_by": f"{person.first_name} {person.last_name}"}
        latest: list[Any] = desk.records.find(
            Consent.entity, participant_id=self.participant_id, descending=True, limit=1
        )
        if latest:
            values["discloser"] = latest[0].discloser
        return values

    def muted(self, record: Any) -> bool:
        return consent_status(record) != ACTIVE

    def extra_buttons(self) -> list[QPushButton]:
        self.disclose_button = self._button(
            self.tr("D&isclose…"),
            self.open_disclose,
            self.tr("A disclosure packet of what the consents allow a recipient to see"),
        )
        self.revoke_button = self._button(
            self.tr("Re&voke…"), self.open_revoke, self.tr("Record that the participant revoked the consent")
        )
        return [self.disclose_button, self.revoke_button]

    def rows_changed(self, rows: list[Any]) -> None:
        self.disclose_button.setEnabled(bool(rows))

    # -- disclosing --------------------------------------------------------------------------------

    def disclosure_form(self) -> DisclosureDialog:
        """The packet dialog, for the selected consent's recipient if one is selected."""
        selected = self.selected()
        recipient = Recipient.of(selected) if selected is not None else None
        dialog = DisclosureDialog(self.session, self.participant_id, recipient=recipient, parent=self)
        dialog.written.connect(
            lambda made, path: self.say(
                fill(self.tr("Disclosed to %1; the packet is at %2."), made.recipient, str(path))
            )
        )
        return dialog

    def open_disclose(self) -> None:
        self.disclosure_form().exec()

    def selection_changed(self, record: Any) -> None:
        self.revoke_button.setEnabled(record is not None and record.revoked_on is None)

    # -- revocation --------------------------------------------------------------------------------

    def revoke_form(self, consent: Consent | None = None) -> RevokeDialog:
        return RevokeDialog(self, consent or self.selected())

    def open_revoke(self) -> None:
        if self.selected() is not None:
            self.revoke_form().exec()

    def revoke(self, consent_id: str, *, on: date) -> str:
        """Revoke as of `on`; returns "" or why it was refused (the domain's words)."""
        labels = {"revoked_on": self.tr("Revoked on")}
        try:
            consent: Any = self.session.desk.records.get(Consent.entity, consent_id)
            revoked = revoke(consent, on=on)
            self.session.update(self.entity, consent_id, {"revoked_on": revoked.revoked_on})
        except (ValidationError, DomainError, StorageError, ValueError) as exc:
            return " ".join(text for _n, text in plain_problems(exc, labels))
        return ""

    # -- text --------------------------------------------------------------------------------------

    def _expires(self, consent: Consent) -> str:
        parts = [day(consent.expires_on)] if consent.expires_on else []
        if consent.expiry_event:
            parts.append(fill(self.tr("on: %1"), consent.expiry_event))
        return self.tr(" or ").join(parts)

    def _recipient_detail(self, consent: Consent) -> str:
        if consent.recipient_code:
            return fill(self.tr("%1: a partner agency (%2)"), consent.recipient, consent.recipient_code)
        return fill(self.tr("%1: as typed on the form"), consent.recipient)

    def _status_detail(self, consent: Consent) -> str:
        status = consent_status(consent)
        if status == REVOKED:
            return fill(self.tr("Revoked on %1"), day(consent.revoked_on))
        if status == EXPIRED:
            return fill(self.tr("Expired after %1"), day(consent.expires_on))
        if status == NOT_YET_VALID:
            return fill(self.tr("Valid from %1"), day(consent.signed_on))
        if consent.irrevocable_until and local_today() < consent.irrevocable_until:
            return fill(self.tr("Active; cannot be revoked before %1"), day(consent.irrevocable_until))
        return self.tr("Active")

    def add_text(self) -> str:
        return self.tr("&Add consent…")

    def list_name(self) -> str:
        return self.tr("Consents")

    def form_title(self, record: Any) -> str:
        return self.tr("Edit consent") if record is not None else self.tr("Record a signed consent")

    def form_intro(self, record: Any) -> str:
        if record is not None:
            return self.tr("Correct what was copied from the signed form. To end the consent, use Revoke.")
        return self.tr(
            "Copy each element from the signed form (42 CFR 2.31). Describe the information specifically, "
            "and give an expiry date, an expiry event, or both."
        )

    def empty_text(self) -> str:
        return self.tr("No consents recorded. Nothing may be disclosed without one.")

    def summary_text(self, rows: list[Any]) -> str:
        active = [c for c in rows if consent_status(c) == ACTIVE]
        if not rows:
            return ""
        text = fill(self.tr("%1 active of %2"), str(len(active)), str(len(rows)))
        if any(c.kind is ConsentKind.CRIMINAL_JUSTICE for c in active):
            text += " · " + self.tr("an active criminal-justice consent")
        return text
