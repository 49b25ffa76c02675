"""What encryption costs: the same repository operations on the encrypted store and on a plaintext store
built by the same code (same schema, pragmas and SQLite engine), timed alternately, as encrypted/plain."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.dataset import Dataset, open_plain_store
from benchmarks.harness import Result, compare
from benchmarks.store_cases import CASELOAD_PAGE, SEARCH_PAGE, open_participant, search_queries
from leaddesk.demo.synthetic import generate
from leaddesk.domain import CaseNote
from leaddesk.storage.database import DB_FILE, connect
from leaddesk.storage.repositories.participants import CaseloadFilter, CaseloadSort
from leaddesk.storage.schema import migrate
from leaddesk.storage.store import Store

RATIO_BUDGET = 1.3


def _pair(
    name: str, encrypted: Store, plain: Store, op: Callable[[Store], Any], data: Dataset, note: str = ""
) -> Result:
    return compare(
        name,
        lambda: op(encrypted),
        lambda: op(plain),
        rounds=data.size.rounds,
        ratio_budget=RATIO_BUDGET,
        note=note,
    )


def caseload_list(store: Store, data: Dataset) -> None:
    repo = store.repos.participants
    criteria = CaseloadFilter(today=data.today)
    repo.caseload_count(criteria)
    repo.caseload(criteria, limit=CASELOAD_PAGE)
    repo.caseload(criteria, sort=CaseloadSort.DAYS_SINCE_CONTACT, descending=True, limit=CASELOAD_PAGE)


def store_ratio_caseload(encrypted: Store, plain: Store, data: Dataset) -> Result:
    return _pair(
        "store_ratio_caseload",
        encrypted,
        plain,
        lambda s: caseload_list(s, data),
        data,
        note="first page by name and by days since contact",
    )


def store_ratio_participant_open(encrypted: Store, plain: Store, data: Dataset) -> Result:
    return _pair(
        "store_ratio_participant_open", encrypted, plain, lambda s: open_participant(s, data.heavy_id), data
    )


def store_ratio_search(encrypted: Store, plain: Store, data: Dataset) -> Result:
    queries = search_queries(plain)

    def run_all(store: Store) -> None:
        for text in queries:
            store.repos.search.search(text, limit=SEARCH_PAGE)

    return _pair("store_ratio_search", encrypted, plain, run_all, data, note=f"all {len(queries)} queries")


class _FreshStores:
    """An empty store of each kind per round (untimed), so every bulk insert starts alike."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="leaddesk-bulk-"))
        self.counter = itertools.count()
        self.open: list[Store] = []

    def make(self, *, encrypted: bool) -> Store:
        self.close()
        folder = self.folder / str(next(self.counter))
        if not encrypted:
            store = open_plain_store(folder)
        else:
            db_path = folder / DB_FILE
            conn = connect(db_path, os.urandom(32))
            migrate(conn, db_path=db_path)
            store = Store(conn, db_path=db_path, user="bench", device_id=str(_DEVICE))
        self.open.append(store)
        return store

    def close(self) -> None:
        while self.open:
            store = self.open.pop()
            store.close(audit=False)
            shutil.rmtree(store.db_path.parent, ignore_errors=True)

    def remove(self) -> None:
        self.close()
        shutil.rmtree(self.folder, ignore_errors=True)


_DEVICE = "0190e030-0000-7000-8000-00000000b01c"


def store_ratio_bulk_insert(data: Dataset) -> Result:
    notes: list[CaseNote] = []
    for bundle in generate(seed=data.seed + 1, participants=data.size.bulk_notes // 40 + 1, today=data.today):
        notes += bundle.notes
    notes = notes[: data.size.bulk_notes]
    fresh = _FreshStores()
    target: dict[str, Store] = {}
    try:
        return compare(
            "store_ratio_bulk_insert",
            lambda: target["e"].repos.notes.import_records(notes),
            lambda: target["p"].repos.notes.import_records(notes),
            setup_subject=lambda: target.update(e=fresh.make(encrypted=True)),
            setup_baseline=lambda: target.update(p=fresh.make(encrypted=False)),
            # Each run ends in one large durable commit, whose fsync wanders: more rounds than the rest.
            rounds=max(data.size.rounds, 9),
            ratio_budget=RATIO_BUDGET,
            note=f"{len(notes):,} notes into an empty store",
        )
    finally:
        fresh.remove()
