"""The demo's consents to HMIS reporting: most participants sign one naming the demo program's HMIS
recipient for payment and HMIS reporting, some naming substance use disorder information too, a few
none; each is signed on the referral's day or within days of it, never in the future."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from leaddesk.demo.program import DEMO_PROGRAM
from leaddesk.demo.synthetic import generate
from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory

TODAY = date(2026, 3, 16)


def test_most_demo_participants_consent_to_hmis_reporting_some_to_sud_information_a_few_not_at_all() -> None:
    recipient = DEMO_PROGRAM.hmis_export.recipient_code
    assert recipient in {e.code for e in DEMO_PROGRAM.partner_agencies}
    kinds: Counter[str] = Counter()
    for bundle in generate(seed=3, participants=120, notes_per_participant=0.5, today=TODAY):
        hmis = [c for c in bundle.consents if c.recipient_code == recipient]
        assert len(hmis) <= 1
        if not hmis:
            kinds["none"] += 1
            continue
        (consent,) = hmis
        assert consent.purposes == [DisclosurePurpose.PAYMENT_REPORTING]
        assert InformationCategory.DEMOGRAPHICS_CONTACT in consent.categories
        referred = bundle.referral.referred_at.date()
        assert referred <= consent.signed_on <= min(referred + timedelta(days=4), TODAY)
        kinds["sud" if InformationCategory.SUD_INFORMATION in consent.categories else "no_sud"] += 1
    assert kinds["sud"] + kinds["no_sud"] > 0.7 * 120
    assert kinds["sud"] > kinds["no_sud"] > kinds["none"] > 0
