"""Hand-written probes of every /v1 route with what a faulty or hostile client might send, on SQLite and
PostgreSQL: U+0000 (which PostgreSQL refuses in text) and other control characters or lone surrogates in
every string, deep nesting, huge numbers, NaN, wrong types, oversized values, odd stamps. Each is a 4xx
ErrorBody with a reason, or, where the fault is inside one change, that change refused and the rest of
its batch applied; never a 5xx, and nothing stored that a laptop's pull would then trip over."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from leaddesk.domain import Participant, SyncConflict, Task
from leaddesk.domain.ids import new_id, utcnow
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.enrolment import client_for, enroll
from leaddesk.sync.protocol import ErrorBody

BAD_TEXT = ["\x00", "\x1b", "\ud800"]  # U+0000, another control character, half a character


def _post(http: httpx.Client, path: str, body: Any) -> httpx.Response:
    # Written by hand: Python's JSON writer escapes lone surrogates and writes NaN, as a careless client's.
    return http.post(path, content=json.dumps(body), headers={"Content-Type": "application/json"})


def _refused(response: httpx.Response, status: int, *words: str) -> ErrorBody:
    assert response.status_code == status, response.text
    body = ErrorBody.model_validate(response.json())
    for word in words:
        assert word in body.message
    return body


def _deep(levels: int) -> Any:
    value: Any = 1
    for _ in range(levels):
        value = [value]
    return value


@pytest.fixture
def person(laptop) -> Participant:
    made = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    assert laptop.statuses(laptop.create(made)) == ["applied"]
    return made


def _stored(office) -> dict[str, int]:
    return {
        table: office.scalar(f"SELECT count(*) FROM {table}")
        for table in ("record", "device", "push_batch", "team", "user_account")
    }


@pytest.mark.parametrize("bad", BAD_TEXT, ids=["nul", "escape", "surrogate"])
def test_bad_text_in_any_request_string_is_a_422_that_names_it(office, laptop, bad: str) -> None:
    before = _stored(office)
    app_version = office.scalar("SELECT app_version FROM device")
    enrolment = {"code": office.code("casey"), "device_name": "Laptop", "app_version": "1.0"}

    for field in ("code", "device_name", "app_version"):
        spoilt = {**enrolment, field: f"{enrolment[field]}{bad}"}
        _refused(_post(laptop.http, "/v1/enroll", spoilt), 422, field)
    beat = {"pending": 0, "app_version": f"1{bad}"}
    _refused(_post(laptop.http, "/v1/heartbeat", beat), 422, "app_version")
    batch = {"batch_id": new_id(), "changes": [], "app_version": f"1{bad}"}
    _refused(_post(laptop.http, "/v1/push", batch), 422, "app_version")

    assert _stored(office) == before
    assert office.scalar("SELECT app_version FROM device") == app_version


def _change(laptop, fields: dict[str, Any], *, record_id: str, op: str = "update") -> dict[str, Any]:
    return laptop.write("participant", record_id, fields, op=op, pid=record_id)


@pytest.mark.parametrize("bad", BAD_TEXT, ids=["nul", "escape", "surrogate"])
def test_bad_text_in_any_field_of_a_change_refuses_that_change_alone(
    office, laptop, person, bad: str
) -> None:
    newcomer = Participant(first_name="Ana", last_name="Ruiz", team_id="north")
    task = Task(participant_id=person.id, title="Call the clinic")
    new_fields = laptop.create(newcomer)["fields"]
    spoilt: list[dict[str, Any]] = [
        # Text fields of a new participant, team_id included: it is looked up in the database before the
        # record is validated, as is a new record's participant_id.
        _change(laptop, {**new_fields, name: f"x{bad}"}, record_id=newcomer.id, op="create")
        for name in ("first_name", "last_name", "team_id", "created_by", "created_at", "phone")
    ]
    task_fields = {**laptop.create(task)["fields"], "participant_id": f"p{bad}"}
    spoilt.append(laptop.write("task", task.id, task_fields, op="create"))
    spoilt.append(_change(laptop, {"aliases": ["JQ", f"Q{bad}"]}, record_id=person.id))
    spoilt.append(_change(laptop, {"usual_locations": {f"k{bad}": "v"}}, record_id=person.id))
    fine = _change(laptop, {"phone": "555-0100"}, record_id=person.id)

    response = _post(laptop.http, "/v1/push", {"batch_id": new_id(), "changes": [*spoilt, fine]})

    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(spoilt) + ["applied"]
    for result in results[:-1]:
        assert f"U+{ord(bad):04X}" in result["reason"], result
    assert office.scalar("SELECT count(*) FROM record") == 1
    assert "555-0100" in office.scalar("SELECT fields FROM record")


def test_deep_huge_odd_and_oversized_values_refuse_their_change_alone(office, laptop, person) -> None:
    def conflict(value: Any) -> dict[str, Any]:
        made = SyncConflict(
            participant_id=person.id,
            record_entity="participant",
            record_id=person.id,
            field="phone",
            kept_value="555-0101",
            kept_stamp="0" * 16 + "-a",
            other_stamp="0" * 16 + "-b",
            detected_at=utcnow(),
        )
        change = laptop.create(made)
        change["fields"]["kept_value"] = value
        return change

    probes = {
        "levels deep": conflict(_deep(17)),
        "levels deep ": conflict(_deep(300)),  # fine for the server's parser, fatal to a laptop's
        "64-bit": conflict(2**64),
        "NaN": conflict(float("nan")),
        "Infinity": conflict(float("-inf")),
        "larger than": conflict(["x" * 10_000] * 200),
        "valid string": _change(laptop, {"phone": {"area": 555}}, record_id=person.id),
        "valid boolean": _change(laptop, {"deleted": "perhaps"}, record_id=person.id),
        "no such field": _change(laptop, {"nickname": "Q"}, record_id=person.id),
    }
    fine = _change(laptop, {"gender": "woman"}, record_id=person.id)

    response = _post(laptop.http, "/v1/push", {"batch_id": new_id(), "changes": [*probes.values(), fine]})

    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["rejected"] * len(probes) + ["applied"]
    for words, result in zip(probes, results, strict=False):
        assert words.strip() in result["reason"], result
    assert office.scalar("SELECT count(*) FROM record") == 1
    assert '"gender":"woman"' in office.scalar("SELECT fields FROM record")


def test_bodies_no_parser_should_read_are_refused_whole(office, laptop, person) -> None:
    headers = {"Content-Type": "application/json"}
    change = _change(laptop, {"phone": 1}, record_id=person.id)
    text = json.dumps({"batch_id": new_id(), "changes": [change]})

    too_deep = text.replace('"phone": 1', '"phone": ' + "[" * 5000 + "]" * 5000)
    too_long = text.replace('"phone": 1', '"phone": ' + "9" * 5000)
    not_utf8 = text.encode().replace(b'"phone": 1', b'"phone": "\xff\xfe"')
    for body in (too_deep.encode(), too_long.encode(), not_utf8):
        _refused(laptop.http.post("/v1/push", content=body, headers=headers), 400, "cannot be read as JSON")

    bad_stamps = [
        "0" * 16 + "-dev\x00ice",  # looked up as a device's clock id
        "0" * 16 + "-\x1b[2Jwiped",
        "not a stamp at all, no",
        "g" * 16 + "-device",
    ]
    for stamp in bad_stamps:
        odd = {**change, "clocks": {"phone": stamp}}
        _refused(_post(laptop.http, "/v1/push", {"batch_id": new_id(), "changes": [odd]}), 422, "clocks")
        odd_base = {**change, "base": {"phone": stamp}}
        _refused(_post(laptop.http, "/v1/push", {"batch_id": new_id(), "changes": [odd_base]}), 422, "base")
    assert office.scalar("SELECT count(*) FROM push_batch") == 1  # the fixture's own


def test_nothing_the_server_accepts_can_stop_a_laptops_pull(office, laptop, person, store) -> None:
    # Nested too deep for pydantic's JSON reader (about 200 levels with the page around it), not for
    # Python's: a server that stored it would hand every laptop of the team a page it cannot read.
    deep = SyncConflict(
        participant_id=person.id,
        record_entity="participant",
        record_id=person.id,
        field="phone",
        kept_value="555-0101",
        kept_stamp="0" * 16 + "-a",
        other_stamp="0" * 16 + "-b",
        detected_at=utcnow(),
    )
    change = laptop.create(deep)
    change["fields"]["other_value"] = _deep(199)
    laptop.push(change)

    office.user("robin", "north")
    enroll(store, office.url, office.code("robin"), "Robin's laptop")
    with client_for(store) as client:
        report = SyncEngine(store, client).sync()

    assert report.applied >= 1
    assert store.repos.participants.get(person.id).first_name == "Jordan"
