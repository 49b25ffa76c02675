"""The sync engine's own logic against a scripted server (tests/e2e runs it against the real one):
batching, settling answers, resending the batch in flight after a crash, re-cutting a batch that is
too large, resuming a pull after a cancel, the mass-removal fail-safe, attachments and revocation."""

from __future__ import annotations

import hashlib
import threading
from typing import Any

import httpx
import pytest

from leaddesk.domain import Attachment, Participant, Task
from leaddesk.domain.clock import MAX_AHEAD_MS, wall_ms
from leaddesk.domain.enums import RevokeMode
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.sync.client import RetryPolicy, SyncClient
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.enrolment import client_for, enroll
from leaddesk.sync.errors import (
    DeviceRevoked,
    MassRemovalBlocked,
    NotEnrolled,
    ServerUnreachable,
)
from leaddesk.sync.protocol import ChangeResult, ChangeStatus, Removal
from leaddesk.sync.report import SyncPhase, SyncProgress

FAST_RETRY = RetryPolicy(attempts=2, base_delay=0.001, max_delay=0.001, total=1.0)


def enrolling(fake_server: Any, wire: Any) -> SyncClient:
    """A client whose next answer is a successful enrolment."""
    answer = {
        "device_id": "0191e0c8-0000-7000-8000-000000000001",
        "device_token": "0191e0c8-0000-7000-8000-000000000001.s3cret",
        "user": wire.user.model_dump(mode="json"),
        "server_time": "2024-06-01T00:00:00Z",
    }
    fake_server.fail_next = [httpx.Response(200, json=answer)]
    return fake_server.client(token=None)


def add_tasks(store: Store, count: int, *, participant: Participant | None = None) -> Participant:
    person = participant or store.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    for i in range(count):
        store.repos.tasks.create(Task(participant_id=person.id, title=f"Task {i}"))
    return person


def test_the_outbox_goes_up_in_batches_then_the_heartbeat_reports(store: Store, fake_server: Any) -> None:
    add_tasks(store, 6)  # 7 changes with the participant
    seen: list[SyncProgress] = []
    engine = SyncEngine(store, fake_server.client(), progress=seen.append, batch_size=3, app_version="9.9")

    report = engine.sync()

    assert [len(p.changes) for p in fake_server.pushes] == [3, 3, 1]
    assert report.pushed == 7
    assert report.pending == 0
    assert store.repos.outbox.count() == 0
    assert fake_server.heartbeats == [{"pending": 0, "app_version": "9.9"}]
    assert [p.pushed for p in seen if p.phase is SyncPhase.PUSH] == [3, 6, 7]
    assert seen[-1].phase is SyncPhase.DONE
    assert Replica(store).last_sync_summary is not None


def test_refused_changes_leave_the_outbox_and_are_kept_with_their_reasons(
    store: Store, fake_server: Any
) -> None:
    add_tasks(store, 2)

    def refuse_tasks(change: Any) -> ChangeResult | None:
        if change.entity != "task":
            return None
        return ChangeResult(
            change_id=change.change_id, status=ChangeStatus.REJECTED, reason="title: too long"
        )

    fake_server.decide = refuse_tasks
    report = SyncEngine(store, fake_server.client()).sync()

    assert report.pushed == 1
    assert [r.reason for r in report.rejected] == ["title: too long"] * 2
    assert store.repos.outbox.count() == 0
    assert {r.entry.fields["title"] for r in store.repos.outbox.rejected()} == {"Task 0", "Task 1"}
    assert len(Replica(store).last_sync_summary["rejected"]) == 2  # type: ignore[index]


