"""Server test fixtures: a real uvicorn server on a loopback port per test module and backend (SQLite
file and PostgreSQL schema), an empty database per test, and devices that speak the protocol over HTTP.

Every test here runs on both backends. Without LEADDESK_TEST_POSTGRES_URL the PostgreSQL variant is
skipped locally and fails in CI (CI=true), where `.ci/run` always provides it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from leaddesk.domain import SyncedRecord
from leaddesk.domain.clock import HybridClock, Stamp
from leaddesk.domain.ids import new_id
from leaddesk.server.db import make_engine
from leaddesk.server.running import ServerThread
from tests.backends import Admin, clear, database_url, server

__all__ = ["clear", "database_url", "server"]  # fixtures and the helper, shared with tests/e2e


@pytest.fixture(scope="module")
def engine(server: ServerThread, database_url: str) -> Iterator[Engine]:
    """The test's own way into the server's database (migrated by the server at start-up)."""
    made = make_engine(database_url)
    yield made
    made.dispose()


class Device:
    """An enrolled laptop reduced to what the protocol needs: a clock, the stamps it has seen, a cursor."""

    def __init__(self, url: str, enrolment: dict[str, Any]) -> None:
        self.id: str = enrolment["device_id"]
        self.token: str = enrolment["device_token"]
        self.user: dict[str, Any] = enrolment["user"]
        self.http = httpx.Client(base_url=url, headers={"Authorization": f"Bearer {self.token}"}, timeout=60)
        self.clock = HybridClock(self.id)
        self.clocks: dict[tuple[str, str], dict[str, str]] = {}
        self.records: dict[tuple[str, str], dict[str, Any]] = {}
        self.cursor = 0

    def write(
        self,
        entity: str,
        record_id: str,
        fields: dict[str, Any],
        *,
        op: str = "update",
        pid: str | None = None,
    ) -> dict[str, Any]:
        """One outbox change, stamped now, based on the stamps this device last saw for those fields."""
        stamp = self.clock.now().encode()
        known = self.clocks.setdefault((entity, record_id), {})
        change = {
            "change_id": new_id(),
            "entity": entity,
            "record_id": record_id,
            "participant_id": pid,
            "op": op,
            "fields": fields,
            "clocks": dict.fromkeys(fields, stamp),
            "base": {f: known.get(f) for f in fields},
        }
        known.update(dict.fromkeys(fields, stamp))
        return change

    def create(self, record: SyncedRecord) -> dict[str, Any]:
        """A create as the app makes it: every field but id."""
        fields = record.model_dump(mode="json", exclude={"id"})
        pid = getattr(record, "participant_id", record.id)
        return self.write(record.entity, record.id, fields, op="create", pid=pid)

    def push_response(
        self, *changes: dict[str, Any], batch_id: str | None = None, **extra: Any
    ) -> httpx.Response:
        body = {"batch_id": batch_id or new_id(), "changes": list(changes), **extra}
        return self.http.post("/v1/push", json=body)

    def push(self, *changes: dict[str, Any], batch_id: str | None = None, **extra: Any) -> dict[str, Any]:
        response = self.push_response(*changes, batch_id=batch_id, **extra)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def statuses(self, *changes: dict[str, Any]) -> list[str]:
        return [r["status"] for r in self.push(*changes)["results"]]

    def pull_page(self, *, cursor: int, limit: int | None = None) -> dict[str, Any]:
        params = {"cursor": cursor} if limit is None else {"cursor": cursor, "limit": limit}
        response = self.http.get("/v1/pull", params=params)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def sync_down(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Pull every page after the cursor and apply it; returns the records received."""
        received: list[dict[str, Any]] = []
        while True:
            page = self.pull_page(cursor=self.cursor, limit=limit)
            for removal in page["removals"]:
                for key in [
                    k for k, r in self.records.items() if r["participant_id"] == removal["participant_id"]
                ]:
                    del self.records[key]
            for state in page["records"]:
                key = (state["entity"], state["record_id"])
                self.records[key] = state
                self.clocks[key] = dict(state["clocks"])
                for stamp in state["clocks"].values():
                    self.clock.observe(Stamp.decode(stamp))
            received += page["records"]
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return received

    def of(self, entity: str) -> list[dict[str, Any]]:
        return [r for (e, _), r in self.records.items() if e == entity]


class Office(Admin):
    """The admin side, straight through the data functions, plus enrolment over HTTP."""

    def __init__(self, engine: Engine, url: str) -> None:
        super().__init__(engine)
        self.url = url
        self.devices: list[Device] = []

    def enroll(self, code: str, *, device_name: str = "Laptop") -> httpx.Response:
        return httpx.post(
            f"{self.url}/v1/enroll", json={"code": code, "device_name": device_name}, timeout=30
        )

    def device(self, username: str, *, name: str = "Laptop") -> Device:
        response = self.enroll(self.code(username, device_name=name), device_name=name)
        assert response.status_code == 200, response.text
        made = Device(self.url, response.json())
        self.devices.append(made)
        return made

    def scalar(self, sql: str) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(text(sql)).scalar()


@pytest.fixture
def office(engine: Engine, server: ServerThread) -> Iterator[Office]:
    clear(engine)
    made = Office(engine, server.url)
    yield made
    for device in made.devices:
        device.http.close()


@pytest.fixture
def laptop(office: Office) -> Device:
    """Casey's laptop, in team north."""
    office.team("north")
    office.user("casey", "north")
    return office.device("casey")


@pytest.fixture
def teammate(office: Office, laptop: Device) -> Device:
    """Robin's laptop, also in team north."""
    office.user("robin", "north")
    return office.device("robin")
