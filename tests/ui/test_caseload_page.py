"""The caseload page driven through its real widgets: filtering as you type, status, mine/team/all,
overdue only, sorting, opening a participant, and creating one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from leaddesk.desk import Desk
from leaddesk.domain import Contact, Participant
from leaddesk.domain.enums import ContactKind, ParticipantStatus
from leaddesk.storage.store import Store
from leaddesk.ui.caseload_model import COL_DAYS, COL_NAME, ParticipantIdRole
from leaddesk.ui.caseload_page import ALL, DEBOUNCE_MS, MINE, TEAM, TEAMS_KEY, CaseloadPage
from leaddesk.ui.new_participant import NewParticipantDialog
from leaddesk.ui.session import Session

ME = "Casey Morgan"  # the store fixture's profile name is the session user


def add(store: Store, first: str, last: str, **kw: object) -> Participant:
    values: dict[str, object] = {"team_id": "north", "case_manager": ME, **kw}
    return store.repos.participants.create(Participant(first_name=first, last_name=last, **values))  # type: ignore[arg-type]


def seen(store: Store, person: Participant, days_ago: int) -> None:
    store.repos.contacts.create(
        Contact(
            participant_id=person.id,
            occurred_at=datetime.now(UTC) - timedelta(days=days_ago),
            kind=ContactKind.STREET,
        )
    )


def names(page: CaseloadPage) -> list[str]:
    model = page.model
    return [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]


@pytest.fixture
def people(store: Store) -> dict[str, Participant]:
    found = {
        "quill": add(store, "Jordan", "Quill", aliases=["Sparrow"], status=ParticipantStatus.ACTIVE),
        "stone": add(store, "Maria", "Stone", status=ParticipantStatus.ENGAGED),
        "ash": add(store, "Lee", "Ash", case_manager="Robin Ash"),  # same team, someone else's
        "birch": add(store, "Kim", "Birch", case_manager="Robin Ash", team_id="south"),
    }
    seen(store, found["quill"], 2)
    seen(store, found["stone"], 30)
    return found


@pytest.fixture
def page(qtbot, store: Store, people: dict[str, Participant]) -> CaseloadPage:
    widget = CaseloadPage(Session(Desk(store)))
    qtbot.addWidget(widget)
    widget.show()
    widget.scope.setCurrentIndex(widget.scope.findData(ALL))
    return widget


def test_typing_filters_by_name_or_alias_after_a_pause(qtbot, page: CaseloadPage) -> None:
    assert len(names(page)) == 4
    qtbot.keyClicks(page.filter_edit, "spar")
    assert len(names(page)) == 4  # not yet: the filter waits for a pause in typing
    qtbot.waitUntil(lambda: names(page) == ["Quill, Jordan"], timeout=DEBOUNCE_MS * 10)
    page.filter_edit.clear()
    qtbot.keyClicks(page.filter_edit, "mar sto")
    qtbot.waitUntil(lambda: names(page) == ["Stone, Maria"], timeout=DEBOUNCE_MS * 10)
    assert page.count_label.text().startswith("1 participant")


def test_status_filter(qtbot, page: CaseloadPage) -> None:
    page.status.setCurrentIndex(page.status.findData(ParticipantStatus.ENGAGED))
    assert names(page) == ["Stone, Maria"]
    page.status.setCurrentIndex(0)
    assert len(names(page)) == 4


def test_mine_team_and_everyone(qtbot, page: CaseloadPage, store: Store) -> None:
    page.scope.setCurrentIndex(page.scope.findData(MINE))
    assert names(page) == ["Quill, Jordan", "Stone, Maria"]
    page.scope.setCurrentIndex(page.scope.findData(TEAM))  # the teams of my own participants: north
    assert names(page) == ["Ash, Lee", "Quill, Jordan", "Stone, Maria"]
    page.session.set_setting(TEAMS_KEY, ["south"])  # a configured team list wins
    page.refresh()
    assert names(page) == ["Birch, Kim"]
    page.scope.setCurrentIndex(page.scope.findData(ALL))
    assert len(names(page)) == 4
    assert page.session.setting("caseload.scope") == ALL  # remembered for next time


def test_overdue_only_and_the_count(qtbot, page: CaseloadPage) -> None:
    assert page.count_label.text() == "4 participants · 3 not seen in 14 days"
    page.overdue.click()
    assert names(page) == ["Ash, Lee", "Birch, Kim", "Stone, Maria"]
    row = names(page).index("Stone, Maria")
    assert page.model.data(page.model.index(row, COL_DAYS)) == "30"
    assert page.model.data(page.model.index(row, COL_DAYS), Qt.ItemDataRole.DecorationRole) is not None
    assert page.count_label.text() == "3 participants not seen in 14 days"


def test_sorting_by_clicking_a_header_runs_in_the_query(qtbot, page: CaseloadPage) -> None:
    header = page.table.horizontalHeader()
    page.table.sortByColumn(COL_DAYS, Qt.SortOrder.DescendingOrder)
    # Longest unseen first; never seen counts as the longest.
    assert names(page)[-2:] == ["Stone, Maria", "Quill, Jordan"]
    name_header = QPoint(header.sectionViewportPosition(COL_NAME) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=name_header)
    assert names(page) == ["Ash, Lee", "Birch, Kim", "Quill, Jordan", "Stone, Maria"]
    assert page.session.setting("caseload.sort") == [COL_NAME, False]


def test_enter_opens_the_participant(qtbot, page: CaseloadPage, people: dict[str, Participant]) -> None:
    qtbot.keyClicks(page.filter_edit, "quill")
    with qtbot.waitSignal(page.participant_requested, timeout=1000) as opened:
        qtbot.keyClick(page.filter_edit, Qt.Key.Key_Return)  # Enter in the box opens the first match
    assert opened.args == [people["quill"].id]

    page.filter_edit.clear()
    page.apply_filter()
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_Down)  # Down goes to the list, still on the one opened
    assert page.table.currentIndex().data(ParticipantIdRole) == people["quill"].id
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    expected = page.table.currentIndex().data(ParticipantIdRole)
    with qtbot.waitSignal(page.participant_requested, timeout=1000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [expected]


def test_double_click_opens_the_participant(qtbot, page: CaseloadPage) -> None:
    row = names(page).index("Stone, Maria")
    rect = page.table.visualRect(page.model.index(row, COL_NAME))
    viewport = page.table.viewport()
    with qtbot.waitSignal(page.participant_requested, timeout=1000) as opened:
        # A real double-click is a press and release, then the double-click event.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [page.model.participant_id(row)]


def test_a_change_elsewhere_refreshes_the_list(qtbot, page: CaseloadPage) -> None:
    page.session.create(Participant(first_name="Ana", last_name="Zeller", team_id="north"))
    qtbot.waitUntil(lambda: "Zeller, Ana" in names(page), timeout=1000)
    page.hide()  # hidden, the page only notes that it is out of date ...
    page.session.create(Participant(first_name="Bo", last_name="Yarrow", team_id="north"))
    assert not any(timer.isActive() for timer in page.findChildren(QTimer))  # no re-read on its way
    assert "Yarrow, Bo" not in names(page)
    page.show()  # ... and re-reads when it is shown again
    qtbot.waitUntil(lambda: "Yarrow, Bo" in names(page), timeout=1000)


def test_new_participant_dialog_creates_and_opens(
    qtbot, page: CaseloadPage, store: Store, monkeypatch
) -> None:
    dialogs: list[NewParticipantDialog] = []

    def fill_and_accept(dialog: NewParticipantDialog) -> int:
        dialogs.append(dialog)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nothing typed yet
        assert "First name: is required" in dialog.error.text()
        qtbot.keyClicks(dialog.first_name, "River")
        qtbot.keyClicks(dialog.last_name, "Oakes")
        qtbot.keyClicks(dialog.aliases, "Ro, Oaky , ")
        qtbot.keyClicks(dialog.date_of_birth, "1984-13-40")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert "Date of birth" in dialog.error.text()
        dialog.date_of_birth.clear()
        qtbot.keyClicks(dialog.date_of_birth, "1984-03-09")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(NewParticipantDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(page.participant_requested, timeout=1000) as opened:
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    created = store.repos.participants.get(opened.args[0])
    assert (created.first_name, created.last_name, created.aliases) == ("River", "Oakes", ["Ro", "Oaky"])
    assert created.case_manager == ME
    assert created.team_id == "north"
    assert str(created.date_of_birth) == "1984-03-09"
