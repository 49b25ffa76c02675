"""The words for issue 14's sharing lists (domain/disclosure_codes.py): a consent's purposes and the
information it names, how a disclosure was delivered and why the gate held something back. labels.py
registers them in its ENUM_LABELS, so `enum_label` finds them."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaddesk.domain.disclosure_codes import Delivery, DisclosurePurpose, InformationCategory, WithheldReason

PURPOSE = {
    DisclosurePurpose.TREATMENT_COORDINATION: QT_TRANSLATE_NOOP(
        "DisclosurePurpose", "Treatment and case coordination"
    ),
    DisclosurePurpose.CRIMINAL_JUSTICE: QT_TRANSLATE_NOOP(
        "DisclosurePurpose", "Criminal-justice coordination (42 CFR 2.35)"
    ),
    DisclosurePurpose.PAYMENT_REPORTING: QT_TRANSLATE_NOOP("DisclosurePurpose", "Payment and HMIS reporting"),
    DisclosurePurpose.EVALUATION: QT_TRANSLATE_NOOP("DisclosurePurpose", "Evaluation"),
    DisclosurePurpose.OTHER: QT_TRANSLATE_NOOP("DisclosurePurpose", "Other (as the form says)"),
}
CATEGORY = {
    InformationCategory.DEMOGRAPHICS_CONTACT: QT_TRANSLATE_NOOP(
        "InformationCategory", "Demographics and contact"
    ),
    InformationCategory.PLAN_AND_NEEDS: QT_TRANSLATE_NOOP("InformationCategory", "Plan and needs"),
    InformationCategory.NOTES: QT_TRANSLATE_NOOP("InformationCategory", "Case notes and contacts"),
    InformationCategory.LEGAL_EVENTS: QT_TRANSLATE_NOOP("InformationCategory", "Referral and legal events"),
    InformationCategory.SERVICES: QT_TRANSLATE_NOOP("InformationCategory", "Services"),
    InformationCategory.ATTACHMENTS: QT_TRANSLATE_NOOP("InformationCategory", "Attached files"),
    InformationCategory.OUTCOME_SNAPSHOTS: QT_TRANSLATE_NOOP("InformationCategory", "Outcome snapshots"),
    InformationCategory.SUD_INFORMATION: QT_TRANSLATE_NOOP(
        "InformationCategory", "Substance use disorder information (named explicitly)"
    ),
}
DELIVERY = {
    Delivery.PRINTED: QT_TRANSLATE_NOOP("Delivery", "Printed and handed over"),
    Delivery.FILE: QT_TRANSLATE_NOOP("Delivery", "A file (PDF or a saved copy)"),
    Delivery.EMAIL_OUTSIDE_APP: QT_TRANSLATE_NOOP("Delivery", "Email (sent outside LEAD Desk)"),
    Delivery.IN_PERSON: QT_TRANSLATE_NOOP("Delivery", "Shown in person"),
}
WITHHELD = {
    WithheldReason.NO_CONSENT: QT_TRANSLATE_NOOP("WithheldReason", "No consent for this recipient"),
    WithheldReason.NOT_YET_SIGNED: QT_TRANSLATE_NOOP("WithheldReason", "Consent not yet signed"),
    WithheldReason.EXPIRED: QT_TRANSLATE_NOOP("WithheldReason", "Consent expired"),
    WithheldReason.REVOKED: QT_TRANSLATE_NOOP("WithheldReason", "Consent revoked"),
    WithheldReason.WRONG_PURPOSE: QT_TRANSLATE_NOOP("WithheldReason", "Purpose not allowed"),
    WithheldReason.INFORMATION_NOT_NAMED: QT_TRANSLATE_NOOP("WithheldReason", "Information not named"),
    WithheldReason.SUD_NOT_NAMED: QT_TRANSLATE_NOOP("WithheldReason", "SUD information not named"),
}

DISCLOSURE_ENUM_LABELS: dict[type[Enum], tuple[str, Mapping[Any, str]]] = {
    DisclosurePurpose: ("DisclosurePurpose", PURPOSE),
    InformationCategory: ("InformationCategory", CATEGORY),
    Delivery: ("Delivery", DELIVERY),
    WithheldReason: ("WithheldReason", WITHHELD),
}
