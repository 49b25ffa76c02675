"""The Today screen's queries: tasks due by a day and court dates in a window, with participants' names."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from leaddesk.domain import LegalEvent, Participant, Task
from leaddesk.domain.enums import LegalEventKind
from leaddesk.storage.store import Store

TODAY = date(2025, 3, 12)


def person(
    store: Store, last: str, *, case_manager: str = "", preferred: str = "", team: str = "north"
) -> str:
    return store.repos.participants.create(
        Participant(
            first_name="Sam",
            last_name=last,
            preferred_name=preferred,
            team_id=team,
            case_manager=case_manager,
        )
    ).id


def task(store: Store, pid: str, title: str, due: date | None, **kw: object) -> str:
    return store.repos.tasks.create(Task(participant_id=pid, title=title, due_on=due, **kw)).id  # type: ignore[arg-type]


def test_tasks_due_lists_open_tasks_due_by_the_day_with_names(store: Store) -> None:
    pid = person(store, "Quill", preferred="Jo")
    overdue = task(store, pid, "Call the clinic", TODAY - timedelta(days=3))
    due_today = task(store, pid, "Bus pass", TODAY)
    task(store, pid, "Next week", TODAY + timedelta(days=7))
    task(store, pid, "No date", None)
    done = task(store, pid, "Already done", TODAY - timedelta(days=1))
    store.repos.tasks.update(done, {"done": True, "done_at": datetime.now(UTC)})
    gone = task(store, pid, "Deleted", TODAY - timedelta(days=1))
    store.repos.tasks.delete(gone)

    rows = store.repos.agenda.tasks_due(on_or_before=TODAY, user="nobody")
    assert [r.id for r in rows] == [due_today, overdue]  # the most recently due first
    assert rows[1].participant_name == "Quill, Jo"
    assert rows[1].due_on == TODAY - timedelta(days=3)
    assert store.repos.agenda.tasks_due_count(on_or_before=TODAY) == 2


def test_the_users_own_tasks_come_first(store: Store) -> None:
    mine = person(store, "Mine", case_manager="Casey Morgan")
    theirs = person(store, "Theirs", case_manager="Robin Ash")
    old = task(store, theirs, "Old, someone else's", TODAY - timedelta(days=9), assignee="Robin Ash")
    assigned = task(store, theirs, "Assigned to me", TODAY, assignee="Casey Morgan")
    unassigned_mine = task(store, mine, "Unassigned, my participant", TODAY - timedelta(days=1))
    unassigned_theirs = task(store, theirs, "Unassigned, their participant", TODAY - timedelta(days=2))

    rows = store.repos.agenda.tasks_due(on_or_before=TODAY, user="Casey Morgan")
    assert [r.id for r in rows] == [assigned, unassigned_mine, unassigned_theirs, old]
    assert [r.mine for r in rows] == [True, True, False, False]


def test_an_unassigned_task_is_mine_when_the_participant_names_me_by_username(store: Store) -> None:
    mine = person(store, "Mine", case_manager="casey.morgan")
    theirs = person(store, "Theirs", case_manager="robin.ash")
    task(store, theirs, "Theirs", TODAY)
    own = task(store, mine, "Mine", TODAY - timedelta(days=3))

    by_name = store.repos.agenda.tasks_due(on_or_before=TODAY, user="Casey Morgan")
    assert [r.mine for r in by_name] == [False, False]  # the profile's name alone does not find it
    rows = store.repos.agenda.tasks_due(on_or_before=TODAY, user="Casey Morgan", names=["casey.morgan"])
    assert [(r.id, r.mine) for r in rows] == [(own, True), (rows[1].id, False)]


def test_a_deleted_participants_tasks_and_court_dates_are_left_out(store: Store) -> None:
    pid = person(store, "Gone")
    task(store, pid, "Call", TODAY)
    at = datetime(2025, 3, 14, 16, 30, tzinfo=UTC)
    store.repos.legal_events.create(
        LegalEvent(participant_id=pid, kind=LegalEventKind.COURT_DATE, occurred_at=at)
    )
    store.repos.participants.delete(pid)
    assert store.repos.agenda.tasks_due(on_or_before=TODAY, user="x") == []
    start = datetime(2025, 3, 12, tzinfo=UTC)
    assert store.repos.agenda.court_dates(start=start, end=start + timedelta(days=15)) == []


def test_court_dates_in_a_window_soonest_first(store: Store) -> None:
    pid = person(store, "Stone")
    start = datetime(2025, 3, 12, 0, 0, tzinfo=UTC)

    def event(at: datetime, kind: LegalEventKind = LegalEventKind.COURT_DATE) -> str:
        return store.repos.legal_events.create(
            LegalEvent(participant_id=pid, kind=kind, occurred_at=at, court="Municipal", case_number="C-1")
        ).id

    later = event(start + timedelta(days=10, hours=9))
    first = event(start + timedelta(hours=9, microseconds=250))  # a stored fraction compares correctly
    event(start - timedelta(seconds=1))  # yesterday
    event(start + timedelta(days=20))  # outside the window
    event(start + timedelta(days=2), LegalEventKind.ARREST)  # not a court date
    at_end = event(start + timedelta(days=15))  # the end is exclusive

    rows = store.repos.agenda.court_dates(start=start, end=start + timedelta(days=15))
    assert [r.id for r in rows] == [first, later]
    assert rows[0].participant_name == "Stone, Sam"
    assert rows[0].court == "Municipal"
    assert rows[0].at == start + timedelta(hours=9, microseconds=250)
    assert at_end not in [r.id for r in rows]


def test_teams_of_a_case_manager(store: Store) -> None:
    person(store, "A", case_manager="Casey Morgan", team="north")
    person(store, "B", case_manager="Casey Morgan", team="east")
    person(store, "C", case_manager="Robin Ash", team="south")
    assert store.repos.agenda.teams_of(frozenset({"Casey Morgan"})) == ["east", "north"]
    # a case manager by any of the names records hold for them: username or (older records) name
    assert store.repos.agenda.teams_of(frozenset({"Casey Morgan", "robin.ash"})) == ["east", "north"]
    assert store.repos.agenda.teams_of(frozenset({"Casey Morgan", "Robin Ash"})) == ["east", "north", "south"]
    assert store.repos.agenda.teams_of("Nobody") == []
