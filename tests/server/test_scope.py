"""Scope: a device holds exactly its user's teams' participants; pushes outside are refused per record;
a participant who moves team leaves the old team's devices and arrives whole on the new team's."""

from __future__ import annotations

from leaddesk.domain import CaseNote, Need, Participant, Task
from leaddesk.domain.enums import NeedDomain
from leaddesk.sync.protocol import Role


def _north_file(office) -> tuple:
    office.team("north", "south")
    office.user("casey", "north")
    office.user("sam", "south")
    north, south = office.device("casey"), office.device("sam")
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    note = CaseNote(participant_id=person.id, data="North team only.")
    need = Need(participant_id=person.id, domain=NeedDomain.HOUSING)
    north.push(north.create(person), north.create(note), north.create(need))
    return north, south, person, note, need


def test_a_device_of_another_team_never_receives_a_record_whatever_cursor_it_sends(office) -> None:
    north, south, person, _note, _need = _north_file(office)
    latest = office.scalar("SELECT value FROM counter")
    assert south.sync_down() == []  # its page ends at the latest seq: any cursor up to it is one it was given

    for cursor in (0, 1, 2, latest - 1, latest):
        page = south.pull_page(cursor=cursor)
        assert page["records"] == []
        assert page["removals"] == []
        assert page["has_more"] is False
    for cursor in (latest + 5, 2**62):  # never handed out: refused, and nothing in the answer
        response = south.http.get("/v1/pull", params={"cursor": cursor})
        assert response.status_code == 409
        assert response.json()["error"] == "server_behind"
        assert "records" not in response.json()
    assert {r["participant_id"] for r in north.sync_down()} == {person.id}


def test_supervisors_see_their_teams_and_admins_see_all(office) -> None:
    _north, south, person, _note, _need = _north_file(office)
    south_person = Participant(first_name="Ash", last_name="Reed", team_id="south")
    south.push(south.create(south_person))
    office.user("lee", "north", role=Role.SUPERVISOR)
    office.user("ira", role=Role.ADMIN)

    supervisor = {r["participant_id"] for r in office.device("lee").sync_down()}
    admin = {r["participant_id"] for r in office.device("ira").sync_down()}

    assert supervisor == {person.id}
    assert admin == {person.id, south_person.id}


def test_a_push_into_another_teams_participant_is_refused_while_the_rest_lands(office) -> None:
    north, south, person, note, _need = _north_file(office)
    own = Participant(first_name="Ash", last_name="Reed", team_id="south")
    sneaky_edit = south.write("note", note.id, {"data": "overwritten"})
    sneaky_note = south.create(CaseNote(participant_id=person.id, data="planted"))
    sneaky_move = south.write("participant", person.id, {"team_id": "south"})
    wrong_team = south.create(Participant(first_name="Kai", last_name="Lowe", team_id="north"))

    results = south.push(south.create(own), sneaky_edit, sneaky_note, sneaky_move, wrong_team)["results"]

    assert [r["status"] for r in results] == ["applied", "rejected", "rejected", "rejected", "rejected"]
    assert all("team" in r["reason"] for r in results[1:])
    north.sync_down()
    assert north.records[("note", note.id)]["fields"]["data"] == "North team only."
    assert len(north.of("note")) == 1
    assert north.records[("participant", person.id)]["fields"]["team_id"] == "north"
    assert {r["participant_id"] for r in south.sync_down()} == {own.id}


def test_a_moved_participant_leaves_the_old_team_and_arrives_whole_on_the_new(office) -> None:
    _north, south, person, note, need = _north_file(office)
    office.user("robin", "north")
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    teammate, supervisor = office.device("robin"), office.device("lee")
    assert len(teammate.sync_down()) == 3
    assert len(supervisor.sync_down()) == 3
    assert south.sync_down() == []

    move = supervisor.write("participant", person.id, {"team_id": "south"})
    assert supervisor.statuses(move) == ["applied"]

    teammate.sync_down()
    assert teammate.records == {}  # the removal took the participant and all of theirs
    received = south.sync_down()
    assert {(r["entity"], r["record_id"]) for r in received} == {
        ("participant", person.id),
        ("note", note.id),
        ("need", need.id),
    }
    assert south.records[("participant", person.id)]["fields"]["team_id"] == "south"
    # Once an old-team laptop has said it applied the removal (by pulling from past it), it can no
    # longer write to them; the new team can.
    teammate.pull_page(cursor=teammate.cursor)
    assert teammate.statuses(teammate.write("note", note.id, {"data": "late edit"})) == ["rejected"]
    assert south.statuses(south.write("note", note.id, {"data": "South picks it up."})) == ["applied"]
    assert office.scalar("SELECT count(*) FROM scope_event") == 1


