"""The engine asks for the next pull page while it applies the one before: each request starts after
the cursor the page before stores, a page that fails to apply leaves the cursor where the last good
one put it (the page fetched ahead is dropped), and the next sync carries on from there."""

from __future__ import annotations

from typing import Any

import pytest

from leaddesk.domain import Participant, Task
from leaddesk.storage import pulled
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.sync.engine import SyncEngine


class DiskFull(OSError):
    pass


def test_each_page_is_asked_for_after_the_cursor_of_the_one_before(
    store: Store, fake_server: Any, wire: Any
) -> None:
    stamp = wire.remote_stamp()
    people = [Participant(first_name=f"P{i}", last_name="Stone", team_id="north") for i in range(6)]
    states = [wire.state_of(p, seq=10 * (i + 1), stamp=stamp) for i, p in enumerate(people)]
    fake_server.pages = [
        wire.page(*states[0:2], cursor=25, has_more=True),
        wire.page(*states[2:4], cursor=45, has_more=True),
        wire.page(*states[4:6], cursor=70, has_more=False),
    ]

    report = SyncEngine(store, fake_server.client()).sync()

    pulls = [r.url.params["cursor"] for r in fake_server.requests if r.url.path == "/v1/pull"]
    assert pulls[:3] == ["0", "25", "45"]
    assert report.pulled == 6
    assert Replica(store).cursor == 70
    assert store.repos.participants.count() == 6


def test_a_page_that_cannot_be_applied_leaves_the_cursor_at_the_last_good_one(
    store: Store, fake_server: Any, wire: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamp = wire.remote_stamp()
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    tasks = [Task(participant_id=person.id, title=f"Task {i}") for i in range(4)]
    good = [wire.state_of(person, seq=1, stamp=stamp), wire.state_of(tasks[0], seq=2, stamp=stamp)]
    fake_server.pages = [
        wire.page(*good, cursor=2, has_more=True),
        wire.page(wire.state_of(tasks[1], seq=3, stamp=stamp), cursor=3, has_more=True),
        wire.page(*(wire.state_of(t, seq=4 + i, stamp=stamp) for i, t in enumerate(tasks[2:])), cursor=5),
    ]
    # The disk fills up while the second page is written.
    write = pulled.PageWriter.apply

    def full_on_task_1(writer: pulled.PageWriter, states: Any) -> str:
        if any(s.record_id == tasks[1].id for s in states):
            raise DiskFull("database or disk is full")
        return write(writer, states)

    monkeypatch.setattr(pulled.PageWriter, "apply", full_on_task_1)
    with pytest.raises(DiskFull):
        SyncEngine(store, fake_server.client()).sync()

    assert Replica(store).cursor == 2
    assert store.repos.tasks.count() == 1  # nothing of the failed page, nor of the one fetched ahead

    monkeypatch.setattr(pulled.PageWriter, "apply", write)
    SyncEngine(store, fake_server.client()).sync()
    assert Replica(store).cursor == 5
    assert store.repos.tasks.count() == 4
