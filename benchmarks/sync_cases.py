"""Sync over loopback against the real server in its own process: a new device's initial download of
the whole caseload (against the device's insert floor, floor_case.py, and beside the same records
written straight into the server's database), a sync with nothing to do (time and bytes on the wire),
the quick check a laptop makes every 20 s between syncs (time, bytes, and the server process's CPU per
check), pushing many local changes, and many devices syncing at once (server_load.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.dataset import Dataset
from benchmarks.floor_case import insert_floor
from benchmarks.harness import Result, child_env, summarise, unavailable
from benchmarks.server_setup import admin_setup, load_server, team_names
from leaddesk.storage.store import Store

# The quick check (GET /v1/waiting) runs every 20 s on every online laptop: a small fraction of a no-op
# sync in time and bytes.
CHECK_BUDGET_S = 0.02
CHECK_BYTES = 1024
SYNC_CASES = (
    ("sync_initial", 30.0),
    ("sync_noop", 0.1),
    ("sync_check", CHECK_BUDGET_S),
    ("sync_push_10k", None),
    ("server_concurrent_sqlite", None),
    ("server_concurrent_postgresql", None),
    ("server_concurrent_postgresql_2w", None),
    ("server_concurrent_postgresql_4w", None),
)
NOOP_BYTES = 2048
FULL_PUSH = 10_000  # what sync_push_10k's name promises; the quick run scales it down and says so
POSTGRES_ENV = "LEADDESK_BENCH_POSTGRES_URL"
DEVICE_PASSPHRASE = "benchmark device passphrase"


def missing_parts() -> str | None:
    """Why the sync cases cannot run (the server or the engine is not there yet), or None."""
    try:
        from leaddesk.server.app import create_app  # noqa: F401
        from leaddesk.sync.client import SyncClient  # noqa: F401
        from leaddesk.sync.engine import SyncEngine  # noqa: F401
        from leaddesk.sync.enrolment import client_for, enroll  # noqa: F401
    except ImportError as exc:
        return f"not available yet ({exc})"
    return None


def run(data: Dataset) -> list[Result]:
    why = missing_parts()
    if why:
        return [unavailable(name, why, budget_s=budget) for name, budget in SYNC_CASES]
    from benchmarks import server_load

    results: list[Result] = []
    step = _Steps()
    with tempfile.TemporaryDirectory(prefix="leaddesk-sync-") as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'server.db'}"
        codes = admin_setup(url, devices=1 + data.size.devices, teams=team_names(data))
        baseline_s, total = load_server(url, data)
        step.done("server loaded")
        with server_process(url) as base_url:
            results += device_cases(data, folder, base_url, codes[0], baseline_s=baseline_s, total=total)
            step.done("one device: initial, no-op, push")
            results.append(server_load.concurrent("server_concurrent_sqlite", base_url, codes[1:], data))
            step.done("devices at once on SQLite")
        results += server_load.on_postgres(data, folder)
        step.done("devices at once on PostgreSQL")
    return results


class _Steps:
    """Where the sync cases' minutes go, on stderr beside the other cases' times."""

    def __init__(self) -> None:
        self._last = time.perf_counter()

    def done(self, what: str) -> None:
        now = time.perf_counter()
        print(f"    {what}: {now - self._last:.1f} s", file=sys.stderr, flush=True)
        self._last = now


class ServerUrl(str):
    """The server process's URL, which also knows its process id (to read its CPU time)."""

    pid: int


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of process `pid` so far (Linux /proc); None where it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    ticks = int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15 of stat(5)
    return ticks / os.sysconf("SC_CLK_TCK")


