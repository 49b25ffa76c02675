"""Enrolment codes (once, before they expire, stored hashed) and revocation (lost: nothing more;
retired: a final push, nothing else), each taking effect at once."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import text, update

from leaddesk.domain import Participant
from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import new_id, utcnow
from leaddesk.server import devices, enrolment
from leaddesk.server.db import enrolment_code
from leaddesk.sync.client import RetryPolicy, SyncClient
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.enrolment import client_for, enroll
from leaddesk.sync.protocol import ErrorBody


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
    _error(second, 403, "enrolment_code_invalid")
    assert office.scalar("SELECT count(*) FROM device") == 1
    assert office.scalar("SELECT name FROM device") == "Laptop 7"


def _enroll_as(office, code: str, clock_id: str | None) -> httpx.Response:
    body = {"code": code, "device_name": "Laptop", "clock_id": clock_id}
    return httpx.post(f"{office.url}/v1/enroll", json=body, timeout=30)


def test_the_laptop_that_spent_a_code_gets_its_device_again_when_the_answer_was_lost(office) -> None:
    office.team("north")
    office.user("casey", "north")
    code = office.code("casey")
    laptop = new_id()

    lost = _enroll_as(office, code, laptop)  # its answer never reached the laptop
    again = _enroll_as(office, code, laptop)

    assert lost.status_code == again.status_code == 200, again.text
    assert again.json()["device_id"] == lost.json()["device_id"]
    assert again.json()["device_token"] != lost.json()["device_token"]
    assert office.scalar("SELECT count(*) FROM device") == 1  # no orphan left behind the lost answer
    new, old = (
        httpx.Client(base_url=office.url, headers={"Authorization": f"Bearer {token}"})
        for token in (again.json()["device_token"], lost.json()["device_token"])
    )
    with new, old:
        assert new.post("/v1/heartbeat", json={"pending": 0}).status_code == 200
        # The laptop's first request with the token it got retires the one that never arrived.
        _error(old.get("/v1/pull"), 401, "unauthenticated")
        assert new.get("/v1/pull").status_code == 200
    # Once the device has been heard from, its token did arrive: the code is spent for everyone.
    _error(_enroll_as(office, code, laptop), 403, "enrolment_code_invalid")
    assert office.scalar("SELECT count(*) FROM audit WHERE action = 'enroll'") == 2


@pytest.mark.parametrize("who", ["another laptop", "no clock id", "after revocation", "after expiry"])
def test_a_spent_code_is_refused_to_anyone_else(office, who: str) -> None:
    office.team("north")
    office.user("casey", "north")
    laptop = new_id()
    code = office.code("casey")
    first = _enroll_as(office, code, laptop)
    assert first.status_code == 200, first.text
    if who == "after revocation":
        with office.engine.begin() as conn:
            devices.revoke(conn, device_id=first.json()["device_id"], mode=RevokeMode.LOST, actor="test")
    if who == "after expiry":
        with office.engine.begin() as conn:
            conn.execute(update(enrolment_code).values(expires_at=utcnow() - timedelta(seconds=1)))

    asking = {"another laptop": new_id(), "no clock id": None}.get(who, laptop)
    _error(_enroll_as(office, code, asking), 403, "enrolment_code_invalid")
    assert office.scalar("SELECT count(*) FROM device") == 1


def test_a_code_is_forgiving_about_case_and_dashes(office) -> None:
    office.team("north")
    office.user("casey", "north")
    code = office.code("casey")

    assert office.enroll(code.replace("-", " ").lower()).status_code == 200


def test_an_expired_or_unknown_code_is_refused_clearly(office) -> None:
    office.team("north")
    office.user("casey", "north")
    with office.engine.begin() as conn:
        stale = enrolment.issue_code(
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
    # As the engine does: a batch's attachment bytes first, then the batch.
    sha = hashlib.sha256(scan).hexdigest()
    upload = laptop.http.put(f"/v1/attachments/{sha}", content=scan, params={"participant_id": person.id})
    assert upload.status_code == 204
    assert laptop.statuses(laptop.create(person)) == ["applied"]
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


class LosesTheFirstAnswer(httpx.HTTPTransport):
    """Real HTTP to the server, but the first answer is thrown away as a cut connection would."""

    def __init__(self) -> None:
        super().__init__()
        self.sent = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self.sent += 1
        if self.sent == 1:
            response.read()
            response.close()
            raise httpx.ReadError("the connection was cut before the answer arrived")
        return response


def test_a_laptop_whose_enrolment_answer_is_lost_enrols_and_syncs(office, store) -> None:
    office.team("north")
    office.user("casey", "north")
    lossy = LosesTheFirstAnswer()
    retry = RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.05, total=10)
    with SyncClient(office.url, transport=lossy, retry=retry) as client:
        user = enroll(store, office.url, office.code("casey"), "Laptop", client=client)

    assert user.username == "casey"
    assert lossy.sent == 2
    assert office.scalar("SELECT count(*) FROM device") == 1
    store.repos.participants.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    with client_for(store) as client:
        report = SyncEngine(store, client).sync()
    assert report.pushed == 1
    assert office.scalar("SELECT count(*) FROM record") == 1
