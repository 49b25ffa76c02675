"""The quick check (`GET /v1/waiting`): yes exactly when a pull from the cursor would bring the device
something (a record of its scope, or a participant leaving it), on both backends; a device of another
team is never told yes for a record it would not receive; it needs a device token."""

from __future__ import annotations

from typing import Any

import httpx

from leaddesk.domain import CaseNote, Participant
from leaddesk.server import users
from leaddesk.sync.protocol import Role


def waiting(device: Any, cursor: int | None = None) -> bool:
    response = device.http.get("/v1/waiting", params={"cursor": device.cursor if cursor is None else cursor})
    assert response.status_code == 200, response.text
    assert response.json().keys() == {"waiting"}
    answer: bool = response.json()["waiting"]
    return answer


def test_yes_only_while_a_pull_would_bring_the_device_something(office) -> None:
    office.team("north", "south")
    office.user("casey", "north")
    office.user("sam", "south")
    casey, sam = office.device("casey"), office.device("sam")
    assert not waiting(casey)
    assert not waiting(sam)

    jordan = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    sam.push(sam.create(Participant(first_name="Ash", last_name="Reed", team_id="south")))
    assert not waiting(casey)  # the other team's record is not casey's
    casey.push(casey.create(jordan))
    assert waiting(casey)
    assert waiting(sam)  # its own push is past its cursor too, and a pull would bring it back

    casey.sync_down()
    sam.sync_down()
    assert not waiting(casey)
    assert not waiting(sam)
    assert waiting(casey, cursor=0)

    casey.push(casey.create(CaseNote(participant_id=jordan.id, data="Met at the shelter.")))
    casey.sync_down()
    assert not waiting(casey)
    assert not waiting(sam)  # a note about north's participant is nothing to south


def test_a_participant_leaving_the_scope_is_something_to_pull(office) -> None:
    office.team("north", "south")
    office.user("casey", "north", "south")
    office.user("sam", "south")
    casey, sam = office.device("casey"), office.device("sam")
    casey.push(casey.create(Participant(first_name="Jordan", last_name="Quill", team_id="north")))
    casey.sync_down()
    sam.sync_down()
    assert not waiting(casey)

    with office.engine.begin() as conn:
        users.change_teams(conn, username="casey", add=(), remove=("north",), actor="test")

    assert waiting(casey)  # a removal: Jordan leaves casey's laptop at the next pull
    assert not waiting(sam)
    assert [r["participant_id"] for r in casey.pull_page(cursor=casey.cursor)["removals"]]


def test_an_admin_is_told_of_any_team_and_supervisors_of_theirs(office) -> None:
    office.team("north", "south")
    office.user("casey", "north")
    office.user("lee", "south", role=Role.SUPERVISOR)
    office.user("ira", role=Role.ADMIN)
    casey, lee, ira = office.device("casey"), office.device("lee"), office.device("ira")
    casey.push(casey.create(Participant(first_name="Jordan", last_name="Quill", team_id="north")))

    assert waiting(ira)
    assert not waiting(lee)


def test_it_needs_a_device_token_and_a_cursor_in_range(office, laptop) -> None:
    assert httpx.get(f"{office.url}/v1/waiting", params={"cursor": 0}).status_code == 401
    assert laptop.http.get("/v1/waiting", params={"cursor": -1}).status_code == 422
    assert laptop.http.get("/v1/waiting", params={"cursor": "soon"}).status_code == 422
    assert laptop.http.get("/v1/waiting", params={"cursor": 2**63}).status_code == 422
    # A cursor the server never handed out: yes, so the pull that follows says why (server_behind).
    assert laptop.http.get("/v1/waiting", params={"cursor": 2**63 - 1}).json() == {"waiting": True}
