"""A synthetic participant's consent to HMIS reporting (issue 16): most sign one naming the Continuum of
Care's HMIS lead for payment and HMIS reporting, some of them naming substance use disorder information
too, a few none, so the demo's HMIS export shows every case the gate decides.

Drawn from an RNG of its own (seeded by the participant's id), so the story's other draws, and with them
every other record, stay as they were; a seed still gives the same caseload."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

from leaddesk.demo.bundle import ParticipantBundle, synthetic_id
from leaddesk.demo.consent_terms import PARTNER_AGENCIES
from leaddesk.domain import Consent
from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory

HMIS_LEAD = "kc-hmis"
_LABEL = dict(PARTNER_AGENCIES)[HMIS_LEAD]
C = InformationCategory
WITHOUT_SUD = [C.DEMOGRAPHICS_CONTACT, C.NOTES, C.SERVICES, C.OUTCOME_SNAPSHOTS]
WITH_SUD = [*WITHOUT_SUD, C.SUD_INFORMATION]
# (share of participants, what their consent names): with SUD information, without it, no consent.
CHOICES = ((WITH_SUD, WITHOUT_SUD, None), (55, 30, 15))
INFORMATION = (
    "My name, date of birth, race and ethnicity, the dates of my LEAD episodes and of my contacts with "
    "the team, the services I receive, and my income, benefits, insurance, employment and disabilities"
)
SUD_WORDS = ", including whether I have a substance use disorder and the treatment I receive for it"


def with_hmis_consent(bundle: ParticipantBundle, *, horizon: datetime) -> ParticipantBundle:
    """The bundle with the participant's HMIS consent added (or as it was, for those who sign none),
    signed within days of the referral and never after `horizon`."""
    person = bundle.participant
    rng = random.Random(f"{person.id}/hmis")
    names = rng.choices(CHOICES[0], CHOICES[1])[0]
    if names is None:
        return bundle
    at = min(
        bundle.referral.referred_at + timedelta(days=rng.randint(0, 3), minutes=rng.randint(5, 90)), horizon
    )
    signed = at.date()
    consent = Consent(
        id=synthetic_id(rng, at), participant_id=person.id, created_at=at, updated_at=at,
        created_by=person.created_by, discloser="Bellmoor LEAD (demo) case management team",
        information=INFORMATION + (SUD_WORDS if C.SUD_INFORMATION in names else ""), recipient=_LABEL,
        purpose="Reporting my participation to the Kestrel County Continuum of Care's HMIS",
        expiry_event="Two years after my exit from LEAD", signed_by=f"{person.first_name} {person.last_name}",
        signed_on=signed, recipient_code=HMIS_LEAD, purposes=[DisclosurePurpose.PAYMENT_REPORTING],
        categories=list(names),
    )  # fmt: skip
    return replace(bundle, consents=[*bundle.consents, consent])
