"""Failed enrolments and failed token checks are counted in the database per address, code and device,
each audited; past a limit the answer is 429 with Retry-After and an ErrorBody, audited too. An unknown
and a used enrolment code get the very same answer. A valid token is never held up."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text, update

from leaddesk.domain.ids import new_id, utcnow
from leaddesk.server.app import create_app
from leaddesk.server.attempts import (
    ENROL_BY_ADDRESS,
    ENROL_BY_CODE,
    TOKEN_BY_ADDRESS,
    TOKEN_BY_DEVICE,
    WINDOW,
)
from leaddesk.server.db import failed_attempt
from leaddesk.server.running import ServerThread
from leaddesk.server.settings import ServerSettings
from leaddesk.sync.protocol import ErrorBody


def _enrol(url: str, code: str, *, clock_id: str | None = None) -> httpx.Response:
    body = {"code": code, "device_name": "Laptop", "clock_id": clock_id}
    return httpx.post(f"{url}/v1/enroll", json=body, timeout=30)


def _unknown_code(i: int) -> str:
    return f"ZZZZ-ZZZZ-ZZZZ-{i:04d}"


def _limited(response: httpx.Response) -> ErrorBody:
    assert response.status_code == 429, response.text
    wait = int(response.headers["Retry-After"])
    assert 0 < wait <= WINDOW.total_seconds()
    body = ErrorBody.model_validate(response.json())
    assert body.error == "too_many_attempts"
    assert "Try again in" in body.message
    return body


def _audited(office, action: str) -> int:
    return int(office.scalar(f"SELECT count(*) FROM audit WHERE action = '{action}'"))


@pytest.fixture
def casey(office) -> str:
    office.team("north")
    return office.user("casey", "north")


def test_an_unknown_code_and_a_used_one_get_the_same_answer(office, casey: str) -> None:
    used = office.code(casey)
    assert _enrol(office.url, used, clock_id=new_id()).status_code == 200

    answers = [
        _enrol(office.url, used, clock_id=new_id()),  # another laptop
        _enrol(office.url, used),
        _enrol(office.url, "ABCD-EFGH-JKMN-PQRS"),  # issued to nobody
    ]

    assert {a.status_code for a in answers} == {403}
    assert answers[0].json() == answers[1].json() == answers[2].json()
    assert answers[0].json()["error"] == "enrolment_code_invalid"
    assert answers[0].headers.keys() == answers[2].headers.keys()
    # The audit trail, for the administrator only, says which it was.
    with office.engine.connect() as conn:
        details = conn.execute(text("SELECT detail FROM audit WHERE action = 'enroll_refused' ORDER BY id"))
        assert [d.split(": ", 1)[1] for (d,) in details] == ["code used already"] * 2 + ["code not known"]


def test_failed_enrolments_from_one_address_are_limited_then_refused_whatever_the_code(
    office, casey: str
) -> None:
    for i in range(ENROL_BY_ADDRESS.failures):
        assert _enrol(office.url, _unknown_code(i)).status_code == 403

    good = office.code(casey)
    body = _limited(_enrol(office.url, good))
    _limited(_enrol(office.url, _unknown_code(99)))

    assert "failed enrolments from this network" in body.message
    assert office.scalar("SELECT count(*) FROM device") == 0  # not even a good code gets through now
    assert _audited(office, "enroll_refused") == ENROL_BY_ADDRESS.failures
    assert _audited(office, "rate_limited") == 2


@pytest.mark.parametrize("kind", ["used", "unknown"])
def test_one_code_tried_again_and_again_is_limited_alike_whether_it_exists_or_not(
    office, casey: str, kind: str
) -> None:
    code = office.code(casey) if kind == "used" else _unknown_code(1)
    if kind == "used":
        assert _enrol(office.url, code, clock_id=new_id()).status_code == 200

    statuses = [_enrol(office.url, code).status_code for _ in range(ENROL_BY_CODE.failures + 1)]

    assert statuses == [403] * ENROL_BY_CODE.failures + [429]
    assert ENROL_BY_CODE.failures < ENROL_BY_ADDRESS.failures  # the code's limit, not the address's


def test_the_limit_lifts_when_its_window_ends(office, casey: str) -> None:
    for i in range(ENROL_BY_ADDRESS.failures):
        _enrol(office.url, _unknown_code(i))
    _limited(_enrol(office.url, office.code(casey)))

    with office.engine.begin() as conn:  # the clock moves on past the window
        conn.execute(update(failed_attempt).values(window_start=utcnow() - WINDOW - timedelta(seconds=1)))

    assert _enrol(office.url, office.code(casey), clock_id=new_id()).status_code == 200
    assert _enrol(office.url, _unknown_code(0)).status_code == 403  # counted afresh, from one


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_failed_token_checks_for_one_device_are_limited_but_its_own_token_still_works(
    office, laptop
) -> None:
    forged = f"{laptop.id}.{'x' * 43}"
    before = _audited(office, "token_refused")

    statuses = [
        httpx.get(f"{office.url}/v1/pull", headers=_bearer(forged)).status_code
        for _ in range(TOKEN_BY_DEVICE.failures)
    ]
    limited = _limited(httpx.post(f"{office.url}/v1/push", headers=_bearer(forged), json={}))

    assert statuses == [401] * TOKEN_BY_DEVICE.failures
    assert "failed sign-ins for this device" in limited.message
    # Nobody can lock a laptop out by sending bad tokens in its name.
    assert laptop.http.get("/v1/pull").status_code == 200
    assert laptop.http.post("/v1/heartbeat", json={"pending": 0}).status_code == 200
    assert _audited(office, "token_refused") - before == TOKEN_BY_DEVICE.failures
    assert office.scalar("SELECT count(*) FROM audit WHERE action = 'rate_limited'") == 1
    assert office.scalar("SELECT device FROM audit WHERE action = 'rate_limited'") == laptop.id


def test_failed_token_checks_from_one_address_are_limited(office, laptop) -> None:
    # No token, a token that names no device, tokens of devices nobody enrolled: each a failure.
    strangers = [_bearer(f"{new_id()}.secret") for _ in range(TOKEN_BY_ADDRESS.failures)]
    tries: list[dict[str, Any]] = [{}, _bearer("nonsense"), *strangers]

    pull = f"{office.url}/v1/pull"
    statuses = [httpx.get(pull, headers=h).status_code for h in tries[: TOKEN_BY_ADDRESS.failures]]
    body = _limited(httpx.get(pull, headers=tries[-1]))

    assert statuses == [401] * TOKEN_BY_ADDRESS.failures
    assert "failed sign-ins from this network" in body.message
    assert laptop.http.get("/v1/pull").status_code == 200


def test_successful_requests_count_nothing(office, laptop) -> None:
    audit_before = office.scalar("SELECT count(*) FROM audit")

    for _ in range(5):
        assert laptop.http.get("/v1/pull").status_code == 200

    assert office.scalar("SELECT count(*) FROM failed_attempt") == 0
    assert office.scalar("SELECT count(*) FROM audit") == audit_before


def test_every_server_process_on_the_database_sees_the_same_counts(office, database_url: str) -> None:
    half = ENROL_BY_ADDRESS.failures // 2
    with ServerThread(create_app(ServerSettings(database_url=database_url))) as other:
        for i in range(half):
            assert _enrol(office.url, _unknown_code(i)).status_code == 403
        for i in range(half, ENROL_BY_ADDRESS.failures):
            assert _enrol(other.url, _unknown_code(i)).status_code == 403

        _limited(_enrol(other.url, _unknown_code(50)))
        _limited(_enrol(office.url, _unknown_code(51)))
