"""Issue 13's casework records through the real server (SQLite and PostgreSQL): a referral with every
new field, a booking with its release, a service with its cost and an outcome snapshot reach the team's
other laptop exactly, field clocks included, and never another team's; two laptops editing different
fields of one snapshot offline keep both, and the same field becomes a conflict both see."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from leaddesk.domain import IncomeAmount, LegalEvent, OutcomeSnapshot, Participant, Referral, Service
from leaddesk.domain.casework import jail_days
from leaddesk.domain.casework_codes import (
    ChargeLevel,
    Disposition,
    LegalSource,
    ProsecutorDecision,
    ReferralAcceptance,
)
from leaddesk.domain.enums import LegalEventKind, NoYesReason, ReferralDoor, ServiceKind
from leaddesk.domain.outcome_codes import (
    DataCollectionStage,
    DisabilityKind,
    HealthInsurance,
    IncomeSource,
    SubstanceUseDisorder,
)
from leaddesk.storage.conflicts import open_conflicts
from tests.e2e.conftest import converged

AT = datetime(2025, 6, 2, 22, 15, tzinfo=UTC)


def jordan_in(team: str) -> Participant:
    return Participant(first_name="Jordan", last_name="Quill", team_id=team)


def casework(pid: str) -> list[Any]:
    return [
        Referral(
            participant_id=pid, door=ReferralDoor.ARREST_DIVERSION, referred_at=AT,
            referring_officer="Ofc. Lane", officer_badge="2231", agency_code="bpd", precinct="north",
            beat="N2", offence_category="drug-possession", warm_handoff_at=AT + timedelta(minutes=18),
            acceptance=ReferralAcceptance.ACCEPTED, acceptance_on=date(2025, 6, 3),
            prosecutor_decision=ProsecutorDecision.DEFERRED, prosecutor_name="DPA Okafor",
            prosecutor_decided_on=date(2025, 6, 20), prosecutor_note="Held while engaged",
        ),
        LegalEvent(
            participant_id=pid, kind=LegalEventKind.BOOKING, occurred_at=AT,
            released_at=AT + timedelta(days=1, minutes=5), charge_level=ChargeLevel.GROSS_MISDEMEANOR,
            disposition=Disposition.PENDING, source=LegalSource.JAIL_ROSTER,
        ),
        Service(
            participant_id=pid, delivered_on=date(2025, 6, 4), kind=ServiceKind.HOTEL_MOTEL,
            amount=Decimal("89.5"), units=3, funding_source="flex-city",
        ),
        OutcomeSnapshot(
            participant_id=pid, information_date=date(2025, 6, 3), stage=DataCollectionStage.ENTRY,
            income_from_any_source=NoYesReason.YES,
            incomes=[IncomeAmount(source=IncomeSource.SSI, monthly_amount=Decimal("943"))],
            insurance_from_any_source=NoYesReason.YES, insurance=[HealthInsurance.MEDICAID],
            substance_use_disorder=SubstanceUseDisorder.DRUG,
            long_term_impairing=[DisabilityKind.SUBSTANCE_USE],
        ),
    ]  # fmt: skip


def test_casework_records_reach_the_team_exactly_and_only_the_team(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    office.user("sam", "south")
    casey, robin, sam = office.laptop("casey"), office.laptop("robin"), office.laptop("sam")
    jordan = casey.repos.participants.create(jordan_in("north"))
    made = [casey.store.repos.for_entity(r.entity).create(r) for r in casework(jordan.id)]

    casey.sync()
    robin.sync()
    sam.sync()

    converged(casey, robin)
    for record in made:
        repo = robin.store.repos.for_entity(record.entity)
        assert repo.get(record.id) == record
        mine = casey.store.repos.for_entity(record.entity)
        assert repo.field_clocks(record.id) == mine.field_clocks(record.id)
    there = robin.repos.services.get(made[2].id)
    assert str(there.amount) == "89.50"  # to the cent, in its one written form, after two databases
    assert jail_days(robin.repos.legal_events.get(made[1].id), tz=UTC) == 2
    assert robin.repos.referrals.get(made[0].id).warm_handoff_minutes == 18
    assert sam.repos.outcomes.count(include_deleted=True) == 0
    assert sam.repos.referrals.count(include_deleted=True) == 0


def test_a_snapshot_edited_on_two_laptops_keeps_both_fields_and_conflicts_on_one(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = casey.repos.participants.create(jordan_in("north"))
    taken = casey.repos.outcomes.create(casework(jordan.id)[3])
    casey.sync()
    robin.sync()

    # Offline: each changes a different field.
    casey.repos.outcomes.update(taken.id, {"notes": "Says the SSI is back"})
    robin.repos.outcomes.update(taken.id, {"hiv_aids": NoYesReason.NO})
    casey.sync()
    robin.sync()
    casey.sync()
    converged(casey, robin)
    for laptop in (casey, robin):
        both = laptop.repos.outcomes.get(taken.id)
        assert (both.notes, both.hiv_aids) == ("Says the SSI is back", NoYesReason.NO)
        assert not open_conflicts(laptop.store)

    # Offline again: both change the same field; the later wins, the other waits for a person.
    casey.repos.outcomes.update(taken.id, {"employed": NoYesReason.NO})
    robin.store.clock.observe(casey.store.clock.last)
    robin.repos.outcomes.update(taken.id, {"employed": NoYesReason.YES})
    casey.sync()
    report = robin.sync()
    casey.sync()
    assert report.conflicts == 1
    converged(casey, robin)
    for laptop in (casey, robin):
        assert laptop.repos.outcomes.get(taken.id).employed is NoYesReason.YES
        [conflict] = open_conflicts(laptop.store)
        assert (conflict.record_entity, conflict.field) == ("outcome_snapshot", "employed")
        assert {conflict.kept_value, conflict.other_value} == {"0", "1"}


def test_a_merge_that_would_list_income_under_no_income_waits_for_a_person(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = casey.repos.participants.create(jordan_in("north"))
    taken = casey.repos.outcomes.create(casework(jordan.id)[3])  # SSI, income from any source: yes
    casey.sync()
    robin.sync()

    # Casey learns the SSI stopped; Robin, later and unaware, adds day labour to the sources.
    casey.repos.outcomes.update(taken.id, {"income_from_any_source": NoYesReason.NO, "incomes": []})
    robin.store.clock.observe(casey.store.clock.last)
    earned = IncomeAmount(source=IncomeSource.EARNED, monthly_amount=Decimal("300"))
    robin.repos.outcomes.update(taken.id, {"incomes": [*taken.incomes, earned]})
    casey.sync()
    report = robin.sync()
    casey.sync()

    # Merged field by field it would list income under "no income": set aside whole, never applied.
    assert report.conflicts == 1
    converged(casey, robin)
    for laptop in (casey, robin):
        held = laptop.repos.outcomes.get(taken.id)
        assert (held.income_from_any_source, held.incomes) == (NoYesReason.NO, [])
        [conflict] = open_conflicts(laptop.store)
        assert (conflict.record_entity, conflict.field) == ("outcome_snapshot", "")
        assert "income_from_any_source" in conflict.reason
