"""server_concurrent: many devices syncing incrementally at once against one server process, each a
thread with its own SyncClient speaking the real protocol: push a few new notes, pull until caught up
(which brings the other devices' notes), heartbeat. Reported: p95 latency of one sync and throughput."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.dataset import Dataset, open_encrypted
from benchmarks.harness import Result, not_run, summarise, unavailable
from benchmarks.sync_cases import ServerUrl, cpu_seconds

NOTES_PER_PUSH = 3
ROUNDS = 3  # syncs per device
TEST_POSTGRES_ENV = "LEADDESK_TEST_POSTGRES_URL"
DEADLINE_S = 60.0  # no device starts another sync after this; a run this slow has said enough


class _Device:
    def __init__(self, base_url: str, device_id: str, token: str, participants: list[str]) -> None:
        from leaddesk.domain.clock import HybridClock
        from leaddesk.sync.client import SyncClient

        self.client = SyncClient(base_url, token=token)
        self.clock = HybridClock(device_id)
        self.participants = participants
        self.cursor = self.client.heartbeat(pending=0).latest_seq
        self.pulled = 0

    @staticmethod
    def enroll(base_url: str, code: str, name: str) -> tuple[str, str]:
        """(device id, token) of a new device enrolled with `code`."""
        from leaddesk.sync.client import SyncClient

        with SyncClient(base_url) as enrolling:
            answer = enrolling.enroll(code, name)
        return answer.device_id, answer.device_token

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


def participants_of(data: Dataset) -> list[str]:
    """Whose records the devices write notes on: 200 of the caseload."""
    store = open_encrypted(data)
    try:
        return [r[0] for r in store.conn.execute("SELECT id FROM participant ORDER BY id LIMIT 200")]
    finally:
        store.close(audit=False)


def concurrent(name: str, base_url: str, codes: list[str], data: Dataset) -> Result:
    enrolled = [_Device.enroll(base_url, code, f"bench device {i}") for i, code in enumerate(codes)]
    return drive(name, base_url, enrolled, participants_of(data))


def drive(name: str, base_url: str, enrolled: list[tuple[str, str]], people: list[str]) -> Result:
    """The enrolled devices (id, token) each syncing ROUNDS times at once against `base_url`."""
    devices = [_Device(base_url, device_id, token, people) for device_id, token in enrolled]
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


WORKERS = (1, 2, 4)
SERVER_LOG_ENV = "LEADDESK_BENCH_SERVER_LOG"  # where the served workers' log goes (default: nowhere)


def on_postgres(data: Dataset, folder: Path) -> list[Result]:
    """The devices of `data.size.pg_devices` at once on PostgreSQL, against `leaddesk-server serve
    --workers N` for each N of WORKERS (the production runner: uvicorn's worker processes sharing the
    port), in a schema of its own that is dropped afterwards. The same enrolled devices serve each run."""
    from benchmarks.server_setup import admin_setup, load_server, team_names
    from benchmarks.sync_cases import POSTGRES_ENV

    names = [workers_case(n) for n in WORKERS]
    # The test suite's URL (what CI sets) will do: the run works in a schema of its own and drops it.
    base = os.environ.get(POSTGRES_ENV) or os.environ.get(TEST_POSTGRES_ENV)
    if not base:
        why = f"not run: no PostgreSQL; set {POSTGRES_ENV} (or {TEST_POSTGRES_ENV}) to its URL"
        return [not_run(name, why) for name in names]
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
        devices = data.size.pg_devices
        codes = admin_setup(url, devices=devices, teams=team_names(data))
        # Participants only: an incremental sync reads by (team, seq) index, so the other 650,000 rows
        # would cost the run a minute to load and the measurement next to nothing.
        _, total = load_server(url, data, entities={"participant"})
        people = participants_of(data)
        enrolled: list[tuple[str, str]] = []
        results: list[Result] = []
        for workers, name in zip(WORKERS, names, strict=True):
            with serving(url, workers) as base_url:
                if not enrolled:
                    enrolled = [_Device.enroll(base_url, c, f"bench device {i}") for i, c in enumerate(codes)]
                began, here = time.perf_counter(), time.process_time()
                server, database = server_cpu(base_url.pid), postgres_cpu()
                result = drive(name, base_url, enrolled, people)
                wall = time.perf_counter() - began
                result.extra.update(
                    wall_s=round(wall, 1),
                    server_cpu_s=round(server_cpu(base_url.pid) - server, 1),
                    load_cpu_s=round(time.process_time() - here, 1),
                    postgres_cpu_s=round(postgres_cpu() - database, 1),
                )
                result.note += (
                    f"; CPU over its {wall:.0f} s: server {result.extra['server_cpu_s']} s, "
                    f"PostgreSQL {result.extra['postgres_cpu_s']} s, "
                    f"the devices' process {result.extra['load_cpu_s']} s"
                )
                results.append(result)
        single = results[0].extra.get("throughput_per_s")
        for workers, result in zip(WORKERS, results, strict=True):
            result.note += f"; {workers} worker process{'es' if workers > 1 else ''}"
            rate = result.extra.get("throughput_per_s")
            if single and rate and workers > 1:
                result.extra["speedup"] = round(rate / single, 2)
                result.note += f", {rate / single:.2f}x the syncs/s of one"
            result.note += f"; server DB holds the {total:,} participants only"
        return results
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def workers_case(workers: int) -> str:
    return "server_concurrent_postgresql" + ("" if workers == 1 else f"_{workers}w")


def server_cpu(pid: int) -> float:
    """CPU seconds of the server process and its worker processes so far (Linux /proc)."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    return sum(cpu_seconds(p) or 0.0 for p in [pid, *map(int, children)])


def postgres_cpu() -> float:
    """CPU seconds of this machine's PostgreSQL processes so far (0 where /proc cannot tell)."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == "postgres":
                total += cpu_seconds(int(entry.name)) or 0.0
        except OSError:
            continue
    return total


@contextmanager
def serving(database_url: str, workers: int) -> Iterator[ServerUrl]:
    """`leaddesk-server serve --workers N` on a free loopback port, once /v1/health answers."""
    import httpx

    from benchmarks.harness import child_env

    command = [sys.executable, "-m", "leaddesk.server.cli", "serve", "--host", "127.0.0.1", "--port", "0",
               "--workers", str(workers), "--database-url", database_url]  # fmt: skip
    log = open(os.environ.get(SERVER_LOG_ENV, os.devnull), "a")  # noqa: SIM115 - closed after the server
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True, env=child_env())
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        found = re.search(r"https?://[\w.]+:\d+", line)
        if not found:
            raise RuntimeError(f"the server did not start: {line!r}")
        base_url = ServerUrl(found.group(0))
        base_url.pid = proc.pid
        deadline = time.perf_counter() + 60
        while True:  # every worker is up once a few answers in a row come
            try:
                if all(httpx.get(f"{base_url}/v1/health", timeout=5).is_success for _ in range(4 * workers)):
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() > deadline:
                raise RuntimeError("the server's workers did not answer in 60 s")
            time.sleep(0.2)
        yield base_url
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
