"""Today's use cases over a real encrypted profile: tasks due, court dates ahead, people not seen, and
ticking a task done."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from leaddesk.desk import Desk
from leaddesk.domain import Contact, LegalEvent, Participant, Task
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import ContactKind, LegalEventKind, ParticipantStatus
from leaddesk.storage.store import Store

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


def test_tasks_due_today_or_before_and_not_done(desk: Desk, store: Store) -> None:
    who = add(store, "Quill")
    yesterday = task(store, who, "Call the clinic", -1)
    today = task(store, who, "Bus pass", 0)
    task(store, who, "Next week", 7)
    done = task(store, who, "Done already", -2)
    store.repos.tasks.update(done.id, {"done": True, "done_at": datetime.now(UTC)})
    due = desk.today.tasks_due()
    assert [t.id for t in due.rows] == [today.id, yesterday.id]
    assert [t.participant_name for t in due.rows] == ["Quill, Sam", "Quill, Sam"]
    assert due.total == 2
    assert desk.today.tasks_due(limit=1).total == 2  # the count is of all, not of the rows shown


def test_ticking_a_task_done_and_back_says_what_changed(desk: Desk, store: Store) -> None:
    due = task(store, add(store, "Quill"), "Call the clinic", -1)
    ticked = desk.today.mark_done(due.id, done=True)
    assert ticked.value.done
    assert ticked.value.done_at is not None
    assert ticked.changes.record_ids == {due.id}
    assert ticked.changes.entities == {"task"}
    desk.today.mark_done(due.id, done=False)
    stored = store.repos.tasks.get(due.id)
    assert (stored.done, stored.done_at) == (False, None)


def test_court_dates_in_the_next_two_weeks(desk: Desk, store: Store) -> None:
    who = add(store, "Stone")
    soon = court(store, who, 10)
    court(store, who, 20)
    court(store, who, -3)
    assert [c.id for c in desk.today.court_dates()] == [soon.id]


def test_not_seen_lists_mine_longest_unseen_first(desk: Desk, store: Store) -> None:
    recent, old, never = add(store, "Recent"), add(store, "Old"), add(store, "Never")
    add(store, "Exited", status=ParticipantStatus.EXITED, exited_on=local_today())
    add(store, "Resting", status=ParticipantStatus.INACTIVE)
    add(store, "Someone elses", case_manager="Robin Ash")
    for who, days in ((recent, 3), (old, 40)):
        store.repos.contacts.create(
            Contact(
                participant_id=who.id,
                occurred_at=datetime.now(UTC) - timedelta(days=days),
                kind=ContactKind.STREET,
            )
        )
    found = desk.today.not_seen(overdue_days=14)
    assert found.mine_only
    assert [r.id for r in found.rows] == [never.id, old.id]
    assert [r.days_since_contact for r in found.rows] == [None, 40]
    assert found.total == 2


def test_not_seen_is_everyones_when_the_user_has_no_participants(desk: Desk, store: Store) -> None:
    theirs = add(store, "Theirs", case_manager="Robin Ash")
    found = desk.today.not_seen(overdue_days=14)
    assert not found.mine_only
    assert [r.id for r in found.rows] == [theirs.id]
