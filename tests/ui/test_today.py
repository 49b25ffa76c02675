"""Today: the three models without a view, and the page's rows opening participants and ticking tasks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from leaddesk.desk import Desk
from leaddesk.domain import Contact, LegalEvent, Participant, Task
from leaddesk.domain.enums import ContactKind, LegalEventKind, ParticipantStatus
from leaddesk.storage.store import Store
from leaddesk.ui.display import local_today
from leaddesk.ui.rows_model import ParticipantIdRole, RecordIdRole
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


def test_due_tasks_lists_overdue_and_today_not_done_or_later(qapp, store: Store, session: Session) -> None:
    who = add(store, "Quill")
    yesterday = task(store, who, "Call the clinic", -1)
    today = task(store, who, "Bus pass", 0)
    task(store, who, "Next week", 7)
    done = task(store, who, "Done already", -2)
    store.repos.tasks.update(done.id, {"done": True, "done_at": datetime.now(UTC)})
    model = DueTasksModel(session)
    model.refresh()
    assert column(model, 0, RecordIdRole) == [today.id, yesterday.id]
    assert column(model, DueTasksModel.COL_TITLE) == ["Bus pass", "Call the clinic"]
    assert column(model, DueTasksModel.COL_PARTICIPANT) == ["Quill, Sam", "Quill, Sam"]
    assert str(column(model, DueTasksModel.COL_DUE)[1]).endswith("(yesterday)")
    assert column(model, 0, ParticipantIdRole) == [who.id, who.id]
    assert model.total == 2


def test_ticking_a_task_marks_it_done_through_the_session(qapp, store: Store, session: Session) -> None:
    who = add(store, "Quill")
    due = task(store, who, "Call the clinic", -1)
    changes: list[object] = []
    session.changed.connect(changes.append)
    model = DueTasksModel(session)
    model.refresh()
    box = model.index(0, DueTasksModel.COL_DONE)
    assert model.flags(box) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    stored = store.repos.tasks.get(due.id)
    assert stored.done
    assert stored.done_at is not None
    assert len(changes) == 1
    model.refresh(keep_done=True)  # a refresh after the change keeps the ticked row, struck through
    assert model.data(box, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(0, DueTasksModel.COL_TITLE), Qt.ItemDataRole.FontRole).strikeOut()
    assert model.setData(box, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)  # undo
    assert not store.repos.tasks.get(due.id).done
    assert store.repos.tasks.get(due.id).done_at is None
    model.setData(box, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.refresh()  # the next full reload drops it
    assert model.rowCount() == 0


def test_court_dates_in_the_next_two_weeks(qapp, store: Store, session: Session) -> None:
    who = add(store, "Stone")
    soon = court(store, who, 10)
    court(store, who, 20)
    court(store, who, -3)
    model = CourtDatesModel(session)
    model.refresh()
    assert column(model, 0, RecordIdRole) == [soon.id]
    assert str(column(model, CourtDatesModel.COL_WHEN)[0]).endswith("(in 10 days)")
    assert column(model, CourtDatesModel.COL_COURT) == ["Municipal"]


def test_not_seen_lists_mine_longest_unseen_first(qapp, store: Store, session: Session) -> None:
    recent, old, never = add(store, "Recent"), add(store, "Old"), add(store, "Never")
    add(store, "Exited", status=ParticipantStatus.EXITED, exited_on=local_today())
    add(store, "Someone elses", case_manager="Robin Ash")
    for who, days in ((recent, 3), (old, 40)):
        store.repos.contacts.create(
            Contact(
                participant_id=who.id,
                occurred_at=datetime.now(UTC) - timedelta(days=days),
                kind=ContactKind.STREET,
            )
        )
    model = NotSeenModel(session, overdue_days=14)
    model.refresh()
    assert model.mine_only
    assert column(model, 0, ParticipantIdRole) == [never.id, old.id]
    assert column(model, NotSeenModel.COL_DAYS) == ["—", "40"]
    assert model.total == 2


def test_not_seen_is_everyones_when_the_user_has_no_participants(
    qapp, store: Store, session: Session
) -> None:
    theirs = add(store, "Theirs", case_manager="Robin Ash")
    model = NotSeenModel(session, overdue_days=14)
    model.refresh()
    assert not model.mine_only
    assert column(model, 0, ParticipantIdRole) == [theirs.id]


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
