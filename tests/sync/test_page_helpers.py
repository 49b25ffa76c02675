"""A new laptop's first sync with helper processes (sync/pages.py) ends with the very store it ends with
without them; pages are asked for ahead only past pages whose header says they remove no one, so unsent
work of a participant a page removes still goes up before the server hears that page is applied; a page
whose body disagrees with its header is refused; and a helper that dies costs only time."""

from __future__ import annotations

import os
import signal
from typing import Any

import httpx
import pytest

from leaddesk.domain import Participant, Task
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import CURSOR
from leaddesk.sync import pages as pages_module
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.errors import ProtocolMismatch
from leaddesk.sync.protocol import PageHead, PullResponse, Removal
from tests.sync.test_prepared_pages import every_table

pytestmark = pytest.mark.skipif(not pages_module.helpers_available(), reason="helpers need two cores")


def caseload_pages(wire: Any, *, people: int = 6, per_page: int = 5) -> tuple[list[PullResponse], list[str]]:
    """A team's records in pages of `per_page`: participants with two tasks each."""
    stamp = wire.remote_stamp()
    records: list[Any] = []
    for i in range(people):
        person = Participant(first_name=f"P{i}", last_name="Stone", team_id="north")
        records += [person, *(Task(participant_id=person.id, title=f"Call back #{j}") for j in range(2))]
    states = [wire.state_of(r, seq=i + 1, stamp=stamp) for i, r in enumerate(records)]
    chunks = [states[i : i + per_page] for i in range(0, len(states), per_page)]
    pages = [
        wire.page(*chunk, cursor=chunk[-1].seq, has_more=n < len(chunks) - 1)
        for n, chunk in enumerate(chunks)
    ]
    return pages, [r.id for r in records if isinstance(r, Participant)]


def helped(store: Store, server: Any, **kwargs: Any) -> SyncEngine:
    """An engine that takes helpers from a first page of one record on (pages of five in these tests)."""
    return SyncEngine(store, server.client(), page_size=5, page_helpers=2, help_from=1, **kwargs)


def pulled_cursors(server: Any) -> list[int]:
    return [int(r.url.params["cursor"]) for r in server.requests if r.url.path == "/v1/pull"]


