"""Consent to disclose, with the elements 42 CFR 2.31(a) requires, and when a consent is in force.

Beside the free text copied from the signed form, a consent holds what a machine can check (issue 14):
the recipient as a partner agency's code from the program's list, the purposes and the categories of
information it names. The disclosure gate (disclosure.py) reads only those; a consent recorded before
them names none, and covers nothing until someone ticks what the form says."""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar, Self

from pydantic import Field, model_validator

from leaddesk.domain.base import (
    MediumText,
    ParticipantRecord,
    RequiredMediumText,
    RequiredShortText,
    ShortText,
)
from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory
from leaddesk.domain.enums import ConsentKind
from leaddesk.domain.errors import ConsentIrrevocable, DomainError

STANDARD_REVOCATION_TEXT = (
    "You may revoke this consent at any time, in writing or by telling your case manager, "
    "except where action has already been taken in reliance on it."
)
# 42 CFR 2.31: the information must be described specifically; blanket scopes are invalid.
_BLANKET_SCOPE = re.compile(
    r"\b(any\s+and\s+all|(?<!not\s)all\s+(of\s+(my|the)\s+)?(records|information|files?)|everything)\b",
    re.IGNORECASE,
)


class Consent(ParticipantRecord):
    entity: ClassVar[str] = "consent"

    kind: ConsentKind = ConsentKind.GENERAL
    discloser: RequiredShortText  # who may disclose
    information: RequiredMediumText  # the specific information that may be disclosed
    recipient: RequiredShortText
    purpose: RequiredMediumText
    expires_on: date | None = None
    expiry_event: ShortText = ""
    revocation_right: RequiredMediumText = STANDARD_REVOCATION_TEXT
    signed_by: RequiredShortText
    signed_on: date
    revoked_on: date | None = None
    irrevocable_until: date | None = None
    notes: MediumText = ""
    # What the gate checks: a partner agency's code (empty: the typed `recipient` is the recipient, and
    # only a disclosure to exactly that name is covered), the purposes and the information named.
    recipient_code: ShortText = ""
    purposes: list[DisclosurePurpose] = Field(default_factory=list, max_length=len(DisclosurePurpose))
    categories: list[InformationCategory] = Field(default_factory=list, max_length=len(InformationCategory))

    @model_validator(mode="after")
    def _elements_present(self) -> Self:
        if len(set(self.purposes)) != len(self.purposes):
            raise ValueError("purposes: each purpose is named once")
        if len(set(self.categories)) != len(self.categories):
            raise ValueError("categories: each kind of information is named once")
        if _BLANKET_SCOPE.search(self.information):
            raise ValueError(
                "information: describe the information specifically; 'any and all' is not allowed"
            )
        if self.expires_on is None and not self.expiry_event:
            raise ValueError("expires_on: a consent needs an expiry date or an expiry event")
        if self.expires_on is not None and self.expires_on < self.signed_on:
            raise ValueError("expires_on: the expiry cannot be before the signature")
        if self.revoked_on is not None and self.revoked_on < self.signed_on:
            raise ValueError("revoked_on: a consent cannot be revoked before it was signed")
        if (
            self.revoked_on is not None
            and self.irrevocable_until is not None
            and self.revoked_on < self.irrevocable_until
        ):
            raise ValueError(
                "revoked_on: this criminal-justice consent cannot be revoked before "
                f"{self.irrevocable_until.isoformat()}"
            )
        if self.irrevocable_until is not None and self.irrevocable_until < self.signed_on:
            raise ValueError("irrevocable_until: the irrevocable period cannot end before the signature")
        if self.irrevocable_until is not None and self.kind is not ConsentKind.CRIMINAL_JUSTICE:
            raise ValueError("irrevocable_until: only a criminal-justice consent has an irrevocable period")
        return self


def is_valid_on(consent: Consent, day: date, *, expiry_event_occurred: bool = False) -> bool:
    """Whether the consent allows disclosure on `day`."""
    if consent.deleted or day < consent.signed_on:
        return False
    if consent.expires_on is not None and day > consent.expires_on:
        return False
    if consent.expiry_event and expiry_event_occurred:
        return False
    return consent.revoked_on is None or day < consent.revoked_on


def revoke(consent: Consent, *, on: date) -> Consent:
    """The revoked copy of a consent; refused inside a criminal-justice consent's irrevocable period."""
    if consent.revoked_on is not None:
        raise DomainError("This consent is already revoked.")
    if consent.irrevocable_until is not None and on < consent.irrevocable_until:
        raise ConsentIrrevocable(
            f"This criminal-justice consent cannot be revoked before {consent.irrevocable_until.isoformat()}."
        )
    return consent.with_changes(revoked_on=on)
