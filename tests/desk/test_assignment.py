"""Reassigning a participant through the desk: only a supervisor (or admin) may, the choices come from
the roster the server sent and the supervisor's teams, the caseload rule counts the case manager's open
participants against their capacity or the program's standard and maximum, and a refusal writes nothing."""

from __future__ import annotations

from datetime import date

import pytest

from leaddesk.desk import Desk
from leaddesk.domain import Participant
from leaddesk.domain.assignment import AssignmentRefused, CaseloadLevel, check_caseload, why_not_reassign
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.domain.program import DEFAULT_PROGRAM, StaffMember
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState

STAFF = [
    StaffMember(username="casey", display_name="Casey Morgan", role="case_manager", teams=["north"]),
    StaffMember(
        username="sam", display_name="Sam Ortiz", role="case_manager", teams=["south"], caseload_capacity=2
    ),
    StaffMember(username="old", display_name="Old Hand", role="case_manager", teams=["south"], active=False),
    StaffMember(username="lee", display_name="Lee Park", role="supervisor", teams=["north", "south"]),
]


def _as(store: Store, role: str, *teams: str) -> None:
    user = EnrolledUser(username=store.user, display_name="Me", role=role, teams=teams)
    SyncState(store).save_enrolment(
        Enrolment("https://office.test", "d-1", token="t", ca_bundle=None, user=user)
    )


def _program(store: Store, *, standard: int = 3, maximum: int = 4) -> None:
    settings = DEFAULT_PROGRAM.with_changes(caseload_standard=standard, caseload_maximum=maximum)
    store.repos.program.replace(version="a" * 32, settings=settings, roster=STAFF)


def _people(store: Store, count: int, *, case_manager: str, team: str, status: str = "active") -> list[str]:
    return [
        store.repos.participants.create(
            Participant(
                first_name=f"P{i}",
                last_name="Quill",
                team_id=team,
                case_manager=case_manager,
                status=ParticipantStatus(status),
                exited_on=date(2025, 3, 1) if status == "exited" else None,
            )
        ).id
        for i in range(count)
    ]


def test_the_caseload_rule_warns_above_the_standard_and_stops_above_the_maximum() -> None:
    program = DEFAULT_PROGRAM  # 15 and 25
    levels = [
        check_caseload(case_manager="Casey", open_after=n, capacity=None, program=program).level
        for n in (15, 16, 25, 26)
    ]
    assert levels == ["within", "above_standard", "above_standard", "above_maximum"]
    part_time = check_caseload(case_manager="Sam", open_after=9, capacity=8, program=program)
    assert (part_time.level, part_time.standard) == (CaseloadLevel.ABOVE_STANDARD, 8)
    generous = check_caseload(case_manager="Ann", open_after=26, capacity=40, program=program)
    assert (generous.standard, generous.needs_confirmation) == (25, True)
    assert "above the program's maximum of 25" in generous.message()


def test_only_a_supervisor_or_admin_may_reassign() -> None:
    assert why_not_reassign("supervisor") is None
    assert why_not_reassign("admin") is None
    assert "Only a supervisor" in (why_not_reassign("case_manager") or "")
    assert "connect this laptop" in (why_not_reassign(None) or "")


def test_a_case_manager_sees_why_and_cannot_reassign(store: Store, desk: Desk) -> None:
    _as(store, "case_manager", "north")
    _program(store)
    [pid] = _people(store, 1, case_manager="casey", team="north")

    assert "Only a supervisor" in (desk.assignment.choices(pid).refused or "")
    with pytest.raises(AssignmentRefused, match="Only a supervisor"):
        desk.assignment.reassign(pid, team_id="north", case_manager="")
    assert store.repos.participants.get(pid).case_manager == "casey"


def test_a_supervisor_is_offered_their_teams_and_the_active_staff_of_each(store: Store, desk: Desk) -> None:
    _as(store, "supervisor", "north", "south")
    _program(store)
    [pid] = _people(store, 1, case_manager="casey", team="north")

    choices = desk.assignment.choices(pid)

    assert (choices.refused, choices.teams) == (None, ["north", "south"])
    assert [m.username for m in choices.case_managers("south")] == ["lee", "sam"]
    assert [m.username for m in choices.case_managers("north")] == ["casey", "lee"]


def test_the_check_counts_open_participants_and_the_capacity(store: Store, desk: Desk) -> None:
    _as(store, "supervisor", "north", "south")
    _program(store, standard=3, maximum=4)
    [pid] = _people(store, 1, case_manager="casey", team="north")
    _people(store, 1, case_manager="sam", team="south")
    _people(store, 3, case_manager="sam", team="south", status="exited")  # closed: not counted

    to_sam = desk.assignment.check(pid, case_manager="sam")  # 2 of a capacity of 2
    assert (to_sam.open_after, to_sam.standard, to_sam.level) == (2, 2, CaseloadLevel.WITHIN)
    _people(store, 2, case_manager="sam", team="south")
    to_sam = desk.assignment.check(pid, case_manager="sam")
    assert (to_sam.open_after, to_sam.level) == (4, CaseloadLevel.ABOVE_STANDARD)
    assert to_sam.message() == (
        "Sam Ortiz would carry 4 open participants, above their standard caseload of 2 (maximum 4)."
    )
    keep = desk.assignment.check(pid, case_manager="casey")  # already theirs: not counted twice
    assert keep.open_after == 1


def test_above_the_maximum_is_refused_unless_the_supervisor_confirms(store: Store, desk: Desk) -> None:
    _as(store, "supervisor", "north", "south")
    _program(store, standard=3, maximum=4)
    [pid] = _people(store, 1, case_manager="casey", team="north")
    _people(store, 4, case_manager="sam", team="south")

    with pytest.raises(AssignmentRefused, match="above the program's maximum of 4"):
        desk.assignment.reassign(pid, team_id="south", case_manager="sam")
    assert store.repos.participants.get(pid).team_id == "north"

    done = desk.assignment.reassign(pid, team_id="south", case_manager="sam", confirmed=True)

    assert (done.value.team_id, done.value.case_manager) == ("south", "sam")
    assert "participant" in done.changes.entities


def test_a_team_or_case_manager_not_offered_is_refused(store: Store, desk: Desk) -> None:
    _as(store, "supervisor", "north")
    _program(store)
    [pid] = _people(store, 1, case_manager="casey", team="north")

    with pytest.raises(AssignmentRefused, match="team 'east'"):
        desk.assignment.reassign(pid, team_id="east", case_manager="")
    with pytest.raises(AssignmentRefused, match="sam is not on the staff of team north"):
        desk.assignment.reassign(pid, team_id="north", case_manager="sam")
    with pytest.raises(AssignmentRefused, match="old is not on the staff"):  # disabled on the server
        desk.assignment.reassign(pid, team_id="north", case_manager="old")
    assert store.repos.outbox.count() == 1  # the participant's creation only
