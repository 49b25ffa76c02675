"""The engine and participants leaving this laptop, against a scripted server: unsent work about them
goes up before the next page is asked for (asking tells the server the removal is applied, after which
it refuses that work); a push that fails removes nothing; a save made while they leave is refused; a
disabled account is told plainly and nothing is wiped. tests/e2e runs the same against the real server."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from leaddesk.domain import CaseNote, Participant, Task
from leaddesk.storage.errors import ParticipantLeaving
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.errors import AccountDisabled, ServerUnavailable
from leaddesk.sync.protocol import ChangeResult, ChangeStatus, Removal
from leaddesk.sync.report import SyncPhase, SyncProgress


def _caseload(store: Store, fake_server: Any, wire: Any) -> tuple[Participant, Participant]:
    """Jordan and Ash pulled here (cursor 2); the server's next pages: Remy and a task (cursor 10), then
    Jordan's removal at 15 (cursor 20), then one more task (cursor 30)."""
    stamp = wire.remote_stamp()
    jordan, ash, remy = (
        Participant(first_name=n, last_name="Quill", team_id="north") for n in ("Jordan", "Ash", "Remy")
    )
    Replica(store).apply_page(
        [wire.state_of(p, seq=i, stamp=stamp) for i, p in enumerate((jordan, ash), 1)], [], 2
    )
    fake_server.pages = [
        wire.page(
            wire.state_of(remy, seq=5, stamp=stamp),
            wire.state_of(Task(participant_id=remy.id, title="Call"), seq=6, stamp=stamp),
            cursor=10,
            has_more=True,
        ),
        wire.page(Removal(seq=15, participant_id=jordan.id), cursor=20, has_more=True),
        wire.page(wire.state_of(Task(participant_id=ash.id, title="Court"), seq=25, stamp=stamp), cursor=30),
    ]
    return jordan, ash


def _typing_after_the_first_page(store: Store, jordan: Participant, seen: list[str]) -> Any:
    """A case manager writing a note about Jordan while the sync runs, once the first page is in."""

    def progress(p: SyncProgress) -> None:
        if p.phase is SyncPhase.PULL and not seen:
            seen.append(
                store.repos.notes.create(CaseNote(participant_id=jordan.id, data="Written meanwhile.")).id
            )

    return progress


def _requests(fake_server: Any) -> list[str]:
    return [
        f"pull {r.url.params['cursor']}" if r.url.path == "/v1/pull" else r.url.path.removeprefix("/v1/")
        for r in fake_server.requests
    ]


def test_unsent_work_goes_up_before_the_page_after_its_removal_is_asked_for(
    store: Store, fake_server: Any, wire: Any
) -> None:
    jordan, _ash = _caseload(store, fake_server, wire)
    written: list[str] = []

    report = SyncEngine(
        store, fake_server.client(), progress=_typing_after_the_first_page(store, jordan, written)
    ).sync()

    asked = _requests(fake_server)
    assert asked.index("push") < asked.index("pull 20")  # the note went up before the page after it
    [push] = fake_server.pushes
    assert [c.record_id for c in push.changes] == written
    assert report.removed == [jordan.id]
    assert report.pushed == 1
    assert store.repos.outbox.count() == 0
    assert store.repos.outbox.rejected() == []
    assert store.repos.participants.count() == 2  # Ash and Remy
    assert Replica(store).leaving() == set()
    assert Replica(store).cursor == 30


