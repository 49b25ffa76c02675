"""The closed lists a consent names in a form a machine can check (issue 14), beside the free text the
signed form has: why information may be disclosed, which kinds of information, and how a disclosure
reached its recipient. Kept apart from enums.py so the sharing lists read together."""

from __future__ import annotations

from enum import StrEnum


class DisclosurePurpose(StrEnum):
    """What a disclosure is for (42 CFR 2.31(a)(6): "the purpose of the disclosure")."""

    TREATMENT_COORDINATION = "treatment_coordination"  # treatment and case coordination
    CRIMINAL_JUSTICE = "criminal_justice"  # criminal-justice coordination under a 2.35 consent
    PAYMENT_REPORTING = "payment_reporting"  # payment, funders' and HMIS reporting
    EVALUATION = "evaluation"
    OTHER = "other"


class InformationCategory(StrEnum):
    """Which information a consent names (2.31(a)(3): "how much and what kind"). Substance use disorder
    information is a category of its own: Part 2 information leaves only under a consent that names it
    explicitly, whatever record holds it."""

    DEMOGRAPHICS_CONTACT = "demographics_contact"
    PLAN_AND_NEEDS = "plan_and_needs"
    NOTES = "notes"  # case notes and the contacts they record
    LEGAL_EVENTS = "legal_events"  # referral and legal events
    SERVICES = "services"
    ATTACHMENTS = "attachments"
    OUTCOME_SNAPSHOTS = "outcome_snapshots"
    SUD_INFORMATION = "sud_information"


class Delivery(StrEnum):
    """How a disclosure reached its recipient (the accounting of 2.25 says how, not only what)."""

    PRINTED = "printed"
    FILE = "file"  # a PDF packet or a saved copy of a file, handed over or sent as a file
    EMAIL_OUTSIDE_APP = "email_outside_app"
    IN_PERSON = "in_person"


class WithheldReason(StrEnum):
    """Why the gate held an item back."""

    NO_CONSENT = "no_consent"  # no consent names this recipient
    NOT_YET_SIGNED = "not_yet_signed"
    EXPIRED = "expired"
    REVOKED = "revoked"
    WRONG_PURPOSE = "wrong_purpose"
    INFORMATION_NOT_NAMED = "information_not_named"
    SUD_NOT_NAMED = "sud_not_named"
