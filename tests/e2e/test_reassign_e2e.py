"""Program settings and reassignment end to end, with real laptops (encrypted profiles), the real server
(SQLite and PostgreSQL), its admin CLI and the real widgets: settings an admin changes reach a laptop at
its next sync and the reassign dialog's caseload warning uses them; a supervisor's reassignment to
another team through the dialog takes the participant, notes and all, off the old team's laptop at its
next sync and onto the new team's."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from leaddesk.app import open_demo
from leaddesk.demo.office import CASEY, ROBIN, DemoOffice, sync
from leaddesk.demo.program import DEMO_PROGRAM
from leaddesk.desk import Desk
from leaddesk.desk.caseload import CaseloadFilter
from leaddesk.domain import CaseNote, Participant
from leaddesk.server.cli import main
from leaddesk.sync.protocol import Role
from leaddesk.ui.participant.page import ParticipantPage
from leaddesk.ui.participant.reassign import ReassignDialog
from leaddesk.ui.participant.screening_tab import ScreeningTab
from leaddesk.ui.session import Session
from tests.local_traces import traces


@pytest.fixture
def team_office(office: Any) -> Any:
    """Casey in north, Sam in south, Lee supervising both (the office has both teams already)."""
    office.user("casey", "north")
    office.user("sam", "south")
    office.user("lee", "north", "south", role=Role.SUPERVISOR)
    return office


@pytest.fixture
def pages(qtbot: Any) -> Iterator[Any]:
    """Opens a participant's page on a laptop, through a session of its own (stopped afterwards)."""
    sessions: list[Session] = []

    def open_page(laptop: Any, participant_id: str) -> ParticipantPage:
        session = Session(Desk(laptop.store))
        sessions.append(session)
        page = ParticipantPage(session, participant_id)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.is_open, timeout=10_000)
        return page

    yield open_page
    for session in sessions:
        session.runner.stop()


def _admin(database_url: str, *argv: str) -> None:
    assert main(["--database-url", database_url, *argv]) == 0


def _reassign_dialog(qtbot: Any, page: ParticipantPage, *, team: str, case_manager: str) -> ReassignDialog:
    dialog = page.reassign.dialog()
    qtbot.addWidget(dialog)
    dialog.team.setCurrentIndex(dialog.team.findData(team))
    dialog.case_manager.setCurrentIndex(dialog.case_manager.findData(case_manager))
    return dialog


def test_settings_an_admin_changes_reach_the_laptop_and_the_caseload_warning(
    qtbot: Any, team_office: Any, database_url: str, pages: Any
) -> None:
    casey, sam, lee = (team_office.laptop(n) for n in ("casey", "sam", "lee"))
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north", case_manager="casey")
    )
    sam.repos.participants.create(
        Participant(first_name="Remy", last_name="Ash", team_id="south", case_manager="sam")
    )
    for laptop in (casey, sam, lee):
        laptop.sync()
    assert Desk(lee.store).program.settings().offence_categories == []  # the defaults, as yet

    _admin(database_url, "program", "add", "offence_categories", "DRUG", "Drug possession")
    _admin(database_url, "program", "set", "caseload_standard", "1")
    lee.sync()

    settings = Desk(lee.store).program.settings()
    assert [(e.code, e.label) for e in settings.offence_categories] == [("DRUG", "Drug possession")]
    assert settings.caseload_standard == 1
    assert {m.username for m in Desk(lee.store).program.roster()} == {"casey", "sam", "lee"}
    dialog = _reassign_dialog(qtbot, pages(lee, jordan.id), team="south", case_manager="sam")
    assert dialog.caseload.text() == (
        "Sam would carry 2 open participants, above their standard caseload of 1 (maximum 25)."
    )
    # The referral form on the same laptop now offers the new category, and stores its code.
    session = Session(Desk(lee.store))
    tab = ScreeningTab(session, jordan.id)
    qtbot.addWidget(tab)
    form = tab.referral.form()
    qtbot.addWidget(form)
    combo = form.editors["offence_category"].combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Drug possession"]
    session.runner.stop()


def test_a_reassignment_to_another_team_moves_the_participant_between_teams_laptops(
    qtbot: Any, team_office: Any, pages: Any
) -> None:
    casey, sam, lee = (team_office.laptop(n) for n in ("casey", "sam", "lee"))
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north", case_manager="casey")
    )
    staying = casey.repos.participants.create(
        Participant(first_name="Alex", last_name="Wren", team_id="north")
    )
    note = casey.repos.notes.create(CaseNote(participant_id=jordan.id, data="Met by the juniper bench."))
    for laptop in (casey, sam, lee):
        laptop.sync()
    page = pages(casey, jordan.id)
    assert not page.reassign.button.isEnabled()  # a case manager's laptop
    assert "Only a supervisor" in page.reassign.button.toolTip()

    dialog = _reassign_dialog(qtbot, pages(lee, jordan.id), team="south", case_manager="sam")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    lee.sync()

    assert casey.sync().removed == [jordan.id]
    assert traces(casey.store, [jordan.id, note.id, "juniper"], ()) == {}
    assert [p.id for p in casey.repos.participants.find()] == [staying.id]
    sam.sync()
    moved = sam.repos.participants.get(jordan.id)
    assert (moved.team_id, moved.case_manager) == ("south", "sam")
    assert sam.repos.notes.get(note.id).data == "Met by the juniper bench."


def test_the_demo_office_sends_its_laptops_the_demo_programs_settings(tmp_path: Path) -> None:
    office = DemoOffice(tmp_path)
    try:
        casey = open_demo(tmp_path, who=CASEY, participants=30)
        office.connect(casey, CASEY)
        sync(casey)
        desk = Desk(casey)
        assert desk.program.settings() == DEMO_PROGRAM
        roster = {m.username: (m.display_name, m.caseload_capacity) for m in desk.program.roster()}
        assert roster[CASEY.username] == (CASEY.display_name, None)
        assert sorted(capacity for _, capacity in roster.values() if capacity) == [10]  # the part-timer
        # Casey and Robin carry the 30; the records name them by username, the screens by name.
        rows = desk.caseload.pages(CaseloadFilter()).page(offset=0, limit=100)
        assert Counter(r.case_manager for r in rows) == {CASEY.display_name: 15, ROBIN.display_name: 15}
        assert desk.caseload.own_count() == 15
        casey.close()
    finally:
        office.stop()
