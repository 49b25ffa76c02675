"""A sibling store for a worker thread (same database, same clock), the sync log, and disconnecting a
laptop from its server without losing anything."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from leaddesk.domain import Participant
from leaddesk.domain.clock import Stamp
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.storage.sync_log import KEEP, SyncLog
from leaddesk.storage.sync_state import EnrolledUser, Enrolment


def on_thread(work: Any) -> Any:
    """Run `work` on another thread (as the sync worker does) and hand back its result or error."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    if "error" in box:
        raise box["error"]
    return box["value"]


def test_a_sibling_on_another_thread_writes_what_the_first_store_reads(store: Store) -> None:
    opener = store.sibling_opener()

    def write() -> str:
        sibling = opener()
        try:
            made = sibling.repos.participants.create(
                Participant(first_name="Remy", last_name="Ash", team_id="n")
            )
            return made.id
        finally:
            sibling.close(audit=False)

    made_id = on_thread(write)
    assert store.repos.participants.get(made_id).first_name == "Remy"
    assert store.repos.outbox.count() == 1


def test_siblings_share_the_clock_so_an_edit_after_a_sync_orders_after_what_it_saw(store: Store) -> None:
    opener = store.sibling_opener()
    ahead = Stamp(hlc=(store.clock.last >> 16 << 16) + (60_000 << 16), device="other-laptop")

    def observe() -> None:
        sibling = opener()
        try:
            assert sibling.clock is store.clock
            sibling.clock.observe(ahead)
        finally:
            sibling.close(audit=False)

    on_thread(observe)
    assert store.clock.now().hlc > ahead.hlc


def test_an_edit_gets_its_turn_between_a_busy_siblings_writes(store: Store) -> None:
    """While a sibling on another thread writes transaction after transaction, with only a short pause
    between them (a sync writing pulled pages), a write here waits for the one under way and no more:
    SQLite's own wait, which polls, could miss every pause for a second or longer."""
    opener = store.sibling_opener()
    busy, stop = threading.Event(), threading.Event()

    def write_pages() -> int:
        sibling = opener()
        pages = 0
        try:
            while not stop.is_set():
                with sibling.write(durable=False) as conn:
                    busy.set()
                    end = time.monotonic() + 0.04  # a page's writing
                    while time.monotonic() < end:
                        conn.execute("SELECT count(*) FROM participant").fetchone()
                pages += 1
                time.sleep(0.003)  # the next page, prepared
        finally:
            sibling.close(audit=False)
        return pages

    box: dict[str, int] = {}
    pager = threading.Thread(target=lambda: box.update(pages=write_pages()))
    pager.start()
    try:
        assert busy.wait(10)
        waits = []
        for _ in range(8):
            began = time.monotonic()
            store.repos.participants.create(Participant(first_name="Ed", last_name="Turn", team_id="north"))
            waits.append(time.monotonic() - began)
            time.sleep(0.02)  # typing the next one
    finally:
        stop.set()
        pager.join(30)
    assert box["pages"] >= 4  # the sibling was writing all along
    assert max(waits) < 0.3, waits  # one page under way (0.04 s), on a busy machine


def test_a_closed_store_opens_no_siblings(store: Store) -> None:
    store.close(audit=False)
    with pytest.raises(RuntimeError):
        store.sibling_opener()


def test_the_sync_log_keeps_the_newest_first_and_drops_the_oldest(store: Store) -> None:
    log = SyncLog(store)
    start = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    for n in range(KEEP + 5):
        at = start + timedelta(minutes=n)
        log.add(started_at=at, finished_at=at, outcome="done", summary={"pushed": n, "pulled": 2 * n})
    recent = log.recent(limit=KEEP + 50)
    assert len(recent) == KEEP
    assert recent[0].pushed == KEEP + 4
    assert recent[0].pulled == 2 * (KEEP + 4)
    assert recent[-1].pushed == 5


def test_a_finished_sync_is_the_last_sync_and_a_line_in_the_log(store: Store) -> None:
    replica = Replica(store)
    at = datetime(2026, 5, 1, 9, 30, tzinfo=UTC)
    replica.record_sync({"started_at": "2026-05-01T09:29:00Z", "pushed": 4, "rejected": [1, 2]}, at=at)
    replica.record_sync(
        {"started_at": "2026-05-01T09:40:00Z", "cancelled": True}, at=at + timedelta(minutes=11)
    )
    newest, older = SyncLog(store).recent()
    assert (newest.outcome, older.outcome) == ("cancelled", "done")
    assert older.started_at == datetime(2026, 5, 1, 9, 29, tzinfo=UTC)
    assert (older.pushed, older.refused) == (4, 2)
    assert replica.last_sync_at == at + timedelta(minutes=11)


def test_disconnecting_forgets_the_server_and_keeps_records_and_unsent_work(
    store: Store, participant: Participant
) -> None:
    replica = Replica(store)
    user = EnrolledUser(username="casey", display_name="Casey", role="case_manager", teams=("north",))
    replica.save_enrolment(
        Enrolment("https://sync.example.org", "dev-1", token="secret", ca_bundle=None, user=user)
    )
    replica.save_state({"cursor": "42"})
    assert replica.enrolment is not None
    replica.forget_enrolment()
    assert replica.enrolment is None
    assert replica.cursor == 0
    rows = store.conn.execute("SELECT key FROM sync_state").fetchall()
    assert "device_token" not in {r[0] for r in rows}
    assert store.repos.participants.get(participant.id).first_name == "Jordan"
    assert store.repos.outbox.count() == 1
