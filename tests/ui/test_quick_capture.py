"""Quick capture end to end with the keyboard only: one contact and one linked note, in one
transaction; drafts, places remembered, and Esc asking only when something was written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from leaddesk.desk import Desk
from leaddesk.desk.capture import DRAFT_KEY, PLACES_KEY
from leaddesk.desk.caseload import CaseloadRow
from leaddesk.domain import CaseNote, Contact, Participant
from leaddesk.domain.enums import ContactKind, ParticipantStatus
from leaddesk.storage.errors import StorageError
from leaddesk.storage.store import Store
from leaddesk.ui.models import ParticipantIdRole
from leaddesk.ui.participant_choices import LIMIT, ParticipantChoices
from leaddesk.ui.quick_capture import QuickCaptureDialog
from leaddesk.ui.session import Session


def counts(store: Store) -> tuple[int, int, int]:
    return store.repos.contacts.count(), store.repos.notes.count(), store.repos.outbox.count()


@pytest.fixture
def people(store: Store) -> list[Participant]:
    return [
        store.repos.participants.create(
            Participant(first_name=first, last_name=last, aliases=aliases, team_id="north")
        )
        for first, last, aliases in (
            ("Jordan", "Quill", ["Sparrow"]),
            ("Maria", "Stone", []),
            ("Mark", "Stonewall", []),
        )
    ]


@pytest.fixture
def open_dialog(qtbot, store: Store) -> Iterator[Callable[..., QuickCaptureDialog]]:
    """Dialogs shown as Ctrl+K shows them; closed without the "discard?" question afterwards
    (qtbot's own clean-up would close them with text typed, and the question would wait forever)."""
    made: list[QuickCaptureDialog] = []

    def make(participant_id: str | None = None) -> QuickCaptureDialog:
        widget = QuickCaptureDialog(Session(Desk(store)), participant_id=participant_id)
        made.append(widget)
        widget.show()
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=1000)
        return widget

    yield make
    for widget in made:
        widget.note.clear()
        widget.close()
        widget.deleteLater()


@pytest.fixture
def dialog(open_dialog: Callable[..., QuickCaptureDialog], people: list[Participant]) -> QuickCaptureDialog:
    return open_dialog()


def test_keyboard_only_capture_creates_one_contact_and_one_linked_note(
    qtbot, store: Store, people: list[Participant], dialog: QuickCaptureDialog
) -> None:
    before = counts(store)
    assert QApplication.focusWidget() is dialog.participant
    qtbot.keyClicks(dialog.participant, "sto")
    popup = dialog.completer.popup()
    assert popup.isVisible()
    assert dialog.choices.rowCount() == 2  # Stone and Stonewall
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # from the first match to the second
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.participant_id == people[2].id
    assert dialog.participant.text() == "Stonewall, Mark"
    assert QApplication.focusWidget() is dialog.kind  # chosen: straight on to the kind
    qtbot.keyClicks(dialog.kind, "sh")  # typing picks the kind: "shelter"
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.place, "Bus shelter on 3rd")
    qtbot.keyClick(dialog.place, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.minutes
    qtbot.keyClicks(dialog.minutes, "20")
    qtbot.keyClick(dialog.minutes, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "Asked about a <b>bus</b> pass.")
    with qtbot.waitSignal(dialog.finished, timeout=1000):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    contacts, notes, outbox = counts(store)
    assert (contacts, notes) == (before[0] + 1, before[1] + 1)
    assert outbox == before[2] + 2
    (contact,) = store.repos.contacts.find(participant_id=people[2].id)
    (note,) = store.repos.notes.find(participant_id=people[2].id)
    assert note.contact_id == contact.id
    assert note.data == "Asked about a <b>bus</b> pass."
    assert contact.kind is ContactKind.SHELTER
    assert (contact.minutes, contact.place) == (20, "Bus shelter on 3rd")
    assert abs(contact.occurred_at - datetime.now().astimezone()) < timedelta(minutes=2)
    assert "Stonewall, Mark" in dialog.message
    assert store.repos.drafts.get(DRAFT_KEY) is None
    assert store.repos.settings.get(PLACES_KEY) == ["Bus shelter on 3rd"]


def test_enter_in_the_name_takes_the_top_match_and_alias_matches(
    qtbot, people: list[Participant], dialog: QuickCaptureDialog
) -> None:
    qtbot.keyClicks(dialog.participant, "sparr")
    qtbot.keyClick(dialog.completer.popup(), Qt.Key.Key_Return)
    assert dialog.participant_id == people[0].id
    assert "Sparrow" in dialog.who.text()
    qtbot.keyClicks(dialog.participant, "x")  # editing the name forgets the choice
    assert dialog.participant_id is None


def test_a_failure_in_the_second_create_leaves_neither(
    qtbot, store: Store, people: list[Participant], dialog: QuickCaptureDialog, monkeypatch
) -> None:
    before = counts(store)

    def broken(record: CaseNote) -> CaseNote:
        raise StorageError("The disk is full.")

    monkeypatch.setattr(store.repos.notes, "create", broken)
    dialog.set_participant(people[0].id)
    qtbot.keyClicks(dialog.note, "Saw him at the library.")
    assert not dialog.save()
    assert counts(store) == before
    assert dialog.isVisible()
    assert dialog.error.text() == "The disk is full."
    assert store.repos.contacts.find(participant_id=people[0].id) == []


def test_missing_participant_or_text_is_said_plainly(
    qtbot, store: Store, people: list[Participant], dialog: QuickCaptureDialog
) -> None:
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Choose who this was with" in dialog.error.text()
    dialog.set_participant(people[1].id)
    assert not dialog.save()
    assert "Write a few words" in dialog.error.text()
    qtbot.keyClicks(dialog.note, "Tomorrow?")
    dialog.when.setDateTime(QDateTime.currentDateTime().addDays(1))
    assert not dialog.save()
    assert "future" in dialog.error.text()
    assert counts(store)[:2] == (0, 0)


def test_prefilled_participant_and_tab_order(qtbot, open_dialog, people: list[Participant]) -> None:
    dialog = open_dialog(people[1].id)
    assert dialog.participant_id == people[1].id
    assert dialog.participant.text() == "Stone, Maria"
    assert QApplication.focusWidget() is dialog.kind
    order = [dialog.kind]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [dialog.kind, dialog.place, dialog.minutes, dialog.note, dialog.save_button]


def test_escape_asks_only_when_a_note_was_typed_and_drafts_survive(
    qtbot, store: Store, people: list[Participant], dialog: QuickCaptureDialog, open_dialog, monkeypatch
) -> None:
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.set_participant(people[1].id)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ContactKind.JAIL))
    qtbot.keyClicks(dialog.place, "County jail")
    dialog.when.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    qtbot.keyClicks(dialog.note, "Half a thought")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    assert asked == ["Discard what you wrote?"]
    assert dialog.isVisible()  # "Cancel" keeps the dialog
    dialog.flush_drafts()
    assert store.repos.drafts.get(DRAFT_KEY).body["note"] == "Half a thought"

    again = open_dialog()  # e.g. after a lock: the text comes back
    assert again.note.toPlainText() == "Half a thought"
    assert again.participant_id == people[1].id
    assert again.kind.currentData() == ContactKind.JAIL
    assert again.place.text() == "County jail"
    assert again.when.dateTime() == dialog.when.dateTime()
    assert "Restored" in again.error.text()
    again.note.clear()
    asked.clear()
    qtbot.keyClick(again.note, Qt.Key.Key_Escape)
    assert asked == []
    assert not again.isVisible()
    assert store.repos.drafts.get(DRAFT_KEY) is None


