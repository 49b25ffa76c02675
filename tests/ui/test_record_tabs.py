"""The participant's record tabs driven through their real widgets: each adds a record through its form,
refuses bad input without writing, and shows what the store holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from leaddesk.desk import Desk
from leaddesk.domain import (
    CaseNote,
    Criterion,
    CriterionKind,
    HousingStatus,
    LegalEvent,
    Participant,
    Referral,
    Task,
)
from leaddesk.domain.casework_codes import HandoffOutcome
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import (
    ContactKind,
    EligibilityDecision,
    LegalEventKind,
    LivingSituation,
    ReferralDoor,
    ServiceKind,
)
from leaddesk.domain.ids import utcnow
from leaddesk.storage.store import Store
from leaddesk.ui.participant.contacts_tab import ContactsTab
from leaddesk.ui.participant.housing_tab import HousingTab
from leaddesk.ui.participant.legal_tab import LegalTab
from leaddesk.ui.participant.records_model import HighlightRole
from leaddesk.ui.participant.screening_tab import CRITERIA_KEY, ScreeningTab
from leaddesk.ui.participant.services_tab import ServicesTab
from leaddesk.ui.participant.tabs import record_tabs
from leaddesk.ui.participant.tasks_tab import TasksTab
from leaddesk.ui.session import Session
from tests.officer_referral import arrived, officer_referral


@pytest.fixture
def session(qapp, store: Store) -> Session:
    return Session(Desk(store))


def choose(form, name: str, value) -> None:
    editor = form.editors[name]
    editor.combo.setCurrentIndex(editor.index_of(value))


def table_texts(tab, column: int) -> list[str]:
    model = tab.view.model()
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def shown_screening(qtbot, session: Session, participant_id: str) -> ScreeningTab:
    """The referral and eligibility tab, shown (a row hidden by the form is then not visible)."""
    tab = ScreeningTab(session, participant_id)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_the_tabs_come_in_the_agreed_order(qtbot, session: Session, participant: Participant) -> None:
    tabs = record_tabs()
    assert [(k, t) for k, t, _build in tabs] == [
        ("contacts", "Contacts"),
        ("services", "Services & referrals"),
        ("legal", "Legal & court"),
        ("housing", "Housing"),
        ("outcomes", "Outcomes"),
        ("screening", "Referral & eligibility"),
        ("consents", "Consents"),
        ("disclosures", "Disclosures"),
        ("conferences", "Conferences"),
        ("attachments", "Attachments"),
        ("tasks", "Tasks"),
    ]
    for _key, _title, build in tabs:
        widget = build(session, participant.id)
        qtbot.addWidget(widget)
        widget.refresh()


def test_contact_added_through_the_form(qtbot, session: Session, participant: Participant) -> None:
    tab = ContactsTab(session, participant.id)
    qtbot.addWidget(tab)
    assert tab.stack.currentWidget() is tab.empty
    form = tab.add_form()
    qtbot.addWidget(form)
    form.show()
    assert form.editors["staff_present"].value() == [session.user]  # who records it was there
    choose(form, "kind", ContactKind.SHELTER)
    form.editors["minutes"].spin.selectAll()  # as tabbing into it does
    qtbot.keyClicks(form.editors["minutes"].spin, "25")
    qtbot.keyClicks(form.editors["place"].line, "Lantern House")
    qtbot.keyClicks(form.editors["outcome"].text, "Agreed to see the nurse Tuesday")
    qtbot.keyClick(form.editors["place"].line, Qt.Key.Key_Return)  # Enter saves
    assert form.result() == form.DialogCode.Accepted

    [stored] = session.desk._store.repos.contacts.find(participant_id=participant.id)
    assert (stored.kind, stored.minutes, stored.place) == (ContactKind.SHELTER, 25, "Lantern House")
    assert stored.staff_present == [session.user]
    assert tab.stack.currentWidget() is tab.view
    assert table_texts(tab, 3) == ["Lantern House"]
    assert "1 contact" in tab.summary.text()


def test_contact_edit_and_delete_leaves_a_tombstone(
    qtbot, session: Session, participant: Participant, monkeypatch
) -> None:
    tab = ContactsTab(session, participant.id)
    qtbot.addWidget(tab)
    form = tab.add_form()
    choose(form, "kind", ContactKind.PHONE)
    form.accept()
    tab.select(form.saved.id)
    edit = tab.edit_form(tab.selected())
    edit.editors["place"].line.setText("x" * 201)
    before = session.desk._store.repos.outbox.count()
    edit.accept()
    assert edit.error.text() == "Place: too long (at most 200)"
    assert session.desk._store.repos.outbox.count() == before
    edit.editors["place"].line.clear()
    qtbot.keyClicks(edit.editors["place"].line, "By phone")
    edit.accept()
    assert session.desk._store.repos.contacts.get(form.saved.id).place == "By phone"

    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    session.create(
        CaseNote(participant_id=participant.id, contact_id=form.saved.id, data="Met at the shelter")
    )
    tab.select(form.saved.id)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert asked
    assert "every device" in asked[0]
    assert "1 case note was written about this contact; it stays." in asked[0]
    assert tab.view.model().rowCount() == 0
    assert session.desk._store.repos.contacts.get(form.saved.id, include_deleted=True).deleted


def test_service_needs_a_kind_and_writes_nothing_without(
    qtbot, session: Session, participant: Participant
) -> None:
    tab = ServicesTab(session, participant.id)
    qtbot.addWidget(tab)
    form = tab.add_form()
    qtbot.addWidget(form)
    qtbot.keyClicks(form.editors["provider"].line, "Kestrel Drop-in Center")
    before = session.desk._store.repos.outbox.count()
    form.accept()
    assert form.result() != form.DialogCode.Accepted
    assert form.error.isVisible() or not form.error.isHidden()
    assert form.error.text().startswith("Service:")
    assert session.desk._store.repos.outbox.count() == before

    choose(form, "kind", ServiceKind.NALOXONE)
    choose(form, "is_referral", True)
    assert form.error.isHidden()  # the message goes as soon as the problem is fixed
    form.accept()
    [stored] = session.desk._store.repos.services.find(participant_id=participant.id)
    assert (stored.kind, stored.is_referral, stored.delivered_on) == (
        ServiceKind.NALOXONE,
        True,
        local_today(),
    )
    assert table_texts(tab, 3) == ["Referral"]


def test_upcoming_court_date_is_first_and_highlighted(
    qtbot, session: Session, participant: Participant
) -> None:
    past = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    session.create(
        LegalEvent(
            participant_id=participant.id,
            kind=LegalEventKind.ARREST,
            occurred_at=past,
            case_number="26-CR-1",
            court="Municipal",
        )
    )
    tab = LegalTab(session, participant.id)
    qtbot.addWidget(tab)
    assert "No upcoming" in tab.summary.text()
    form = tab.add_form()
    assert form.editors["case_number"].value() == "26-CR-1"  # continues the case already known
    before = session.desk._store.repos.outbox.count()
    form.accept()
    assert form.error.text() == "Kind: choose one"
    assert session.desk._store.repos.outbox.count() == before
    choose(form, "kind", LegalEventKind.COURT_DATE)
    form.editors["occurred_at"].set_value(datetime.now(UTC) + timedelta(days=9))
    form.accept()

    model = tab.view.model()
    assert model.data(model.index(0, 1)) == "Court date"
    assert model.data(model.index(0, 0), HighlightRole) is True
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(1, 0), Qt.ItemDataRole.FontRole) is None
    assert "Upcoming court dates: 1" in tab.summary.text()


def test_housing_history_keeps_old_entries(qtbot, session: Session, participant: Participant) -> None:
    session.create(
        HousingStatus(
            participant_id=participant.id,
            effective_on=date(2026, 1, 2),
            situation=LivingSituation.PLACE_NOT_MEANT_FOR_HABITATION,
        )
    )
    tab = HousingTab(session, participant.id)
    qtbot.addWidget(tab)
    assert not tab.delete_button.isVisibleTo(tab)
    form = tab.add_form()
    before = session.desk._store.repos.outbox.count()
    form.accept()  # no situation chosen
    assert "Living situation" in form.error.text()
    assert session.desk._store.repos.outbox.count() == before
    choose(form, "situation", LivingSituation.EMERGENCY_SHELTER)
    form.accept()

    assert table_texts(tab, 1) == [
        "Emergency shelter (incl. motel paid by a voucher)",
        "Place not meant for habitation (street, car, park)",
    ]
    assert table_texts(tab, 2) == ["101", "116"]
    assert len(session.desk._store.repos.housing.history(participant.id)) == 2

    tab.view.selectRow(1)
    edit = tab.edit_form(tab.selected())
    assert not edit.editors["situation"].widget.isEnabled()
    qtbot.keyClicks(edit.editors["notes"].text, "Under the viaduct")
    edit.accept()
    assert edit.result() == edit.DialogCode.Accepted
    history = session.desk._store.repos.housing.history(participant.id)
    assert history[1].notes == "Under the viaduct"
    assert history[1].situation is LivingSituation.PLACE_NOT_MEANT_FOR_HABITATION


def test_tasks_default_to_me_and_toggle_done(qtbot, session: Session, participant: Participant) -> None:
    session.create(
        Task(participant_id=participant.id, title="Overdue call", due_on=local_today() - timedelta(2))
    )
    tab = TasksTab(session, participant.id)
    qtbot.addWidget(tab)
    form = tab.add_form()
    assert form.editors["assignee"].value() == session.user
    before = session.desk._store.repos.outbox.count()
    form.accept()
    assert form.error.text() == "Task: this is required"
    assert session.desk._store.repos.outbox.count() == before
    qtbot.keyClicks(form.editors["title"].line, "Bring the ID form")
    form.accept()

    model = tab.view.model()
    assert table_texts(tab, 1) == ["Overdue call", "Bring the ID form"]
    assert model.data(model.index(0, 0), HighlightRole) is True  # overdue
    assert "overdue by 2 d" in model.data(model.index(0, 2))
    assert model.data(model.index(1, 0), HighlightRole) is False

    assert model.setData(model.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    tasks = session.desk._store.repos.tasks
    done = tasks.find(participant_id=participant.id, where={"title": "Overdue call"})[0]
    assert done.done
    assert done.done_at is not None
    assert table_texts(tab, 1) == ["Bring the ID form", "Overdue call"]  # done ones go last

    tab.view.selectRow(0)
    edit = tab.edit_form(tab.selected())
    edit.editors["done"].box.setChecked(True)  # closing a task from its form stamps the time too
    edit.accept()
    assert session.desk._store.repos.tasks.get(edit.record.id).done_at is not None

    tab.select(done.id)
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)  # reopen from the keyboard
    reopened = session.desk._store.repos.tasks.get(done.id)
    assert not reopened.done
    assert reopened.done_at is None


def test_referral_recorded_and_shown(qtbot, session: Session, participant: Participant) -> None:
    tab = ScreeningTab(session, participant.id)
    qtbot.addWidget(tab)
    assert tab.referral.details.isHidden()
    form = tab.referral.form()
    assert form.editors["door"].combo.itemText(1) == "Social contact referral"
    choose(form, "door", ReferralDoor.SOCIAL_CONTACT)
    referred = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=2)
    form.editors["referred_at"].set_value(referred)
    form.editors["warm_handoff_at"].set_value(referred - timedelta(minutes=5))
    before = session.desk._store.repos.outbox.count()
    form.accept()
    assert form.error.text().startswith("Warm hand-off:")
    assert session.desk._store.repos.outbox.count() == before
    form.editors["warm_handoff_at"].set_value(referred + timedelta(minutes=25))
    qtbot.keyClicks(form.editors["referring_officer"].line, "Ofc. Mavmore #3933")
    form.accept()

    [stored] = session.desk._store.repos.referrals.find(participant_id=participant.id)
    assert stored.door is ReferralDoor.SOCIAL_CONTACT
    assert stored.referring_officer == "Ofc. Mavmore #3933"
    assert not tab.referral.details.isHidden()
    assert tab.referral.values["door"].text() == "Social contact referral"
    assert "25 min after the referral" in tab.referral.values["warm_handoff_at"].text()
    assert "30 days left" in tab.referral.values["intake_deadline"].text()


def test_an_officers_referral_shows_what_the_officer_sent_and_what_came_of_the_handoff(
    qtbot, session: Session, store: Store
) -> None:
    stub, referral = officer_referral()
    arrived(store, stub, referral)
    tab = shown_screening(qtbot, session, stub.id)
    values = tab.referral.values
    assert values["observed"].isVisible()
    assert values["observed"].text() == referral.observed
    assert values["person_description"].text() == "Tall, grey beard, green backpack"
    # Named as the officer's form asks for it: "Description" alone read as the referral's.
    assert values["person_description"].accessibleName() == "How to recognise and find them"
    assert values["agreed_to_meet"].text() == "yes"
    assert values["officer_contact"].text() == "Radio 2231, cell 555-0100"
    assert values["handoff_outcome"].text() == "Waiting for the hand-off"

    met = utcnow().replace(microsecond=0)
    changes = {"handoff_outcome": HandoffOutcome.MET, "handoff_outcome_at": met}
    session.update(Referral.entity, referral.id, changes)
    tab.referral.refresh()
    assert values["handoff_outcome"].text().startswith("Met on ")


def test_a_referral_typed_in_on_a_laptop_has_no_officer_rows(
    qtbot, session: Session, participant: Participant
) -> None:
    session.create(
        Referral(participant_id=participant.id, door=ReferralDoor.COMMUNITY, referred_at=datetime.now(UTC))
    )
    tab = shown_screening(qtbot, session, participant.id)
    assert tab.referral.values["door"].isVisible()
    for name in ("observed", "person_description", "agreed_to_meet", "officer_contact", "handoff_outcome"):
        assert not tab.referral.values[name].isVisible(), name


def test_eligibility_decided_live_and_recorded(qtbot, session: Session, participant: Participant) -> None:
    session.set_setting(
        CRITERIA_KEY,
        [
            {"key": "adult", "question": "Is the person 18 or older?", "kind": "required"},
            {"key": "protective_order", "question": "Is there a protective order?", "kind": "exclusion"},
        ],
    )
    session.create(
        Referral(participant_id=participant.id, door=ReferralDoor.COMMUNITY, referred_at=datetime.now(UTC))
    )
    tab = shown_screening(qtbot, session, participant.id)
    panel = tab.eligibility
    assert [c.key for c in panel.criteria] == ["adult", "protective_order"]
    assert "Pending" in panel.decision.text()
    assert not panel.decide_button.isEnabled()

    qtbot.mouseClick(panel.groups["adult"].button(1), Qt.MouseButton.LeftButton)
    panel.set_answer("protective_order", True)
    assert "Not eligible" in panel.decision.text()
    panel.set_answer("protective_order", False)
    assert "Eligible" in panel.decision.text()
    assert "Not" not in panel.decision.text()
    qtbot.keyClicks(panel.notes_edits["adult"], "DOB on state ID")
    qtbot.mouseClick(panel.decide_button, Qt.MouseButton.LeftButton)

    [screening] = session.desk._store.repos.screenings.find(participant_id=participant.id)
    assert screening.decision is EligibilityDecision.ELIGIBLE
    assert screening.decided_by == session.user
    assert screening.decided_at is not None
    assert screening.answers[0].notes == "DOB on state ID"
    assert f"by {session.user}" in panel.recorded.text()

    panel.set_answer("adult", None)  # changing an answer later says the decision no longer holds
    assert "no longer" in panel.recorded.text()
    assert panel.save()
    again = session.desk._store.repos.screenings.get(screening.id)
    assert again.answers[0].answer is None
    assert again.decision is EligibilityDecision.ELIGIBLE


def test_default_criteria_when_the_site_has_none(qtbot, session: Session, participant: Participant) -> None:
    tab = ScreeningTab(session, participant.id)
    qtbot.addWidget(tab)
    kinds = {c.kind for c in tab.eligibility.criteria}
    assert kinds == {CriterionKind.REQUIRED, CriterionKind.EXCLUSION}
    assert all(isinstance(c, Criterion) for c in tab.eligibility.criteria)