def test_a_crash_between_send_and_settle_resends_the_same_batch(
    store: Store, fake_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_tasks(store, 2)
    outbox = store.repos.outbox
    real_settle = outbox.settle_batch

    def crash(**kwargs: Any) -> None:
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(outbox, "settle_batch", crash)
    with pytest.raises(KeyboardInterrupt):
        SyncEngine(store, fake_server.client()).sync()
    assert outbox.count() == 3  # nothing acknowledged: the answer never landed
    monkeypatch.setattr(outbox, "settle_batch", real_settle)

    report = SyncEngine(store, fake_server.client()).sync()

    first, second = fake_server.pushes
    assert first.batch_id == second.batch_id
    assert [c.change_id for c in first.changes] == [c.change_id for c in second.changes]
    assert len(fake_server.answered) == 1  # the server saw one batch, twice
    assert report.pushed == 3
    assert outbox.count() == 0


def test_a_batch_too_large_for_the_server_is_cut_smaller(store: Store, fake_server: Any) -> None:
    add_tasks(store, 4)
    fake_server.max_changes = 2
    report = SyncEngine(store, fake_server.client(), batch_size=8).sync()
    assert report.pushed == 5
    assert all(len(p.changes) <= 2 for p in fake_server.pushes)
    assert len({p.batch_id for p in fake_server.pushes}) == len(fake_server.pushes)


def test_a_change_the_server_cannot_read_is_refused_here_and_the_rest_goes_up(
    store: Store, fake_server: Any
) -> None:
    person = add_tasks(store, 5)
    bad = store.repos.tasks.find(participant_id=person.id)[2]
    fake_server.unreadable = {bad.id}
    report = SyncEngine(store, fake_server.client()).sync()
    assert [r.record_id for r in report.rejected] == [bad.id]
    assert report.rejected[0].reason == "changes.0: bad"
    assert report.pushed == 5
    assert store.repos.outbox.count() == 0
    assert [r.entry.record_id for r in store.repos.outbox.rejected()] == [bad.id]


def test_stamps_far_ahead_are_stored_and_move_this_clock_only_to_the_bound(
    store: Store, fake_server: Any, wire: Any
) -> None:
    ahead = wire.remote_stamp(offset_ms=3 * 24 * 3600 * 1000)
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    fake_server.pages = [wire.page(wire.state_of(person, seq=1, stamp=ahead))]
    SyncEngine(store, fake_server.client()).sync()
    assert store.repos.participants.get(person.id).last_name == "Stone"
    assert Replica(store).cursor == 1
    # Another laptop's wrong clock never drags this one's stamps days ahead.
    assert store.clock.now().physical_ms < wall_ms() + MAX_AHEAD_MS + 1_000


def test_a_cancelled_pull_keeps_its_committed_pages_and_resumes_after_them(
    store: Store, fake_server: Any, wire: Any
) -> None:
    stamp = wire.remote_stamp()
    people = [Participant(first_name=f"P{i}", last_name="Stone", team_id="north") for i in range(4)]
    states = [wire.state_of(p, seq=i + 1, stamp=stamp) for i, p in enumerate(people)]
    fake_server.pages = [
        wire.page(*states[:2], has_more=True),
        wire.page(*states[2:], has_more=False),
    ]
    cancel = threading.Event()

    def stop_after_a_page(progress: SyncProgress) -> None:
        if progress.phase is SyncPhase.PULL:
            cancel.set()

    report = SyncEngine(store, fake_server.client(), progress=stop_after_a_page).sync(cancel=cancel)
    assert report.cancelled
    assert Replica(store).cursor == 2
    assert store.repos.participants.count() == 2
    assert fake_server.heartbeats == []

    report = SyncEngine(store, fake_server.client(), page_size=2).sync()
    pulls = [r for r in fake_server.requests if r.url.path == "/v1/pull"]
    assert pulls[-1].url.params["cursor"] == "2"
    assert pulls[-1].url.params["limit"] == "2"
    assert not report.cancelled
    assert store.repos.participants.count() == 4


def test_a_page_removing_most_participants_stops_and_asks(store: Store, fake_server: Any, wire: Any) -> None:
    stamp = wire.remote_stamp()
    people = [Participant(first_name=f"P{i}", last_name="Stone", team_id="north") for i in range(3)]
    Replica(store).apply_page([wire.state_of(p, seq=i + 1, stamp=stamp) for i, p in enumerate(people)], [], 3)
    fake_server.pages = [
        wire.page(Removal(seq=4, participant_id=people[0].id), Removal(seq=5, participant_id=people[1].id))
    ]

    with pytest.raises(MassRemovalBlocked) as blocked:
        SyncEngine(store, fake_server.client()).sync()
    assert (blocked.value.removing, blocked.value.total) == (2, 3)
    assert store.repos.participants.count() == 3
    assert Replica(store).cursor == 3

    report = SyncEngine(store, fake_server.client()).sync(allow_mass_removal=True)
    assert sorted(report.removed) == sorted(p.id for p in people[:2])
    assert Replica(store).cursor == 5


def test_removing_a_minority_goes_ahead_without_asking(store: Store, fake_server: Any, wire: Any) -> None:
    stamp = wire.remote_stamp()
    people = [Participant(first_name=f"P{i}", last_name="Stone", team_id="north") for i in range(3)]
    Replica(store).apply_page([wire.state_of(p, seq=i + 1, stamp=stamp) for i, p in enumerate(people)], [], 3)
    fake_server.pages = [wire.page(Removal(seq=4, participant_id=people[0].id))]
    assert SyncEngine(store, fake_server.client()).sync().removed == [people[0].id]


def test_attachment_bytes_go_up_before_their_record_and_come_down_after_theirs(
    store: Store, fake_server: Any, wire: Any
) -> None:
    person = add_tasks(store, 0)
    mine = store.repos.attachments.add(
        participant_id=person.id, file_name="id.png", media_type="image/png", data=b"\x89PNG mine"
    )
    theirs_bytes = b"%PDF theirs"
    theirs = Attachment(
        participant_id=person.id,
        file_name="lease.pdf",
        media_type="application/pdf",
        size=len(theirs_bytes),
        sha256=hashlib.sha256(theirs_bytes).hexdigest(),
    )
    fake_server.blobs[theirs.sha256] = theirs_bytes
    fake_server.pages = [wire.page(wire.state_of(theirs, seq=1, stamp=wire.remote_stamp()))]

    report = SyncEngine(store, fake_server.client()).sync()

    paths = [(r.method, r.url.path) for r in fake_server.requests]
    assert paths.index(("PUT", f"/v1/attachments/{mine.sha256}")) < paths.index(("POST", "/v1/push"))
    [put] = [r for r in fake_server.requests if r.method == "PUT"]
    assert put.url.params["participant_id"] == person.id  # the bytes go up for the file's participant
    assert fake_server.blobs[mine.sha256] == b"\x89PNG mine"
    assert store.repos.attachments.read_bytes(theirs.id) == theirs_bytes
    assert (report.uploaded, report.downloaded) == (1, 1)


def test_a_revoked_device_is_told_so(store: Store, fake_server: Any) -> None:
    body = {"error": "device_revoked", "message": "lost", "revoke_mode": "lost"}
    fake_server.fail_next = [httpx.Response(403, json=body)]
    with pytest.raises(DeviceRevoked) as raised:
        SyncEngine(store, fake_server.client()).sync()
    assert raised.value.mode is RevokeMode.LOST


def test_a_lost_device_is_wiped_without_sending_anything(store: Store, fake_server: Any) -> None:
    add_tasks(store, 1)
    folder = store.db_path.parent
    SyncEngine(store, fake_server.client()).handle_revocation(RevokeMode.LOST)
    assert not folder.exists()
    assert not store.is_open
    assert fake_server.pushes == []


def test_a_retired_device_sends_its_work_then_is_wiped(store: Store, fake_server: Any) -> None:
    add_tasks(store, 1)
    folder = store.db_path.parent
    report = SyncEngine(store, fake_server.client()).handle_revocation(RevokeMode.RETIRED)
    assert report is not None
    assert report.pushed == 2
    assert [c.entity for c in fake_server.pushes[0].changes] == ["participant", "task"]
    assert not folder.exists()


def test_a_retired_device_that_cannot_reach_the_server_keeps_its_work(store: Store, fake_server: Any) -> None:
    add_tasks(store, 1)

    def offline(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("network is unreachable")

    client = SyncClient(
        "http://sync.test", token="t", transport=httpx.MockTransport(offline), retry=FAST_RETRY
    )
    with pytest.raises(ServerUnreachable):
        SyncEngine(store, client).handle_revocation(RevokeMode.RETIRED)
    assert store.db_path.exists()
    assert store.repos.outbox.count() == 2


def test_enrolment_keeps_the_token_in_the_store_and_clients_are_made_from_it(
    store: Store, fake_server: Any, wire: Any
) -> None:
    with pytest.raises(NotEnrolled):
        client_for(store)

    user = enroll(
        store, "http://sync.test", "ABCD-EFGH-JKMN-PQRS", "Laptop", client=enrolling(fake_server, wire)
    )
    assert user == wire.user
    enrolment = Replica(store).enrolment
    assert enrolment is not None
    assert enrolment.token.endswith(".s3cret")
    assert Replica(store).cursor == 0
    with client_for(store) as client:
        assert client.base_url == "http://sync.test"


def test_joining_a_team_pulls_that_teams_older_records_at_once(
    store: Store, fake_server: Any, wire: Any
) -> None:
    enroll(store, "http://sync.test", "ABCD-EFGH-JKMN-PQRS", "Laptop", client=enrolling(fake_server, wire))
    old = Participant(first_name="Remy", last_name="Stone", team_id="south")
    fake_server.pages = [wire.page(wire.state_of(old, seq=3, stamp=wire.remote_stamp()), cursor=9)]
    SyncEngine(store, fake_server.client()).sync()
    assert Replica(store).cursor == 9
    pulls = [r for r in fake_server.requests if r.url.path == "/v1/pull"]
    assert len(pulls) == 1

    fake_server.user = wire.user.model_copy(update={"teams": ["north", "south"]})
    SyncEngine(store, fake_server.client()).sync()

    pulls = [r for r in fake_server.requests if r.url.path == "/v1/pull"]
    assert [p.url.params["cursor"] for p in pulls[1:]] == ["9", "0"]
    enrolment = Replica(store).enrolment
    assert enrolment is not None
    assert enrolment.user.teams == ("north", "south")
