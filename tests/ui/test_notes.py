"""Notes through the real widgets: writing a DAP note, saving, signing, the read-only signed note and its
addenda, drafts that survive a lock, and the timeline's paging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from leaddesk.desk import Desk
from leaddesk.domain import Addendum, CaseNote, Contact, Participant
from leaddesk.domain.enums import ContactKind
from leaddesk.storage.profile import open_profile
from leaddesk.storage.store import Store
from leaddesk.ui.participant.note_editor import Mode, NoteEditor, edit_note_key, new_note_key
from leaddesk.ui.participant.notes_model import (
    COL_STATE,
    COL_TEXT,
    PAGE,
    AddendaCountRole,
    NotesModel,
    RecordIdRole,
    SignedRole,
)
from leaddesk.ui.participant.page import ParticipantPage
from leaddesk.ui.session import Session
from tests.kdf import FAST_FOR_TESTS

PASSPHRASE = "correct horse battery staple"  # the `store` fixture's (tests/conftest.py)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every confirmation with Yes, and keep what was asked."""
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def open_page(qtbot, store: Store, participant: Participant) -> ParticipantPage:
    page = ParticipantPage(Session(Desk(store)), participant.id)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.is_open, timeout=5_000)
    return page


def write(qtbot, editor: NoteEditor, data: str, assessment: str = "", plan: str = "") -> None:
    for edit, text in (
        (editor.data_edit, data),
        (editor.assessment_edit, assessment),
        (editor.plan_edit, plan),
    ):
        if text:
            qtbot.keyClicks(edit, text)


