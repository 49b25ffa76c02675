"""Issue 13's casework rules in the domain: warm hand-off minutes and jail days each computed in one
place, money kept to the cent, the referral's and legal event's cross-field rules, and the outcome
snapshot's answers agreeing with their lists (HMIS 4.02-4.10)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from pydantic import ValidationError

from leaddesk.domain import IncomeAmount, LegalEvent, OutcomeSnapshot, Referral, Service
from leaddesk.domain.casework import JailTime, jail_days, jail_time, warm_handoff_minutes
from leaddesk.domain.casework_codes import HandoffOutcome, ProsecutorDecision, ReferralAcceptance
from leaddesk.domain.enums import LegalEventKind, NoYesReason, ReferralDoor, ServiceKind
from leaddesk.domain.ids import new_id
from leaddesk.domain.outcome_codes import (
    BENEFIT_COLUMNS,
    INCOME_COLUMNS,
    INSURANCE_COLUMNS,
    DataCollectionStage,
    DisabilityKind,
    EmploymentType,
    HealthInsurance,
    IncomeSource,
    NonCashBenefit,
    NotEmployedReason,
    SubstanceUseDisorder,
)
from leaddesk.domain.program import OnCall, ProgramSettings

PID = new_id()
AT = datetime(2025, 3, 4, 23, 50, tzinfo=UTC)
PACIFIC = timezone(timedelta(hours=-8))


def booking(booked: datetime, released: datetime | None) -> LegalEvent:
    kind = LegalEventKind.BOOKING
    return LegalEvent(participant_id=PID, kind=kind, occurred_at=booked, released_at=released)


@pytest.mark.parametrize(
    ("booked", "released", "days"),
    [
        (AT, AT + timedelta(minutes=20), 2),  # 23:50 to 00:10: two calendar days, as jails count
        (AT - timedelta(hours=10), AT, 1),  # in and out the same day: one
        (AT, AT + timedelta(days=3), 4),
    ],
)
def test_jail_days_count_every_calendar_day_touched(booked: datetime, released: datetime, days: int) -> None:
    assert jail_days(booking(booked, released), tz=UTC) == days


def test_jail_days_are_counted_on_the_given_calendar_and_an_open_booking_is_open() -> None:
    # 23:50 to 00:10 UTC is 15:50 to 16:10 in Pacific time: one day there.
    assert jail_days(booking(AT, AT + timedelta(minutes=20)), tz=PACIFIC) == 1
    assert jail_days(booking(AT, None), tz=UTC) is None
    with pytest.raises(ValueError, match="for a booking"):
        jail_days(LegalEvent(participant_id=PID, kind=LegalEventKind.ARREST, occurred_at=AT), tz=UTC)


def test_jail_time_sums_the_closed_stays_and_counts_the_open_ones_apart() -> None:
    events = [
        booking(AT, AT + timedelta(days=2)),  # 3 days
        booking(AT + timedelta(days=30), AT + timedelta(days=30, hours=1)),  # past midnight: 2 days
        booking(AT + timedelta(days=60), None),  # still held
        booking(AT + timedelta(days=90), AT + timedelta(days=99)).with_changes(deleted=True),
        LegalEvent(participant_id=PID, kind=LegalEventKind.COURT_DATE, occurred_at=AT),
    ]
    assert jail_time(events, tz=UTC) == JailTime(days=5, stays=2, open_stays=1)


def test_only_a_booking_has_a_release_and_never_before_it() -> None:
    with pytest.raises(ValidationError, match="released_at: only a booking has a release"):
        LegalEvent(participant_id=PID, kind=LegalEventKind.ARREST, occurred_at=AT, released_at=AT)
    with pytest.raises(ValidationError, match="released_at: the release cannot come before the booking"):
        booking(AT, AT - timedelta(minutes=1))


def test_warm_handoff_minutes_come_from_the_two_times() -> None:
    referral = Referral(
        participant_id=PID, door=ReferralDoor.ARREST_DIVERSION, referred_at=AT,
        warm_handoff_at=AT + timedelta(minutes=42, seconds=59),
    )  # fmt: skip
    assert referral.warm_handoff_minutes == 42
    assert warm_handoff_minutes(AT, None) is None


def test_referral_decisions_carry_dates_only_once_decided() -> None:
    base = {"participant_id": PID, "door": ReferralDoor.ARREST_DIVERSION, "referred_at": AT}
    with pytest.raises(ValidationError, match="acceptance_on: a referral still pending"):
        Referral(**base, acceptance_on=date(2025, 3, 5))
    with pytest.raises(ValidationError, match="prosecutor_decided_on: a decision still pending"):
        Referral(
            **base, prosecutor_decision=ProsecutorDecision.PENDING, prosecutor_decided_on=date(2025, 3, 6)
        )
    fine = Referral(
        **base, acceptance=ReferralAcceptance.ACCEPTED, acceptance_on=date(2025, 3, 5),
        prosecutor_decision=ProsecutorDecision.DECLINED_TO_FILE, prosecutor_decided_on=date(2025, 3, 6),
    )  # fmt: skip
    assert fine.prosecutor_decision is ProsecutorDecision.DECLINED_TO_FILE


def test_a_hand_off_outcome_has_its_time_and_never_before_the_referral() -> None:
    base = {
        "participant_id": PID,
        "door": ReferralDoor.SOCIAL_CONTACT,
        "referred_at": AT,
        "officer_username": "o.reyes",
    }
    assert Referral(**base).from_officer
    assert not Referral(**{**base, "officer_username": ""}).from_officer
    with pytest.raises(ValidationError, match="handoff_outcome_at: a hand-off still pending has no time"):
        Referral(**base, handoff_outcome_at=AT)
    with pytest.raises(ValidationError, match="handoff_outcome_at: a hand-off still pending"):
        Referral(**base, handoff_outcome=HandoffOutcome.NOT_LOCATED)
    with pytest.raises(ValidationError, match="cannot come before the referral"):
        Referral(**base, handoff_outcome=HandoffOutcome.MET, handoff_outcome_at=AT - timedelta(minutes=1))
    met = Referral(**base, handoff_outcome=HandoffOutcome.MET, handoff_outcome_at=AT + timedelta(minutes=20))
    assert met.handoff_outcome is HandoffOutcome.MET


def test_the_team_on_call_for_a_precinct_or_the_programs_default() -> None:
    settings = ProgramSettings(on_call=[OnCall(precinct="N1", team="north")], on_call_default_team="south")
    assert (settings.on_call_team("N1"), settings.on_call_team("S9")) == ("north", "south")
    assert ProgramSettings(on_call=[OnCall(precinct="N1", team="north")]).on_call_team("S9") is None
    with pytest.raises(ValidationError, match="each precinct has one team on call"):
        ProgramSettings(on_call=[OnCall(precinct="N1", team="north"), OnCall(precinct="N1", team="south")])


def test_money_is_kept_to_the_cent_in_one_written_form() -> None:
    service = Service(participant_id=PID, delivered_on=date(2025, 3, 4), kind=ServiceKind.HOTEL_MOTEL,
                      amount="89.5", units=2)  # fmt: skip
    assert service.amount == Decimal("89.50")
    assert service.model_dump(mode="json")["amount"] == "89.50"
    for bad in ("-1", "12.345", "NaN", "lots"):
        with pytest.raises(ValidationError, match="amount"):
            service.with_changes(amount=bad)
    with pytest.raises(ValidationError, match="units"):
        service.with_changes(units=0)


def snapshot(**answers: object) -> OutcomeSnapshot:
    return OutcomeSnapshot(participant_id=PID, information_date=date(2025, 3, 4),
                           stage=DataCollectionStage.ENTRY, **answers)  # fmt: skip


def test_a_snapshot_totals_its_income_and_says_when_it_holds_sud_information() -> None:
    taken = snapshot(
        income_from_any_source=NoYesReason.YES,
        incomes=[IncomeAmount(source=IncomeSource.SSI, monthly_amount=Decimal("943")),
                 IncomeAmount(source=IncomeSource.OTHER, monthly_amount=Decimal("40.25"), detail="Cans")],
        substance_use_disorder=SubstanceUseDisorder.BOTH,
        long_term_impairing=[DisabilityKind.SUBSTANCE_USE],
    )  # fmt: skip
    assert taken.total_monthly_income == Decimal("983.25")
    assert taken.holds_sud
    assert not snapshot(substance_use_disorder=SubstanceUseDisorder.NO).holds_sud
    # The fields that can say so are marked for the disclosure rules; other records mark none.
    assert OutcomeSnapshot.sud_fields == {"substance_use_disorder", "long_term_impairing"}
    assert Service.sud_fields == frozenset()


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"benefits": [NonCashBenefit.SNAP]},
         "benefits_from_any_source: a benefit is listed, so the answer is yes"),
        ({"income_from_any_source": NoYesReason.YES,
          "incomes": [IncomeAmount(source=IncomeSource.SSI, monthly_amount=Decimal(1))] * 2},
         "incomes: each one is listed once"),
        ({"long_term_impairing": [DisabilityKind.MENTAL_HEALTH]}, "only a disability answered yes"),
        ({"substance_use_disorder": SubstanceUseDisorder.NO,
          "long_term_impairing": [DisabilityKind.SUBSTANCE_USE]},
         "only a disability answered yes"),
        ({"employed": NoYesReason.NO, "employment_type": EmploymentType.FULL_TIME}, "employment_type"),
        ({"employed": NoYesReason.YES, "not_employed_reason": NotEmployedReason.UNABLE_TO_WORK},
         "not_employed_reason"),
    ],
)  # fmt: skip
def test_a_snapshot_whose_answers_disagree_with_their_lists_is_refused(
    answers: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        snapshot(**answers)


def test_every_hmis_answer_has_its_csv_column_once() -> None:
    for table, enum in ((INCOME_COLUMNS, IncomeSource), (BENEFIT_COLUMNS, NonCashBenefit),
                        (INSURANCE_COLUMNS, HealthInsurance)):  # fmt: skip
        assert set(table) == set(enum)
        assert len(set(table.values())) == len(table)
