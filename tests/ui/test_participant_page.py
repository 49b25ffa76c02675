"""The participant page through its real widgets: the audited opening, the header and its flags, the
tabs, and the overview (needs reordered with the buttons, needs and goals added in their dialogs)."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog

from leaddesk.desk import Desk
from leaddesk.desk.caseload import OVERDUE_DAYS_KEY
from leaddesk.domain import CaseNote, Consent, Contact, LegalEvent, Need, Participant, PlanGoal
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import (
    AuditAction,
    ConsentKind,
    ContactKind,
    LegalEventKind,
    NeedDomain,
    NeedStatus,
    ParticipantStatus,
)
from leaddesk.storage.store import Store
from leaddesk.ui.display import day, day_time
from leaddesk.ui.look import Scheme, apply
from leaddesk.ui.participant.page import ParticipantPage
from leaddesk.ui.resources import resource
from leaddesk.ui.session import Session

TODAY = local_today()


@pytest.fixture
def person(store: Store) -> Participant:
    return store.repos.participants.create(
        Participant(
            first_name="Jordan",
            last_name="Quill",
            preferred_name="JJ",
            aliases=["Sparrow", "JQ"],
            team_id="north",
            case_manager="Casey Morgan",
            status=ParticipantStatus.ACTIVE,
        )
    )


def opened(qtbot, page: ParticipantPage) -> ParticipantPage:
    """The page once its file has come back from the runner."""
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.is_open, timeout=5_000)
    return page


def make_page(qtbot, store: Store, person: Participant) -> ParticipantPage:
    return opened(qtbot, ParticipantPage(Session(Desk(store)), person.id))


def views_of(store: Store, person: Participant) -> int:
    return len(store.repos.audit.events(participant_id=person.id, action=AuditAction.VIEW))


def test_opening_the_page_audits_exactly_one_view(qtbot, store: Store, person: Participant) -> None:
    store.repos.notes.create(CaseNote(participant_id=person.id, data="Met at the shelter."))
    before = views_of(store, person)
    page = make_page(qtbot, store, person)
    page.set_current_tab("notes")
    page.refresh_header()
    assert views_of(store, person) == before + 1


def test_the_header_shows_who_and_the_flags(qtbot, store: Store, person: Participant) -> None:
    pid = person.id
    store.repos.consents.create(
        Consent(
            participant_id=pid,
            kind=ConsentKind.CRIMINAL_JUSTICE,
            discloser="LEAD case management",
            information="Attendance at treatment appointments",
            recipient="County prosecutor",
            purpose="Coordinate the diversion",
            expires_on=TODAY + timedelta(days=90),
            signed_by="Jordan Quill",
            signed_on=TODAY - timedelta(days=2),
        )
    )
    soon = datetime.now(UTC) + timedelta(days=5)
    store.repos.legal_events.create(
        LegalEvent(participant_id=pid, kind=LegalEventKind.COURT_DATE, occurred_at=soon)
    )
    store.repos.legal_events.create(
        LegalEvent(participant_id=pid, kind=LegalEventKind.COURT_DATE, occurred_at=soon + timedelta(days=40))
    )
    store.repos.notes.create(CaseNote(participant_id=pid, data="Talked about methadone.", sensitive_sud=True))
    seen = datetime.now(UTC) - timedelta(days=20)
    store.repos.contacts.create(Contact(participant_id=pid, occurred_at=seen, kind=ContactKind.STREET))

    page = make_page(qtbot, store, person)
    header = page.header
    assert header.name_label.text() == 'Jordan "JJ" Quill'
    assert header.aliases_label.text() == "also known as Sparrow, JQ"
    assert header.status_label.text() == "Active"
    assert "north" in header.team_label.text()
    assert "Casey Morgan" in header.manager_label.text()
    assert "20 days ago" in header.last_contact_label.text()
    assert header.last_contact_label.property("overdue") is True
    assert not header.cj_flag.isHidden()
    assert header.cj_flag.text() == f"CJ consent active until {day(TODAY + timedelta(days=90))}"
    assert not header.sud_flag.isHidden()
    assert not header.court_flag.isHidden()
    assert day_time(soon) in header.court_flag.text()


def test_the_header_follows_changes_and_the_overdue_setting(qtbot, store: Store, person: Participant) -> None:
    session = Session(Desk(store))
    session.set_setting(OVERDUE_DAYS_KEY, 30)
    store.repos.contacts.create(
        Contact(
            participant_id=person.id,
            occurred_at=datetime.now(UTC) - timedelta(days=20),
            kind=ContactKind.PHONE,
        )
    )
    page = opened(qtbot, ParticipantPage(session, person.id))
    header = page.header
    assert header.last_contact_label.property("overdue") is False
    assert header.cj_flag.isHidden()
    assert header.sud_flag.isHidden()
    assert header.court_flag.isHidden()
    assert header.aliases_label.isVisibleTo(page)

    session.create(Contact(participant_id=person.id, occurred_at=datetime.now(UTC), kind=ContactKind.STREET))
    assert "today" in header.last_contact_label.text()
    session.update("participant", person.id, {"aliases": [], "status": ParticipantStatus.IN_THE_WIND})
    assert header.status_label.text() == "In the wind"
    assert not header.aliases_label.isVisibleTo(page)


def test_tabs_and_the_back_button(qtbot, store: Store, person: Participant) -> None:
    page = make_page(qtbot, store, person)
    assert page.tab_keys()[:2] == ["overview", "notes"]
    assert page.tabs.count() == len(page.tab_keys())
    assert page.current_tab() == "overview"
    page.set_current_tab("notes")
    assert page.current_tab() == "notes"
    assert page.tabs.currentWidget() is page.notes
    page.set_current_tab("no such tab")
    assert page.current_tab() == "notes"
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        qtbot.mouseClick(page.header.back_button, Qt.MouseButton.LeftButton)


def test_record_tabs_follow_the_contract_when_present(qtbot, store: Store, person: Participant) -> None:
    page = make_page(qtbot, store, person)
    expected = ["contacts", "services", "legal", "housing", "outcomes", "screening", "consents"]
    expected += ["disclosures", "conferences", "attachments", "tasks"]
    assert page.tab_keys() == ["overview", "notes", *expected]
    page.set_current_tab("legal")
    assert page.current_tab() == "legal"


def add_need(
    store: Store, person: Participant, text: str, rank: int, status: NeedStatus = NeedStatus.OPEN
) -> Need:
    return store.repos.needs.create(
        Need(participant_id=person.id, domain=NeedDomain.HOUSING, description=text, rank=rank, status=status)
    )


def test_needs_move_with_the_buttons(qtbot, store: Store, person: Participant) -> None:
    for rank, text in enumerate(["bed", "phone", "ID"], start=1):
        add_need(store, person, text, rank)
    page = make_page(qtbot, store, person)
    overview = page.overview
    assert not overview.up_button.isEnabled()
    overview.select_need(2)
    assert overview.up_button.isEnabled()
    assert not overview.down_button.isEnabled()
    before = store.repos.outbox.count()
    qtbot.mouseClick(overview.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(overview.up_button, Qt.MouseButton.LeftButton)
    ranks = {n.description: n.rank for n in store.repos.needs.find(participant_id=person.id)}
    assert ranks == {"ID": 1, "bed": 2, "phone": 3}
    assert store.repos.outbox.count() - before == 4  # two moves, two ranks each
    assert overview.selected_need_row() == 0  # the selection follows the moved need
    assert overview.up_button.toolTip().endswith("(Ctrl+Up)")


def test_a_need_is_added_and_edited_in_its_dialog(qtbot, store: Store, person: Participant) -> None:
    add_need(store, person, "bed", 1)
    add_need(store, person, "bus pass", 2, NeedStatus.MET)
    page = make_page(qtbot, store, person)
    overview = page.overview
    dialog = overview.need_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.description, "Replace the ID lost in the sweep")
    dialog.domain.setCurrentIndex(dialog.domain.findData(NeedDomain.ID_DOCUMENTS))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    added = store.repos.needs.find(participant_id=person.id, where={"domain": NeedDomain.ID_DOCUMENTS})[0]
    assert added.rank == 2  # after the open needs
    assert overview.needs.rowCount() == 3
    assert overview.needs.need(1).id == added.id  # shown among the open ones, above the met need

    edit = overview.need_dialog(added)
    qtbot.addWidget(edit)
    edit.status.setCurrentIndex(edit.status.findData(NeedStatus.MET))
    edit.accept()
    assert store.repos.needs.get(added.id).status is NeedStatus.MET
    assert overview.needs.need(0).description == "bed"


def test_a_goal_needs_words_and_gets_progress(qtbot, store: Store, person: Participant) -> None:
    page = make_page(qtbot, store, person)
    overview = page.overview
    assert overview.progress_dialog() is None

    empty = overview.goal_dialog()
    qtbot.addWidget(empty)
    empty.accept()  # no goal written: the dialog says so and stays open
    assert empty.result() != QDialog.DialogCode.Accepted
    assert not empty.error.isHidden()
    assert "Goal" in empty.error.text()
    assert store.repos.goals.count(participant_id=person.id) == 0

    dialog = overview.goal_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.goal, "I want my own place where my dog can stay")
    qtbot.keyClicks(dialog.steps, "Get on the housing list")
    qtbot.keyClick(dialog.steps, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.steps, "Find a dog-friendly landlord")
    dialog.has_target.setChecked(True)
    dialog.accept()
    goal = store.repos.goals.find(participant_id=person.id)[0]
    assert goal.steps == ["Get on the housing list", "Find a dog-friendly landlord"]
    assert goal.target_date == TODAY
    assert overview.selected_goal_row() == 0
    assert "Find a dog-friendly landlord" in overview.steps.text()

    progress = overview.progress_dialog()
    assert progress is not None
    qtbot.addWidget(progress)
    progress.on.setDate(progress.on.date().addDays(-1))
    qtbot.keyClicks(progress.text, "Filled in the housing application")
    progress.accept()
    stored = store.repos.goals.get(goal.id).progress
    assert [(e.on, e.text) for e in stored] == [
        (TODAY - timedelta(days=1), "Filled in the housing application")
    ]
    assert "Filled in the housing application" in overview.progress.item(0).text()


def test_goal_progress_keeps_the_earlier_entries(qtbot, store: Store, person: Participant) -> None:
    goal = store.repos.goals.create(
        PlanGoal(
            participant_id=person.id,
            goal="Get my ID back",
            progress=[{"on": date(2025, 1, 5), "text": "Called"}],
        )
    )
    page = make_page(qtbot, store, person)
    page.overview.select_goal(0)
    dialog = page.overview.progress_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.text, "Birth certificate ordered")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)  # Enter submits
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [e.text for e in store.repos.goals.get(goal.id).progress] == [
        "Called",
        "Birth certificate ordered",
    ]
    assert page.overview.progress.count() == 2


def test_never_seen_is_overdue_unless_exited(
    qtbot, store: Store, person: Participant, restored: QApplication
) -> None:
    chosen = apply(restored, Scheme.LIGHT)
    attention = QColor(
        tomllib.loads(resource("styles", "light.toml").read_text())["colors"]["attention-text"]
    )
    session = Session(Desk(store))
    page = opened(qtbot, ParticipantPage(session, person.id))
    page.show()
    label = page.header.last_contact_label
    assert label.text() == "Last contact: none yet"
    assert label.property("overdue") is True
    assert label.palette().color(QPalette.ColorRole.WindowText) == attention  # flagged by the sheet
    session.update("participant", person.id, {"status": ParticipantStatus.EXITED, "exited_on": TODAY})
    assert label.property("overdue") is False
    assert label.palette().color(QPalette.ColorRole.WindowText) == chosen.palette.color(
        QPalette.ColorRole.WindowText
    )


def test_the_header_agrees_with_the_caseload_on_whom_contact_is_due(
    qtbot, store: Store, person: Participant
) -> None:
    """Someone inactive is not expected to be seen: the caseload never flags them, nor may the header."""
    store.repos.participants.update(person.id, {"status": ParticipantStatus.INACTIVE})
    page = make_page(qtbot, store, person)
    assert page.header.last_contact_label.text() == "Last contact: none yet"
    assert page.header.last_contact_label.property("overdue") is False
