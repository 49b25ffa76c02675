"""Issue 13's casework forms driven through their real widgets: the referral's program lists (codes
stored, labels shown, free text where the program has no list), the prosecutor's decision and the
computed warm hand-off; a booking's release and its jail days; a service's cost; outcome snapshots,
the next one started from the latest."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from leaddesk.desk import Desk
from leaddesk.domain import IncomeAmount, OutcomeSnapshot, Participant
from leaddesk.domain.casework_codes import ChargeLevel, ProsecutorDecision, ReferralAcceptance
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import LegalEventKind, NoYesReason, ReferralDoor, ServiceKind
from leaddesk.domain.outcome_codes import (
    DataCollectionStage,
    IncomeSource,
    NonCashBenefit,
    SubstanceUseDisorder,
)
from leaddesk.domain.program import CatalogueEntry, ProgramSettings
from leaddesk.storage.store import Store
from leaddesk.ui.participant.legal_tab import LegalTab
from leaddesk.ui.participant.outcomes_tab import OutcomesTab
from leaddesk.ui.participant.screening_tab import ScreeningTab
from leaddesk.ui.participant.services_tab import ServicesTab
from leaddesk.ui.session import Session
from tests.ui.test_record_tabs import choose, table_texts

PROGRAM = ProgramSettings(
    intake_deadline_days=14,
    precincts=[CatalogueEntry(code="north", label="North Precinct"),
               CatalogueEntry(code="old-west", label="Old West Precinct", retired=True)],
    referring_agencies=[CatalogueEntry(code="bpd", label="Bellmoor Police Department")],
)  # fmt: skip


@pytest.fixture
def session(qapp, store: Store) -> Session:
    return Session(Desk(store))


def referral_form(qtbot, session: Session, participant: Participant):  # type: ignore[no-untyped-def]
    tab = ScreeningTab(session, participant.id)
    qtbot.addWidget(tab)
    form = tab.referral.form()
    qtbot.addWidget(form)
    choose(form, "door", ReferralDoor.ARREST_DIVERSION)
    referred = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=3)
    form.editors["referred_at"].set_value(referred)
    form.editors["warm_handoff_at"].set_value(referred + timedelta(minutes=47))
    return tab, form


def test_a_referral_offers_the_programs_lists_and_stores_their_codes(
    qtbot, session: Session, participant: Participant, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What the office server sends is developer B's part; here the program's settings are given.
    monkeypatch.setattr(session.desk.program, "settings", lambda: PROGRAM)
    tab, form = referral_form(qtbot, session, participant)
    assert form.editors["intake_deadline"].value() == local_today() + timedelta(days=14)  # the program's
    precinct = form.editors["precinct"].combo
    offered = [precinct.itemText(i) for i in range(precinct.count())]
    assert offered == ["North Precinct"]  # the retired one is not offered
    precinct.setCurrentIndex(0)
    form.editors["agency_code"].combo.setEditText("Bellmoor Police Department")
    qtbot.keyClicks(form.editors["referring_officer"].line, "Ofc. Lane")
    qtbot.keyClicks(form.editors["officer_badge"].line, "2231")
    choose(form, "acceptance", ReferralAcceptance.ACCEPTED)
    form.editors["acceptance_on"].set_value(local_today())
    choose(form, "prosecutor_decision", ProsecutorDecision.DEFERRED)
    qtbot.keyClicks(form.editors["prosecutor_name"].line, "DPA Okafor")
    form.accept()
    assert form.error.text() == ""

    [stored] = session.desk._store.repos.referrals.find(participant_id=participant.id)
    assert (stored.precinct, stored.agency_code, stored.officer_badge) == ("north", "bpd", "2231")
    assert stored.acceptance is ReferralAcceptance.ACCEPTED
    assert stored.prosecutor_decision is ProsecutorDecision.DEFERRED
    assert stored.warm_handoff_minutes == 47
    shown = tab.referral.values
    assert shown["precinct"].text() == "North Precinct"
    assert shown["referring_agency"].text() == "Bellmoor Police Department"
    assert shown["referring_officer"].text() == "Ofc. Lane, badge 2231"
    assert "47 min after the referral" in shown["warm_handoff_at"].text()
    assert shown["prosecutor_decision"].text() == "Filing deferred · DPA Okafor"
    # A retired precinct on a record still reads as its label.
    session.update("referral", stored.id, {"precinct": "old-west"})
    assert tab.referral.values["precinct"].text() == "Old West Precinct"


def test_without_program_lists_a_referral_takes_typed_text(
    qtbot, session: Session, participant: Participant
) -> None:
    tab, form = referral_form(qtbot, session, participant)
    assert form.editors["precinct"].combo.count() == 0  # the default program has no list yet
    form.editors["precinct"].combo.setEditText("Fourth Precinct")
    form.editors["offence_category"].combo.setEditText("Trespass")
    form.editors["acceptance_on"].set_value(local_today())  # disabled while pending: not saved
    form.accept()
    [stored] = session.desk._store.repos.referrals.find(participant_id=participant.id)
    assert (stored.precinct, stored.offence_category) == ("Fourth Precinct", "Trespass")
    assert stored.acceptance_on is None
    assert stored.prosecutor_decision is None  # "no case went to a prosecutor" is the first choice
    assert tab.referral.values["offence_category"].text() == "Trespass"


def test_a_booking_carries_its_release_and_shows_its_jail_days(
    qtbot, session: Session, participant: Participant
) -> None:
    tab = LegalTab(session, participant.id)
    qtbot.addWidget(tab)
    form = tab.add_form()
    kinds = form.editors["kind"].values
    assert LegalEventKind.RELEASE not in kinds  # a release goes on its booking now
    choose(form, "kind", LegalEventKind.ARREST)
    assert not form.editors["released_at"].widget.isEnabled()
    choose(form, "kind", LegalEventKind.BOOKING)
    assert form.editors["released_at"].widget.isEnabled()
    nine = datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
    booked = nine - timedelta(days=3)
    form.editors["occurred_at"].set_value(booked)
    form.editors["released_at"].set_value(booked + timedelta(days=2))
    choose(form, "charge_level", ChargeLevel.MISDEMEANOR)
    form.accept()
    assert form.error.text() == ""
    [stored] = session.desk._store.repos.legal_events.find(participant_id=participant.id)
    assert stored.released_at == booked + timedelta(days=2)
    assert table_texts(tab, 2) == ["3"]  # three calendar days touched
    assert table_texts(tab, 3) == ["Misdemeanor"]
    assert tab.summary.text() == "No upcoming court dates. · 3 jail days over 1 booking"

    edit = tab.edit_form(stored)
    edit.editors["released_at"].set_value(booked - timedelta(hours=1))
    edit.accept()
    assert edit.error.text() == "Released: the release cannot come before the booking"


def test_a_service_records_its_cost_and_refuses_what_is_no_amount(
    qtbot, session: Session, participant: Participant
) -> None:
    tab = ServicesTab(session, participant.id)
    qtbot.addWidget(tab)
    form = tab.add_form()
    choose(form, "kind", ServiceKind.HOTEL_MOTEL)
    qtbot.keyClicks(form.editors["amount"].line, "lots")
    before = session.desk._store.repos.outbox.count()
    form.accept()
    assert form.error.text() == "Amount: an amount in dollars and cents, such as 12.50"
    assert session.desk._store.repos.outbox.count() == before
    form.editors["amount"].line.setText("$1,045.5")
    qtbot.keyClicks(form.editors["units"].line, "3")
    form.editors["funding_source"].combo.setEditText("City flex funds")
    form.accept()
    [stored] = session.desk._store.repos.services.find(participant_id=participant.id)
    assert (stored.amount, stored.units, stored.funding_source) == (Decimal("1045.50"), 3, "City flex funds")
    assert table_texts(tab, 4) == ["1,045.50 (3 units)"]
    assert "1,045.50 spent" in tab.summary.text()


def test_an_outcome_snapshot_is_taken_and_the_next_starts_from_it(
    qtbot, session: Session, participant: Participant
) -> None:
    tab = OutcomesTab(session, participant.id)
    qtbot.addWidget(tab)
    form = tab.add_form()
    assert form.editors["stage"].value() is DataCollectionStage.ENTRY
    choose(form, "income_from_any_source", NoYesReason.YES)
    incomes = form.editors["incomes"]
    ssi = next(row for row in incomes.rows if row[0] is IncomeSource.SSI)
    ssi[1].setChecked(True)
    qtbot.keyClicks(ssi[2], "943")
    choose(form, "substance_use_disorder", SubstanceUseDisorder.BOTH)
    form.accept()
    assert form.error.text() == ""
    [first] = session.desk._store.repos.outcomes.find(participant_id=participant.id)
    assert first.incomes == [IncomeAmount(source=IncomeSource.SSI, monthly_amount=Decimal("943.00"))]
    assert table_texts(tab, 2) == ["943.00"]

    review = tab.add_form()
    assert review.editors["stage"].value() is DataCollectionStage.REVIEW
    assert review.editors["substance_use_disorder"].value() is SubstanceUseDisorder.BOTH
    assert review.editors["incomes"].value() == first.incomes
    choose(review, "employed", NoYesReason.NO)
    review.accept()
    assert review.error.text() == ""
    rows = session.desk._store.repos.outcomes.find(participant_id=participant.id)
    assert [type(r) for r in rows] == [OutcomeSnapshot, OutcomeSnapshot]
    assert {r.employed for r in rows} == {NoYesReason.NOT_COLLECTED, NoYesReason.NO}
    assert "2 snapshots · latest: Review" in tab.summary.text()


def test_editing_one_answer_of_a_snapshot_changes_that_field_alone(
    qtbot, session: Session, participant: Participant
) -> None:
    """An untouched list (sources, benefits) is no change: re-stamping it would make a conflict of
    every concurrent edit on another laptop."""
    taken = session.create(OutcomeSnapshot(
        participant_id=participant.id, information_date=date(2025, 6, 3), stage=DataCollectionStage.ENTRY,
        income_from_any_source=NoYesReason.YES,
        incomes=[IncomeAmount(source=IncomeSource.OTHER, monthly_amount=Decimal("40"), detail="Cans"),
                 IncomeAmount(source=IncomeSource.SSI, monthly_amount=Decimal("943"))],
        benefits_from_any_source=NoYesReason.YES, benefits=[NonCashBenefit.OTHER, NonCashBenefit.SNAP],
    ))  # fmt: skip
    repo = session.desk._store.repos.outcomes
    before = repo.field_clocks(taken.id)
    tab = OutcomesTab(session, participant.id)
    qtbot.addWidget(tab)
    edit = tab.edit_form(repo.get(taken.id))
    qtbot.keyClicks(edit.editors["notes"].text, "Asked about SSDI")
    edit.accept()
    assert edit.error.text() == ""
    after = repo.field_clocks(taken.id)
    assert {f for f in after if after[f] != before.get(f)} == {"notes", "updated_at"}
