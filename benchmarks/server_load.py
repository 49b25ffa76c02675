"""server_concurrent: many devices syncing incrementally at once against one server process, each a
thread with its own SyncClient speaking the real protocol: push a few new notes, pull until caught up
(which brings the other devices' notes), heartbeat. Reported: p95 latency of one sync and throughput."""

from __future__ import annotations

import os
import threading
import time
import uuid
from pathlib import Path

from benchmarks.dataset import Dataset, open_encrypted
from benchmarks.harness import Result, not_run, summarise, unavailable

NOTES_PER_PUSH = 3
ROUNDS = 3  # syncs per device
TEST_POSTGRES_ENV = "LEADDESK_TEST_POSTGRES_URL"
DEADLINE_S = 60.0  # no device starts another sync after this; a run this slow has said enough


class _Device:
    def __init__(self, base_url: str, code: str, name: str, participants: list[str]) -> None:
        from leaddesk.domain.clock import HybridClock
        from leaddesk.sync.client import SyncClient

        enrolling = SyncClient(base_url)
        answer = enrolling.enroll(code, name)
        enrolling.close()
        self.client = SyncClient(base_url, token=answer.device_token)
        self.clock = HybridClock(answer.device_id)
        self.participants = participants
        self.cursor = self.client.heartbeat(pending=0).latest_seq
        self.pulled = 0

    def sync_once(self, round_no: int) -> None:
        from leaddesk.domain import CaseNote
        from leaddesk.domain.ids import new_id
        from leaddesk.sync.protocol import Change, PushRequest

        changes = []
        for i in range(NOTES_PER_PUSH):
            pid = self.participants[(round_no * NOTES_PER_PUSH + i) % len(self.participants)]
            note = CaseNote(participant_id=pid, data=f"Seen at the shelter, round {round_no}.")
            fields = note.model_dump(mode="json", exclude={"id"})
            stamp = self.clock.now().encode()
            changes.append(
                Change(
                    change_id=new_id(),
                    entity="note",
                    record_id=note.id,
                    participant_id=pid,
                    op="create",
                    fields=fields,
                    clocks=dict.fromkeys(fields, stamp),
                )
            )
        self.client.push(PushRequest(batch_id=new_id(), changes=changes, pending=len(changes)))
        while True:
            page = self.client.pull(self.cursor, 1000)
            self.pulled += len(page.records)
            self.cursor = page.cursor
            if not page.has_more:
                break
        self.client.heartbeat(pending=0)


def concurrent(name: str, base_url: str, codes: list[str], data: Dataset) -> Result:
    store = open_encrypted(data)
    try:
        people = [r[0] for r in store.conn.execute("SELECT id FROM participant ORDER BY id LIMIT 200")]
    finally:
        store.close(audit=False)
    devices = [_Device(base_url, code, f"bench device {i}", people) for i, code in enumerate(codes)]
    rounds = ROUNDS
    latencies: list[float] = []
    errors: list[str] = []
    skipped: list[int] = []
    lock = threading.Lock()
    gate = threading.Barrier(len(devices) + 1)

    def work(device: _Device) -> None:
        gate.wait()
        deadline = time.perf_counter() + DEADLINE_S
        for r in range(rounds):
            if time.perf_counter() > deadline:
                with lock:
                    skipped.append(r)
                break
            start = time.perf_counter()
            try:
                device.sync_once(r)
            except Exception as exc:
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
                continue
            with lock:
                latencies.append(time.perf_counter() - start)

    threads = [threading.Thread(target=work, args=(d,), daemon=True) for d in devices]
    for t in threads:
        t.start()
    gate.wait()
    start = time.perf_counter()
    for t in threads:
        t.join()
    wall = time.perf_counter() - start
    for d in devices:
        d.client.close()
    if not latencies:
        return unavailable(name, f"every sync failed: {errors[:1]}")
    result = summarise(name, latencies, budget_on="p95")
    throughput = len(latencies) / wall
    result.extra.update(devices=len(devices), syncs=len(latencies), throughput_per_s=round(throughput, 1))
    result.extra_ok = not errors
    result.note = (
        f"{len(devices)} devices × {rounds} syncs (push {NOTES_PER_PUSH} notes, pull, heartbeat): "
        f"{throughput:.1f} syncs/s"
        + (f"; {len(skipped)} devices stopped at the {DEADLINE_S:.0f} s deadline" if skipped else "")
        + (f"; {len(errors)} failed: {errors[0][:80]}" if errors else "")
    )
    return result


def on_postgres(data: Dataset, folder: Path) -> Result:
    """The same on PostgreSQL, in a schema of its own that is dropped afterwards."""
    from benchmarks.sync_cases import POSTGRES_ENV, admin_setup, load_server, server_process, team_names

    name = "server_concurrent_postgresql"
    # The test suite's URL (what CI sets) will do: the run works in a schema of its own and drops it.
    base = os.environ.get(POSTGRES_ENV) or os.environ.get(TEST_POSTGRES_ENV)
    if not base:
        return not_run(
            name, f"not run: no PostgreSQL; set {POSTGRES_ENV} (or {TEST_POSTGRES_ENV}) to its URL"
        )
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from leaddesk.server.db import make_engine, normalise_url

    base = normalise_url(base)
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = (
            make_url(base)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
        codes = admin_setup(url, devices=data.size.devices, teams=team_names(data))
        # Participants only: an incremental sync reads by (team, seq) index, so the other 650,000 rows
        # would cost the run a minute to load and the measurement next to nothing.
        _, total = load_server(url, data, entities={"participant"})
        with server_process(url) as base_url:
            result = concurrent(name, base_url, codes, data)
        result.note += f"; server DB holds the {total:,} participants only"
        return result
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
