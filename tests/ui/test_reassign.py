"""The "Reassign…" button and dialog on the participant's page, through the real widgets: unavailable
with the reason to a case manager; for a supervisor, the team's staff from the roster, the caseload
warning from the program's standard, and above the maximum nothing saved until the supervisor confirms."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from leaddesk.desk import EVERYTHING, Desk
from leaddesk.domain import Participant
from leaddesk.domain.program import DEFAULT_PROGRAM, StaffMember
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState
from leaddesk.ui.participant.page import ParticipantPage
from leaddesk.ui.participant.reassign import ReassignDialog
from leaddesk.ui.session import Session

STAFF = [
    StaffMember(username="casey", display_name="Casey Morgan", role="case_manager", teams=["north"]),
    StaffMember(username="sam", display_name="Sam Ortiz", role="case_manager", teams=["south"]),
]


def _enrolled(store: Store, role: str) -> None:
    user = EnrolledUser(username=store.user, display_name="Me", role=role, teams=("north", "south"))
    SyncState(store).save_enrolment(
        Enrolment("https://office.test", "d-1", token="t", ca_bundle=None, user=user)
    )
    settings = DEFAULT_PROGRAM.with_changes(caseload_standard=1, caseload_maximum=2)
    store.repos.program.replace(version="a" * 32, settings=settings, roster=STAFF)


def _person(store: Store, first: str, *, team: str, case_manager: str) -> Participant:
    return store.repos.participants.create(
        Participant(first_name=first, last_name="Quill", team_id=team, case_manager=case_manager)
    )


@pytest.fixture
def page(qtbot: Any, store: Store) -> Any:
    def make(role: str) -> ParticipantPage:
        _enrolled(store, role)
        jordan = _person(store, "Jordan", team="north", case_manager="casey")
        made = ParticipantPage(Session(Desk(store)), jordan.id)
        qtbot.addWidget(made)
        qtbot.waitUntil(lambda: made.is_open, timeout=5_000)
        return made

    return make


def _pick(dialog: ReassignDialog, *, team: str, case_manager: str) -> None:
    dialog.team.setCurrentIndex(dialog.team.findData(team))
    dialog.case_manager.setCurrentIndex(dialog.case_manager.findData(case_manager))


def test_a_case_manager_sees_reassign_unavailable_with_the_reason(page: Any) -> None:
    button = page("case_manager").reassign.button

    assert not button.isEnabled()
    assert "Only a supervisor can change a participant's case manager or team" in button.toolTip()


def test_a_supervisor_is_warned_above_the_standard_and_must_confirm_above_the_maximum(
    qtbot: Any, page: Any, store: Store
) -> None:
    opened = page("supervisor")
    assert opened.reassign.button.isEnabled()
    dialog = opened.reassign.dialog()
    qtbot.addWidget(dialog)
    assert [dialog.team.itemData(i) for i in range(dialog.team.count())] == ["north", "south"]

    _pick(dialog, team="south", case_manager="sam")  # Sam's first: within the standard of 1
    assert (dialog.caseload.isVisibleTo(dialog), dialog.save_button.isEnabled()) == (False, True)
    _person(store, "Remy", team="south", case_manager="sam")
    _pick(dialog, team="south", case_manager="")
    _pick(dialog, team="south", case_manager="sam")  # the second: above the standard, a warning
    assert dialog.caseload.text() == (
        "Sam Ortiz would carry 2 open participants, above their standard caseload of 1 (maximum 2)."
    )
    assert (dialog.confirm.isVisibleTo(dialog), dialog.save_button.isEnabled()) == (False, True)
    _person(store, "Alex", team="south", case_manager="sam")
    _pick(dialog, team="south", case_manager="")
    _pick(dialog, team="south", case_manager="sam")  # the third: above the maximum

    assert "above the program's maximum of 2" in dialog.caseload.text()
    assert (dialog.confirm.isVisibleTo(dialog), dialog.save_button.isEnabled()) == (True, False)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton, pos=dialog.confirm.rect().center())
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    moved = store.repos.participants.get(opened.participant_id)
    assert (moved.team_id, moved.case_manager) == ("south", "sam")
    qtbot.waitUntil(lambda: opened.header.team_label.text() == "Team: south", timeout=5_000)


def test_a_sync_that_makes_the_user_a_supervisor_makes_reassign_available(page: Any, store: Store) -> None:
    opened = page("case_manager")
    assert not opened.reassign.button.isEnabled()
    user = EnrolledUser(username=store.user, display_name="Me", role="supervisor", teams=("north",))
    SyncState(store).save_user(user)  # as a sync's heartbeat does when the server says so

    opened.session.announce(EVERYTHING)

    assert opened.reassign.button.isEnabled()
