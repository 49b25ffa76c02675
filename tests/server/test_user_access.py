"""Stopping a person's laptops (issue 11 point 9): a disabled user's every device is refused at once and
nothing is wiped; revoke-all revokes each of their devices; a retired device sends its pending work
once, then nothing. Every one of these admin actions is audited."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from leaddesk.domain import CaseNote, Participant
from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import utcnow
from leaddesk.server import devices, users
from leaddesk.server.audit import find_events
from leaddesk.server.db import device as device_table
from leaddesk.server.errors import InvalidRequest
from leaddesk.sync.protocol import ErrorBody


def _refused(response: httpx.Response, error: str) -> ErrorBody:
    assert response.status_code == 403, response.text
    body = ErrorBody.model_validate(response.json())
    assert body.error == error
    return body


def _upload(laptop: Any, data: bytes, *, pid: str) -> int:
    sha = hashlib.sha256(data).hexdigest()
    return laptop.http.put(f"/v1/attachments/{sha}", content=data, params={"participant_id": pid}).status_code


def _statuses(laptop: Any, *changes: dict[str, Any], pending: int) -> list[str]:
    """Push `changes`, saying `pending` changes wait on the device (these included)."""
    return [r["status"] for r in laptop.push(*changes, pending=pending)["results"]]


def _disable(office: Any, username: str, *, disabled: bool = True) -> None:
    with office.engine.begin() as conn:
        users.set_disabled(conn, username=username, disabled=disabled, actor="cli:admin")


def _every_request(laptop: Any, person: Participant) -> list[httpx.Response]:
    scan = b"a scan"
    return [
        laptop.push_response(laptop.write("participant", person.id, {"phone": "555-0100"})),
        laptop.http.get("/v1/pull"),
        laptop.http.post("/v1/heartbeat", json={"pending": 1}),
        laptop.http.put(f"/v1/attachments/{hashlib.sha256(scan).hexdigest()}", content=scan),
        laptop.http.get(f"/v1/attachments/{hashlib.sha256(scan).hexdigest()}"),
    ]


def test_a_disabled_users_devices_are_all_refused_at_once_and_nothing_is_wiped(office: Any) -> None:
    office.team("north")
    office.user("casey", "north")
    office.user("robin", "north")
    laptop, spare, teammate = office.device("casey"), office.device("casey"), office.device("robin")
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    laptop.push(laptop.create(person))
    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=spare.id, mode=RevokeMode.RETIRED, actor="test")
    before = office.scalar("SELECT max(seq) FROM record")

    _disable(office, "casey")

    for response in [*_every_request(laptop, person), *_every_request(spare, person)]:
        body = _refused(response, "user_disabled")
        assert body.revoke_mode is None  # not a revocation: the laptop keeps everything
        assert "disabled" in body.message
        assert "nothing on the device is wiped" in body.message
    assert office.scalar("SELECT max(seq) FROM record") == before
    assert teammate.http.get("/v1/pull").status_code == 200  # nobody else is touched
    with pytest.raises(InvalidRequest, match="enable them first"):
        office.code("casey")

    _disable(office, "casey", disabled=False)

    assert laptop.http.get("/v1/pull").status_code == 200
    assert laptop.statuses(laptop.write("participant", person.id, {"usual_locations": "library"})) == [
        "applied"
    ]
    with office.engine.connect() as conn:
        actions = [(e.action, e.entity_id, e.actor) for e in find_events(conn) if e.entity == "user"]
    assert actions[-2:] == [("user_disable", "casey", "cli:admin"), ("user_enable", "casey", "cli:admin")]


def test_a_lost_laptop_of_a_disabled_user_is_still_told_to_wipe(office: Any) -> None:
    office.team("north")
    office.user("casey", "north")
    laptop = office.device("casey")
    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=laptop.id, mode=RevokeMode.LOST, actor="test")
    _disable(office, "casey")

    assert _refused(laptop.http.get("/v1/pull"), "device_revoked").revoke_mode is RevokeMode.LOST


def test_a_code_issued_before_the_user_was_disabled_enrols_nothing(office: Any) -> None:
    office.team("north")
    office.user("casey", "north")
    code = office.code("casey")
    _disable(office, "casey")

    _refused(office.enroll(code), "user_disabled")

    assert office.scalar("SELECT count(*) FROM device") == 0


def test_disabling_twice_is_refused_clearly(office: Any) -> None:
    office.team("north")
    office.user("casey", "north")
    _disable(office, "casey")
    with pytest.raises(InvalidRequest, match="casey is disabled already"):
        _disable(office, "casey")


def test_revoke_all_stops_every_device_of_one_user_and_keeps_a_lost_one_lost(office: Any) -> None:
    office.team("north")
    office.user("casey", "north")
    office.user("robin", "north")
    first, second, lost = (office.device("casey", name=n) for n in ("Desk", "Field", "Stolen"))
    teammate = office.device("robin")
    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=lost.id, mode=RevokeMode.LOST, actor="test")
        retired = devices.revoke_all(conn, username="casey", mode=RevokeMode.RETIRED, actor="cli:admin")

    assert [d.name for d in retired] == ["Desk", "Field"]
    for laptop in (first, second):
        assert _refused(laptop.http.get("/v1/pull"), "device_revoked").revoke_mode is RevokeMode.RETIRED
    assert _refused(lost.http.get("/v1/pull"), "device_revoked").revoke_mode is RevokeMode.LOST
    assert teammate.http.get("/v1/pull").status_code == 200

    with office.engine.begin() as conn:
        made_lost = devices.revoke_all(conn, username="casey", mode=RevokeMode.LOST, actor="cli:admin")
        again = devices.revoke_all(conn, username="casey", mode=RevokeMode.LOST, actor="cli:admin")
        events = [e.detail for e in find_events(conn, action="device_revoke_all")]
    assert [d.name for d in made_lost] == ["Desk", "Field"]
    assert again == []
    assert _refused(first.http.get("/v1/pull"), "device_revoked").revoke_mode is RevokeMode.LOST
    assert events == ["retired devices=2", "lost devices=2", "lost devices=0"]


@pytest.fixture
def retired(office: Any) -> tuple[Any, Participant]:
    """Casey's laptop, holding a participant, just retired."""
    office.team("north")
    office.user("casey", "north")
    laptop = office.device("casey")
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    laptop.push(laptop.create(person))
    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=laptop.id, mode=RevokeMode.RETIRED, actor="test")
    return laptop, person


