"""The HTTP client against httpx.MockTransport: gzip bodies, the bearer token, each refusal mapped to its
exception, and retries that back off, stop after a bounded count and time, and resend an enrolment the
server may already have spent only when the laptop's clock id lets the server know it again."""

from __future__ import annotations

import gzip
import json
import ssl
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import new_id
from leaddesk.sync.client import RetryPolicy, SyncClient
from leaddesk.sync.errors import (
    AuthenticationFailed,
    CertificateNotTrusted,
    DeviceRevoked,
    EnrollmentFailed,
    NotEnrolled,
    ProtocolMismatch,
    ServerUnavailable,
    ServerUnreachable,
    SyncRejected,
)
from leaddesk.sync.protocol import Change, PageHead, PushRequest

FAST = RetryPolicy(attempts=4, base_delay=0.001, max_delay=0.004, total=5.0)
PARTICIPANT = "0191e0c8-0000-7000-8000-0000000000aa"
Handler = Callable[[httpx.Request], httpx.Response]


def client_with(
    handler: Handler, *, token: str | None = "dev.secret", retry: RetryPolicy = FAST
) -> SyncClient:
    return SyncClient("https://sync.test/", token=token, transport=httpx.MockTransport(handler), retry=retry)


def error(status: int, code: str, message: str = "refused", **extra: object) -> httpx.Response:
    return httpx.Response(status, json={"error": code, "message": message, **extra})


def a_push() -> PushRequest:
    change = Change(
        change_id=new_id(),
        entity="task",
        record_id=new_id(),
        participant_id=new_id(),
        op="update",
        fields={"title": "Call the shelter " * 50},
        clocks={"title": "0000018f00000000-dev"},
        base={"title": None},
    )
    return PushRequest(batch_id=new_id(), changes=[change], pending=1, app_version="0.1.0")


def test_a_push_goes_gzipped_with_the_token_and_its_answer_is_parsed() -> None:
    seen: list[httpx.Request] = []
    request = a_push()

    def handler(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        body = json.loads(gzip.decompress(req.content))
        results = [{"change_id": c["change_id"], "status": "applied"} for c in body["changes"]]
        return httpx.Response(200, json={"batch_id": body["batch_id"], "results": results})

    answer = client_with(handler).push(request)

    [sent] = seen
    assert sent.url == "https://sync.test/v1/push"
    assert sent.headers["content-encoding"] == "gzip"
    assert sent.headers["authorization"] == "Bearer dev.secret"
    assert len(sent.content) < len(request.model_dump_json())  # compressed on the wire
    assert [r.change_id for r in answer.results] == [request.changes[0].change_id]


def test_a_request_needing_a_token_is_not_sent_without_one() -> None:
    calls: list[httpx.Request] = []
    client = client_with(lambda r: calls.append(r) or httpx.Response(200), token=None)
    with pytest.raises(NotEnrolled):
        client.pull(0, 10)
    assert calls == []


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (error(401, "unauthenticated"), AuthenticationFailed),
        (error(403, "device_revoked", revoke_mode="lost"), DeviceRevoked),
        (error(403, "forbidden"), SyncRejected),
        (error(422, "invalid_request", "cursor: too big"), SyncRejected),
        (httpx.Response(400, text="<html>proxy error</html>"), SyncRejected),
        (httpx.Response(200, json={"records": "not a list"}), ProtocolMismatch),
    ],
)
def test_refusals_map_to_specific_exceptions_without_retrying(
    response: httpx.Response, expected: type
) -> None:
    calls: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(req)
        return response

    with pytest.raises(expected) as raised:
        client_with(handler).pull(0, 10)
    assert len(calls) == 1
    if isinstance(raised.value, DeviceRevoked):
        assert raised.value.mode is RevokeMode.LOST
    if isinstance(raised.value, SyncRejected) and response.status_code == 422:
        assert raised.value.status == 422
        assert raised.value.error == "invalid_request"
        assert str(raised.value) == "cursor: too big"


@pytest.mark.parametrize("code", ["enrolment_code_used", "enrolment_code_expired", "enrolment_code_invalid"])
def test_a_refused_enrolment_code_says_why(code: str) -> None:
    client = client_with(lambda r: error(403, code, "This enrolment code has expired."), token=None)
    with pytest.raises(EnrollmentFailed) as raised:
        client.enroll("ABCD-EFGH-JKMN-PQRS", "Laptop 7", "0.1.0")
    assert raised.value.reason == code


def test_server_failures_are_retried_and_a_later_success_is_returned() -> None:
    answers = [error(503, "unavailable"), httpx.Response(502), ok_pull()]
    calls: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(req)
        return answers[len(calls) - 1]

    page = client_with(handler).pull(5, 10)
    assert page.cursor == 5
    assert len(calls) == 3


def test_a_server_that_keeps_failing_gives_up_after_the_attempts() -> None:
    calls: list[httpx.Request] = []
    client = client_with(lambda r: calls.append(r) or error(503, "unavailable", "database down"))
    with pytest.raises(ServerUnavailable) as raised:
        client.pull(0, 10)
    assert len(calls) == FAST.attempts
    assert raised.value.status == 503


