"""Every /v1 route the server has, called by an enrolled device of another team with everything it could
have learnt or guessed of one north participant's file (the participant's, a note's and a file's ids, the
file's hash, north's device id, any cursor): no answer holds anything of north's, and nothing of north's
changes. The sweep is built from the app's own route table, so a route added later fails here until it
is given its probes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple

import httpx
from fastapi.routing import APIRoute

from leaddesk.domain import CaseNote, Participant
from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import new_id
from leaddesk.server import devices
from leaddesk.server.app import create_app
from leaddesk.server.refer import routes as refer_routes
from leaddesk.server.settings import ServerSettings
from tests.server.attachment_files import attachment, sha, upload
from tests.server.audit_links import chained

NOTE = "Vesper agreed to the detox bed at Halden House on Thursday."
SCAN = b"%PDF-1.7 north's signed release for Vesper Quillon" * 40
# An upload for a participant the server holds in another team is refused, where one for a participant it
# does not hold yet is taken (its laptop is about to push them): the one answer that tells whether a
# participant id exists, which a device knows only by having been given it (ids are UUIDv7 made on the
# laptop, see server/attachments.py). It tells nothing else.
UPLOAD = ("put", "/v1/attachments/{sha256}")


def _north_file(office: Any) -> tuple[Any, Any, Participant, CaseNote, str]:
    office.team("north", "south")
    office.user("casey", "north")
    office.user("sam", "south")
    north, south = office.device("casey"), office.device("sam")
    vesper = Participant(first_name="Vesper", last_name="Quillon", team_id="north", phone="555-0142")
    note = CaseNote(participant_id=vesper.id, data=NOTE)
    scan = attachment(vesper, SCAN, name="vesper-release.pdf")
    assert upload(north, SCAN, pid=vesper.id).status_code == 204
    assert north.statuses(north.create(vesper), north.create(note), north.create(scan)) == ["applied"] * 3
    return north, south, vesper, note, scan.id


def v1_routes(database_url: str) -> list[tuple[str, str]]:
    """(method, path) of every /v1 route in the app's own route table."""
    paths = create_app(ServerSettings(database_url=database_url)).openapi()["paths"]
    return [(method, path) for path, methods in paths.items() for method in methods]


class Target(NamedTuple):
    """What a probe names: north's real participant, note, file and device, or invented ones."""

    participant_id: str
    note_id: str
    content: bytes
    device_id: str

    @property
    def sha256(self) -> str:
        return sha(self.content)


def _probes(south: Any, latest: int) -> dict[tuple[str, str], list[Callable[[Target], httpx.Response]]]:
    return {
        ("post", "/v1/push"): [
            lambda t: south.push_response(south.write("note", t.note_id, {"data": "overwritten by south"})),
            lambda t: south.push_response(south.write("participant", t.participant_id, {"team_id": "south"})),
            lambda t: south.push_response(
                south.create(CaseNote(participant_id=t.participant_id, data="planted"))
            ),
        ],
        ("get", "/v1/pull"): [
            *(lambda _, c=c: south.http.get("/v1/pull", params={"cursor": c}) for c in (0, 1, latest - 1)),
            lambda _: south.http.get("/v1/pull", params={"cursor": 0, "shared_stamps": "false"}),
        ],
        ("get", "/v1/waiting"): [
            lambda _, c=c: south.http.get("/v1/waiting", params={"cursor": c}) for c in (0, 1, latest - 1)
        ],
        ("post", "/v1/heartbeat"): [lambda _: south.http.post("/v1/heartbeat", json={"pending": 0})],
        ("get", "/v1/program"): [lambda _: south.http.get("/v1/program")],
        ("get", "/v1/attachments/{sha256}"): [
            lambda t: south.http.get(f"/v1/attachments/{t.sha256}"),
            lambda t: south.http.get(
                f"/v1/attachments/{t.sha256}", params={"participant_id": t.participant_id}
            ),
        ],
        ("put", "/v1/attachments/{sha256}"): [
            lambda t: south.http.put(
                f"/v1/attachments/{t.sha256}", content=t.content, params={"participant_id": t.participant_id}
            ),
        ],
        ("post", "/v1/audit"): [
            lambda t: south.http.post("/v1/audit", json={"events": chained(t.device_id, 1)})
        ],
        ("post", "/v1/enroll"): [
            lambda _: south.http.post("/v1/enroll", json={"code": "ABCD-EFGH-JKMN-PQRS", "device_name": "x"})
        ],
        ("get", "/v1/health"): [lambda _: south.http.get("/v1/health")],
    }


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_VOLATILE = re.compile(r'"(seq|server_time|latest_seq|cursor)":("[^"]*"|\d+)')


