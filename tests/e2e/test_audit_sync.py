"""A laptop's audit chain through the real engine and server (SQLite and PostgreSQL): thousands of events
over several syncs verify untouched; an event changed or removed on the server makes `audit --verify`
fail naming the device and the position; a resend after a lost answer is taken as duplicates; and a
laptop whose own trail was changed is refused, told so in its sync report, and named by `--verify`."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from leaddesk.domain import Participant
from leaddesk.domain.enums import AuditAction
from leaddesk.server.cli import main
from leaddesk.storage.changes import append_audit
from leaddesk.sync.errors import DeviceRevoked
from leaddesk.sync.protocol import RevokeMode


@pytest.fixture
def cli(database_url: str, capsys: pytest.CaptureFixture[str]):
    def run(*argv: str) -> tuple[int, str]:
        capsys.readouterr()
        code = main(["--database-url", database_url, *argv])
        out, err = capsys.readouterr()
        return code, out + err

    return run


def views(laptop: Any, count: int) -> None:
    """`count` audit events in one transaction, as opening many records would leave."""
    store = laptop.store
    with store.write() as conn:
        for n in range(count):
            append_audit(
                conn, user=store.user, device=store.device_id, action=AuditAction.VIEW, detail=f"view {n}"
            )


def server_count(office: Any, chain: str) -> int:
    with office.engine.connect() as conn:
        return int(
            conn.execute(text("SELECT count(*) FROM device_audit WHERE chain = :c"), {"c": chain}).scalar()
        )


def unsent(laptop: Any) -> int:
    return int(laptop.store.conn.execute("SELECT count(*) FROM audit_event WHERE pushed = 0").fetchone()[0])


def test_thousands_of_events_over_several_syncs_verify_untouched(office: Any, cli: Any) -> None:
    office.user("casey", "north")
    casey = office.laptop("casey")
    casey.repos.participants.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))

    views(casey, 2500)
    first = casey.sync()
    views(casey, 1200)
    second = casey.sync()
    third = casey.sync()

    held = casey.store.repos.audit.count()
    assert first.audit_refused is second.audit_refused is third.audit_refused is None
    assert first.audit_sent > 2500
    assert second.audit_sent >= 1200
    assert unsent(casey) == 0
    assert server_count(office, casey.store.device_id) == held
    code, out = cli("audit", "--verify")
    assert code == 0, out
    assert "1 laptop chain(s)" in out


def test_a_changed_or_removed_event_on_the_server_is_named(office: Any, cli: Any) -> None:
    office.user("casey", "north")
    casey = office.laptop("casey")
    views(casey, 40)
    casey.sync()
    chain = casey.store.device_id
    assert cli("audit", "--verify")[0] == 0

    with office.engine.begin() as conn:
        conn.execute(
            text("UPDATE device_audit SET detail = 'nothing to see' WHERE chain = :c AND seq = 10"),
            {"c": chain},
        )
    code, changed = cli("audit", "--verify")
    with office.engine.begin() as conn:
        conn.execute(text("DELETE FROM device_audit WHERE chain = :c AND seq = 20"), {"c": chain})
    _, removed = cli("audit", "--verify")

    assert code == 1
    assert f"device {casey.device_id}" in changed
    assert "position 10: the event at position 10 was changed" in changed
    assert "position 21: the event at position 21 does not follow the one before it (position 19)" in removed


def test_a_lost_answer_is_sent_again_and_taken_as_duplicates(office: Any, cli: Any) -> None:
    office.user("casey", "north")
    casey = office.laptop("casey")
    views(casey, 30)
    casey.sync()
    before = server_count(office, casey.store.device_id)
    # The server stored them but the laptop never heard: as after a crash between send and answer.
    casey.store.conn.execute("UPDATE audit_event SET pushed = 0")

    report = casey.sync()

    assert report.audit_refused is None
    assert report.audit_sent == 0  # all of them duplicates
    assert unsent(casey) == 0
    assert server_count(office, casey.store.device_id) == before
    assert cli("audit", "--verify")[0] == 0


def test_a_laptop_whose_trail_was_changed_is_refused_and_told(office: Any, cli: Any) -> None:
    office.user("casey", "north")
    casey = office.laptop("casey")
    views(casey, 10)
    casey.sync()
    views(casey, 10)
    seq = casey.store.conn.execute("SELECT max(seq) - 5 FROM audit_event").fetchone()[0]
    casey.store.conn.execute("UPDATE audit_event SET detail = 'rewritten' WHERE seq = ?", (seq,))

    report = casey.sync()
    again = casey.sync()

    assert report.audit_refused is not None
    assert "refused this laptop's audit trail" in report.audit_refused
    assert f"event {seq} does not match its own hash" in report.audit_refused
    assert again.audit_refused is not None
    assert server_count(office, casey.store.device_id) == seq - 1  # everything before it, nothing after
    with office.engine.connect() as conn:
        breaks = conn.execute(text("SELECT device, detail FROM audit WHERE action = 'chain_break'")).all()
    assert breaks == [(casey.device_id, breaks[0][1])]
    assert breaks[0][1].startswith(f"position {seq}:")
    code, out = cli("audit", "--verify")
    assert code == 1
    assert f"device {casey.device_id}" in out
    assert f"position {seq}" in out


def test_a_retired_laptop_sends_its_trail_with_its_last_work(office: Any, cli: Any) -> None:
    office.user("casey", "north")
    casey = office.laptop("casey")
    casey.repos.participants.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    casey.sync()
    office.revoke(casey, RevokeMode.RETIRED)
    with pytest.raises(DeviceRevoked) as revoked:
        casey.sync()
    views(casey, 40)  # read after the retirement, before the laptop heard of it
    device, held = casey.store.device_id, casey.store.repos.audit.count()

    report = casey.engine.handle_revocation(revoked.value.mode)

    assert report is not None
    assert report.audit_sent >= 40
    assert server_count(office, device) == held  # every event, the last ones included
    code, out = cli("audit", "--verify")
    assert code == 0, out