def click(qtbot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_dap_note_is_written_saved_signed_and_amended(
    qtbot, store: Store, participant: Participant, questions: list[str]
) -> None:
    page = open_page(qtbot, store, participant)
    page.start_new_note()
    assert page.current_tab() == "notes"
    editor = page.notes.editor
    write(
        qtbot, editor, "Met under the bridge; has a cough.", "Needs a clinic visit.", "Walk to clinic Monday."
    )
    click(qtbot, editor.save_button)

    (note,) = store.repos.notes.find(participant_id=participant.id)
    assert (note.data, note.assessment, note.plan) == (
        "Met under the bridge; has a cough.",
        "Needs a clinic visit.",
        "Walk to clinic Monday.",
    )
    assert not note.is_signed
    assert editor.mode is Mode.EDIT
    timeline = page.notes.model
    assert timeline.rowCount() == 1
    assert timeline.data(timeline.index(0, COL_STATE)) == "Draft"
    assert timeline.data(timeline.index(0, COL_TEXT)) == "Met under the bridge; has a cough."

    click(qtbot, editor.sign_button)
    assert "Signed notes cannot be changed; corrections are addenda" in questions[-1]
    signed = store.repos.notes.get(note.id)
    assert signed.is_signed
    assert signed.signed_by == store.user
    assert timeline.data(timeline.index(0, 0), SignedRole) is True

    # Signed: read-only, no save or sign, and typing changes nothing.
    assert editor.mode is Mode.SIGNED
    assert editor.data_edit.isReadOnly()
    assert editor.plan_edit.isReadOnly()
    assert not editor.sensitive_box.isEnabled()
    assert editor.buttons.isHidden()
    qtbot.keyClicks(editor.data_edit, " edited later")
    assert editor.data_edit.toPlainText() == "Met under the bridge; has a cough."
    assert not editor.save()
    assert store.repos.notes.get(note.id).data == "Met under the bridge; has a cough."

    addenda = editor.addenda
    assert not addenda.isHidden()
    click(qtbot, addenda.add_button)
    qtbot.keyClicks(addenda.edit, "Correction: it was the Fremont bridge.")
    click(qtbot, addenda.save_button)
    (addendum,) = store.repos.notes.addenda.for_note(note.id)
    assert addendum.text == "Correction: it was the Fremont bridge."
    assert addendum.signed_by == store.user
    assert addenda.list.count() == 1
    assert "Correction: it was the Fremont bridge." in addenda.list.item(0).text()
    assert addenda.box.isHidden()
    assert timeline.data(timeline.index(0, 0), AddendaCountRole) == 1


def test_signing_needs_a_yes(qtbot, store: Store, participant: Participant, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    page = open_page(qtbot, store, participant)
    page.start_new_note()
    editor = page.notes.editor
    write(qtbot, editor, "Short phone call.")
    click(qtbot, editor.sign_button)
    assert store.repos.notes.count(participant_id=participant.id) == 0
    assert editor.mode is Mode.NEW
    assert editor.data_edit.toPlainText() == "Short phone call."


def test_an_empty_note_is_refused_with_a_message(qtbot, store: Store, participant: Participant) -> None:
    page = open_page(qtbot, store, participant)
    page.start_new_note()
    editor = page.notes.editor
    click(qtbot, editor.save_button)
    assert not editor.error.isHidden()
    assert "Data" in editor.error.text()
    assert store.repos.notes.count() == 0


def test_the_shortcuts_save_and_sign(
    qtbot, store: Store, participant: Participant, questions: list[str]
) -> None:
    page = open_page(qtbot, store, participant)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.start_new_note()
    editor = page.notes.editor
    qtbot.waitUntil(editor.data_edit.hasFocus, timeout=2000)  # start_new_note puts the cursor in Data
    qtbot.keyClicks(editor.data_edit, "Dropped off a sleeping bag.")
    qtbot.keyClick(editor.data_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (note,) = store.repos.notes.find(participant_id=participant.id)
    assert not note.is_signed
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(editor.data_edit, Qt.Key.Key_S, modifiers)
    assert store.repos.notes.get(note.id).is_signed


def test_the_part_2_flag_and_linked_contact_are_saved(qtbot, store: Store, participant: Participant) -> None:
    contact = store.repos.contacts.create(
        Contact(
            participant_id=participant.id,
            occurred_at=datetime.now(UTC),
            kind=ContactKind.SHELTER,
            place="Mission",
        )
    )
    page = open_page(qtbot, store, participant)
    page.start_new_note()
    editor = page.notes.editor
    write(qtbot, editor, "Talked about starting buprenorphine.")
    click(qtbot, editor.sensitive_box)
    editor.contact_combo.setCurrentIndex(editor.contact_combo.findData(contact.id))
    assert "Mission" in editor.contact_combo.currentText()
    click(qtbot, editor.save_button)
    (note,) = store.repos.notes.find(participant_id=participant.id)
    assert note.sensitive_sud
    assert note.contact_id == contact.id
    assert not page.header.sud_flag.isHidden()


def test_a_draft_is_written_a_second_after_typing(qtbot, store: Store, participant: Participant) -> None:
    page = open_page(qtbot, store, participant)
    page.start_new_note()
    key = new_note_key(participant.id)
    qtbot.keyClicks(page.notes.editor.data_edit, "Gave two pairs of socks")
    assert store.repos.drafts.get(key) is None  # not on every keystroke
    qtbot.waitUntil(lambda: store.repos.drafts.get(key) is not None, timeout=3000)
    draft = store.repos.drafts.get(key)
    assert draft is not None
    assert draft.kind == "note"
    assert draft.participant_id == participant.id
    assert draft.body["data"] == "Gave two pairs of socks"
    assert draft.body["note_id"] is None
    assert draft.body["sensitive_sud"] is False


def test_unsaved_text_survives_closing_the_store(
    qtbot, home: Path, store: Store, participant: Participant, questions: list[str]
) -> None:
    page = open_page(qtbot, store, participant)
    page.start_new_note()
    write(qtbot, page.notes.editor, "Saw her at the food bank", "Doing better", "Check in Friday")
    page.flush_drafts()
    store.close()
    page.close()

    profile = store.db_path.parent.name  # the profile's folder carries its name
    reopened = open_profile(profile, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    try:
        again = open_page(qtbot, reopened, participant)
        again.set_current_tab("notes")  # where the workspace puts the user back after unlocking
        editor = again.notes.editor
        assert editor.mode is Mode.NEW
        assert editor.data_edit.toPlainText() == "Saw her at the food bank"
        assert editor.assessment_edit.toPlainText() == "Doing better"
        assert editor.plan_edit.toPlainText() == "Check in Friday"
        assert not editor.notice.isHidden()
        assert editor.notice.text().startswith("Restored unsaved text from ")

        click(qtbot, editor.save_button)  # saving the note discards its draft
        assert reopened.repos.drafts.get(new_note_key(participant.id)) is None
        assert reopened.repos.notes.count(participant_id=participant.id) == 1
    finally:
        reopened.close(audit=False)


def test_an_unsigned_note_being_edited_has_its_own_draft(
    qtbot, store: Store, participant: Participant, questions: list[str]
) -> None:
    note = store.repos.notes.create(CaseNote(participant_id=participant.id, data="First visit."))
    page = open_page(qtbot, store, participant)
    page.set_current_tab("notes")  # the newest note opens
    editor = page.notes.editor
    assert editor.note_id == note.id
    assert editor.mode is Mode.EDIT
    editor.data_edit.moveCursor(editor.data_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.data_edit, " Brought water.")
    page.flush_drafts()
    key = edit_note_key(participant.id, note.id)
    draft = store.repos.drafts.get(key)
    assert draft is not None
    assert draft.body["note_id"] == note.id
    assert draft.body["data"] == "First visit. Brought water."

    # Leaving and coming back to the note brings the unsaved text back.
    page.start_new_note()
    page.notes.open_note(note.id)
    assert editor.data_edit.toPlainText() == "First visit. Brought water."

    click(qtbot, editor.discard_button)
    assert editor.data_edit.toPlainText() == "First visit."
    assert store.repos.drafts.get(key) is None
    assert store.repos.notes.get(note.id).data == "First visit."


def test_a_note_written_elsewhere_appears_in_the_timeline(
    qtbot, store: Store, participant: Participant
) -> None:
    page = open_page(qtbot, store, participant)
    page.set_current_tab("notes")
    assert page.notes.model.rowCount() == 0
    page.session.create(CaseNote(participant_id=participant.id, data="Quick capture: seen at the library."))
    assert page.notes.model.rowCount() == 1
    assert page.notes.count_label.text() == "1 note(s)"


def import_notes(store: Store, participant: Participant, count: int) -> list[CaseNote]:
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    notes = []
    for i in range(count):
        at = start + timedelta(hours=i)
        signed = {"signed_by": "Casey Morgan", "signed_at": at} if i % 2 else {}
        notes.append(
            CaseNote(
                participant_id=participant.id,
                data=f"Visit {i:03d}\nsecond line",
                created_at=at,
                updated_at=at,
                created_by="Casey Morgan",
                **signed,
            )
        )
    store.repos.notes.import_records(notes)
    return notes


def test_the_timeline_pages_through_250_notes(qapp, store: Store, participant: Participant) -> None:
    notes = import_notes(store, participant, 250)
    amended = notes[-1]  # the newest, signed
    at = amended.signed_at
    assert at is not None
    store.repos.addenda.import_records(
        Addendum(
            participant_id=participant.id, note_id=amended.id, text=t, signed_by="Casey Morgan", signed_at=at
        )
        for t in ("One.", "Two.")
    )
    model = NotesModel()
    model.set_source(Desk(store).notes.timeline(participant.id))
    assert model.total == 250
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 250
    assert not model.canFetchMore()
    assert model.data(model.index(0, COL_TEXT)) == "Visit 249"  # newest first, first line only
    assert model.data(model.index(249, COL_TEXT)) == "Visit 000"
    assert model.data(model.index(0, 0), RecordIdRole) == amended.id
    assert model.data(model.index(0, 0), AddendaCountRole) == 2
    assert model.data(model.index(1, 0), AddendaCountRole) == 0
    assert model.data(model.index(1, COL_STATE)) == "Draft"


def test_an_old_note_is_found_beyond_the_first_page(qtbot, store: Store, participant: Participant) -> None:
    notes = import_notes(store, participant, 250)
    page = open_page(qtbot, store, participant)
    page.set_current_tab("notes")
    assert page.notes.model.rowCount() == PAGE
    assert page.notes.open_note(notes[0].id)
    assert page.notes.editor.note_id == notes[0].id
    assert page.notes.model.rowCount() == 250
