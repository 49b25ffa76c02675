"""The consents the synthetic participants sign (story.py): the program's partner agencies they name as
recipients, and for each consent who may disclose what to whom and why, with what the disclosure gate
reads of it. Every agency is invented, like the rest of the demo's world (places.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory

# The program's partner agencies (code, name) that consents name as recipients (issue 14).
PARTNER_AGENCIES = (
    ("kcpao", "Kestrel County Prosecuting Attorney's Office, LEAD liaison"),
    ("kcpd", "Kestrel County Public Defender"),
    ("bha", "Bellmoor Housing Authority"),
    ("kccso", "Kestrel County Community Services Office"),
    ("kcprob", "Kestrel County Probation"),
    ("kc-hmis", "Kestrel County CoC HMIS lead"),  # receives the HMIS export (demo/hmis_consents.py)
)
_AGENCY = {name: code for code, name in PARTNER_AGENCIES}
_P, _C = DisclosurePurpose, InformationCategory
# (who may disclose, the specific information, recipient, purpose) — never a blanket "any and all" scope
# — and what the gate reads of it: the recipient agency's code ("" for the team itself, which receives),
# the purposes and the kinds of information named.
CONSENTS = (
    ("{clinic}", "Dates of attendance, dosing status and whether I am taking part in treatment",
     "{team}", "So my case manager can help me keep my MAT going"),
    ("{team}", "My housing application, income verification and homelessness verification letter",
     "Bellmoor Housing Authority", "Applying for supportive housing"),
    ("{team}", "My name, date of birth and the status of my benefit applications",
     "Kestrel County Community Services Office", "Getting my SNAP and Medicaid restored"),
    ("{hospital}", "My discharge plan and follow-up appointment dates", "{team}",
     "Planning my care after I leave the hospital"),
    ("{team}", "My court dates, charges and whether I am taking part in LEAD",
     "Kestrel County Public Defender", "Coordinating my defense with my LEAD plan"),
)
CONSENT_SCOPES: Mapping[str, tuple[list[DisclosurePurpose], list[InformationCategory]]] = {
    "{team}": ([], []),  # the team receives: a consent for someone else's disclosure covers none of ours
    "Bellmoor Housing Authority": (
        [_P.TREATMENT_COORDINATION], [_C.DEMOGRAPHICS_CONTACT, _C.PLAN_AND_NEEDS, _C.ATTACHMENTS],
    ),
    "Kestrel County Community Services Office": (
        [_P.TREATMENT_COORDINATION, _P.PAYMENT_REPORTING], [_C.DEMOGRAPHICS_CONTACT, _C.SERVICES],
    ),
    "Kestrel County Public Defender": ([_P.CRIMINAL_JUSTICE], [_C.LEGAL_EVENTS, _C.NOTES]),
    "Kestrel County Prosecuting Attorney's Office, LEAD liaison": ([_P.CRIMINAL_JUSTICE], [_C.NOTES]),
}
CJ_CONSENT = (
    "{team}", "Whether I am taking part in LEAD and the dates of my contacts with my case manager",
    "Kestrel County Prosecuting Attorney's Office, LEAD liaison",
    "Coordinating decisions on my non-diverted case {case} with my intervention plan",
)


def consent_scope(recipient: str) -> dict[str, Any]:
    """The fields the gate reads for a consent naming `recipient` (as CONSENTS writes it)."""
    purposes, categories = CONSENT_SCOPES[recipient]
    return {"recipient_code": _AGENCY.get(recipient, ""), "purposes": purposes, "categories": categories}