@pytest.mark.parametrize(
    "failure", [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("cut")]
)
def test_network_errors_are_retried_then_reported_as_unreachable(failure: Exception) -> None:
    calls: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(req)
        raise failure

    with pytest.raises(ServerUnreachable):
        client_with(handler).heartbeat(pending=3)
    assert len(calls) == FAST.attempts


def test_retrying_stops_at_the_time_budget() -> None:
    patient = RetryPolicy(attempts=1000, base_delay=0.05, max_delay=0.05, total=0.3)
    calls: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(req)
        raise httpx.ConnectError("refused")

    started = time.monotonic()
    with pytest.raises(ServerUnreachable):
        client_with(handler, retry=patient).pull(0, 1)
    assert time.monotonic() - started < 1.0
    assert 1 < len(calls) < 1000


def test_the_waits_grow_and_stay_within_the_cap() -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=4.0)
    for retry in range(10):
        assert 0 <= policy.delay(retry) <= min(4.0, 0.5 * 2**retry)
    assert max(policy.delay(6) for _ in range(200)) > 2.0  # jittered over the whole range


def test_an_enrolment_that_may_have_arrived_is_not_sent_twice_without_a_clock_id() -> None:
    calls: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(req)
        raise httpx.ReadTimeout("the answer was lost")

    with pytest.raises(ServerUnreachable):
        client_with(handler, token=None).enroll("ABCD-EFGH-JKMN-PQRS", "Laptop", "0.1.0")
    assert len(calls) == 1  # the code is spent on arrival; a resend could only be told "used"


def test_an_enrolment_with_the_laptops_clock_id_is_sent_again_after_a_lost_answer() -> None:
    calls: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(req)
        raise httpx.ReadTimeout("the answer was lost")

    clock_id = new_id()
    with pytest.raises(ServerUnreachable):
        client_with(handler, token=None).enroll("ABCD-EFGH-JKMN-PQRS", "Laptop", "0.1.0", clock_id=clock_id)
    assert len(calls) == FAST.attempts  # the server gives the same laptop its device again
    assert {json.loads(call.content)["clock_id"] for call in calls} == {clock_id}


def test_an_enrolment_that_never_connected_is_tried_again() -> None:
    calls: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(req)
        raise httpx.ConnectError("no route")

    with pytest.raises(ServerUnreachable):
        client_with(handler, token=None).enroll("ABCD-EFGH-JKMN-PQRS", "Laptop", "0.1.0")
    assert len(calls) == FAST.attempts


def test_an_untrusted_certificate_is_named_and_not_retried() -> None:
    calls: list[httpx.Request] = []

    def handler(req: httpx.Request) -> httpx.Response:
        calls.append(req)
        raise httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed")

    with pytest.raises(CertificateNotTrusted):
        client_with(handler).pull(0, 1)
    assert len(calls) == 1


def test_a_missing_ca_bundle_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CertificateNotTrusted):
        SyncClient("https://sync.test", verify=str(tmp_path / "no-such-ca.pem"))
    context = ssl.create_default_context()
    SyncClient("https://sync.test", verify=context).close()  # a ready context is used as it is


def test_attachments_go_up_raw_and_a_missing_one_comes_back_as_none() -> None:
    stored: dict[str, bytes] = {}
    participants: list[str] = []

    def handler(req: httpx.Request) -> httpx.Response:
        sha = req.url.path.rsplit("/", 1)[1]
        if req.method == "PUT":
            assert "content-encoding" not in req.headers
            stored[sha] = req.content
            participants.append(req.url.params["participant_id"])
            return httpx.Response(204)
        if sha in stored:
            return httpx.Response(200, content=stored[sha])
        return error(404, "not_found")

    client = client_with(handler)
    client.put_attachment("a" * 64, b"%PDF-1.7 bytes", participant_id=PARTICIPANT)
    assert participants == [PARTICIPANT]  # the file goes up for the participant it belongs to
    assert client.get_attachment("a" * 64) == b"%PDF-1.7 bytes"
    assert client.get_attachment("b" * 64) is None


def ok_pull() -> httpx.Response:
    return httpx.Response(200, json={"records": [], "removals": [], "cursor": 5, "has_more": False})


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("5000 1 0", PageHead(5000, True, 0)),
        ("70487 0 3", PageHead(70487, False, 3)),
        (None, None),
        ("", None),
        ("5000 2 0", None),
        ("5000 01 0", None),
        ("-1 1 0", None),
        ("5000 1", None),
        ("5000  1 0", None),
        ("1" * 20 + " 1 0", None),
        ("5e3 1 0", None),
    ],
)
def test_a_pull_pages_header_is_read_only_in_its_one_form(text: str | None, head: PageHead | None) -> None:
    """What a page's header says decides whether the next page is asked for before this one is read
    (sync/pages.py): anything not in the form the server writes counts as no header at all."""
    assert PageHead.decode(text) == head
    if head is not None:
        assert PageHead.decode(head.encode()) == head
