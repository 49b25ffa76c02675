"""Enrolment codes (once, before they expire, stored hashed) and revocation (lost: nothing more;
retired: a final push, nothing else), each taking effect at once."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import httpx
from sqlalchemy import text

from leaddesk.domain import Participant
from leaddesk.server import devices
from leaddesk.sync.protocol import ErrorBody, RevokeMode


def _error(response: httpx.Response, status: int, error: str) -> ErrorBody:
    assert response.status_code == status, response.text
    body = ErrorBody.model_validate(response.json())
    assert body.error == error
    assert body.message
    return body


def test_an_enrolment_code_works_once(office) -> None:
    office.team("north")
    office.user("casey", "north")
    code = office.code("casey", device_name="Laptop 7")

    first = office.enroll(code)
    second = office.enroll(code)

    assert first.status_code == 200
    body = first.json()
    assert body["user"]["username"] == "casey"
    device_id, _, secret = body["device_token"].partition(".")
    assert device_id == body["device_id"]
    assert len(secret) >= 32
    _error(second, 403, "enrolment_code_used")
    assert office.scalar("SELECT count(*) FROM device") == 1
    assert office.scalar("SELECT name FROM device") == "Laptop 7"


def test_a_code_is_forgiving_about_case_and_dashes(office) -> None:
    office.team("north")
    office.user("casey", "north")
    code = office.code("casey")

    assert office.enroll(code.replace("-", " ").lower()).status_code == 200


def test_an_expired_or_unknown_code_is_refused_clearly(office) -> None:
    office.team("north")
    office.user("casey", "north")
    with office.engine.begin() as conn:
        stale = devices.issue_code(
            conn, username="casey", device_name="Laptop", lifetime=timedelta(0), actor="test"
        ).code

    expired = _error(office.enroll(stale), 403, "enrolment_code_expired")
    unknown = _error(office.enroll("ABCD-EFGH-JKMN-PQRS"), 403, "enrolment_code_invalid")

    assert "expired" in expired.message
    assert "not known" in unknown.message
    assert office.scalar("SELECT count(*) FROM device") == 0


def test_codes_and_tokens_are_stored_only_as_hashes(office) -> None:
    office.team("north")
    office.user("casey", "north")
    code = office.code("casey")
    laptop = office.device("casey")
    secret = laptop.token.partition(".")[2]

    with office.engine.connect() as conn:
        dump = " ".join(
            str(value)
            for table in ("device", "enrolment_code", "audit")
            for row in conn.execute(text(f"SELECT * FROM {table}"))
            for value in row
        )
    assert secret not in dump
    assert laptop.token not in dump
    assert code.replace("-", "") not in dump.replace("-", "")
    assert hashlib.sha256(secret.encode()).hexdigest() in dump


def test_a_lost_device_is_refused_everything_at_once(office) -> None:
    office.team("north")
    office.user("casey", "north")
    laptop = office.device("casey")
    assert laptop.http.get("/v1/pull").status_code == 200
    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=laptop.id, mode=RevokeMode.LOST, actor="test")

    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    for response in (
        laptop.push_response(laptop.create(person)),
        laptop.http.get("/v1/pull"),
        laptop.http.post("/v1/heartbeat", json={"pending": 1}),
    ):
        assert _error(response, 403, "device_revoked").revoke_mode == RevokeMode.LOST
    assert office.scalar("SELECT count(*) FROM record") == 0


def test_a_retired_device_may_push_what_it_holds_but_not_pull(office) -> None:
    office.team("north")
    office.user("casey", "north")
    laptop = office.device("casey")
    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=laptop.id, mode=RevokeMode.RETIRED, actor="test")

    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    scan = b"the last photo taken on this laptop"
    assert laptop.statuses(laptop.create(person)) == ["applied"]
    assert (
        laptop.http.put(f"/v1/attachments/{hashlib.sha256(scan).hexdigest()}", content=scan).status_code
        == 204
    )
    assert _error(laptop.http.get("/v1/pull"), 403, "device_revoked").revoke_mode == RevokeMode.RETIRED
    assert _error(laptop.http.post("/v1/heartbeat", json={"pending": 0}), 403, "device_revoked")


def test_an_unknown_or_forged_token_is_401(office) -> None:
    office.team("north")
    office.user("casey", "north")
    laptop = office.device("casey")
    forged = f"{laptop.id}.{'x' * 43}"

    for headers in ({}, {"Authorization": "Bearer nonsense"}, {"Authorization": f"Bearer {forged}"}):
        response = httpx.get(f"{office.url}/v1/pull", headers=headers)
        _error(response, 401, "unauthenticated")