@contextmanager
def server_process(url: str) -> Iterator[ServerUrl]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.sync_server", url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert proc.stdout is not None
        base_url = ServerUrl(proc.stdout.readline().strip())
        if not base_url.startswith("http"):
            raise RuntimeError("the sync server did not start")
        base_url.pid = proc.pid
        yield base_url
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def device_cases(
    data: Dataset, folder: Path, base_url: str, code: str, *, baseline_s: float, total: int
) -> list[Result]:
    """sync_initial, sync_noop and sync_push_10k on one new device, through a byte-counting relay."""
    from urllib.parse import urlsplit

    from benchmarks.wire import CountingRelay
    from leaddesk.storage.kdf import KdfParams
    from leaddesk.storage.profile import create_profile
    from leaddesk.storage.sync_state import SyncState
    from leaddesk.sync.client import SyncClient
    from leaddesk.sync.engine import SyncEngine
    from leaddesk.sync.enrolment import client_for, enroll

    target = urlsplit(base_url)
    results: list[Result] = []
    # Key derivation is not what these cases measure: the cheapest Argon2id, for a profile never reopened.
    cheap = KdfParams(memory_cost=8, iterations=1, lanes=1)
    with CountingRelay(target.hostname or "127.0.0.1", target.port or 80) as relay:
        store = create_profile("Sync Device", DEVICE_PASSPHRASE, home=folder / "device", kdf=cheap).store
        try:
            # Enrolled through the relay, so the client it keeps counts bytes; times are taken with a
            # direct client to the same server, so the relay's threads never share in them.
            enroll(store, f"http://127.0.0.1:{relay.port}", code, "bench laptop")
            counted = client_for(store)
            enrolment = SyncState(store).enrolment
            assert enrolment is not None
            direct = SyncClient(base_url, token=enrolment.token)
            engine = SyncEngine(store, direct)
            start = time.perf_counter()
            report = engine.sync()
            seconds = time.perf_counter() - start
            results.append(_initial(seconds, report.pulled, total, store, folder, baseline_s=baseline_s))
            results.append(_noop(engine, SyncEngine(store, counted), relay, data))
            results.append(_check(direct, counted, relay, store, server_pid=getattr(base_url, "pid", None)))
            results.append(_push(direct, store, data))
            direct.close()
            counted.close()
        finally:
            store.close(audit=False)
    return results


def _initial(
    seconds: float, pulled: int, total: int, store: Store, folder: Path, *, baseline_s: float
) -> Result:
    """sync_initial against the device's insert floor (benchmarks/floor_case.py) and in records/s."""
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size_mib = store.db_path.stat().st_size / 2**20  # the database file, its log written back into it
    floor_s, rows = insert_floor(store, folder / "floor")
    initial = summarise("sync_initial", [seconds], budget_s=30.0)
    initial.ratio, initial.ratio_budget = seconds / floor_s, 1.5
    initial.note = (
        f"{pulled:,} of {total:,} records pulled, {pulled / seconds:,.0f} records/s; ratio to the "
        f"device's insert floor ({rows:,} rows in {floor_s:.1f} s); the server's own writer took "
        f"{baseline_s:.1f} s; the device's database {size_mib:,.0f} MiB"
    )
    initial.extra.update(
        records=pulled, records_per_s=round(pulled / seconds), floor_s=round(floor_s, 3),
        baseline_s=round(baseline_s, 3), database_mib=round(size_mib, 1),
    )  # fmt: skip
    initial.extra_ok = pulled >= total
    return initial


def _noop(engine: Any, counted: Any, relay: Any, data: Dataset) -> Result:
    """Timed straight to the server; the bytes of the same syncs counted through the relay."""
    engine.sync()  # warm-up
    samples = []
    for _ in range(data.size.rounds * 2):
        start = time.perf_counter()
        engine.sync()
        samples.append(time.perf_counter() - start)
    wire = []
    for _ in range(3):
        before = relay.total
        counted.sync()
        time.sleep(0.05)  # let the relay's threads count the last bytes
        wire.append(relay.total - before)
    result = summarise("sync_noop", samples, budget_s=0.1)
    most = max(wire)
    result.extra.update(wire_bytes=most, wire_budget_bytes=NOOP_BYTES)
    result.extra_ok = most <= NOOP_BYTES
    result.note = f"{most:,} bytes on the wire (budget {NOOP_BYTES:,})"
    return result


