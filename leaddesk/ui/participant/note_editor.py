"""The DAP note editor: Data, Assessment, Plan, the 42 CFR Part 2 flag and an optional linked contact.

Nothing typed is ever lost: every edit restarts a one-second timer that writes the text to an encrypted
draft (`note:<participant>` for a new note, `note:<participant>:<note>` for an unsigned one being
edited); saving, signing or discarding the note discards its draft. A signed note is shown read-only,
with its addenda and the way to add one beneath it."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from leaddesk.desk.notes import Draft
from leaddesk.domain import CaseNote
from leaddesk.domain.ids import parse_iso
from leaddesk.storage.errors import StorageError
from leaddesk.ui.participant.formatting import enum_label, error_text, local_time
from leaddesk.ui.participant.note_form import DapForm
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

DRAFT_DELAY_MS = 1000
RECENT_CONTACTS = 30
DAP_FIELDS = ("data", "assessment", "plan")


class Mode(StrEnum):
    NONE = "none"  # nothing open
    NEW = "new"
    EDIT = "edit"  # an unsigned, saved note
    SIGNED = "signed"


def new_note_key(participant_id: str) -> str:
    return f"note:{participant_id}"


def edit_note_key(participant_id: str, note_id: str) -> str:
    return f"note:{participant_id}:{note_id}"


class NoteEditor(DapForm):
    saved = Signal(str)  # note id
    signed = Signal(str)  # note id

    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.session = session
        self.participant_id = participant_id
        self.mode = Mode.NONE
        self.note: CaseNote | None = None
        self._loading = False
        self._dirty = False  # edited since the last draft write
        self._stale_draft: str | None = None  # an edit draft of a note signed meanwhile
        self.writing = False  # True while this editor saves, so its screen ignores its own echo
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.flush_draft)
        for edit in self._edits().values():
            edit.textChanged.connect(self._edited)
        self.sensitive_box.toggled.connect(self._edited)
        self.contact_combo.currentIndexChanged.connect(self._edited)
        self.discard_button.clicked.connect(self.discard)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.sign)
        for keys, slot in (("Ctrl+S", self.save), ("Ctrl+Shift+S", self.sign)):
            QShortcut(QKeySequence(keys), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addenda.closed.connect(self._stale_draft_handled)

    # -- what is shown -----------------------------------------------------------------------------

    @property
    def note_id(self) -> str | None:
        return self.note.id if self.note is not None else None

    def draft_key(self) -> str | None:
        if self.mode is Mode.NEW:
            return new_note_key(self.participant_id)
        if self.mode is Mode.EDIT and self.note is not None:
            return edit_note_key(self.participant_id, self.note.id)
        return None

    def show_new(self) -> None:
        """An empty new note, or the unsaved new note's draft if there is one."""
        if self.mode is Mode.NEW:
            return
        self.flush_draft()
        self._load(None)
        draft = self.session.desk.notes.draft(new_note_key(self.participant_id))
        if draft is not None:
            self._apply_draft(draft)

    def show_note(self, note: CaseNote) -> None:
        """A saved note: editable (with its draft, if any) while unsigned, read-only once signed."""
        self.flush_draft()
        self._load(note)
        draft = self.session.desk.notes.draft(edit_note_key(self.participant_id, note.id))
        if draft is None:
            return
        if note.is_signed:
            # Edited here but signed elsewhere meanwhile: the unsaved words become a proposed addendum.
            self._stale_draft = draft.key
            self.addenda.start(
                "\n\n".join(str(draft.body.get(f, "")) for f in DAP_FIELDS if draft.body.get(f))
            )
            self._show_notice(
                self.tr("This note was signed before your changes were saved; they are below as an addendum.")
            )
        else:
            self._apply_draft(draft)

    def close_note(self) -> None:
        self.flush_draft()
        self._load(None, mode=Mode.NONE)

    def _load(self, note: CaseNote | None, *, mode: Mode | None = None) -> None:
        self.draft_timer.stop()
        self._loading = True
        try:
            self.note = note
            self.mode = mode or (Mode.NEW if note is None else Mode.SIGNED if note.is_signed else Mode.EDIT)
            self._stale_draft = None
            for field, edit in self._edits().items():
                edit.setPlainText(getattr(note, field) if note else "")
                edit.setReadOnly(self.mode is Mode.SIGNED)
            self.sensitive_box.setChecked(bool(note and note.sensitive_sud))
            self.sensitive_box.setEnabled(self.mode is not Mode.SIGNED)
            self._fill_contacts(note.contact_id if note else None)
            self.contact_combo.setEnabled(self.mode is not Mode.SIGNED)
            self.buttons.setVisible(self.mode in (Mode.NEW, Mode.EDIT))
            self.addenda.show_for(note)
            self.notice.hide()
            self.error.hide()
            self._dirty = False
            self._show_title()
        finally:
            self._loading = False

    def _show_title(self) -> None:
        note = self.note
        if self.mode is Mode.NEW:
            text = self.tr("New note — not saved yet")
        elif note is not None and self.mode is Mode.EDIT:
            text = fill(
                self.tr("Draft note of %1 by %2 — not signed"), local_time(note.created_at), note.created_by
            )
        elif note is not None and self.mode is Mode.SIGNED:
            text = fill(
                self.tr("Note of %1 — signed by %2 on %3 (read-only)"),
                local_time(note.created_at),
                note.signed_by,
                local_time(note.signed_at),
            )
        else:
            text = ""
        self.title.setText(text)

    def _fill_contacts(self, linked: str | None) -> None:
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(none)"), None)
        contacts = self.session.desk.notes.contacts_to_link(
            self.participant_id, limit=RECENT_CONTACTS, linked=linked
        )
        for contact in contacts:
            label = f"{local_time(contact.occurred_at)} · {enum_label(contact.kind)}"
            self.contact_combo.addItem(label + (f" · {contact.place}" if contact.place else ""), contact.id)
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(linked)) if linked else 0)

    def _edits(self) -> dict[str, QPlainTextEdit]:
        return {"data": self.data_edit, "assessment": self.assessment_edit, "plan": self.plan_edit}

    def values(self) -> dict[str, Any]:
        return {
            **{field: edit.toPlainText() for field, edit in self._edits().items()},
            "sensitive_sud": self.sensitive_box.isChecked(),
            "contact_id": self.contact_combo.currentData(),
        }

    def has_text(self) -> bool:
        return any(edit.toPlainText().strip() for edit in self._edits().values())

    def is_changed(self) -> bool:
        """Whether the editor holds something the saved note does not."""
        if self.mode is Mode.NEW:
            return self.has_text()
        if self.mode is Mode.EDIT and self.note is not None:
            return any(getattr(self.note, k) != v for k, v in self.values().items())
        return False

    # -- drafts ------------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading or self.mode not in (Mode.NEW, Mode.EDIT):
            return
        self._dirty = True
        self.error.hide()  # the problem shown was about what is now being changed
        self.draft_timer.start()  # restarts: the draft is written a second after typing pauses

    def flush_draft(self) -> None:
        """Write the unsaved text to its encrypted draft now (or drop the draft if nothing is unsaved)."""
        self.draft_timer.stop()
        key = self.draft_key()
        if not self._dirty or key is None or not self.session.desk.is_open:
            return
        notes = self.session.desk.notes
        try:
            if self.is_changed():
                body = {**self.values(), "note_id": self.note_id}
                self.session.apply(notes.save_draft(key, participant_id=self.participant_id, body=body))
            else:
                self.session.apply(notes.discard_draft(key))
        except (ValueError, StorageError) as exc:
            self._show_error(error_text(exc))
            return
        self._dirty = False

    def _apply_draft(self, draft: Draft) -> None:
        self._loading = True
        try:
            for field, edit in self._edits().items():
                edit.setPlainText(str(draft.body.get(field, "")))
            self.sensitive_box.setChecked(bool(draft.body.get("sensitive_sud", False)))
            contact = draft.body.get("contact_id")
            if contact:
                self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(contact)))
        finally:
            self._loading = False
        when = local_time(parse_iso(draft.updated_at))
        self._show_notice(fill(self.tr("Restored unsaved text from %1"), when))

    def _discard_draft(self, key: str | None) -> None:
        self.draft_timer.stop()
        self._dirty = False
        if key is not None:
            self.session.apply(self.session.desk.notes.discard_draft(key))

    def _stale_draft_handled(self) -> None:
        if self._stale_draft:
            self.session.apply(self.session.desk.notes.discard_draft(self._stale_draft))
            self._stale_draft = None

    # -- save, sign, discard -----------------------------------------------------------------------

    def save(self) -> bool:
        if self.mode not in (Mode.NEW, Mode.EDIT):
            return False
        if not self.has_text():
            self._show_error(self.tr("Write something under Data, Assessment or Plan first."))
            return False
        key = self.draft_key()
        self.writing = True
        try:
            if self.mode is Mode.NEW:
                saved = self.session.apply(self.session.desk.notes.create(self.participant_id, self.values()))
            else:
                assert self.note is not None
                saved = self.session.apply(self.session.desk.notes.update(self.note.id, self.values()))
        except (ValueError, StorageError) as exc:
            self._show_error(error_text(exc))
            return False
        finally:
            self.writing = False
        self._discard_draft(key)
        self._load(saved)
        self._show_notice(fill(self.tr("Saved at %1. Not signed yet."), local_time(saved.updated_at)))
        self.saved.emit(saved.id)
        return True

    def confirm_sign(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Sign this note?"),
            self.tr("Signed notes cannot be changed; corrections are addenda.\n\nSign this note now?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def sign(self) -> bool:
        if self.mode not in (Mode.NEW, Mode.EDIT):
            return False
        if not self.has_text():
            self._show_error(self.tr("An empty note cannot be signed."))
            return False
        if not self.confirm_sign():
            return False
        # Whatever is on screen is what gets signed: save it first.
        if (self.mode is Mode.NEW or self.is_changed()) and not self.save():
            return False
        assert self.note is not None
        self.writing = True
        try:
            signed = self.session.apply(self.session.desk.notes.sign(self.note.id))
        except (ValueError, StorageError) as exc:
            self._show_error(error_text(exc))
            return False
        finally:
            self.writing = False
        self._discard_draft(edit_note_key(self.participant_id, signed.id))
        self._load(signed)
        self.signed.emit(signed.id)
        return True

    def discard(self) -> None:
        """Throw away unsaved text: a new note is emptied, an unsigned one goes back to what was saved."""
        if self.mode not in (Mode.NEW, Mode.EDIT):
            return
        if self.is_changed():
            answer = QMessageBox.question(
                self, self.tr("Discard changes?"), self.tr("The text that has not been saved will be lost.")
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._discard_draft(self.draft_key())
        self._load(self.note)

    # -- messages ----------------------------------------------------------------------------------

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def focus_data(self) -> None:
        self.data_edit.setFocus()
        self.data_edit.moveCursor(self.data_edit.textCursor().MoveOperation.End)