def test_a_failed_push_of_their_work_removes_nothing_and_the_next_sync_sends_it(
    store: Store, fake_server: Any, wire: Any
) -> None:
    jordan, _ash = _caseload(store, fake_server, wire)
    written: list[str] = []
    typing = _typing_after_the_first_page(store, jordan, written)

    def progress(p: SyncProgress) -> None:
        typing(p)
        if p.phase is SyncPhase.PULL and not fake_server.fail_next:
            # The page after the first was asked for as the first came in; wait for that request so that
            # the failures below meet the push of the note, not it.
            deadline = time.monotonic() + 10
            while "pull 10" not in _requests(fake_server) and time.monotonic() < deadline:
                time.sleep(0.01)
            fake_server.fail_next = [
                httpx.Response(503, json={"error": "unavailable", "message": "down"})
            ] * 3

    with pytest.raises(ServerUnavailable):
        SyncEngine(store, fake_server.client(), progress=progress).sync()

    assert "pull 20" not in _requests(fake_server)
    assert Replica(store).cursor == 10  # the page with the removal was not applied
    assert store.repos.notes.get(written[0]).data == "Written meanwhile."
    assert store.repos.outbox.count() == 1
    with pytest.raises(ParticipantLeaving):  # still on the way out: nothing more about them is saved
        store.repos.participants.update(jordan.id, {"phone": "555-0100"})

    report = SyncEngine(store, fake_server.client()).sync()

    assert [c.record_id for p in fake_server.pushes for c in p.changes] == written
    assert report.removed == [jordan.id]
    assert store.repos.outbox.count() == 0
    assert Replica(store).cursor == 30


def test_a_save_made_while_the_sync_removes_its_participant_is_refused(
    store: Store, fake_server: Any, wire: Any
) -> None:
    jordan, ash = _caseload(store, fake_server, wire)
    written: list[str] = []
    refused: list[Exception] = []

    def decide(change: Any) -> ChangeResult | None:
        # While the note goes up, the case manager saves a task about Jordan (refused) and one about Ash.
        if not refused:
            try:
                store.repos.tasks.create(Task(participant_id=jordan.id, title="Saved during the removal"))
            except ParticipantLeaving as exc:
                refused.append(exc)
            store.repos.tasks.create(Task(participant_id=ash.id, title="Ash stays"))
        return ChangeResult(change_id=change.change_id, status=ChangeStatus.APPLIED)

    fake_server.decide = decide
    SyncEngine(
        store, fake_server.client(), progress=_typing_after_the_first_page(store, jordan, written)
    ).sync()

    assert [str(e) for e in refused] == [
        "This participant has moved out of your team's caseload; this change could not be saved."
    ]
    assert store.repos.tasks.count(where={"title": "Saved during the removal"}, include_deleted=True) == 0
    assert store.repos.tasks.count(where={"title": "Ash stays"}) == 1
    assert store.repos.outbox.count() == 0  # Ash's task went up in the same push


def test_a_participant_back_in_scope_before_the_next_sync_can_be_written_to_again(
    store: Store, fake_server: Any, wire: Any
) -> None:
    jordan, _ash = _caseload(store, fake_server, wire)
    Replica(store).mark_leaving({jordan.id: 15})  # a sync that failed after marking them
    fake_server.pages = fake_server.pages[:1]  # and the server no longer removes them

    SyncEngine(store, fake_server.client()).sync()

    store.repos.participants.update(jordan.id, {"phone": "555-0100"})
    assert Replica(store).leaving() == set()


def test_a_disabled_account_is_told_plainly_and_nothing_is_wiped(
    store: Store, fake_server: Any, wire: Any
) -> None:
    jordan, _ash = _caseload(store, fake_server, wire)
    store.repos.notes.create(CaseNote(participant_id=jordan.id, data="Waiting to go up."))
    body = {"error": "user_disabled", "message": "The account this device syncs for has been disabled."}
    fake_server.fail_next = [httpx.Response(403, json=body)]

    with pytest.raises(AccountDisabled) as stopped:
        SyncEngine(store, fake_server.client()).sync()

    assert str(stopped.value) == (
        "Your account has been switched off on the office server, so this laptop cannot sync. Everything on "
        "this laptop stays here; ask your supervisor or IT to switch it back on."
    )
    assert store.is_open
    assert store.repos.outbox.count() == 1
    assert store.repos.participants.count() == 2
