"""The runner: desk calls on worker threads with connections of their own, answers back on the GUI
thread, writes in the order they were asked for with their changes announced, and the GUI's event
loop turning all the while."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, QThread, QTimer

from leaddesk.desk import Changes, Desk
from leaddesk.domain import Participant, Task
from leaddesk.storage.errors import CorruptDatabase
from leaddesk.storage.profile import open_profile
from leaddesk.storage.store import Store
from leaddesk.ui.runner import Runner
from tests.damage import PAGE, damage, lock_with_notes
from tests.kdf import FAST_FOR_TESTS


@pytest.fixture
def runner(store: Store, qtbot: Any) -> Any:
    heard: list[Changes] = []
    made = Runner(Desk(store).sibling_opener(), on_changes=heard.append)
    made.heard = heard
    yield made
    made.stop()


def test_a_query_runs_off_the_gui_thread_and_answers_on_it(
    runner: Any, participant: Participant, qtbot: Any
) -> None:
    gui = QThread.currentThread()
    seen: dict[str, Any] = {}

    def work(desk: Desk) -> str:
        seen["worker"] = QThread.currentThread() is not gui and threading.current_thread().name
        return desk.records.get("participant", participant.id).last_name

    with qtbot.waitSignal(runner.idle, timeout=5_000):
        runner.query(work, done=lambda name: seen.update(name=name, on_gui=QThread.currentThread() is gui))
    assert seen["worker"].startswith("desk-reader")
    assert seen == {**seen, "name": "Quill", "on_gui": True}


def test_writes_happen_in_the_order_asked_and_announce_what_they_changed(
    runner: Any, participant: Participant, qtbot: Any
) -> None:
    done: list[str] = []
    for n in range(20):
        task = Task(participant_id=participant.id, title=f"Step {n:02d}")
        runner.op(lambda desk, task=task: desk.records.create(task), done=lambda t: done.append(t.title))
    assert runner.wait(10_000)
    assert done == [f"Step {n:02d}" for n in range(20)]
    assert all(c.entities == {"task"} and participant.id in c.participant_ids for c in runner.heard)
    assert len(runner.heard) == 20


def test_an_error_comes_back_to_the_caller_and_changes_nothing(
    runner: Any, participant: Participant, qtbot: Any
) -> None:
    errors: list[Exception] = []
    runner.op(
        lambda desk: desk.records.update("participant", participant.id, {"first_name": ""}),
        failed=errors.append,
    )
    assert runner.wait(5_000)
    assert len(errors) == 1
    assert "first_name" in str(errors[0])
    assert runner.heard == []


def test_a_newer_query_with_the_same_key_supersedes_the_older_answer(
    runner: Any, participant: Participant
) -> None:
    answers: list[str] = []

    def slow(desk: Desk, text: str) -> str:
        time.sleep(0.2 if text == "old" else 0)
        return text

    runner.query(lambda d: slow(d, "old"), done=answers.append, key="search")
    runner.query(lambda d: slow(d, "new"), done=answers.append, key="search")
    assert runner.wait(5_000)
    assert answers == ["new"]


def test_the_event_loop_keeps_turning_while_a_slow_call_runs(runner: Any, qtbot: Any) -> None:
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer(interval=10)
    ticker.timeout.connect(lambda: gaps.append(clock.restart()))
    ticker.start()
    runner.query(lambda desk: time.sleep(1.0), done=lambda _: None)
    assert runner.wait(5_000)
    ticker.stop()
    assert len(gaps) > 20
    assert max(gaps) <= 100


def test_busy_is_said_only_for_a_call_that_takes_a_while(runner: Any, qtbot: Any) -> None:
    states: list[bool] = []
    runner.busy.connect(states.append)
    runner.query(lambda desk: None, done=lambda _: None)
    assert runner.wait(5_000)
    assert True not in states  # a quick call never shows as busy
    runner.query(lambda desk: time.sleep(0.3), done=lambda _: None)
    assert runner.wait(5_000)
    assert states[-2:] == [True, False]


def test_stopping_closes_every_lane_and_refuses_new_calls(store: Store, qtbot: Any) -> None:
    runner = Runner(Desk(store).sibling_opener(), on_changes=lambda _: None)
    desks: list[Desk] = []
    for _ in range(4):
        runner.query(lambda desk: desks.append(desk), done=lambda _: None)
    assert runner.wait(5_000)
    runner.stop()
    assert desks
    assert not any(d.is_open for d in desks)
    with pytest.raises(RuntimeError, match="locked"):
        runner.query(lambda desk: None, done=lambda _: None)


def test_a_damaged_page_met_while_reading_comes_back_as_corrupt_database(
    home: Path, store: Store, qtbot: Any
) -> None:
    """A page that fails its check is found when something reads it, after a clean close too (only a
    crash has every page checked as the profile opens): the screen gets an error it can name."""
    db, person = lock_with_notes(store)
    pages = db.stat().st_size // PAGE
    damage(db, range(pages // 2, pages * 9 // 10))  # wherever the notes' rows sit, some are damaged
    damaged = open_profile("Casey Morgan", "correct horse battery staple", home=home, kdf=FAST_FOR_TESTS)
    runner = Runner(Desk(damaged).sibling_opener(), on_changes=lambda _c: None)
    errors: list[Exception] = []
    try:
        runner.query(
            lambda desk: desk.notes.timeline(person).page(offset=0, limit=1000),
            done=lambda _notes: None,
            failed=errors.append,
        )
        assert runner.wait(10_000)
    finally:
        runner.stop()
        damaged.close(audit=False)
    assert len(errors) == 1
    assert isinstance(errors[0], CorruptDatabase)
    assert "the database on this laptop is damaged" in str(errors[0])
