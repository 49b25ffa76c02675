"""The demo's casework details are plausible: referral codes from the invented program's lists,
bookings carrying their release, costs on what the team buys, and outcome snapshots at each engaged
episode's entry, at its reviews and at its exit, in date order."""

from __future__ import annotations

from datetime import UTC, date

import pytest

from leaddesk.demo.casework_details import COSTS, DEMO_PROGRAM
from leaddesk.demo.synthetic import ParticipantBundle, generate
from leaddesk.domain.casework import jail_days
from leaddesk.domain.casework_codes import ProsecutorDecision, ReferralAcceptance
from leaddesk.domain.enums import LegalEventKind, ParticipantStatus, ReferralDoor
from leaddesk.domain.outcome_codes import DataCollectionStage

TODAY = date(2026, 3, 16)


@pytest.fixture(scope="module")
def caseload() -> list[ParticipantBundle]:
    # Seed 2 holds a booking of yesterday whose release was drawn earlier that day: still held.
    return list(generate(seed=2, participants=400, notes_per_participant=1, today=TODAY))


def codes(entries: list) -> set[str]:  # type: ignore[type-arg]
    return {e.code for e in entries}


def test_referrals_use_the_programs_codes_and_decide_as_the_door_allows(
    caseload: list[ParticipantBundle],
) -> None:
    for bundle in caseload:
        referral = bundle.referral
        police = referral.door is not ReferralDoor.COMMUNITY
        assert referral.referring_agency == ""  # as the form records it now
        assert (referral.precinct in codes(DEMO_PROGRAM.precincts)) is police
        assert (referral.offence_category in codes(DEMO_PROGRAM.offence_categories)) is police
        declined = [e for e in bundle.legal_events if e.kind is LegalEventKind.CHARGE_DECLINED]
        if declined:  # the story's "charge declined" and the prosecutor's decision agree
            assert referral.prosecutor_decision is ProsecutorDecision.DECLINED_TO_FILE
            assert referral.prosecutor_decided_on == declined[0].occurred_at.date()
        if referral.door is ReferralDoor.ARREST_DIVERSION:
            assert referral.prosecutor_decision is not None
            pending = referral.prosecutor_decision is ProsecutorDecision.PENDING
            assert (referral.prosecutor_decided_on is None) is pending
        else:
            assert referral.prosecutor_decision is None
        engaged = bundle.participant.status is not ParticipantStatus.REFERRED
        assert referral.acceptance is ReferralAcceptance.ACCEPTED or not engaged
    assert {b.referral.agency_code for b in caseload} >= codes(DEMO_PROGRAM.referring_agencies)


def test_bookings_carry_their_release_and_no_release_stands_alone(caseload: list[ParticipantBundle]) -> None:
    bookings = [e for b in caseload for e in b.legal_events if e.kind is LegalEventKind.BOOKING]
    assert bookings
    assert all(e.kind is not LegalEventKind.RELEASE for b in caseload for e in b.legal_events)
    released = [e for e in bookings if e.released_at is not None]
    assert 0 < len(released) < len(bookings)
    assert all((jail_days(e, tz=UTC) or 0) >= 1 for e in released)
    assert max(jail_days(e, tz=UTC) or 0 for e in released) > 2


def test_what_the_team_buys_has_a_cost(caseload: list[ParticipantBundle]) -> None:
    bought = [s for b in caseload for s in b.services if s.kind in COSTS and not s.is_referral]
    assert bought
    assert all(s.amount is not None and s.amount > 0 and s.units for s in bought)
    assert len({s.kind for s in bought}) >= 4


def test_snapshots_follow_each_engaged_episode(caseload: list[ParticipantBundle]) -> None:
    for bundle in caseload:
        engaged = [e for e in bundle.enrollments if e.engagement_date is not None]
        entries = [o for o in bundle.outcomes if o.stage is DataCollectionStage.ENTRY]
        assert len(entries) == len(engaged)
        exits = [o for o in bundle.outcomes if o.stage is DataCollectionStage.EXIT]
        assert len(exits) == sum(1 for e in engaged if e.exit_date is not None)
        dates = [o.information_date for o in bundle.outcomes]
        assert dates == sorted(dates)
        assert all(o.information_date < TODAY for o in bundle.outcomes)
    assert any(o.holds_sud for b in caseload for o in b.outcomes)


def test_consents_name_what_the_gate_reads_and_partner_agencies_by_the_programs_codes(
    caseload: list[ParticipantBundle],
) -> None:
    from leaddesk.demo.program import DEMO_PROGRAM as OFFICE_PROGRAM

    agencies = {e.code: e.label for e in OFFICE_PROGRAM.partner_agencies}
    consents = [c for bundle in caseload for c in bundle.consents]
    outbound = [c for c in consents if c.recipient_code]
    assert len(outbound) > len(consents) / 3
    for consent in outbound:
        assert agencies[consent.recipient_code] == consent.recipient
        assert consent.purposes
        assert consent.categories
    # A consent the team receives (a clinic's to the team) covers none of the team's own disclosures.
    assert all(not c.purposes for c in consents if not c.recipient_code)
