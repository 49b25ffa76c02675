"""Garbage collection of attachment files: what no live record names goes once older than the grace
period (from `leaddesk-server blobs gc`, audited, and inside a running server), a push in flight is waited
for, several collectors at once each remove a file once, and a device's quota is freed by it."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.engine import Engine, make_url

from leaddesk.domain import Participant
from leaddesk.domain.ids import utcnow
from leaddesk.server import records
from leaddesk.server.app import create_app
from leaddesk.server.blob_gc import Collected, PeriodicCollection, collect
from leaddesk.server.cli import main
from leaddesk.server.db import attachment_blob, attachment_owner, make_engine
from leaddesk.server.records import StoredRecord
from leaddesk.server.running import ServerThread
from leaddesk.server.sequence import sequenced
from leaddesk.server.settings import ServerSettings
from tests.server.attachment_files import attachment, sha, upload

WEEK = timedelta(days=7)
NAMED, ORPHAN, YOUNG, DELETED = (
    f"%PDF {what}".encode() * 40 for what in ("named", "orphan", "young", "deleted")
)


def wait_for(condition: Callable[[], bool], *, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"waited {timeout} s for {what}"
        time.sleep(0.02)


def age(office, *, by: timedelta, content: bytes | None = None) -> None:
    """Make files (one, or all) and their ownership entries look uploaded `by` ago."""
    then = utcnow() - by
    blobs, owners = update(attachment_blob).values(stored_at=then), update(attachment_owner).values(at=then)
    if content is not None:
        blobs = blobs.where(attachment_blob.c.sha256 == sha(content))
        owners = owners.where(attachment_owner.c.sha256 == sha(content))
    with office.engine.begin() as conn:
        conn.execute(blobs)
        conn.execute(owners)


def stored(office) -> set[str]:
    with office.engine.connect() as conn:
        return set(conn.execute(select(attachment_blob.c.sha256)).scalars())


def owners(office) -> set[tuple[str, str]]:
    with office.engine.connect() as conn:
        rows = conn.execute(select(attachment_owner.c.sha256, attachment_owner.c.participant_id)).all()
    return {(r.sha256, r.participant_id) for r in rows}


@pytest.fixture
def cli(office, database_url: str, capsys: pytest.CaptureFixture[str]):
    def run(*argv: str) -> tuple[int, str]:
        code = main(["--database-url", database_url, *argv])
        return code, capsys.readouterr().out

    return run


@pytest.fixture
def jordan(laptop) -> Participant:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    assert laptop.statuses(laptop.create(person)) == ["applied"]
    return person


def test_gc_removes_what_no_record_has_named_for_the_grace_period(
    office, laptop, teammate, jordan, cli
) -> None:
    remy = Participant(first_name="Remy", last_name="Stone", team_id="north")
    for content in (NAMED, ORPHAN, DELETED, YOUNG):
        assert upload(laptop, content, pid=jordan.id).status_code == 204
    assert upload(laptop, NAMED, pid=remy.id).status_code == 204  # for Remy too, who never gets a record
    gone = attachment(jordan, DELETED)
    laptop.push(laptop.create(attachment(jordan, NAMED)), laptop.create(gone))
    laptop.push(laptop.write("attachment", gone.id, {"deleted": True}))
    age(office, by=WEEK + timedelta(hours=1))
    age(office, by=timedelta(hours=1), content=YOUNG)

    code, out = cli("blobs", "gc")

    assert code == 0
    assert f"Removed 2 attachment files ({len(ORPHAN) + len(DELETED)} bytes) and 3 ownership entries" in out
    assert stored(office) == {sha(NAMED), sha(YOUNG)}
    assert owners(office) == {(sha(NAMED), jordan.id), (sha(YOUNG), jordan.id)}
    assert teammate.http.get(f"/v1/attachments/{sha(NAMED)}").content == NAMED
    with office.engine.connect() as conn:
        [(actor, detail)] = conn.execute(
            text("SELECT actor, detail FROM audit WHERE action = 'blobs_gc'")
        ).all()
    assert actor.startswith("cli")
    assert detail.startswith("removed 2 attachment files")


def test_the_grace_period_is_a_setting_and_a_flag(office, laptop, jordan, cli, monkeypatch) -> None:
    upload(laptop, YOUNG, pid=jordan.id)
    age(office, by=timedelta(hours=2))

    assert cli("blobs", "gc")[0] == 0
    assert stored(office) == {sha(YOUNG)}  # the default week has not passed
    monkeypatch.setenv("LEADDESK_SERVER_BLOB_GRACE_HOURS", "3")
    assert cli("blobs", "gc")[0] == 0
    assert stored(office) == {sha(YOUNG)}
    code, out = cli("blobs", "gc", "--grace-hours", "1")  # the flag wins over the variable

    assert code == 0
    assert "no record named for 1 hours" in out
    assert stored(office) == set()


def test_uploading_a_file_again_starts_its_grace_period_again(office, laptop, jordan) -> None:
    upload(laptop, ORPHAN, pid=jordan.id)  # say its push was cut off, for a week in the field
    age(office, by=WEEK + timedelta(hours=1))

    assert upload(laptop, ORPHAN, pid=jordan.id).status_code == 204  # the next sync sends it again

    assert collect(office.engine, grace=WEEK) == Collected()
    assert stored(office) == {sha(ORPHAN)}
    assert laptop.statuses(laptop.create(attachment(jordan, ORPHAN))) == ["applied"]


def test_gc_frees_a_devices_quota(office, laptop, jordan, database_url: str) -> None:
    settings = ServerSettings(database_url=database_url, device_quota_bytes=len(ORPHAN) + 10)
    with ServerThread(create_app(settings)) as small:
        laptop.http.base_url = small.url
        assert upload(laptop, ORPHAN, pid=jordan.id).status_code == 204
        assert upload(laptop, NAMED, pid=jordan.id).status_code == 413
        age(office, by=WEEK + timedelta(hours=1))

        assert collect(office.engine, grace=WEEK) == Collected(files=1, bytes=len(ORPHAN), owners=1)
        assert upload(laptop, NAMED, pid=jordan.id).status_code == 204


def _waiting_on_a_lock(office, application_name: str) -> bool:
    found = office.scalar(
        f"SELECT count(*) FROM pg_stat_activity WHERE application_name = '{application_name}'"
        " AND wait_event_type = 'Lock'"
    )
    return bool(found)


def test_gc_waits_for_a_push_in_flight_that_names_an_old_file(
    office, laptop, jordan, database_url: str
) -> None:
    upload(laptop, NAMED, pid=jordan.id)
    age(office, by=WEEK + timedelta(hours=1))  # old and, until the push below commits, named by nothing
    name = f"gc-{uuid.uuid4().hex[:8]}"
    postgres = database_url.startswith("postgresql")
    url = make_url(database_url)
    if postgres:  # so the test can see this very connection wait
        url = url.update_query_dict({"application_name": name})
    collector_engine = make_engine(url.render_as_string(hide_password=False))
    outcome: list[Collected | BaseException] = []

    def collector() -> None:
        try:
            outcome.append(collect(collector_engine, grace=WEEK))
        except BaseException as exc:  # handed to the test thread, which fails on it
            outcome.append(exc)

    record = attachment(jordan, NAMED)
    thread = threading.Thread(target=collector)
    try:
        with office.engine.connect() as conn, sequenced(conn) as sequence:  # as push.py holds it
            fields = record.model_dump(mode="json", exclude={"id"})
            stamp = laptop.clock.now().encode()
            stored_record = StoredRecord(
                "attachment",
                record.id,
                jordan.id,
                "north",
                fields=fields,
                clocks=dict.fromkeys(fields, stamp),
                seq=sequence.next(),
            )
            records.write(conn, inserts=[stored_record], updates=[], now=utcnow())
            thread.start()
            if postgres:
                # (A collector that does not wait ends instead, and the checks below say what it did.)
                wait_for(
                    lambda: _waiting_on_a_lock(office, name) or not thread.is_alive(),
                    what="the collector to wait for the push",
                )
        thread.join(60)
    finally:
        collector_engine.dispose()

    assert outcome == [Collected()]
    assert stored(office) == {sha(NAMED)}
    assert laptop.http.get(f"/v1/attachments/{sha(NAMED)}").content == NAMED


def test_collectors_running_at_once_remove_each_file_once(office, laptop, jordan, database_url: str) -> None:
    files = [f"orphan {i}".encode() for i in range(30)]
    for content in files:
        assert upload(laptop, content, pid=jordan.id).status_code == 204
    age(office, by=WEEK + timedelta(hours=1))
    engines = [make_engine(database_url) for _ in range(4)]
    start = threading.Barrier(len(engines))
    results: list[Any] = []

    def collector(engine: Engine) -> None:
        start.wait()
        try:
            results.append(collect(engine, grace=WEEK))
        except BaseException as exc:  # handed to the test thread, which fails on it
            results.append(exc)

    threads = [threading.Thread(target=collector, args=(e,)) for e in engines]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        for engine in engines:
            engine.dispose()

    assert all(isinstance(r, Collected) for r in results), results
    assert sum(r.files for r in results) == len(files)
    assert sum(r.owners for r in results) == len(files)
    assert stored(office) == set()


def test_a_running_server_collects_on_its_own(office, laptop, jordan, database_url: str) -> None:
    upload(laptop, ORPHAN, pid=jordan.id)
    age(office, by=WEEK + timedelta(hours=1))
    settings = ServerSettings(database_url=database_url, blob_gc_minutes=0.005)  # every 0.3 s
    collectors = _collector_threads()

    with ServerThread(create_app(settings)) as running:
        wait_for(lambda: not stored(office), what="the server's own collection")
        laptop.http.base_url = running.url
        assert laptop.http.post("/v1/heartbeat", json={"pending": 0}).status_code == 200

    assert office.scalar("SELECT actor FROM audit WHERE action = 'blobs_gc'") == "server"
    assert _collector_threads() == collectors  # stopped with its server


def test_a_server_collects_one_interval_after_it_starts_not_at_once(office, laptop, jordan) -> None:
    """A collector's write lock at the moment a server comes up turned away, on SQLite, an admin's write
    made with a deferred transaction at that moment (seen as "database is locked" in a test's set-up)."""
    upload(laptop, ORPHAN, pid=jordan.id)
    age(office, by=WEEK + timedelta(hours=1))

    PeriodicCollection(office.engine, every=timedelta(hours=1), grace=WEEK).start().stop()

    assert stored(office) == {sha(ORPHAN)}
    assert office.scalar("SELECT count(*) FROM audit WHERE action = 'blobs_gc'") == 0


def _collector_threads() -> int:
    return sum(t.name == "leaddesk-blob-gc" for t in threading.enumerate())