def _check(direct: Any, counted: Any, relay: Any, store: Store, *, server_pid: int | None) -> Result:
    """The quick check with nothing waiting (what nearly every check finds), timed straight to the
    server with the server process's CPU time read around the same calls, and its bytes counted through
    the relay (plain HTTP: over HTTPS each check's new connection adds a TLS handshake)."""
    from leaddesk.storage.sync_state import SyncState

    cursor = SyncState(store).cursor
    if direct.waiting(cursor):  # warm-up, and the premise: a synced laptop has nothing waiting
        raise RuntimeError("the quick check found changes waiting right after a sync")
    rounds = 200
    cpu_before = cpu_seconds(server_pid) if server_pid else None
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        direct.waiting(cursor)
        samples.append(time.perf_counter() - start)
    cpu_after = cpu_seconds(server_pid) if server_pid else None
    wire = []
    for _ in range(3):
        before = relay.total
        counted.waiting(cursor)
        time.sleep(0.05)  # let the relay's threads count the last bytes
        wire.append(relay.total - before)
    result = summarise("sync_check", samples, budget_s=CHECK_BUDGET_S)
    most = max(wire)
    result.extra.update(wire_bytes=most, wire_budget_bytes=CHECK_BYTES)
    result.extra_ok = most <= CHECK_BYTES
    result.note = f"{most:,} bytes on the wire (budget {CHECK_BYTES:,})"
    if cpu_before is not None and cpu_after is not None:
        per_check_ms = (cpu_after - cpu_before) / rounds * 1000
        result.extra.update(server_cpu_ms=round(per_check_ms, 3))
        # One laptop checking every 20 s (20,000 ms) costs the server this share of one core.
        share = per_check_ms / 20_000 * 100
        result.note += f"; server CPU {per_check_ms:.2f} ms a check ({share:.3f}% of a core per laptop)"
    return result


def _push(client: Any, store: Store, data: Dataset) -> Result:
    """New notes written on the device, then one sync: timed until the push is done (the first pull
    page starts after it), and to the end, when those notes have come back as already here."""
    from leaddesk.domain import CaseNote
    from leaddesk.sync.engine import SyncEngine
    from leaddesk.sync.report import SyncPhase

    count = data.size.sync_changes
    people = [r[0] for r in store.conn.execute("SELECT id FROM participant ORDER BY id LIMIT 100")]
    with store.write():
        for i in range(count):
            store.repos.notes.create(
                CaseNote(participant_id=people[i % len(people)], data=f"Benchmark note {i}: at the shelter.")
            )
    pushed_at: list[float] = []  # when each batch's answer was settled; the last one ends the push

    def progress(update: Any) -> None:
        if update.phase is SyncPhase.PUSH:
            pushed_at.append(time.perf_counter())

    engine = SyncEngine(store, client, progress=progress)
    start = time.perf_counter()
    report = engine.sync()
    seconds = time.perf_counter() - start
    push_s = (pushed_at[-1] if pushed_at else start + seconds) - start
    result = summarise("sync_push_10k", [push_s])
    rate = count / push_s if push_s else 0.0
    result.extra.update(
        changes=count, changes_per_s=round(rate), push_s=round(push_s, 3), with_pull_back_s=round(seconds, 3)
    )
    result.extra_ok = report.pushed == count and not report.rejected
    scaled = (
        "" if count == FULL_PUSH else f" (a {data.size.name} run: {count:,} of the full run's {FULL_PUSH:,})"
    )
    result.note = (
        f"{report.pushed:,} changes pushed{scaled}: {rate:,.0f} changes/s; "
        f"{seconds:.1f} s with pulling them back"
    )
    return result