def _shape(answer: httpx.Response, target: Target) -> tuple[int, str]:
    """The answer with what its probe named put back as names, and ids it made up itself (batch and
    change ids) and counters blanked: what differs between a real target and an invented one."""
    text = answer.text
    for name, value in {**target._asdict(), "sha256": target.sha256}.items():
        if isinstance(value, str):
            text = text.replace(value, f"<{name}>")
    return answer.status_code, _VOLATILE.sub(r'"\1":0', _UUID.sub("<id>", text))


def test_another_teams_device_learns_and_changes_nothing_through_any_route(
    office: Any, database_url: str
) -> None:
    north, south, vesper, note, scan_id = _north_file(office)
    north_view = {(r["entity"], r["record_id"]): r["fields"] for r in north.sync_down()}
    real = Target(vesper.id, note.id, SCAN, north.id)
    secrets = [
        *(s.encode() for s in ("Vesper", "Quillon", "555-0142", "Halden House", "vesper-release", scan_id)),
        SCAN[:40],
    ]
    probes = _probes(south, latest=int(office.scalar("SELECT value FROM counter")))

    assert set(probes) == set(v1_routes(database_url))
    for (method, path), calls in probes.items():
        for call in calls:
            invented = Target(new_id(), new_id(), new_id().encode() * 40, new_id())
            answer, control = call(real), call(invented)
            assert answer.status_code < 500, (method, path, answer.text)
            # Nothing of north's file in it...
            leaked = [s for s in secrets if s in answer.content]
            assert not leaked, (method, path, leaked)
            if (method, path) == UPLOAD:
                assert answer.status_code == 404, answer.text
                assert answer.json()["error"] == "not_found"
                continue
            # ...and the same answer as for ids nobody has (the ids named aside): no oracle for whether
            # they exist, nor whose they are (a note's participant, say).
            assert _shape(answer, real) == _shape(control, invented), (method, path)
            if path == "/v1/waiting":
                assert answer.json() == {"waiting": False}  # nothing of south's is there to pull

    # Nothing of north's changed or was added: its file is as it was, and its device's chain is untouched.
    north.cursor = 0
    north.records.clear()
    assert {(r["entity"], r["record_id"]): r["fields"] for r in north.sync_down()} == north_view
    assert office.scalar(f"SELECT count(*) FROM device_audit WHERE chain = '{north.id}'") == 0
    assert north.http.get(f"/v1/attachments/{sha(SCAN)}").content == SCAN


def test_a_devices_token_opens_no_officers_page(office: Any) -> None:
    """The officers' referral pages take a signed-in officer's session, never a device's token: every one
    of them, called with south's token, shows nothing of north's and takes no referral."""
    _north, south, *_ = _north_file(office)
    for route in refer_routes.router.routes:
        assert isinstance(route, APIRoute)
        url = route.path.replace("{token}", "x" * 43).replace("{name}", "style.css")
        for method in sorted(route.methods):
            answer = south.http.request(
                method, url, data={"first_name": "Vesper", "last_name": "Quillon"}, follow_redirects=False
            )
            assert answer.status_code < 500, (method, url)
            assert b"Halden" not in answer.content, (method, url)
            if url in ("/refer/", "/refer/new"):
                # The referral list and form: only after signing in.
                assert answer.status_code in (303, 401, 403), (method, url, answer.status_code)
                assert answer.status_code != 303 or answer.headers["location"] == "/refer/sign-in"
    assert office.scalar("SELECT count(*) FROM officer_referral") == 0
    assert office.scalar("SELECT count(*) FROM officer_session") == 0


def _every_route(
    routes: list[tuple[str, str]], client: httpx.Client
) -> list[tuple[str, str, httpx.Response]]:
    """Each of `routes` called once through `client`, with a body of nothing."""
    return [
        (
            method,
            path,
            client.request(
                method.upper(), path.replace("{sha256}", sha(SCAN)), params={"cursor": 0}, json={}
            ),
        )
        for method, path in routes
    ]


OPEN = {"/v1/health", "/v1/enroll"}  # the two routes that take no device token


def test_a_lost_laptop_and_a_forged_token_get_nothing_from_any_route(office: Any, database_url: str) -> None:
    north, *_ = _north_file(office)
    stolen = office.device("casey", name="Stolen laptop")
    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=stolen.id, mode=RevokeMode.LOST, actor="test")
    forged = httpx.Client(base_url=office.url, headers={"Authorization": f"Bearer {north.id}.{'x' * 43}"})
    records = office.scalar("SELECT count(*) FROM record")
    routes = v1_routes(database_url)

    for client, status, error in ((stolen.http, 403, "device_revoked"), (forged, 401, "unauthenticated")):
        for method, path, answer in _every_route(routes, client):
            assert b"Halden" not in answer.content, (method, path)
            if path in OPEN:
                continue
            assert answer.status_code == status, (method, path, answer.text)
            assert answer.json()["error"] == error, (method, path)
    forged.close()
    assert office.scalar("SELECT count(*) FROM record") == records
    assert north.http.get("/v1/pull").status_code == 200  # the real laptop's token still works