def test_a_move_to_a_team_that_does_not_exist_is_refused(office) -> None:
    north, _south, person, _note, _need = _north_file(office)

    [result] = north.push(north.write("participant", person.id, {"team_id": "nowhere"}))["results"]

    assert result["status"] == "rejected"
    assert result["reason"].startswith("team_id:")
    assert office.scalar("SELECT team FROM record WHERE entity = 'participant'") == "north"


def test_a_record_cannot_be_carried_to_another_participant(office) -> None:
    north, _south, _person, note, _need = _north_file(office)
    elsewhere = Participant(first_name="Ash", last_name="Reed", team_id="north")
    north.push(north.create(elsewhere))

    [result] = north.push(north.write("note", note.id, {"participant_id": elsewhere.id}))["results"]

    assert result["status"] == "rejected"
    assert result["reason"].startswith("participant_id:")


def test_moving_a_participant_into_a_team_needs_the_right_to_create_one_there(office) -> None:
    north, south, person, _note, _need = _north_file(office)
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    supervisor = office.device("lee")
    supervisor.sync_down()

    [refused] = north.push(north.write("participant", person.id, {"team_id": "south"}))["results"]
    assert refused["status"] == "rejected"
    assert refused["reason"] == "team_id: 'south' is not one of your teams to move someone into"
    assert office.scalar("SELECT count(DISTINCT team) FROM record") == 1
    assert office.scalar("SELECT count(*) FROM scope_event") == 0
    assert south.sync_down() == []

    assert supervisor.statuses(supervisor.write("participant", person.id, {"team_id": "south"})) == [
        "applied"
    ]
    assert {r["participant_id"] for r in south.sync_down()} == {person.id}


def test_an_edit_written_before_a_move_reaches_the_new_team(office) -> None:
    """Issue 11 point 17: judged by what its author could see when writing it, not by the team now."""
    north, south, person, note, _need = _north_file(office)
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    supervisor = office.device("lee")
    north.sync_down()
    supervisor.sync_down()
    # Casey, in the field, edits the note and adds a task; meanwhile the supervisor moves the participant.
    edit = north.write("note", note.id, {"data": "Written in the field before the move."})
    task = Task(participant_id=person.id, title="Court reminder")
    new_task = north.create(task)
    assert supervisor.statuses(supervisor.write("participant", person.id, {"team_id": "south"})) == [
        "applied"
    ]

    # Casey's laptop has not pulled the move yet: its push comes first, and lands in south.
    assert north.statuses(edit, new_task) == ["applied", "applied"]
    south.sync_down()
    assert south.records[("note", note.id)]["fields"]["data"] == "Written in the field before the move."
    assert south.records[("task", task.id)]["fields"]["title"] == "Court reminder"
    assert office.scalar(f"SELECT team FROM record WHERE record_id = '{task.id}'") == "south"

    # Its pull brings the removal; once it pulls from past it, a change from it is refused.
    north.sync_down()
    assert north.records == {}
    north.pull_page(cursor=north.cursor)
    [late] = north.push(north.write("note", note.id, {"data": "Written after the removal."}))["results"]
    assert late["status"] == "rejected"
    assert "in one of your teams" in late["reason"]
    south.sync_down()
    assert south.records[("note", note.id)]["fields"]["data"] == "Written in the field before the move."


def test_a_device_that_never_saw_a_participant_cannot_write_to_them(office) -> None:
    """In and out of the user's teams since the device last pulled: it never held them."""
    north, south, _person, _note, _need = _north_file(office)
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    supervisor = office.device("lee")
    visitor = Participant(first_name="Ash", last_name="Reed", team_id="south")
    south.push(south.create(visitor))
    north.sync_down()
    north.pull_page(cursor=north.cursor)
    supervisor.sync_down()
    for team in ("north", "south"):
        assert supervisor.statuses(supervisor.write("participant", visitor.id, {"team_id": team})) == [
            "applied"
        ]

    [result] = north.push(north.write("participant", visitor.id, {"phone": "555-0100"}))["results"]

    assert result["status"] == "rejected"


def test_a_device_enrolled_after_a_participant_left_cannot_write_to_them(office) -> None:
    """Its user could see them once, but this laptop never held them: nothing it writes about them was
    written before the move."""
    _north, _south, person, note, _need = _north_file(office)
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    supervisor = office.device("lee")
    supervisor.sync_down()
    assert supervisor.statuses(supervisor.write("participant", person.id, {"team_id": "south"})) == [
        "applied"
    ]
    new_laptop = office.device("casey", name="New laptop")

    [result] = new_laptop.push(new_laptop.write("note", note.id, {"data": "From the new laptop."}))["results"]

    assert result["status"] == "rejected"
    assert "in one of your teams" in result["reason"]
