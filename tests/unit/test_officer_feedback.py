"""What an officer is told about their referral (domain/officer_feedback.py): received, met, engaged or
closed from the records alone; the outcome itself, the program status and the case manager only under a
consent the disclosure gate accepts for the officer's agency and criminal-justice coordination."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from leaddesk.domain.casework import Referral
from leaddesk.domain.casework_codes import HandoffOutcome
from leaddesk.domain.consent import Consent
from leaddesk.domain.disclosure import Recipient
from leaddesk.domain.enums import ParticipantStatus, ReferralDoor
from leaddesk.domain.officer_feedback import OfficerStatus, base_status, feedback
from leaddesk.domain.participant import Participant

AT = datetime(2026, 5, 14, 21, 30).astimezone()
TODAY = date(2026, 6, 1)
SPD = Recipient(code="SPD", name="Police department")


def person(**changes) -> Participant:
    return Participant(first_name="Sam", last_name="Rivera", team_id="north", **changes)


def sent(p: Participant, outcome: HandoffOutcome = HandoffOutcome.PENDING) -> Referral:
    when = None if outcome is HandoffOutcome.PENDING else AT + timedelta(minutes=25)
    return Referral(
        participant_id=p.id,
        door=ReferralDoor.ARREST_DIVERSION,
        referred_at=AT,
        officer_username="ofc.diaz",
        handoff_outcome=outcome,
        handoff_outcome_at=when,
    )


def consent(p: Participant, *, code: str = "SPD", purposes=("criminal_justice",), **changes) -> Consent:
    values = {
        "participant_id": p.id, "discloser": "LEAD", "information": "Referral outcome and status",
        "recipient": "Police", "recipient_code": code, "purpose": "Coordination", "signed_by": "Sam",
        "signed_on": date(2026, 5, 15), "expires_on": date(2027, 5, 15), "purposes": list(purposes),
        "categories": ["legal_events", "demographics_contact"],
    }  # fmt: skip
    return Consent(**(values | changes))


@pytest.mark.parametrize(
    ("outcome", "changes", "status"),
    [
        (HandoffOutcome.PENDING, {}, OfficerStatus.RECEIVED),
        (HandoffOutcome.MET, {}, OfficerStatus.MET),
        (HandoffOutcome.MET, {"status": ParticipantStatus.ACTIVE}, OfficerStatus.ENGAGED),
        (HandoffOutcome.PENDING, {"status": ParticipantStatus.ENGAGED}, OfficerStatus.ENGAGED),
        (HandoffOutcome.MET, {"status": ParticipantStatus.EXITED, "engaged_on": date(2026, 5, 16),
                              "exited_on": date(2026, 5, 30)}, OfficerStatus.ENGAGED),
        (HandoffOutcome.NOT_LOCATED, {}, OfficerStatus.CLOSED),
        (HandoffOutcome.DECLINED, {}, OfficerStatus.CLOSED),
        (HandoffOutcome.PENDING, {"status": ParticipantStatus.EXITED, "exited_on": date(2026, 5, 30)},
         OfficerStatus.CLOSED),
        (HandoffOutcome.PENDING, {"deleted": True}, OfficerStatus.CLOSED),
    ],
)  # fmt: skip
def test_the_status_everyone_may_know_comes_from_the_records(outcome, changes, status) -> None:
    p = person(**changes)
    assert base_status(sent(p, outcome), p) is status
    assert feedback(sent(p, outcome), p, consents=[], agency=SPD, staff_names={}, on=TODAY).status is status


def test_a_referral_gone_from_the_records_is_closed() -> None:
    assert base_status(None, None) is OfficerStatus.CLOSED


def test_a_consent_naming_the_agency_lets_the_outcome_status_and_case_manager_show() -> None:
    p = person(case_manager="casey", status=ParticipantStatus.REFERRED)
    said = feedback(sent(p, HandoffOutcome.DECLINED), p, consents=[consent(p)], agency=SPD,
                    staff_names={"casey": "Casey Morgan"}, on=TODAY)  # fmt: skip
    assert said.status is OfficerStatus.DECLINED
    assert said.program_status is ParticipantStatus.REFERRED
    assert said.case_manager == "Casey Morgan"
    assert said.items_disclosed == 2


@pytest.mark.parametrize(
    "changes",
    [
        {"code": "KCSO"},  # another agency
        {"purposes": ("treatment_coordination",)},
        {"revoked_on": date(2026, 5, 20)},
        {"expires_on": date(2026, 5, 31)},
        {"categories": ["notes"]},
    ],
)
def test_nothing_more_shows_unless_the_gate_allows_it(changes) -> None:
    p = person(case_manager="casey")
    said = feedback(sent(p, HandoffOutcome.NOT_LOCATED), p, consents=[consent(p, **changes)], agency=SPD,
                    staff_names={"casey": "Casey Morgan"}, on=TODAY)  # fmt: skip
    assert said.status is OfficerStatus.CLOSED
    assert (said.program_status, said.case_manager, said.disclosed) == (None, "", False)
