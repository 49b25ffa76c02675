"""Today: the three models without a view, and the page's rows opening participants and ticking tasks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from leaddesk.desk import Desk
from leaddesk.desk.caseload import CaseloadRow
from leaddesk.desk.today import CourtDate, DueTask, NotSeen, TasksDue
from leaddesk.domain import LegalEvent, Participant, Task
from leaddesk.domain.enums import LegalEventKind, ParticipantStatus
from leaddesk.storage.errors import StorageError
from leaddesk.storage.store import Store
from leaddesk.ui.display import local_today
from leaddesk.ui.models import ParticipantIdRole, RecordIdRole
from leaddesk.ui.session import Session
from leaddesk.ui.today_model import (
    CourtDatesModel,
    DueTasksModel,
    NotSeenModel,
)
from leaddesk.ui.today_page import TodayPage

ME = "Casey Morgan"


def add(store: Store, last: str, **kw: object) -> Participant:
    values: dict[str, object] = {"team_id": "north", "case_manager": ME, **kw}
    return store.repos.participants.create(Participant(first_name="Sam", last_name=last, **values))  # type: ignore[arg-type]


def task(store: Store, who: Participant, title: str, days_from_today: int, **kw: object) -> Task:
    due = local_today() + timedelta(days=days_from_today)
    return store.repos.tasks.create(Task(participant_id=who.id, title=title, due_on=due, **kw))  # type: ignore[arg-type]


def court(store: Store, who: Participant, days_from_now: int) -> LegalEvent:
    at = datetime.now(UTC) + timedelta(days=days_from_now)
    return store.repos.legal_events.create(
        LegalEvent(participant_id=who.id, kind=LegalEventKind.COURT_DATE, occurred_at=at, court="Municipal")
    )


def column(model, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[object]:
    return [model.data(model.index(r, col), role) for r in range(model.rowCount())]


@pytest.fixture
def session(store: Store) -> Session:
    return Session(Desk(store))


def due_task(title: str, days_from_today: int, *, tid: str) -> DueTask:
    due = local_today() + timedelta(days=days_from_today)
    return DueTask(tid, "p1", "Quill, Sam", title, due, assignee="", mine=True)


def test_due_tasks_show_their_rows_and_tick_through_the_function_given(qapp) -> None:
    rows = [due_task("Bus pass", 0, tid="t1"), due_task("Call the clinic", -1, tid="t2")]
    ticked: list[tuple[str, bool]] = []
    model = DueTasksModel(read=lambda: TasksDue(tuple(rows), 2), mark_done=lambda t, d: ticked.append((t, d)))
    model.refresh()
    assert column(model, 0, RecordIdRole) == ["t1", "t2"]
    assert column(model, DueTasksModel.COL_TITLE) == ["Bus pass", "Call the clinic"]
    assert str(column(model, DueTasksModel.COL_DUE)[1]).endswith("(yesterday)")
    assert column(model, 0, ParticipantIdRole) == ["p1", "p1"]
    assert column(model, DueTasksModel.COL_ASSIGNEE) == ["anyone", "anyone"]
    assert model.total == 2
    box = model.index(1, DueTasksModel.COL_DONE)
    assert model.flags(box) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert ticked == [("t2", True)]
    rows.pop(1)  # done: the source no longer lists it
    model.refresh(keep_done=True)  # a refresh after the change keeps the ticked row, struck through
    assert column(model, 0, RecordIdRole) == ["t1", "t2"]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(1, DueTasksModel.COL_TITLE), Qt.ItemDataRole.FontRole).strikeOut()
    model.refresh()  # the next full reload drops it
    assert column(model, 0, RecordIdRole) == ["t1"]


def test_a_tick_that_fails_is_undone_and_said(qapp) -> None:
    def refuse(task_id: str, done: bool) -> None:
        raise StorageError("the profile is locked")

    model = DueTasksModel(read=lambda: TasksDue((due_task("Bus pass", 0, tid="t1"),), 1), mark_done=refuse)
    model.refresh()
    problems: list[str] = []
    model.problem.connect(problems.append)
    box = model.index(0, DueTasksModel.COL_DONE)
    assert not model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.data(box, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert len(problems) == 1


def test_court_dates_read_as_when_where_and_what(qapp) -> None:
    at = datetime.now(UTC) + timedelta(days=10)
    hearing = CourtDate("c1", "p1", "Stone, Sam", at, "Municipal", "24-001", "Review hearing\nBring ID")
    model = CourtDatesModel(read=lambda: [hearing])
    model.refresh()
    assert column(model, 0, RecordIdRole) == ["c1"]
    assert str(column(model, CourtDatesModel.COL_WHEN)[0]).endswith("(in 10 days)")
    assert column(model, CourtDatesModel.COL_COURT) == ["Municipal"]
    assert column(model, CourtDatesModel.COL_DESCRIPTION) == ["Review hearing"]


def test_not_seen_asks_with_its_threshold_and_shows_days(qapp) -> None:
    asked: list[int] = []
    row = CaseloadRow(
        id="p1",
        first_name="Sam",
        last_name="Old",
        preferred_name="",
        aliases=(),
        status=ParticipantStatus.ACTIVE,
        team_id="north",
        case_manager=ME,
        last_contact=None,
        days_since_contact=None,
        open_needs=0,
        next_task_due=None,
    )

    def read(days: int) -> NotSeen:
        asked.append(days)
        return NotSeen((row,), 1, mine_only=True)

    model = NotSeenModel(read=read, overdue_days=10)
    model.refresh()
    assert asked == [10]
    assert model.mine_only
    assert model.total == 1
    assert column(model, NotSeenModel.COL_DAYS) == ["—"]
    assert column(model, NotSeenModel.COL_LAST_CONTACT) == ["never"]


def test_the_page_opens_a_row_and_ticks_with_the_keyboard(qtbot, store: Store, session: Session) -> None:
    who = add(store, "Quill")
    due = task(store, who, "Call the clinic", 0)
    court(store, who, 5)
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    assert page.tasks.table.isVisible()
    assert page.court.table.isVisible()
    assert "(1)" in page.tasks.heading.text()
    table = page.tasks.table
    table.setFocus()
    table.setCurrentIndex(page.tasks_model.index(0, DueTasksModel.COL_DONE))
    with qtbot.waitSignal(page.tasks_model.modelReset, timeout=1000):  # the change's coalesced reload
        qtbot.keyClick(table, Qt.Key.Key_Space)
        assert store.repos.tasks.get(due.id).done
    assert page.tasks_model.rowCount() == 1  # keeps the ticked row
    assert page.court.table.select_first()
    with qtbot.waitSignal(page.participant_requested, timeout=1000) as opened:
        qtbot.keyClick(page.court.table, Qt.Key.Key_Return)
    assert opened.args == [who.id]
    page.refresh()
    assert not page.tasks.table.isVisible()
    assert page.tasks.empty.isVisible()
