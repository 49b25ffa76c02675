"""Helpers for the sync client's unit tests: records as the server would send them (the `wire`
fixture), and a scripted stand-in for the server behind httpx.MockTransport (`fake_server`); the
end-to-end tests in tests/e2e use the real server."""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from leaddesk.domain import SyncedRecord
from leaddesk.domain.clock import Stamp
from leaddesk.domain.program import DEFAULT_PROGRAM
from leaddesk.storage.profile import create_profile
from leaddesk.storage.store import Store
from leaddesk.sync.client import RetryPolicy, SyncClient
from leaddesk.sync.protocol import (
    PAGE_HEADER,
    ChangeResult,
    ChangeStatus,
    PageHead,
    ProgramResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    RecordState,
    Removal,
    Role,
    UserInfo,
)
from tests.kdf import FAST_FOR_TESTS

OTHER_DEVICE = "0b5e1c2d-0000-4000-8000-00000000beef"
FAST_RETRY = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.005, total=2.0)
USER = UserInfo(username="casey", display_name="Casey", role=Role.CASE_MANAGER, teams=["north"])


def state_of(
    record: SyncedRecord, *, seq: int, stamp: Stamp, overrides: dict[str, Stamp] | None = None
) -> RecordState:
    """The record as a pull page carries it: every field but id, each with `stamp` unless overridden."""
    fields = record.model_dump(mode="json", exclude={"id"})
    clocks = {f: (overrides or {}).get(f, stamp).encode() for f in fields}
    pid = getattr(record, "participant_id", record.id)
    return RecordState(
        seq=seq, entity=record.entity, record_id=record.id, participant_id=pid, fields=fields, clocks=clocks
    )


def remote_stamp(offset_ms: int = 0, *, device: str = OTHER_DEVICE, base: Stamp | None = None) -> Stamp:
    """A stamp from another device, `offset_ms` after `base` (or after now)."""
    hlc = base.hlc if base is not None else (time.time_ns() // 1_000_000) << 16
    return Stamp(hlc + (offset_ms << 16), device)


@dataclass
class FakeServer:
    """Answers push, pull, heartbeat and attachments the way the protocol says, from a script:
    `pages` are served in turn by cursor, `decide` picks each change's status, every request is logged."""

    pages: list[PullResponse] = field(default_factory=list)
    decide: Callable[[Any], ChangeResult | None] | None = None
    blobs: dict[str, bytes] = field(default_factory=dict)
    answered: dict[str, PushResponse] = field(default_factory=dict)
    pushes: list[PushRequest] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)
    heartbeats: list[dict[str, Any]] = field(default_factory=list)
    fail_next: list[httpx.Response] = field(default_factory=list)  # answers to the next requests
    # What a pull page's header says of it (the real server's by default; None: no header, as before it).
    head_of: Callable[[PullResponse], PageHead | None] | None = None
    max_changes: int | None = None  # a push with more is refused as too large (413)
    unreadable: set[str] = field(default_factory=set)  # a push naming one of these records gets a 422
    user: UserInfo = field(default_factory=lambda: USER)  # who the heartbeat says the device's user is
    # What GET /program answers (304 to its own version); None: a server older than program settings.
    program: ProgramResponse | None = field(
        default_factory=lambda: ProgramResponse(version="0" * 32, settings=DEFAULT_PROGRAM, roster=[])
    )

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.fail_next:
            return self.fail_next.pop(0)
        path = request.url.path.removeprefix("/v1")
        if path == "/push":
            body = request.content
            if request.headers.get("content-encoding") == "gzip":
                body = gzip.decompress(body)
            push = PushRequest.model_validate_json(body)
            if self.max_changes is not None and len(push.changes) > self.max_changes:
                return httpx.Response(413, json={"error": "payload_too_large", "message": "too large"})
            if any(c.record_id in self.unreadable for c in push.changes):
                return httpx.Response(422, json={"error": "invalid_request", "message": "changes.0: bad"})
            self.pushes.append(push)
            if push.batch_id in self.answered:
                replay = self.answered[push.batch_id].model_copy(update={"replayed": True})
                return httpx.Response(200, json=replay.model_dump(mode="json"))
            results = []
            for change in push.changes:
                decided = self.decide(change) if self.decide else None
                results.append(
                    decided or ChangeResult(change_id=change.change_id, status=ChangeStatus.APPLIED)
                )
            answer = PushResponse(batch_id=push.batch_id, results=results)
            self.answered[push.batch_id] = answer
            return httpx.Response(200, json=answer.model_dump(mode="json"))
        if path == "/pull":
            cursor = int(request.url.params["cursor"])
            page = next((p for p in self.pages if _start(p) > cursor), None)
            if page is None:
                page = PullResponse(records=[], removals=[], cursor=cursor, has_more=False)
            head = self.head_of(page) if self.head_of is not None else PageHead.of(page)
            headers = {} if head is None else {PAGE_HEADER: head.encode()}
            return httpx.Response(200, json=page.model_dump(mode="json"), headers=headers)
        if path == "/heartbeat":
            self.heartbeats.append(json.loads(request.content))
            answer = {
                "server_time": "2024-06-01T00:00:00Z",
                "user": self.user.model_dump(mode="json"),
                "latest_seq": 0,
            }
            return httpx.Response(200, json=answer)
        if path == "/program" and self.program is not None:
            etag = f'"{self.program.version}"'
            if request.headers.get("if-none-match") == etag:
                return httpx.Response(304, headers={"ETag": etag})
            return httpx.Response(200, json=self.program.model_dump(mode="json"), headers={"ETag": etag})
        if path.startswith("/attachments/"):
            sha = path.rsplit("/", 1)[1]
            if request.method == "PUT":
                self.blobs[sha] = request.content
                return httpx.Response(204)
            if sha in self.blobs:
                return httpx.Response(200, content=self.blobs[sha])
            return httpx.Response(404, json={"error": "not_found", "message": "no such file"})
        return httpx.Response(404, json={"error": "not_found", "message": path})

    def client(self, *, token: str | None = "device.secret") -> SyncClient:
        return SyncClient(
            "http://sync.test", token=token, transport=httpx.MockTransport(self.handler), retry=FAST_RETRY
        )


def _start(page: PullResponse) -> int:
    """The first seq a page covers; a page is served to a cursor just below it."""
    seqs = [r.seq for r in page.records] + [r.seq for r in page.removals]
    return min(seqs) if seqs else page.cursor


def page(*items: RecordState | Removal, cursor: int | None = None, has_more: bool = False) -> PullResponse:
    records = [i for i in items if isinstance(i, RecordState)]
    removals = [i for i in items if isinstance(i, Removal)]
    end = cursor if cursor is not None else max(i.seq for i in items)
    return PullResponse(records=records, removals=removals, cursor=end, has_more=has_more)


@pytest.fixture
def fake_server() -> FakeServer:
    return FakeServer()


@pytest.fixture
def other_store(tmp_path: Path) -> Iterator[Store]:
    """A second laptop's empty profile beside `store`: the same pages applied two ways end alike."""
    created = create_profile(
        "Other Laptop", "another passphrase here", home=tmp_path / "b", kdf=FAST_FOR_TESTS
    )
    yield created.store
    created.store.close(audit=False)


class Wire:
    """The helpers above, handed to tests as a fixture (test modules cannot import a conftest)."""

    state_of = staticmethod(state_of)
    remote_stamp = staticmethod(remote_stamp)
    page = staticmethod(page)
    other_device = OTHER_DEVICE
    user = USER


@pytest.fixture
def wire() -> type[Wire]:
    return Wire
