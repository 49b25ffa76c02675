"""The sync controller's quick check between syncs: it runs on its timer only while connected; a laptop
out of signal misses a check quietly (no sync, no change of status); a server too old to answer it (a
404) is left to the timed syncs. (It bringing a referral in: tests/e2e/test_handoff_e2e.py.)"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI

from leaddesk.desk import Desk
from leaddesk.desk.syncing import RetryPolicy
from leaddesk.domain import Participant
from leaddesk.server.running import ServerThread
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState
from leaddesk.ui.session import Session
from leaddesk.ui.sync.controller import CHECK_KEY, DEFAULT_CHECK_SECONDS, SyncController, SyncStatus

HOUR_MS = 3_600_000


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port  # nothing listens there now: a connection is refused at once


def enrol(store: Store, url: str) -> None:
    user = EnrolledUser(username="casey", display_name="Casey", role="case_manager", teams=("north",))
    SyncState(store).save_enrolment(Enrolment(url, "d-1", token="d-1.secret", ca_bundle=None, user=user))


@pytest.fixture
def controllers(qapp: Any, store: Store) -> Iterator[Any]:
    made: list[SyncController] = []

    def make() -> SyncController:
        made.append(SyncController(Session(Desk(store))))
        return made[-1]

    yield make
    for controller in made:
        controller.shutdown()


def test_checks_run_on_their_timer_only_while_connected(store: Store, controllers: Any) -> None:
    unconnected = controllers()
    unconnected.start()
    assert not unconnected.checks_on
    assert not unconnected.check_now()

    enrol(store, f"http://127.0.0.1:{closed_port()}")
    store.repos.settings.set(CHECK_KEY, 7)
    controller = controllers()
    controller.start(delay_ms=HOUR_MS)
    assert controller.checks_on
    assert controller._check_timer.interval() == 7_000
    controller.shutdown()
    assert not controller.checks_on
    assert DEFAULT_CHECK_SECONDS == 20


def test_a_check_that_cannot_reach_the_server_neither_syncs_nor_says_offline(
    qtbot, store: Store, controllers: Any
) -> None:
    enrol(store, f"http://127.0.0.1:{closed_port()}")
    controller = controllers()
    finished: list[object] = []
    controller.finished.connect(finished.append)
    assert controller.check_now()
    assert not controller.check_now()  # one at a time
    qtbot.waitUntil(lambda: not controller.checking, timeout=10_000)
    assert controller.status is SyncStatus.IDLE
    assert not controller.running
    assert finished == []


def test_a_server_without_the_check_is_left_to_the_timed_syncs(qtbot, store: Store, controllers: Any) -> None:
    with ServerThread(FastAPI()) as older:  # answers 404 to every path
        enrol(store, older.url)
        controller = controllers()
        controller.start(delay_ms=HOUR_MS)
        assert controller.check_now()
        qtbot.waitUntil(lambda: not controller.checking, timeout=10_000)
        assert not controller.checks_on
        assert not controller.running  # no sync every few seconds instead


def test_work_written_since_the_last_sync_is_sent_at_the_next_check(
    qtbot, store: Store, controllers: Any
) -> None:
    enrol(store, f"http://127.0.0.1:{closed_port()}")
    controller = controllers()
    controller.retry = RetryPolicy(attempts=1, base_delay=0.0, max_delay=0.0, total=1.0)
    store.repos.participants.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))

    with qtbot.waitSignal(controller.finished, timeout=10_000):
        assert controller.check_now()  # a sync, not a question: there is something to send
        assert controller.running

    assert controller.status is SyncStatus.OFFLINE  # tried, and said so as every sync does