def test_a_first_sync_with_helpers_stores_what_one_without_them_stores(
    store: Store, other_store: Store, fake_server: Any, wire: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_server.pages, _ = caseload_pages(wire)
    started: list[int] = []
    real = pages_module.Helpers.__init__

    def counted(self: Any, count: int) -> None:
        started.append(count)
        real(self, count)

    monkeypatch.setattr(pages_module.Helpers, "__init__", counted)

    with_helpers = helped(store, fake_server).sync()
    without = SyncEngine(other_store, fake_server.client(), page_size=5, page_helpers=0).sync()

    assert started == [2]
    assert (with_helpers.pulled, with_helpers.applied, with_helpers.skipped) == (18, 18, [])
    assert (without.pulled, without.applied) == (18, 18)
    assert every_table(store) == every_table(other_store)
    assert Replica(store).cursor == Replica(other_store).cursor == 18
    # Each page after the cursor of the one before, once each, whether asked ahead or not.
    assert pulled_cursors(fake_server)[:4] == [0, 5, 10, 15]


def test_no_helpers_for_a_laptop_that_holds_records_or_a_first_page_that_is_not_full(
    store: Store, fake_server: Any, wire: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_server.pages, _ = caseload_pages(wire)
    monkeypatch.setattr(pages_module, "Helpers", None)  # would fail if started

    SyncEngine(store, fake_server.client(), page_size=5, page_helpers=2, help_from=6).sync()
    Replica(store).save_state({CURSOR: "0"})
    SyncEngine(store, fake_server.client(), page_size=5, page_helpers=2, help_from=1).sync()

    assert store.repos.tasks.count() == 12


def test_a_page_that_removes_someone_is_not_passed_until_their_unsent_work_has_gone_up(
    store: Store, fake_server: Any, wire: Any
) -> None:
    stamp = wire.remote_stamp()
    leaving, staying = (Participant(first_name=n, last_name="Stone", team_id="north") for n in "AB")
    tasks = [Task(participant_id=staying.id, title=f"Call back #{i}") for i in range(2)]
    fake_server.pages = [
        wire.page(wire.state_of(leaving, seq=1, stamp=stamp), wire.state_of(staying, seq=2, stamp=stamp),
                  has_more=True),
        wire.page(wire.state_of(tasks[0], seq=3, stamp=stamp), Removal(seq=4, participant_id=leaving.id),
                  has_more=True),
        wire.page(wire.state_of(tasks[1], seq=5, stamp=stamp)),
    ]  # fmt: skip
    engine = helped(store, fake_server)
    apply_page = engine.replica.apply_page

    def and_then_work_on_the_one_leaving(records: Any, removals: Any, cursor: int, **kwargs: Any) -> Any:
        result = apply_page(records, removals, cursor, **kwargs)
        if cursor == 2:  # the first page: a task written for them while the sync goes on
            store.repos.tasks.create(Task(participant_id=leaving.id, title="Written while syncing"))
        return result

    engine.replica.apply_page = and_then_work_on_the_one_leaving  # type: ignore[method-assign]

    report = engine.sync(allow_mass_removal=True)  # one of the two: past the fail-safe's half

    asked = [(r.url.path, r.url.params.get("cursor")) for r in fake_server.requests]
    assert asked.index(("/v1/pull", "4")) > asked.index(("/v1/push", None))
    assert fake_server.pushes[0].changes[0].fields["title"] == "Written while syncing"
    assert report.removed == [leaving.id]
    assert store.repos.participants.count() == 1
    assert store.repos.participants.get(staying.id) is not None
    assert store.repos.tasks.count() == 2


def test_a_page_whose_body_is_not_what_its_header_said_is_refused(
    store: Store, fake_server: Any, wire: Any
) -> None:
    fake_server.pages, _ = caseload_pages(wire)
    # The server says the second page ends at 9 and removes no one; its body ends at 10.
    fake_server.head_of = lambda page: PageHead(9, True, 0) if page.cursor == 10 else PageHead.of(page)

    with pytest.raises(ProtocolMismatch):
        helped(store, fake_server).sync()

    assert Replica(store).cursor == 5  # the first page, applied before the second was read
    assert store.repos.tasks.count() == 3


def test_helpers_that_die_cost_only_time(
    store: Store, other_store: Store, fake_server: Any, wire: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_server.pages, _ = caseload_pages(wire, people=10)
    real = pages_module.Helpers.__init__

    def killed_at_once(self: Any, count: int) -> None:
        real(self, count)
        for proc in self._all:
            os.kill(proc.pid, signal.SIGKILL)

    monkeypatch.setattr(pages_module.Helpers, "__init__", killed_at_once)

    report = helped(store, fake_server).sync()
    SyncEngine(other_store, fake_server.client(), page_size=5, page_helpers=0).sync()

    assert (report.pulled, report.applied) == (30, 30)
    assert every_table(store) == every_table(other_store)


def test_a_malformed_page_read_by_a_helper_is_refused_as_without_helpers(
    store: Store, fake_server: Any, wire: Any
) -> None:
    fake_server.pages, _ = caseload_pages(wire)
    real = fake_server.handler

    def handler(request: Any) -> Any:
        response = real(request)
        if request.url.path == "/v1/pull" and request.url.params["cursor"] == "10":
            body = b'{"records": [{"seq": "ten"}], "removals": [], "cursor": 15, "has_more": true}'
            return httpx.Response(200, content=body, headers=response.headers)
        return response

    fake_server.handler = handler  # type: ignore[method-assign]

    with pytest.raises(ProtocolMismatch) as caught:
        helped(store, fake_server).sync()

    assert caught.value.detail.startswith("PullResponse: ")
    assert Replica(store).cursor == 10


def test_helpers_that_cannot_be_started_leave_the_sync_to_this_process(
    store: Store, fake_server: Any, wire: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_server.pages, _ = caseload_pages(wire)
    monkeypatch.setattr(pages_module.sys, "executable", "/nonexistent/python")

    report = helped(store, fake_server).sync()

    assert (report.pulled, report.applied) == (18, 18)
    assert store.repos.tasks.count() == 12