def test_recent_places_are_offered(qtbot, store: Store, people: list[Participant], open_dialog) -> None:
    store.repos.settings.set(PLACES_KEY, ["Library steps", "Union Gospel Mission"])
    dialog = open_dialog()
    assert dialog.place.completer().model().stringList() == ["Library steps", "Union Gospel Mission"]
    dialog.set_participant(people[0].id)
    dialog.place.setText("library steps")
    dialog.note.setPlainText("Checked in.")
    assert dialog.save()
    assert store.repos.settings.get(PLACES_KEY) == ["library steps", "Union Gospel Mission"]
    assert isinstance(store.repos.contacts.find()[0], Contact)


def test_the_main_window_status_bar_says_it_was_saved(qtbot, store: Store, people: list[Participant]) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = QuickCaptureDialog(Session(Desk(store)), participant_id=people[0].id, parent=window)
    dialog.note.setPlainText("Quick hello at the bus stop.")
    assert dialog.save()
    assert window.statusBar().currentMessage() == dialog.message
    assert dialog.message == "Saved: street contact with Quill, Jordan, 15 minutes, and its note."


def test_participant_choices_read_through_the_function_given(qapp) -> None:
    asked: list[tuple[str, int]] = []
    row = CaseloadRow(
        id="p1",
        first_name="Jordan",
        last_name="Quill",
        preferred_name="",
        aliases=("JQ",),
        status=ParticipantStatus.ACTIVE,
        team_id="north",
        case_manager="Casey Morgan",
        last_contact=None,
        days_since_contact=None,
        open_needs=0,
        next_task_due=None,
    )

    def find(text: str, *, limit: int) -> list[CaseloadRow]:
        asked.append((text, limit))
        return [row]

    choices = ParticipantChoices(find)
    choices.set_text("  qui ")
    assert asked == [("qui", LIMIT)]
    assert choices.data(choices.index(0, 0)) == "Quill, Jordan — JQ · Active · north"
    assert choices.data(choices.index(0, 0), Qt.ItemDataRole.EditRole) == "Quill, Jordan"
    assert choices.data(choices.index(0, 0), ParticipantIdRole) == "p1"
    choices.set_text("   ")  # nothing typed: nothing asked, nothing offered
    assert (asked[-1], choices.rowCount()) == (("qui", LIMIT), 0)
