"""The office server the sync and report cases run against, set up as its admin would and loaded with
the caseload by the server's own record writer (whose time is the baseline the first sync was compared
with)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from benchmarks.dataset import Dataset, open_encrypted
from leaddesk.domain import SYNCED_MODELS
from leaddesk.storage import field_clocks
from leaddesk.storage.codec import table_for
from leaddesk.storage.store import Store

USERNAME = "bench"


def team_names(data: Dataset) -> list[str]:
    store = open_encrypted(data)
    try:
        return store.repos.participants.team_ids()
    finally:
        store.close(audit=False)


def admin_setup(url: str, *, devices: int, teams: list[str]) -> list[str]:
    """A migrated server with the caseload's teams, one case manager in all of them, and an enrolment
    code for each device; done as the admin CLI would, straight on the database."""
    from datetime import timedelta

    from leaddesk.server import enrolment as device_admin
    from leaddesk.server import users
    from leaddesk.server.db import make_engine, transaction
    from leaddesk.server.migrate import upgrade
    from leaddesk.sync.protocol import Role

    engine = make_engine(url)
    try:
        upgrade(engine)
        with engine.connect() as conn, transaction(conn, write=True):
            for team in teams:
                users.add_team(conn, name=team, actor="bench")
            users.add_user(conn, username=USERNAME, role=Role.CASE_MANAGER, teams=teams, actor="bench")
            return [
                device_admin.issue_code(
                    conn,
                    username=USERNAME,
                    device_name=f"bench {i}",
                    lifetime=timedelta(hours=2),
                    actor="bench",
                ).code
                for i in range(devices)
            ]
    finally:
        engine.dispose()


@dataclass
class _Converter:
    """A stored row of the device as the wire carries it (what model_dump(mode="json") gives)."""

    columns: tuple[str, ...]
    json_columns: frozenset[str]
    bool_columns: frozenset[str]

    def fields(self, row: tuple[Any, ...]) -> dict[str, Any]:
        out = {}
        for name, value in zip(self.columns, row, strict=False):
            if name == "id":
                continue
            if name in self.json_columns:
                value = json.loads(value)
            elif name in self.bool_columns:
                value = bool(value)
            out[name] = value
        return out


def _converter(model: Any) -> _Converter:
    table = table_for(model)
    bools = frozenset(n for n, f in model.model_fields.items() if f.annotation is bool)
    return _Converter(table.columns, table.json_columns, bools)


def stored_records(
    store: Store, *, chunk: int = 5000, entities: set[str] | None = None
) -> Iterator[list[Any]]:
    """Every synced record of `store` (of `entities`, if given) as the server stores it, in chunks,
    participants first."""
    from leaddesk.server.records import StoredRecord

    conn = store.conn
    team_of = dict(conn.execute("SELECT id, team_id FROM participant"))
    for model in SYNCED_MODELS:
        if entities is not None and model.entity not in entities:
            continue
        table = table_for(model)
        convert = _converter(model)
        sql = f"SELECT {', '.join(table.columns)}, field_clocks FROM {table.name} ORDER BY rid"
        batch: list[Any] = []
        for row in conn.execute(sql):
            fields = convert.fields(row[:-1])
            pid = fields.get("participant_id", row[0])
            clocks = field_clocks.decode(model.entity, row[-1])
            batch.append(StoredRecord(model.entity, row[0], pid, team_of[pid], fields, clocks))
            if len(batch) >= chunk:
                yield batch
                batch = []
        if batch:
            yield batch


def load_server(url: str, data: Dataset, *, entities: set[str] | None = None) -> tuple[float, int]:
    """The caseload written straight into the server's database with its own record writer, in
    transactions of 5,000: the baseline sync_initial is compared with. Returns (seconds, records)."""
    from leaddesk.domain.ids import utcnow
    from leaddesk.server import records
    from leaddesk.server.db import make_engine
    from leaddesk.server.sequence import sequenced

    engine = make_engine(url)
    store = open_encrypted(data)
    seconds, total = 0.0, 0
    try:
        with engine.connect() as conn:
            for chunk in stored_records(store, entities=entities):
                start = time.perf_counter()
                with sequenced(conn) as sequence:
                    for stored in chunk:
                        stored.seq = sequence.next()
                    records.write(conn, inserts=chunk, updates=[], now=utcnow())
                seconds += time.perf_counter() - start
                total += len(chunk)
    finally:
        store.close(audit=False)
        engine.dispose()
    return seconds, total
