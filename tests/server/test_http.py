"""The HTTP edges: every refusal is an ErrorBody, bad input is a 4xx that stores nothing, bodies are
bounded before parsing (also when gzipped), answers are gzipped, attachments go by content hash."""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib

import httpx

from leaddesk.domain import Attachment, Participant
from leaddesk.domain.ids import new_id
from leaddesk.sync.protocol import MAX_BODY_BYTES, ErrorBody


def _error(response: httpx.Response, status: int) -> ErrorBody:
    assert response.status_code == status, response.text
    return ErrorBody.model_validate(response.json())


def _stored(office) -> tuple[int, int]:
    return office.scalar("SELECT count(*) FROM record"), office.scalar("SELECT count(*) FROM push_batch")


def test_malformed_requests_are_422_error_bodies_and_store_nothing(office, laptop) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    good = {"batch_id": new_id(), "changes": [laptop.create(person)]}
    json_headers = {"Content-Type": "application/json"}
    bad_bodies = [
        b"{not json",
        b"[]",
        json.dumps({**good, "batch_id": "not-a-uuid"}).encode(),
        json.dumps({**good, "surprise": 1}).encode(),
        json.dumps(
            {**good, "changes": [{**good["changes"][0], "clocks": {"first_name": "yesterday"}}]}
        ).encode(),
        json.dumps({**good, "pending": -1}).encode(),
    ]

    for body in bad_bodies:
        error = _error(laptop.http.post("/v1/push", content=body, headers=json_headers), 422)
        assert error.error == "invalid_request"
        assert "sync protocol" in error.message
    for params in ({"cursor": -1}, {"cursor": "abc"}, {"limit": 0}, {"limit": 10**6}, {"cursor": 2**80}):
        assert _error(laptop.http.get("/v1/pull", params=params), 422).error == "invalid_request"
    assert _stored(office) == (0, 0)


def test_unknown_paths_and_methods_answer_with_error_bodies(laptop) -> None:

    assert _error(laptop.http.get("/v1/nothing-here"), 404).error == "not_found"
    assert _error(laptop.http.delete("/v1/pull"), 405).error == "method_not_allowed"


def test_a_gzipped_push_is_accepted(laptop) -> None:
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    body = json.dumps({"batch_id": new_id(), "changes": [laptop.create(person)]}).encode()

    response = laptop.http.post(
        "/v1/push",
        content=gzip.compress(body),
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )

    assert response.status_code == 200, response.text
    assert [r["status"] for r in response.json()["results"]] == ["applied"]


def test_oversized_bodies_and_zip_bombs_are_413_before_parsing(office, laptop) -> None:
    headers = {"Content-Type": "application/json"}
    too_big = b" " * (MAX_BODY_BYTES + 1)
    # 64 MiB of zeros shrink to about 64 KiB: small on the wire, far over the limit once inflated.
    bomb = zlib.compressobj(wbits=31)
    compressed = bomb.compress(b"\0" * (64 * 1024 * 1024)) + bomb.flush()
    assert len(compressed) < 200_000

    plain = laptop.http.post("/v1/push", content=too_big, headers=headers)
    inflated = laptop.http.post(
        "/v1/push", content=compressed, headers={**headers, "Content-Encoding": "gzip"}
    )

    assert _error(plain, 413).error == "payload_too_large"
    assert _error(inflated, 413).error == "payload_too_large"
    assert _stored(office) == (0, 0)


def test_broken_gzip_and_other_encodings_are_refused(laptop) -> None:
    headers = {"Content-Type": "application/json"}
    cut = gzip.compress(b'{"batch_id": "x"}')[:-6]

    broken = laptop.http.post("/v1/push", content=cut, headers={**headers, "Content-Encoding": "gzip"})
    brotli = laptop.http.post("/v1/push", content=b"{}", headers={**headers, "Content-Encoding": "br"})

    assert _error(broken, 400).error == "bad_encoding"
    assert _error(brotli, 415).error == "unsupported_encoding"


def test_large_answers_come_back_gzipped(laptop) -> None:
    people = [Participant(first_name=f"Person{i}", last_name="Quill", team_id="north") for i in range(20)]
    laptop.push(*(laptop.create(p) for p in people))

    response = laptop.http.get("/v1/pull", headers={"Accept-Encoding": "gzip"})

    assert response.headers["content-encoding"] == "gzip"
    assert len(response.json()["records"]) == 20


def test_attachments_go_by_hash_and_only_to_devices_in_scope(office, laptop) -> None:
    office.team("south")
    office.user("sam", "south")
    outsider = office.device("sam")
    content = b"%PDF-1.7 consent form scan" * 100
    sha = hashlib.sha256(content).hexdigest()
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    record = Attachment(
        participant_id=person.id,
        file_name="consent.pdf",
        media_type="application/pdf",
        size=len(content),
        sha256=sha,
    )

    for_person = {"participant_id": person.id}
    assert laptop.http.put(f"/v1/attachments/{sha}", content=content, params=for_person).status_code == 204
    repeat = laptop.http.put(f"/v1/attachments/{sha}", content=content, params=for_person)
    assert repeat.status_code == 204  # a repeat upload is fine
    assert _error(laptop.http.get(f"/v1/attachments/{sha}"), 404).error == "not_found"  # no record yet
    laptop.push(laptop.create(person), laptop.create(record))

    download = laptop.http.get(f"/v1/attachments/{sha}")
    assert download.status_code == 200
    assert download.content == content
    assert _error(outsider.http.get(f"/v1/attachments/{sha}"), 404).error == "not_found"
    mismatch = laptop.http.put(f"/v1/attachments/{'0' * 64}", content=b"something else", params=for_person)
    assert _error(mismatch, 422).error == "hash_mismatch"
    assert office.scalar("SELECT count(*) FROM attachment_blob") == 1


def test_health_and_the_openapi_schema_are_public(office) -> None:
    health = httpx.get(f"{office.url}/v1/health")
    schema = httpx.get(f"{office.url}/openapi.json")

    assert health.status_code == 200
    assert health.json()["status"] == "ok"
    assert schema.status_code == 200
    assert {"/v1/push", "/v1/pull", "/v1/enroll", "/v1/heartbeat"} <= set(schema.json()["paths"])
