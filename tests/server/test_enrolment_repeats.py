"""One enrolment answered more than once (the request delivered twice, a retry after a lost answer, copies
racing on PostgreSQL): every answer names the same device, whichever answer the laptop holds works, and
its first use retires the others."""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest

from leaddesk.domain.ids import new_id
from leaddesk.server.enrolment import MAX_SPARE_TOKENS


def _enrol(office, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(f"{office.url}/v1/enroll", json=body, timeout=30)


def _client(office, answer: httpx.Response) -> httpx.Client:
    token = answer.json()["device_token"]
    return httpx.Client(base_url=office.url, headers={"Authorization": f"Bearer {token}"}, timeout=30)


@pytest.fixture
def request_body(office) -> dict[str, Any]:
    office.team("north")
    office.user("casey", "north")
    return {"code": office.code("casey"), "device_name": "Laptop", "clock_id": new_id()}


@pytest.mark.parametrize("held", [0, 1, 2], ids=["first answer", "second answer", "third answer"])
def test_whichever_answer_the_laptop_holds_works_and_retires_the_others(
    office, request_body: dict[str, Any], held: int
) -> None:
    answers = [_enrol(office, request_body) for _ in range(3)]

    assert [a.status_code for a in answers] == [200, 200, 200], [a.text for a in answers]
    assert len({a.json()["device_id"] for a in answers}) == 1
    assert len({a.json()["device_token"] for a in answers}) == 3
    clients = [_client(office, a) for a in answers]
    try:
        assert clients[held].post("/v1/heartbeat", json={"pending": 0}).status_code == 200
        for i, client in enumerate(clients):
            expected = 200 if i == held else 401
            assert client.get("/v1/pull").status_code == expected, i
    finally:
        for client in clients:
            client.close()
    assert office.scalar("SELECT count(*) FROM device") == 1
    assert office.scalar("SELECT count(*) FROM spare_token") == 0
    # Once a token has been used, the code is spent for everyone, this laptop too.
    assert _enrol(office, request_body).status_code == 403


def test_copies_arriving_together_all_get_the_one_device(office, request_body: dict[str, Any]) -> None:
    copies = 4
    start = threading.Barrier(copies)
    answers: list[httpx.Response] = []

    def send() -> None:
        start.wait(timeout=30)
        answers.append(_enrol(office, request_body))

    threads = [threading.Thread(target=send) for _ in range(copies)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert [a.status_code for a in answers] == [200] * copies, [a.text for a in answers]
    assert len({a.json()["device_id"] for a in answers}) == 1
    assert office.scalar("SELECT count(*) FROM device") == 1
    with _client(office, answers[-1]) as laptop:
        assert laptop.get("/v1/pull").status_code == 200


def test_answers_to_one_enrolment_are_bounded(office, request_body: dict[str, Any]) -> None:
    answers = [_enrol(office, request_body) for _ in range(MAX_SPARE_TOKENS + 2)]

    assert [a.status_code for a in answers] == [200] * (MAX_SPARE_TOKENS + 1) + [403]
    with _client(office, answers[MAX_SPARE_TOKENS]) as laptop:  # the last one answered still works
        assert laptop.get("/v1/pull").status_code == 200
