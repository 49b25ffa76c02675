"""The server's audit trail over HTTP, on both backends: a device's chain is verified as it arrives (a
forged link is refused and reported once, a resend is a duplicate), the server's own chain records pulls
(which participants went to which device) and failed authentications, `audit --verify` names a changed
or removed server event, and `audit --prune` keeps what is left verifiable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from leaddesk.domain import Participant
from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import new_id
from leaddesk.server import devices
from leaddesk.server.audit import record_disclosure, record_event, record_export
from leaddesk.server.cli import main
from tests.server.audit_links import chained


@pytest.fixture
def cli(office, database_url: str, capsys: pytest.CaptureFixture[str]):
    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--database-url", database_url, *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def casey(laptop: Any) -> Any:
    """Casey's laptop in team north; its chain is named by its id (it enrolled without a clock id of its
    own, so its id is the one its stamps carry)."""
    return laptop


def upload(device: Any, events: list[dict[str, Any]]) -> dict[str, Any]:
    response = device.http.post("/v1/audit", json={"events": events})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def test_a_chain_is_stored_and_a_resend_is_taken_as_duplicates(casey, office, cli) -> None:
    events = chained(casey.id, 5)

    first = upload(casey, events[:3])
    again = upload(casey, events)  # the answer to the first was lost: all of it comes again

    assert first == {"held_through": 3, "stored": 3, "refused": None}
    assert again == {"held_through": 5, "stored": 2, "refused": None}
    assert office.scalar("SELECT count(*) FROM device_audit") == 5
    code, out, _ = cli("audit", "--verify")
    assert code == 0, out
    assert "1 laptop chain(s) (5 events)" in out


def test_a_forged_link_is_refused_reported_once_and_named_by_verify(casey, office, cli) -> None:
    good = chained(casey.id, 3)
    forged = chained(casey.id, 2, start=4, prev="0" * 64)  # does not follow event 3

    answer = upload(casey, good + forged)
    upload(casey, forged)  # sent again at the next sync: refused again, reported once

    assert answer["held_through"] == 3
    assert answer["stored"] == 3
    assert answer["refused"]["seq"] == 4
    assert "does not follow event 3" in answer["refused"]["reason"]
    breaks = office.scalar("SELECT count(*) FROM audit WHERE action = 'chain_break'")
    assert breaks == 1
    detail = office.scalar("SELECT detail FROM audit WHERE action = 'chain_break'")
    assert detail.startswith("position 4:")
    assert office.scalar("SELECT entity_id FROM audit WHERE action = 'chain_break'") == casey.id
    code, out, err = cli("audit", "--verify")
    assert code == 1
    assert f"device {casey.id}" in out
    assert "position 4" in out
    assert "does not verify" in err


def test_an_event_whose_hash_does_not_recompute_is_refused(casey, office) -> None:
    events = chained(casey.id, 2)
    events[1]["detail"] = "changed on the way"

    answer = upload(casey, events)

    assert answer["held_through"] == 1
    assert answer["refused"]["seq"] == 2
    assert "does not match its own hash" in answer["refused"]["reason"]


def test_events_naming_another_device_are_refused_whole(casey, office) -> None:
    # Its first push ties the device to the id its stamps carry (as its first audit upload would).
    assert casey.statuses(casey.create(Participant(first_name="A", last_name="B", team_id="north"))) == [
        "applied"
    ]

    response = casey.http.post("/v1/audit", json={"events": chained(new_id(), 1)})

    assert response.status_code == 422
    assert response.json()["error"] == "audit_device_mismatch"
    assert office.scalar("SELECT count(*) FROM device_audit") == 0


def test_pulls_and_failed_authentications_are_in_the_servers_chain(casey, office, cli) -> None:
    jordan = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    assert casey.statuses(casey.create(jordan)) == ["applied"]
    office.user("robin", "north")
    robin = office.device("robin")

    robin.sync_down()
    robin.sync_down()  # nothing new: an empty pull writes nothing
    httpx.get(f"{office.url}/v1/pull", headers={"Authorization": f"Bearer {robin.id}.wrong"})
    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=robin.id, mode=RevokeMode.LOST, actor="test")
    assert robin.http.get("/v1/pull").status_code == 403

    _, pulls, _ = cli("audit", "--action", "pull")
    _, about_jordan, _ = cli("audit", "--participant", jordan.id)
    _, refused, _ = cli("audit", "--device", robin.id)
    assert len(pulls.splitlines()) == 2  # the header and robin's one pull that sent something
    assert robin.id in pulls
    assert jordan.id in pulls
    assert "pull" in about_jordan
    assert "token_refused" in refused
    assert "device_refused" in refused
    assert cli("audit", "--verify")[0] == 0


def test_a_changed_or_removed_server_event_is_named_by_verify(office, engine, cli) -> None:
    with engine.begin() as conn:
        for n in range(6):
            record_event(conn, actor="test", action="team_add", entity="team", entity_id=f"t{n}")
        record_disclosure(
            conn, actor="casey", device="", participant_id=new_id(), disclosure_id=new_id(), fields={}
        )
        record_export(conn, actor="casey", detail="caseload CSV")
    assert cli("audit", "--verify")[0] == 0
    assert "disclosure" in cli("audit", "--action", "disclosure")[1]

    with engine.begin() as conn:
        conn.execute(text("UPDATE audit SET detail = 'quietly changed' WHERE position = 3"))
        conn.execute(text("DELETE FROM audit WHERE position = 5"))
    code, out, _ = cli("audit", "--verify")

    assert code == 1
    assert "the server's own chain, position 3: the event at position 3 was changed" in out
    assert "position 6: the event at position 6 does not follow the one before it (position 4)" in out

    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit WHERE position = (SELECT max(position) FROM audit)"))
    assert "events at its end were removed" in cli("audit", "--verify")[1]


def test_prune_removes_what_is_past_retention_and_the_rest_still_verifies(office, engine, cli) -> None:
    old = datetime.now(UTC) - timedelta(days=7 * 365)
    with engine.begin() as conn:
        for n in range(3):
            record_event(conn, actor="test", action="team_add", entity_id=f"old{n}", at=old)
        record_event(conn, actor="test", action="team_add", entity_id="recent")
    office.team("north")
    office.user("casey", "north")
    casey = office.device("casey")
    events = chained(casey.id, 4, at=old)
    recent = chained(casey.id, 2, start=5, prev=events[-1]["hash"])
    upload(casey, events + recent)

    code, out, _ = cli("audit", "--prune")
    _, kept, _ = cli("audit")

    assert code == 0, out
    assert "Removed 3 server event(s) and 4 laptop event(s)" in out
    assert "2192 days" in out
    assert "old0" not in kept
    assert "recent" in kept
    assert office.scalar("SELECT min(seq) FROM device_audit") == 5
    assert "audit_prune" in cli("audit", "--action", "audit_prune")[1]
    code, out, _ = cli("audit", "--verify")
    assert code == 0, out
    # A longer retention keeps everything left.
    assert (
        "Removed 0 server event(s) and 0 laptop event(s)"
        in cli("audit", "--prune", "--retention-days", "3000")[1]
    )
