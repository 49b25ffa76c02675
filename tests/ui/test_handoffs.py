"""Today's officers' referrals waiting for the warm hand-off: the model without a view (the clock against
the 30-minute goal, moving with the time), and the page with real widgets over a real profile: the
referral in full, Met — take them on from the keyboard, an outcome refused in the dialog, a possible
duplicate refused or merged."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from leaddesk.desk import Desk
from leaddesk.desk.handoffs import WaitingHandoff
from leaddesk.domain import Participant
from leaddesk.domain.casework_codes import HandoffOutcome
from leaddesk.domain.clock import local_today
from leaddesk.domain.ids import utcnow
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState
from leaddesk.ui.dashboard_cards import CLOCKS, DashboardCards
from leaddesk.ui.display import day
from leaddesk.ui.handoff_dialog import HandoffDialog
from leaddesk.ui.handoff_model import HandoffsModel
from leaddesk.ui.handoff_panel import TICK_MS
from leaddesk.ui.models import ParticipantIdRole, RecordIdRole
from leaddesk.ui.session import Session
from leaddesk.ui.today_page import TodayPage
from leaddesk.ui.workspace import CASELOAD, Workspace
from tests.officer_referral import arrived, officer_referral

ME = "Casey Morgan"
NOW = datetime(2026, 3, 2, 18, 0).astimezone()


def waiting(minutes: int, *, name: str = "Jordan Quill") -> WaitingHandoff:
    _stub, referral = officer_referral(referred_at=NOW - timedelta(minutes=minutes))
    return WaitingHandoff(referral, name, (), date(2026, 4, 1), offer=None)


def test_the_clock_counts_the_minutes_against_the_goal_and_moves_with_the_time(qapp) -> None:
    now = [NOW]
    rows = [waiting(41, name="Ash Reed"), waiting(12)]
    model = HandoffsModel(read=lambda: rows, clock=lambda: now[0])
    model.refresh()
    clock = HandoffsModel.COL_CLOCK

    def shown(row: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.data(model.index(row, clock), role)

    assert [shown(0), shown(1)] == ["41 min — past 30 min", "12 min"]
    assert shown(0, Qt.ItemDataRole.FontRole).bold()
    assert shown(1, Qt.ItemDataRole.FontRole) is None
    assert shown(0, Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(1, 0), RecordIdRole) == rows[1].id
    assert model.data(model.index(1, 0), ParticipantIdRole) == rows[1].participant_id
    assert model.data(model.index(1, HandoffsModel.COL_AGREED)) == "yes"
    assert model.data(model.index(1, HandoffsModel.COL_OFFICER)) == "Ofc. Dana Lane"

    repainted: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(lambda a, b, _r: repainted.append((a.row(), a.column(), b.row(), b.column())))
    now[0] = NOW + timedelta(minutes=19)
    model.tick()

    assert repainted == [(0, clock, 1, clock)]  # the clocks alone, without reading the list again
    assert [shown(0), shown(1)] == ["1 h 00 min — past 30 min", "31 min — past 30 min"]
    assert shown(1, Qt.ItemDataRole.FontRole).bold()


@pytest.fixture
def session(store: Store) -> Session:
    return Session(Desk(store))


def today(qtbot: Any, session: Session) -> TodayPage:
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    with qtbot.waitActive(page):  # for its Alt+letter mnemonics, as in a window with the keyboard
        page.show()
        page.activateWindow()
    return page


def test_today_lists_the_referrals_waiting_and_shows_the_chosen_one_in_full(
    qtbot, store: Store, session: Session
) -> None:
    arrived(store, *officer_referral(first="Ash", referred_at=utcnow() - timedelta(minutes=50)))
    stub, referral = officer_referral(referred_at=utcnow() - timedelta(minutes=12))
    arrived(store, stub, referral)

    page = today(qtbot, session)
    panel = page.handoffs

    assert "(2)" in panel.heading.text()
    assert panel.table.isVisible()
    assert not panel.empty.isVisible()
    assert panel.current() is not None
    assert panel.current().name == "Ash Quill"  # the longest wait first, and chosen
    assert panel.ticker.isActive()
    assert panel.ticker.interval() == TICK_MS
    panel.table.setCurrentIndex(panel.model.index(1, 0))
    assert panel.summary.text() == "Jordan Quill — waiting 12 min"
    assert (
        panel.values["referred_at"]
        .text()
        .endswith(" — Social contact referral, by Ofc. Dana Lane (bpd), north")
    )
    assert panel.values["observed"].text() == referral.observed
    assert panel.values["person_description"].text() == "Tall, grey beard, green backpack"
    assert panel.values["agreed_to_meet"].text() == "yes"
    assert panel.values["officer_contact"].text() == "Radio 2231, cell 555-0100"
    assert (
        panel.values["intake_deadline"]
        .text()
        .startswith(day(referral.referred_at.astimezone().date() + timedelta(days=30)))
    )
    assert not panel.offer_row.isVisible()
    opened: list[str] = []
    page.participant_requested.connect(opened.append)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened == [stub.id]


def finish(qtbot: Any, dialog: HandoffDialog) -> None:
    qtbot.keyClick(dialog.when, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5_000)


def test_met_from_the_keyboard_takes_them_on_and_they_leave_the_list(
    qtbot, store: Store, session: Session
) -> None:
    stub, referral = officer_referral(referred_at=utcnow() - timedelta(minutes=25))
    arrived(store, stub, referral)
    page = today(qtbot, session)
    panel = page.handoffs

    qtbot.keyClick(page, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # "&Met — take them on…"
    qtbot.waitUntil(lambda: panel.dialog is not None)  # a mnemonic clicks with a short animation
    dialog = panel.dialog
    assert dialog is not None
    assert dialog.outcome is HandoffOutcome.MET
    assert "they become your participant" in dialog.about.text()
    finish(qtbot, dialog)

    qtbot.waitUntil(lambda: panel.model.rowCount() == 0, timeout=5_000)
    saved = store.repos.referrals.get(referral.id)
    assert saved.handoff_outcome is HandoffOutcome.MET
    assert saved.warm_handoff_at == saved.handoff_outcome_at
    assert 24 <= (saved.warm_handoff_minutes or 0) <= 26
    assert store.repos.participants.get(stub.id).case_manager == ME
    assert panel.message.text() == "Hand-off saved: Jordan Quill is now your participant."
    assert panel.empty.isVisible()


def test_an_outcome_another_laptop_saved_first_is_refused_in_the_dialog(
    qtbot, store: Store, session: Session
) -> None:
    stub, referral = officer_referral()
    arrived(store, stub, referral)
    page = today(qtbot, session)
    page.handoffs.mark(HandoffOutcome.NOT_LOCATED)
    dialog = page.handoffs.dialog
    assert dialog is not None
    # Meanwhile a sync brings a teammate's outcome.
    store.repos.referrals.update(
        referral.id, {"handoff_outcome": HandoffOutcome.DECLINED, "handoff_outcome_at": utcnow()}
    )

    finish(qtbot, dialog)

    assert dialog.isVisible()
    assert "already been marked" in dialog.error.text()
    assert store.repos.referrals.get(referral.id).handoff_outcome is HandoffOutcome.DECLINED


def known(store: Store, first: str, last: str, **kw: object) -> Participant:
    values: dict[str, object] = {"team_id": "north", "case_manager": "robin", **kw}
    return store.repos.participants.create(Participant(first_name=first, last_name=last, **values))  # type: ignore[arg-type]


def test_someone_already_here_is_offered_and_different_person_is_remembered(
    qtbot, store: Store, session: Session
) -> None:
    known(store, "Sunny", "Reed", aliases=["Jordan Quill"], date_of_birth=date(1979, 3, 14))
    arrived(store, *officer_referral(date_of_birth=date(1979, 3, 14)))
    page = today(qtbot, session)
    panel = page.handoffs

    assert panel.offer_row.isVisible()
    assert panel.offer.text() == (
        "This may be Sunny Reed (the name given is their alias “Jordan Quill”, and the same date of birth). "
        "Their case manager is robin."
    )
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # "Di&fferent person"

    qtbot.waitUntil(lambda: not panel.offer_row.isVisible(), timeout=5_000)
    assert panel.model.rowCount() == 1  # still waiting for its hand-off


def test_same_person_merges_after_asking(qtbot, store: Store, session: Session, monkeypatch) -> None:
    jordan = known(store, "Jordan", "Quill")
    stub, referral = officer_referral(aliases=("Red",))
    arrived(store, stub, referral)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page = today(qtbot, session)
    panel = page.handoffs
    assert panel.merge.isVisible()

    qtbot.mouseClick(panel.merge, Qt.MouseButton.LeftButton)

    assert len(asked) == 1
    assert asked[0].startswith("Move this referral to Jordan Quill's record?")
    qtbot.waitUntil(lambda: panel.message.text().startswith("Merged"), timeout=5_000)
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current().participant_id == jordan.id)
    assert store.repos.participants.get(stub.id, include_deleted=True).deleted
    assert not panel.offer_row.isVisible()
    assert "Red" in store.repos.participants.get(jordan.id).aliases
    QApplication.processEvents()


def test_the_dashboards_clocks_say_what_came_of_the_officers_referrals(qtbot, store: Store) -> None:
    user = EnrolledUser(username="pat", display_name="Pat Quinn", role="supervisor", teams=("north",))
    SyncState(store).save_enrolment(
        Enrolment("https://office.test", "d-1", token="t", ca_bundle=None, user=user)
    )
    desk = Desk(store)
    for first in ("Ash", "Bo"):
        arrived(store, *officer_referral(first=first, referred_at=utcnow() - timedelta(hours=2)))
    desk.handoffs.met(desk.handoffs.waiting()[0].id)
    cards = DashboardCards()
    qtbot.addWidget(cards)

    cards.show_figures(desk.reports.dashboard(start=local_today() - timedelta(days=30), end=local_today()))

    note = cards.cards[CLOCKS].note.text()
    assert "Warm hand-off: 1 of 2 referrals, 0 within 30 minutes." in note
    assert note.endswith("Officers' referrals: 1 met, 0 could not be located, 0 declined, 1 waiting.")


def test_wherever_the_user_is_the_today_entry_counts_the_referrals_and_a_new_one_is_said(
    qtbot, store: Store, session: Session
) -> None:
    arrived(store, *officer_referral(first="Ash"))
    workspace = Workspace(session)
    qtbot.addWidget(workspace)
    said: list[str] = []
    workspace.notice.connect(said.append)
    workspace.show_page(CASELOAD)
    today = workspace.nav.item(1)

    qtbot.waitUntil(lambda: today.text() == "Today (1)")
    assert said == ["1 new referral from officers waiting for the warm hand-off: see Today (Ctrl+2)."]
    arrived(store, *officer_referral(first="Bo"))
    arrived(store, *officer_referral(first="Cy"))
    session.announce_sync()  # as a sync that brought them in does

    assert today.text() == "Today (3)"
    assert said[-1] == "2 new referrals from officers waiting for the warm hand-off: see Today (Ctrl+2)."
    session.apply(session.desk.handoffs.declined(session.desk.handoffs.waiting()[0].id))
    assert today.text() == "Today (2)"
    assert len(said) == 2  # fewer is nothing to announce
