"""Syncing through the desk against the real server on a loopback port (SQLite and PostgreSQL): what the
status bar and the panel read, connecting with IT's code, a sync, refused changes, disconnecting."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from sqlalchemy.engine import Engine

from leaddesk.desk import Desk
from leaddesk.desk.syncing import ENROLMENT, REFUSED, SYNC_LOG, RetryPolicy, SyncProgress
from leaddesk.domain import Participant
from leaddesk.domain.ids import utcnow
from leaddesk.server.db import make_engine
from leaddesk.server.running import ServerThread
from leaddesk.sync.errors import EnrollmentFailed, NotEnrolled, ServerUnreachable
from tests.backends import Admin, clear, database_url, server

__all__ = ["database_url", "server"]  # the shared backend fixtures, registered for this module

QUICK = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02, total=1.0)


@pytest.fixture(scope="module")
def admin(server: ServerThread, database_url: str) -> Iterator[Admin]:
    engine: Engine = make_engine(database_url)
    yield Admin(engine)
    engine.dispose()


@pytest.fixture
def office(admin: Admin) -> Admin:
    clear(admin.engine)
    admin.team("north")
    admin.user("casey", "north")
    return admin


def connect(desk: Desk, server: ServerThread, office: Admin) -> None:
    desk.syncing.connect(server_url=server.url, code=office.code("casey"), device_name="Casey's laptop")


def sync(desk: Desk) -> None:
    seen: list[SyncProgress] = []
    desk.syncing.run(cancel=threading.Event(), progress=seen.append, retry=QUICK)
    assert seen  # progress is reported as it goes


def test_a_laptop_not_connected_says_so_and_counts_what_waits(desk: Desk) -> None:
    desk.records.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    facts = desk.syncing.facts()
    assert not facts.enrolled
    assert facts.connection is None
    assert not desk.syncing.enrolled
    assert facts.waiting == desk.syncing.waiting() == 1
    assert facts.last_sync_at is None
    assert facts.conflicts == 0
    with pytest.raises(NotEnrolled):
        desk.syncing.run(cancel=threading.Event(), progress=lambda _p: None, retry=QUICK)


def test_connecting_syncing_and_disconnecting(desk: Desk, server: ServerThread, office: Admin) -> None:
    desk.records.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    done = desk.syncing.connect(
        server_url=server.url, code=office.code("casey"), device_name="Casey's laptop"
    )
    assert done.value.username == "casey"
    assert done.changes.entities == {ENROLMENT}
    connection = desk.syncing.connection()
    assert connection is not None
    assert connection.server_url == server.url
    assert connection.user.username == "casey"
    assert connection.user.teams == ("north",)

    sync(desk)
    facts = desk.syncing.facts()
    assert facts.waiting == 0
    assert facts.last_sync_at is not None
    assert facts.last_summary is not None
    assert facts.last_summary["pushed"] == 1
    [entry] = desk.syncing.history()
    assert entry.outcome == "done"
    assert entry.pushed == 1

    gone = desk.syncing.disconnect()
    assert gone.changes.entities == {ENROLMENT}
    assert desk.syncing.connection() is None
    assert desk.records.find("participant")  # the records stay on the laptop
    assert len(desk.syncing.history()) == 1  # and so does the log


def test_a_wrong_code_is_refused_and_leaves_the_laptop_unconnected(
    desk: Desk, server: ServerThread, office: Admin
) -> None:
    with pytest.raises(EnrollmentFailed):
        desk.syncing.connect(server_url=server.url, code="WRONG-CODE-1234", device_name="Casey's laptop")
    assert desk.syncing.connection() is None


def test_an_unreachable_server_is_said_and_a_failure_is_kept_in_the_log(
    desk: Desk, server: ServerThread, office: Admin
) -> None:
    connect(desk, server, office)
    port = server.url.rsplit(":", 1)[1]
    desk._store.conn.execute(  # the address of a port nobody listens on, as after a move of the server
        "UPDATE sync_state SET value = ? WHERE key = 'server_url'", (server.url.replace(port, "9"),)
    )
    with pytest.raises(ServerUnreachable):
        desk.syncing.run(cancel=threading.Event(), progress=lambda _p: None, retry=QUICK)
    done = desk.syncing.note_failure(started_at=utcnow(), message="The office server cannot be reached.")
    assert done.changes.entities == {SYNC_LOG}
    [entry] = desk.syncing.history()
    assert entry.outcome == "failed"
    assert entry.message == "The office server cannot be reached."


def test_refused_changes_are_listed_with_whose_they_are_and_dismissed(desk: Desk) -> None:
    jordan = desk.records.create(Participant(first_name="Jordan", last_name="Quill", team_id="north")).value
    outbox = desk._store.repos.outbox
    outbox.settle_batch(confirmed=[], rejected={e.change_id: "not your team" for e in outbox.pending()})
    [refused] = desk.syncing.refused()
    assert refused.participant == jordan.display_name
    assert refused.participant_id == jordan.id
    assert refused.change.reason == "not your team"

    done = desk.syncing.dismiss_refused(refused.change_id)
    assert done.changes.entities == {REFUSED}
    assert desk.syncing.refused() == []


def test_a_refused_change_of_someone_no_longer_here_has_no_name(desk: Desk) -> None:
    jordan = desk.records.create(Participant(first_name="Jordan", last_name="Quill", team_id="north")).value
    outbox = desk._store.repos.outbox
    outbox.settle_batch(confirmed=[], rejected={e.change_id: "moved away" for e in outbox.pending()})
    desk._store.conn.execute("DELETE FROM participant WHERE id = ?", (jordan.id,))
    [refused] = desk.syncing.refused()
    assert refused.participant is None
    assert refused.participant_id == jordan.id
