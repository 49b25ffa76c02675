"""Taking a user out of a team (issue 11 point 9): their devices are served a removal for each participant
of that team they no longer see, in seq order; a change they wrote before it still goes up, to the team;
once a device has pulled past the removal, its changes about them are refused. Adding a team, and every
mistake, is audited or refused whole."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from leaddesk.domain import CaseNote, Participant
from leaddesk.server import users
from leaddesk.server.audit import find_events
from leaddesk.server.db import scope_removal
from leaddesk.server.errors import InvalidRequest, NotFound
from leaddesk.sync.protocol import Role


def _change(office: Any, username: str, *, add: tuple[str, ...] = (), remove: tuple[str, ...] = ()) -> Any:
    with office.engine.begin() as conn:
        return users.change_teams(conn, username=username, add=add, remove=remove, actor="cli:admin")


def _pull_all(device: Any) -> list[str]:
    """Pull every page after the device's cursor; the participants removed, in the order served."""
    removed: list[str] = []
    while True:
        page = device.pull_page(cursor=device.cursor, limit=2)
        removed += [r["participant_id"] for r in page["removals"]]
        for pid in [r["participant_id"] for r in page["removals"]]:
            for key in [k for k, r in device.records.items() if r["participant_id"] == pid]:
                del device.records[key]
        for state in page["records"]:
            key = (state["entity"], state["record_id"])
            device.records[key] = state
            device.clocks[key] = dict(state["clocks"])  # what its next edit is based on
        device.cursor = page["cursor"]
        if not page["has_more"]:
            return removed


@pytest.fixture
def caseloads(office: Any) -> dict[str, Any]:
    """Casey in north and east; Robin in north; Lee supervises north, east and south. Two north
    participants with a note each, one east participant."""
    office.team("north", "east", "south")
    office.user("casey", "north", "east")
    office.user("robin", "north")
    office.user("lee", "north", "east", "south", role=Role.SUPERVISOR)
    casey, robin, lee = office.device("casey"), office.device("robin"), office.device("lee")
    people = {
        name: Participant(first_name=name, last_name="Quill", team_id=team)
        for name, team in (("Jordan", "north"), ("Remy", "north"), ("Ash", "east"))
    }
    notes = {name: CaseNote(participant_id=p.id, data=f"About {name}.") for name, p in people.items()}
    casey.push(*(casey.create(p) for p in people.values()), *(casey.create(n) for n in notes.values()))
    for device in (casey, robin, lee):
        _pull_all(device)
    return {"casey": casey, "robin": robin, "lee": lee, "people": people, "notes": notes}


def test_a_user_taken_out_of_a_team_loses_its_participants_at_the_next_pull(office, caseloads) -> None:
    casey, people = caseloads["casey"], caseloads["people"]
    north = {people["Jordan"].id, people["Remy"].id}

    change = _change(office, "casey", remove=("north",))

    assert change.leaving == 2
    assert change.user.teams == ("east",)
    assert sorted(_pull_all(casey)) == sorted(north)
    assert {r["participant_id"] for r in casey.records.values()} == {people["Ash"].id}
    # Nothing of north comes down any more, whatever cursor is asked for.
    assert all(r["participant_id"] not in north for r in casey.pull_page(cursor=0, limit=5000)["records"])
    with office.engine.connect() as conn:
        [event] = find_events(conn, action="user_teams")
    assert (event.actor, event.entity_id) == ("cli:admin", "casey")
    assert event.detail == "added= removed=north participants_leaving=2"


def test_a_change_written_before_the_user_left_the_team_still_goes_up(office, caseloads) -> None:
    casey, robin, people, notes = (caseloads[k] for k in ("casey", "robin", "people", "notes"))
    note = notes["Jordan"]
    edit = casey.write("note", note.id, {"data": "Written before Casey left north."})

    _change(office, "casey", remove=("north",))

    assert casey.statuses(edit) == ["applied"]  # its laptop had not pulled the removal yet
    _pull_all(robin)
    assert robin.records[("note", note.id)]["fields"]["data"] == "Written before Casey left north."
    _pull_all(casey)
    casey.pull_page(cursor=casey.cursor)  # it has applied the removal
    [late] = casey.push(casey.write("note", note.id, {"data": "After."}))["results"]
    assert late["status"] == "rejected"
    assert casey.statuses(casey.write("participant", people["Ash"].id, {"phone": "555-0100"})) == ["applied"]


def test_a_participant_seen_again_by_the_time_of_the_pull_is_not_removed(office, caseloads) -> None:
    casey, lee, people = caseloads["casey"], caseloads["lee"], caseloads["people"]
    jordan = people["Jordan"]
    _change(office, "casey", remove=("north",))
    assert lee.statuses(lee.write("participant", jordan.id, {"team_id": "east"})) == ["applied"]

    removed = _pull_all(casey)

    assert removed == [people["Remy"].id]
    assert casey.records[("participant", jordan.id)]["fields"]["team_id"] == "east"
    assert ("note", caseloads["notes"]["Jordan"].id) in casey.records


def test_a_participant_moved_out_just_before_the_user_left_still_leaves_their_laptop(
    office, caseloads
) -> None:
    """Moved north -> south before Casey's laptop pulled the move; then Casey leaves north. That move's
    removal is served only to those in north, so the team change serves it to Casey instead."""
    casey, lee, people = caseloads["casey"], caseloads["lee"], caseloads["people"]
    remy = people["Remy"]
    assert lee.statuses(lee.write("participant", remy.id, {"team_id": "south"})) == ["applied"]

    change = _change(office, "casey", remove=("north",))

    assert change.leaving == 2
    assert sorted(_pull_all(casey)) == sorted([people["Jordan"].id, remy.id])
    assert {r["participant_id"] for r in casey.records.values()} == {people["Ash"].id}


def test_a_user_without_devices_gets_no_removal_rows_and_joining_needs_no_seq(office, caseloads) -> None:
    office.user("kai", "north")
    latest = office.scalar("SELECT value FROM counter")

    assert _change(office, "kai", add=("east",)).user.teams == ("east", "north")
    assert _change(office, "kai", remove=("north",)).leaving == 0

    assert office.scalar("SELECT value FROM counter") == latest
    assert office.scalar("SELECT count(*) FROM scope_removal") == 0


@pytest.mark.parametrize(
    ("add", "remove", "error", "words"),
    [
        ((), (), InvalidRequest, "Name a team"),
        (("nowhere",), (), NotFound, "No team named 'nowhere'"),
        (("north",), (), InvalidRequest, "casey is already in team 'north'"),
        ((), ("south",), InvalidRequest, "casey is not in team 'south'"),
        (("south",), ("south",), InvalidRequest, "both added and removed"),
        ((), ("north", "east"), InvalidRequest, "user disable casey"),
    ],
)
def test_a_mistaken_team_change_is_refused_and_changes_nothing(
    office, caseloads, add: tuple[str, ...], remove: tuple[str, ...], error: type[Exception], words: str
) -> None:
    latest = office.scalar("SELECT value FROM counter")

    with pytest.raises(error, match=words):
        _change(office, "casey", add=add, remove=remove)

    with office.engine.connect() as conn:
        assert users.get_user(conn, username="casey").teams == ("east", "north")
        assert conn.execute(select(scope_removal)).all() == []
        assert find_events(conn, action="user_teams") == []
    assert office.scalar("SELECT value FROM counter") == latest
