"""The benchmark caseload: built once per run from the synthetic generator into a temporary folder, as an
encrypted profile (production key-derivation cost) and as a plaintext twin made by the same code, in
two processes at once; then reopened by every case."""

from __future__ import annotations

import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from leaddesk.demo.seed import seed_store
from leaddesk.demo.synthetic import ParticipantBundle, generate
from leaddesk.domain import Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.storage.database import DB_FILE, connect_unencrypted
from leaddesk.storage.paths import profile_dir
from leaddesk.storage.profile import create_profile, open_store, unlock_key
from leaddesk.storage.schema import migrate
from leaddesk.storage.store import Store
from leaddesk.storage.vault import PRODUCTION

PROFILE = "Bench Worker"
PASSPHRASE = "benchmark passphrase, not a secret"
PLAIN_DIR = "plain"
PLAIN_DEVICE = str(uuid.UUID(int=0x7_000_8000_0000_0000_0000_000B_E4C4))
HEAVY_NOTES = 200  # participant_open's participant
HEAVY_LAST_NAME = "Heavyfile"


@dataclass(frozen=True)
class Size:
    name: str
    participants: int
    notes_per_participant: int
    rounds: int  # timed repetitions of each case
    bulk_notes: int  # rows per store_ratio_bulk_insert run
    sync_changes: int  # sync_push_10k's local changes
    devices: int  # server_concurrent_sqlite's simulated devices
    pg_devices: int  # server_concurrent_postgresql's, against 1, 2 and 4 worker processes


# The bulk-insert ratio is on 10,000 notes in the full run: as steady a ratio as 20,000, and half a minute
# less in a run that must fit in ten.
FULL = Size("full", 5_000, 50, rounds=7, bulk_notes=10_000, sync_changes=10_000, devices=50, pg_devices=200)
QUICK = Size("quick", 500, 50, rounds=5, bulk_notes=2_500, sync_changes=1_000, devices=10, pg_devices=20)
TINY = Size("tiny", 30, 10, rounds=2, bulk_notes=200, sync_changes=50, devices=2, pg_devices=2)
SIZES = {s.name: s for s in (FULL, QUICK, TINY)}


@dataclass(frozen=True)
class Dataset:
    home: Path  # LEADDESK_HOME of the encrypted profile
    plain_dir: Path
    size: Size
    seed: int
    today: date
    heavy_id: str  # the participant with HEAVY_NOTES notes
    build_s: dict[str, float]  # seconds each store took to seed
    counts: dict[str, int]


def open_plain_store(folder: Path, *, user: str = PROFILE) -> Store:
    """The same schema, repositories and pragmas on an UNENCRYPTED database: the baseline of the
    store_ratio_* cases. Benchmarks only; it holds invented data and lives in a temporary folder."""
    db_path = folder / DB_FILE
    conn = connect_unencrypted(db_path)
    migrate(conn, db_path=db_path)
    return Store(conn, db_path=db_path, user=user, device_id=PLAIN_DEVICE)


def open_encrypted(data: Dataset) -> Store:
    return open_store(unlock_key(profile_dir(PROFILE, data.home), PASSPHRASE))


def heavy_bundle(*, seed: int, today: date) -> ParticipantBundle:
    """An engaged participant with exactly HEAVY_NOTES notes (and the contacts and addenda that go with
    them): the busy file that participant_open opens."""
    for attempt in range(1000):
        made = generate(seed=seed * 1000 + attempt, participants=1, notes_per_participant=90, today=today)
        bundle = next(made)
        if len(bundle.notes) >= HEAVY_NOTES and bundle.participant.status is not ParticipantStatus.REFERRED:
            break
    else:  # pragma: no cover - the generator's spread makes this impossible in practice
        raise RuntimeError("no synthetic participant with enough notes")
    bundle.notes = bundle.notes[-HEAVY_NOTES:]
    kept = {n.id for n in bundle.notes}
    linked = {n.contact_id for n in bundle.notes}
    bundle.contacts = [c for c in bundle.contacts if c.id in linked]
    bundle.addenda = [a for a in bundle.addenda if a.note_id in kept]
    bundle.participant = Participant.model_validate(
        {**bundle.participant.model_dump(), "last_name": HEAVY_LAST_NAME}
    )
    return bundle


def _build(kind: str, folder: Path, size: Size, seed: int, today: date) -> dict[str, Any]:
    """Runs in a worker process: one store, seeded, plus the heavy participant."""
    if kind == "encrypted":
        store = create_profile(PROFILE, PASSPHRASE, home=folder, kdf=PRODUCTION).store
    else:
        store = open_plain_store(folder / PLAIN_DIR)
    start = time.perf_counter()
    summary = seed_store(
        store,
        seed=seed,
        participants=size.participants,
        notes_per_participant=size.notes_per_participant,
        today=today,
    )
    heavy = heavy_bundle(seed=seed, today=today)
    with store.write():
        for model in ParticipantBundle.MODELS:
            records = [r for r in heavy.records() if type(r) is model]
            if records:
                store.repos.for_entity(model.entity).import_records(records)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    seconds = time.perf_counter() - start
    store.close(audit=False)
    return {"seconds": seconds, "counts": dict(summary.counts), "heavy_id": heavy.participant.id}


def build(folder: Path, size: Size, *, seed: int = 7, today: date | None = None) -> Dataset:
    today = today or local_today()
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        jobs = {kind: pool.submit(_build, kind, folder, size, seed, today) for kind in ("encrypted", "plain")}
        done = {kind: job.result() for kind, job in jobs.items()}
    assert done["encrypted"]["heavy_id"] == done["plain"]["heavy_id"]
    return Dataset(
        home=folder,
        plain_dir=folder / PLAIN_DIR,
        size=size,
        seed=seed,
        today=today,
        heavy_id=done["encrypted"]["heavy_id"],
        build_s={kind: d["seconds"] for kind, d in done.items()},
        counts=done["encrypted"]["counts"],
    )