def test_a_retired_device_sends_its_pending_work_once_then_nothing(office: Any, retired: Any) -> None:
    laptop, person = retired
    scan, other = b"the last scan", b"a scan made afterwards"
    notes = [CaseNote(participant_id=person.id, data=f"Note {i}.") for i in range(3)]
    # Three changes waiting: two batches, the second saying nothing is left after it.
    assert _upload(laptop, scan, pid=person.id) == 204
    assert _statuses(laptop, laptop.create(notes[0]), pending=3) == ["applied"]
    final_id = "0190a0b0-0000-7000-8000-00000000f1a1"
    final = laptop.push(laptop.create(notes[1]), laptop.create(notes[2]), batch_id=final_id, pending=2)
    assert [r["status"] for r in final["results"]] == ["applied", "applied"]
    stored = office.scalar("SELECT count(*) FROM record")

    # The second attempt after the final push gets nothing in: no change, no new file.
    late = laptop.push_response(laptop.create(CaseNote(participant_id=person.id, data="Late.")), pending=1)
    body = _refused(late, "device_revoked")
    assert body.revoke_mode is RevokeMode.RETIRED
    assert "has sent its final changes" in body.message
    url = f"/v1/attachments/{hashlib.sha256(other).hexdigest()}"
    upload = laptop.http.put(url, content=other, params={"participant_id": person.id})
    assert _refused(upload, "device_revoked").revoke_mode is RevokeMode.RETIRED
    assert office.scalar("SELECT count(*) FROM record") == stored
    assert office.scalar("SELECT count(*) FROM attachment_blob") == 1
    # Its final batch sent again (the answer was lost) is still answered, and changes nothing.
    assert _upload(laptop, scan, pid=person.id) == 204
    replay = laptop.push(laptop.create(notes[1]), laptop.create(notes[2]), batch_id=final_id, pending=2)
    assert replay["replayed"] is True
    assert office.scalar("SELECT count(*) FROM record") == stored


def test_a_retired_device_that_never_says_it_is_done_is_cut_off_a_day_after_its_first_push(
    office: Any, retired: Any
) -> None:
    laptop, person = retired
    started = utcnow()
    assert _statuses(laptop, laptop.write("participant", person.id, {"phone": "1"}), pending=99) == [
        "applied"
    ]
    with office.engine.connect() as conn:
        closes = devices.get_device(conn, device_id=laptop.id).final_push_by
    assert closes is not None
    assert started + devices.RETIRED_PUSH_WINDOW <= closes <= utcnow() + devices.RETIRED_PUSH_WINDOW
    assert _statuses(laptop, laptop.write("participant", person.id, {"phone": "2"}), pending=98) == [
        "applied"
    ]
    with office.engine.begin() as conn:  # the day has passed
        conn.execute(
            update(device_table)
            .where(device_table.c.id == laptop.id)
            .values(final_push_by=utcnow() - timedelta(seconds=1))
        )

    late = laptop.push_response(laptop.write("participant", person.id, {"phone": "3"}), pending=97)

    assert _refused(late, "device_revoked").revoke_mode is RevokeMode.RETIRED
    assert '"phone":"2"' in office.scalar("SELECT fields FROM record WHERE entity = 'participant'")
