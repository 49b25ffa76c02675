"""End-to-end sync fixtures: the real server under uvicorn on a loopback port (one per module and
backend: a SQLite file, and a PostgreSQL schema when LEADDESK_TEST_POSTGRES_URL is set, always in CI),
and laptops that are real encrypted profiles enrolled with it and synced by the real engine."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.engine import Engine

from leaddesk.domain import SYNCED_MODELS
from leaddesk.domain.enums import RevokeMode
from leaddesk.server import devices
from leaddesk.server.db import SEQ_COUNTER, counter, make_engine, push_batch, record
from leaddesk.server.running import ServerThread
from leaddesk.storage import field_clocks
from leaddesk.storage.codec import table_for
from leaddesk.storage.profile import create_profile
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.sync.client import RetryPolicy, SyncClient
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.enrolment import client_for, enroll
from leaddesk.sync.report import SyncProgress, SyncReport
from tests.backends import Admin, clear, database_url, server
from tests.kdf import FAST_FOR_TESTS

__all__ = ["clear", "database_url", "server"]  # the shared backend fixtures, registered here

PASSPHRASE = "correct horse battery staple"
FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, total=5.0)
SYNCED_TABLES = [table_for(m) for m in SYNCED_MODELS]


@pytest.fixture(scope="module")
def server_db(server: ServerThread, database_url: str) -> Iterator[Engine]:
    """The test's own way into the server's database, for the admin's data functions."""
    made = make_engine(database_url)
    yield made
    made.dispose()


class Laptop:
    """One case manager's laptop: its own encrypted profile, enrolled, synced by the real engine."""

    def __init__(
        self,
        office: Office,
        username: str,
        *,
        name: str,
        transport: httpx.BaseTransport | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
        batch_size: int = 500,
        page_size: int = 50,
    ) -> None:
        """`transport` carries the laptop's requests (a test's network faults); `progress` and the
        sizes go to its engine."""
        self.name = name
        self.store: Store = create_profile(
            name, PASSPHRASE, home=office.home / name, user=username, kdf=FAST_FOR_TESTS
        ).store
        # Through the test's transport, if it has one, from the first request on (left open: closing
        # it would close that transport, which the sync client below shares).
        enrolling = None if transport is None else SyncClient(office.url, transport=transport)
        try:
            enroll(
                self.store, office.url, office.code(username), name, verify=office.verify, client=enrolling
            )
        except BaseException:
            self.store.close(audit=False)
            raise
        if transport is None:
            client = client_for(self.store, retry=FAST_RETRY)
        else:
            enrolment = Replica(self.store).enrolment
            assert enrolment is not None
            client = SyncClient(
                enrolment.server_url, token=enrolment.token, transport=transport, retry=FAST_RETRY
            )
        self.engine = SyncEngine(
            self.store, client, progress=progress, batch_size=batch_size, page_size=page_size
        )
        self.repos = self.store.repos

    @property
    def device_id(self) -> str:
        enrolment = Replica(self.store).enrolment
        assert enrolment is not None
        return enrolment.device_id

    def sync(self, **kwargs: Any) -> SyncReport:
        return self.engine.sync(**kwargs)

    def snapshot(self) -> dict[str, dict[str, dict[str, Any]]]:
        """Every synced row (tombstones too) with its field clocks, by table and id: what must be
        identical on every laptop once they have all synced."""
        tables: dict[str, dict[str, dict[str, Any]]] = {}
        for table in SYNCED_TABLES:
            columns = [*table.columns, "field_clocks"]
            rows = self.store.conn.execute(f"SELECT {', '.join(columns)} FROM {table.name}")
            tables[table.name] = {row[0]: dict(zip(columns, row, strict=True)) for row in rows}
            for row in tables[table.name].values():
                row["field_clocks"] = field_clocks.decode(table.name, row["field_clocks"])
        return tables

    def close(self) -> None:
        self.engine.client.close()
        self.store.close(audit=False)


class Office(Admin):
    """The admin side, through the server's data functions, and the laptops enrolled with it."""

    def __init__(self, engine: Engine, url: str, home: Path, *, verify: bool | str = True) -> None:
        super().__init__(engine)
        self.url = url
        self.home = home
        self.verify = verify
        self.laptops: list[Laptop] = []

    def laptop(self, username: str, *, name: str | None = None, **options: Any) -> Laptop:
        made = Laptop(self, username, name=name or f"{username}-{len(self.laptops)}", **options)
        self.laptops.append(made)
        return made

    def revoke(self, laptop: Laptop, mode: RevokeMode) -> None:
        with self.engine.begin() as conn:
            devices.revoke(conn, device_id=laptop.device_id, mode=mode, actor="test")

    def server_records(self) -> dict[tuple[str, str], tuple[str, str, int]]:
        """(entity, id) -> (fields, clocks, seq) as the server holds them, plus the seq counter."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(record)).all()
        return {(r.entity, r.record_id): (r.fields, r.clocks, r.seq) for r in rows}

    def batches(self) -> int:
        """How many distinct push batches the server has stored."""
        with self.engine.connect() as conn:
            return len(conn.execute(select(push_batch.c.batch_id)).all())

    def latest_seq(self) -> int:
        with self.engine.connect() as conn:
            return int(
                conn.execute(select(counter.c.value).where(counter.c.name == SEQ_COUNTER)).scalar_one()
            )

    def close(self) -> None:
        for laptop in self.laptops:
            laptop.close()


def converged(
    *laptops: Laptop,
    participants: Collection[str] | None = None,
    skip: Collection[tuple[str, str]] = (),
) -> None:
    """Every laptop holds exactly what the first one does: the same rows, tombstones and field clocks;
    only those of `participants`, if given (laptops whose users share some of their teams), and none
    of `skip` ((table, id): a change the server refused stays where it was made, and nowhere else)."""
    first = _of(laptops[0].snapshot(), participants, skip)
    for other in laptops[1:]:
        theirs = _of(other.snapshot(), participants, skip)
        for table, rows in first.items():
            assert theirs[table].keys() == rows.keys(), f"{table}: different records on {other.name}"
            for record_id, row in rows.items():
                assert theirs[table][record_id] == row, f"{table} {record_id} differs on {other.name}"


def _of(
    snapshot: dict[str, dict[str, dict[str, Any]]],
    participants: Collection[str] | None,
    skip: Collection[tuple[str, str]],
) -> dict[str, dict[str, dict[str, Any]]]:
    return {
        table: {
            i: row
            for i, row in rows.items()
            if (participants is None or (row.get("participant_id") or i) in participants)
            and (table, i) not in skip
        }
        for table, rows in snapshot.items()
    }


@pytest.fixture(scope="module")
def new_office(server_db: Engine, server: ServerThread) -> Callable[[Path], Office]:
    """Makes an empty server with teams north and south, and an Office whose laptops live in the folder
    given; for tests (hypothesis examples) that need a fresh one several times over."""

    def make(home: Path) -> Office:
        clear(server_db)
        made = Office(server_db, server.url, home)
        made.team("north", "south")
        return made

    return make


@pytest.fixture
def office(new_office: Callable[[Path], Office], tmp_path: Path) -> Iterator[Office]:
    """An empty server with teams north and south."""
    made = new_office(tmp_path)
    yield made
    made.close()
