"""Domain rules a case manager relies on: what a record refuses (naming the field), when a consent is
in force, how notes are signed and corrected, how eligibility is decided, and what ids look like."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from leaddesk.domain import (
    Addendum,
    CaseNote,
    Consent,
    Contact,
    Criterion,
    CriterionAnswer,
    CriterionKind,
    EligibilityScreening,
    Participant,
    Referral,
)
from leaddesk.domain.base import LONG_MAX
from leaddesk.domain.consent import is_valid_on, revoke
from leaddesk.domain.eligibility import DEFAULT_CRITERIA, decide, record_decision
from leaddesk.domain.enums import ConsentKind, ContactKind, EligibilityDecision, ParticipantStatus
from leaddesk.domain.errors import ConsentIrrevocable, DomainError, NoteSigned
from leaddesk.domain.ids import is_id, new_id, utcnow
from leaddesk.domain.notes import ensure_editable, new_addendum, sign_note

PID = new_id()
AT = datetime(2024, 5, 1, 15, 30, tzinfo=UTC)


def field_of(exc: ValidationError) -> str:
    """The field an error is about: its location, or the 'field: …' prefix a model-level rule uses."""
    error = exc.errors()[0]
    if error["loc"]:
        return str(error["loc"][0])
    return str(error["msg"]).removeprefix("Value error, ").split(":", 1)[0]


def refused(model: type[Any], **data: Any) -> str:
    with pytest.raises(ValidationError) as caught:
        model(**data)
    return field_of(caught.value)


# -- consent ----------------------------------------------------------------------------------------


def consent_data(**overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "participant_id": PID,
        "discloser": "LEAD case management team",
        "information": "Attendance at treatment intake and engagement status",
        "recipient": "King County Prosecuting Attorney's Office",
        "purpose": "Coordinate diversion of the pending charge",
        "expires_on": date(2025, 1, 1),
        "signed_by": "Jordan Quill",
        "signed_on": date(2024, 1, 1),
    }
    data.update(overrides)
    return data


def test_a_complete_consent_is_accepted() -> None:
    consent = Consent(**consent_data())
    assert consent.kind is ConsentKind.GENERAL
    assert consent.revocation_right  # the standard revocation text is filled in


@pytest.mark.parametrize("field", ["recipient", "purpose", "information", "discloser", "signed_by"])
def test_a_consent_without_a_required_element_is_refused(field: str) -> None:
    data = consent_data()
    del data[field]
    assert refused(Consent, **data) == field
    assert refused(Consent, **consent_data(**{field: "   "})) == field


def test_a_consent_needs_an_expiry_date_or_event() -> None:
    assert refused(Consent, **consent_data(expires_on=None)) == "expires_on"
    assert Consent(**consent_data(expires_on=None, expiry_event="End of the LEAD episode")).expires_on is None


@pytest.mark.parametrize(
    "information",
    [
        "Any and all records",
        "any  AND  all information held",
        "All records of the program",
        "all information",
    ],
)
def test_a_blanket_scope_of_information_is_refused(information: str) -> None:
    assert refused(Consent, **consent_data(information=information)) == "information"


def test_an_expiry_before_the_signature_is_refused() -> None:
    assert refused(Consent, **consent_data(expires_on=date(2023, 12, 31))) == "expires_on"


def test_consent_is_valid_from_signature_to_expiry() -> None:
    consent = Consent(**consent_data())
    assert not is_valid_on(consent, date(2023, 12, 31))
    assert is_valid_on(consent, date(2024, 1, 1))
    assert is_valid_on(consent, date(2025, 1, 1))
    assert not is_valid_on(consent, date(2025, 1, 2))


def test_consent_stops_on_the_day_it_is_revoked() -> None:
    consent = Consent(**consent_data(revoked_on=date(2024, 6, 1)))
    assert is_valid_on(consent, date(2024, 5, 31))
    assert not is_valid_on(consent, date(2024, 6, 1))
    assert not is_valid_on(consent, date(2024, 7, 1))


def test_consent_with_an_expiry_event_ends_when_the_event_occurs() -> None:
    consent = Consent(**consent_data(expires_on=None, expiry_event="Case closed"))
    assert is_valid_on(consent, date(2030, 1, 1))
    assert not is_valid_on(consent, date(2030, 1, 1), expiry_event_occurred=True)


def test_a_deleted_consent_is_never_valid() -> None:
    consent = Consent(**consent_data(deleted=True))
    assert not is_valid_on(consent, date(2024, 6, 1))


def test_general_consent_can_be_revoked_and_not_twice() -> None:
    consent = Consent(**consent_data())
    revoked = revoke(consent, on=date(2024, 3, 1))
    assert revoked.revoked_on == date(2024, 3, 1)
    assert consent.revoked_on is None  # the original is left as it was
    assert not is_valid_on(revoked, date(2024, 3, 2))
    with pytest.raises(DomainError):
        revoke(revoked, on=date(2024, 4, 1))


def test_criminal_justice_consent_is_irrevocable_during_its_period_only() -> None:
    consent = Consent(**consent_data(kind=ConsentKind.CRIMINAL_JUSTICE, irrevocable_until=date(2024, 7, 1)))
    with pytest.raises(ConsentIrrevocable, match="2024-07-01"):
        revoke(consent, on=date(2024, 6, 30))
    assert revoke(consent, on=date(2024, 8, 1)).revoked_on == date(2024, 8, 1)


def test_a_consent_revoked_inside_its_irrevocable_period_is_refused() -> None:
    data = consent_data(
        kind=ConsentKind.CRIMINAL_JUSTICE, irrevocable_until=date(2024, 7, 1), revoked_on=date(2024, 2, 1)
    )
    assert refused(Consent, **data) == "revoked_on"


def test_general_consent_cannot_have_an_irrevocable_period() -> None:
    data = consent_data(kind=ConsentKind.GENERAL, irrevocable_until=date(2024, 7, 1))
    assert refused(Consent, **data) == "irrevocable_until"


def test_revoking_before_the_signature_is_refused() -> None:
    consent = Consent(**consent_data(signed_on=date(2024, 6, 1)))
    with pytest.raises((ValidationError, DomainError)):
        revoke(consent, on=date(2024, 1, 1))


# -- participant ------------------------------------------------------------------------------------


def person(**overrides: Any) -> dict[str, Any]:
    return {"first_name": "Jordan", "last_name": "Quill", "team_id": "north", **overrides}


@pytest.mark.parametrize("field", ["first_name", "last_name", "team_id"])
def test_names_are_required(field: str) -> None:
    data = person()
    del data[field]
    assert refused(Participant, **data) == field
    assert refused(Participant, **person(**{field: "  "})) == field


def test_names_are_trimmed() -> None:
    assert Participant(**person(first_name="  Jordan ")).first_name == "Jordan"


def test_date_of_birth_in_the_future_is_refused() -> None:
    tomorrow = utcnow().date() + timedelta(days=1)
    assert refused(Participant, **person(date_of_birth=tomorrow)) == "date_of_birth"


def test_date_of_birth_before_1900_is_refused() -> None:
    assert refused(Participant, **person(date_of_birth=date(1899, 12, 31))) == "date_of_birth"
    assert Participant(**person(date_of_birth=date(1900, 1, 1))).date_of_birth == date(1900, 1, 1)


def test_an_exited_participant_needs_an_exit_date() -> None:
    assert refused(Participant, **person(status=ParticipantStatus.EXITED)) == "exited_on"
    exited = Participant(**person(status=ParticipantStatus.EXITED, exited_on=date(2024, 5, 1)))
    assert exited.exited_on == date(2024, 5, 1)


def test_an_exit_before_engagement_is_refused() -> None:
    data = person(engaged_on=date(2024, 5, 1), exited_on=date(2024, 4, 1))
    assert refused(Participant, **data) == "exited_on"


def test_assignment_is_validated_too() -> None:
    participant = Participant(**person())
    with pytest.raises(ValidationError) as caught:
        participant.last_name = ""
    assert field_of(caught.value) == "last_name"


def test_unknown_fields_are_refused() -> None:
    assert refused(Participant, **person(nickname="JQ")) == "nickname"


# -- referral and contact ---------------------------------------------------------------------------


def test_a_referral_door_outside_the_three_is_refused() -> None:
    for door in ("arrest_diversion", "social_contact", "community"):
        assert Referral(participant_id=PID, door=door, referred_at=AT).door == door
    assert refused(Referral, participant_id=PID, door="walk_in", referred_at=AT) == "door"


def test_a_time_without_a_zone_is_refused() -> None:
    assert refused(Referral, participant_id=PID, door="community", referred_at=AT.replace(tzinfo=None)) == (
        "referred_at"
    )


def test_a_warm_handoff_before_the_referral_is_refused() -> None:
    data = {"participant_id": PID, "door": "community", "referred_at": AT}
    assert refused(Referral, **data, warm_handoff_at=AT - timedelta(minutes=5)) == "warm_handoff_at"


def test_coordinates_come_in_pairs() -> None:
    base = {"participant_id": PID, "occurred_at": AT, "kind": ContactKind.STREET}
    assert refused(Contact, **base, latitude=47.6) == "latitude"
    assert refused(Contact, **base, longitude=-122.3) == "latitude"
    assert refused(Contact, **base, latitude=95.0, longitude=-122.3) == "latitude"
    both = Contact(**base, latitude=47.6, longitude=-122.3)
    assert (both.latitude, both.longitude) == (47.6, -122.3)


# -- notes ------------------------------------------------------------------------------------------


def test_a_note_section_is_limited_to_20k_characters() -> None:
    assert len(CaseNote(participant_id=PID, data="x" * LONG_MAX).data) == 20_000
    assert refused(CaseNote, participant_id=PID, assessment="x" * 100_000) == "assessment"
    assert refused(CaseNote, participant_id=PID, plan="x" * (LONG_MAX + 1)) == "plan"


def test_an_empty_note_cannot_be_signed() -> None:
    note = CaseNote(participant_id=PID, data="  \n ", assessment="", plan="\t")
    with pytest.raises(DomainError, match="empty"):
        sign_note(note, by="Casey Morgan", at=AT)


def test_a_signed_note_cannot_be_signed_again_or_edited() -> None:
    note = CaseNote(participant_id=PID, data="Met at the shelter.", plan="Call about ID on Monday.")
    ensure_editable(note)  # an unsigned note can be edited
    signed = sign_note(note, by=" Casey Morgan ", at=AT)
    assert (signed.signed_by, signed.signed_at, signed.updated_at) == ("Casey Morgan", AT, AT)
    assert signed.is_signed
    assert not note.is_signed
    with pytest.raises(NoteSigned) as caught:
        ensure_editable(signed)
    assert caught.value.note_id == note.id
    with pytest.raises(NoteSigned):
        sign_note(signed, by="Casey Morgan", at=AT)


def test_signing_with_a_time_without_zone_is_refused() -> None:
    note = CaseNote(participant_id=PID, data="Met at the shelter.")
    with pytest.raises(ValueError, match="time zone"):
        sign_note(note, by="Casey Morgan", at=AT.replace(tzinfo=None))


def test_a_note_is_signed_by_a_named_person() -> None:
    note = CaseNote(participant_id=PID, data="Met at the shelter.")
    with pytest.raises(DomainError):
        sign_note(note, by="   ", at=AT)


def test_a_half_signature_is_refused() -> None:
    assert refused(CaseNote, participant_id=PID, data="x", signed_by="Casey") == "signed_by"
    assert refused(CaseNote, participant_id=PID, data="x", signed_at=AT) == "signed_by"


def test_an_addendum_only_on_a_signed_note() -> None:
    note = CaseNote(participant_id=PID, data="Met at the shelter.")
    with pytest.raises(DomainError, match="signed"):
        new_addendum(note, text="Correction: it was Tuesday.", by="Casey Morgan", at=AT)
    signed = sign_note(note, by="Casey Morgan", at=AT)
    later = AT + timedelta(hours=1)
    addendum = new_addendum(signed, text="Correction: it was Tuesday.", by="Casey Morgan", at=later)
    assert (addendum.note_id, addendum.participant_id) == (note.id, PID)
    assert (addendum.signed_by, addendum.signed_at, addendum.text) == (
        "Casey Morgan",
        later,
        "Correction: it was Tuesday.",
    )
    with pytest.raises(ValidationError) as caught:
        new_addendum(signed, text="   ", by="Casey Morgan", at=later)
    assert field_of(caught.value) == "text"


def test_a_deleted_note_takes_no_addendum() -> None:
    signed = sign_note(CaseNote(participant_id=PID, data="x"), by="Casey", at=AT)
    with pytest.raises(DomainError):
        new_addendum(signed.model_copy(update={"deleted": True}), text="more", by="Casey", at=AT)


def test_addendum_fields_are_immutable() -> None:
    assert {"note_id", "text", "signed_by", "signed_at"} <= Addendum.immutable_fields


# -- eligibility ------------------------------------------------------------------------------------

CRITERIA = [
    Criterion(key="adult", question="Is the person 18 or older?", kind=CriterionKind.REQUIRED),
    Criterion(key="over_quantity", question="Above the site's limit?", kind=CriterionKind.EXCLUSION),
]


def answers(**given: bool | None) -> list[CriterionAnswer]:
    return [CriterionAnswer(key=k, answer=v) for k, v in given.items()]


def test_decision_is_pending_while_a_criterion_is_unanswered() -> None:
    assert decide(CRITERIA, []) is EligibilityDecision.PENDING
    assert decide(CRITERIA, answers(adult=True)) is EligibilityDecision.PENDING
    assert decide(CRITERIA, answers(adult=True, over_quantity=None)) is EligibilityDecision.PENDING


def test_not_eligible_on_an_exclusion_yes_or_a_requirement_no() -> None:
    assert decide(CRITERIA, answers(adult=True, over_quantity=True)) is EligibilityDecision.NOT_ELIGIBLE
    assert decide(CRITERIA, answers(adult=False, over_quantity=False)) is EligibilityDecision.NOT_ELIGIBLE
    # A disqualifying answer decides even while other criteria are still open.
    assert decide(CRITERIA, answers(over_quantity=True)) is EligibilityDecision.NOT_ELIGIBLE
    assert decide(CRITERIA, answers(adult=False)) is EligibilityDecision.NOT_ELIGIBLE


def test_eligible_when_every_criterion_is_clear() -> None:
    assert decide(CRITERIA, answers(adult=True, over_quantity=False)) is EligibilityDecision.ELIGIBLE
    clear = [CriterionAnswer(key=c.key, answer=c.kind is CriterionKind.REQUIRED) for c in DEFAULT_CRITERIA]
    assert decide(DEFAULT_CRITERIA, clear) is EligibilityDecision.ELIGIBLE
    assert decide(DEFAULT_CRITERIA, clear[:-1]) is EligibilityDecision.PENDING


def test_record_decision_records_who_and_when() -> None:
    screening = EligibilityScreening(participant_id=PID, answers=answers(adult=True, over_quantity=False))
    decided = record_decision(screening, criteria=CRITERIA, by="Officer Reyes", at=AT)
    assert (decided.decision, decided.decided_by, decided.decided_at) == (
        EligibilityDecision.ELIGIBLE,
        "Officer Reyes",
        AT,
    )
    refused_one = EligibilityScreening(participant_id=PID, answers=answers(adult=False))
    decided = record_decision(refused_one, criteria=CRITERIA, by="Officer Reyes", at=AT)
    assert (decided.decision, decided.decided_by, decided.decided_at) == (
        EligibilityDecision.NOT_ELIGIBLE,
        "Officer Reyes",
        AT,
    )


def test_record_decision_refuses_a_decision_by_nobody() -> None:
    screening = EligibilityScreening(participant_id=PID, answers=answers(adult=True, over_quantity=False))
    with pytest.raises(ValueError, match="decided_by"):
        record_decision(screening, criteria=CRITERIA, by="", at=AT)


def test_a_pending_screening_records_no_decider() -> None:
    screening = EligibilityScreening(
        participant_id=PID,
        answers=answers(adult=True),
        decision=EligibilityDecision.ELIGIBLE,
        decided_by="Officer Reyes",
        decided_at=AT,
    )
    pending = record_decision(screening, criteria=CRITERIA, by="Someone Else", at=AT)
    assert (pending.decision, pending.decided_by, pending.decided_at) == (
        EligibilityDecision.PENDING,
        "",
        None,
    )


def test_a_decision_without_who_decided_is_refused() -> None:
    data = {"participant_id": PID, "decision": EligibilityDecision.ELIGIBLE, "decided_at": AT}
    assert refused(EligibilityScreening, **data) == "decided_by"
    twice = answers(adult=True) + answers(adult=False)
    assert refused(EligibilityScreening, participant_id=PID, answers=twice) == "answers"


# -- ids --------------------------------------------------------------------------------------------


def test_ids_are_valid_uuidv7() -> None:
    for _ in range(200):
        text = new_id()
        parsed = uuid.UUID(text)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text
        assert is_id(text)
    assert not is_id("not-an-id")
    assert not is_id(new_id().upper())


def test_ids_carry_their_time_and_sort_by_it() -> None:
    start = 1_700_000_000_000
    ids = [new_id(unix_ms=start + step) for step in (0, 1, 2, 1000, 86_400_000, 10**9)]
    assert ids == sorted(ids)
    assert [uuid.UUID(i).int >> 80 for i in ids] == [
        start,
        start + 1,
        start + 2,
        start + 1000,
        start + 86_400_000,
        start + 10**9,
    ]
    before = int(utcnow().timestamp() * 1000)
    made = uuid.UUID(new_id()).int >> 80
    after = int(utcnow().timestamp() * 1000)
    assert before - 1 <= made <= after + 1


def test_ids_made_in_one_millisecond_differ() -> None:
    ids = {new_id(unix_ms=1_700_000_000_000) for _ in range(1000)}
    assert len(ids) == 1000


def test_records_get_fresh_ids() -> None:
    first, second = Participant(**person()), Participant(**person())
    assert first.id != second.id
    assert is_id(first.id)
    assert refused(Participant, **person(id="123")) == "id"
