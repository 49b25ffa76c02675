"""The addenda under a signed note, and the box to write a new one: a signed note is never edited, a
correction or later addition is a separately signed addendum."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain import CaseNote
from leaddesk.storage.errors import StorageError
from leaddesk.ui.participant.formatting import error_text, local_time
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill


class AddendaPanel(QWidget):
    added = Signal(str)  # the note id
    closed = Signal()  # the addendum box was saved or cancelled

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.note: CaseNote | None = None

        self._build_list()
        self._build_editor()
        self._build_box()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        layout.addWidget(self.box)

    def _build_list(self) -> None:
        """The heading, the signed note's addenda, and the button that starts a new one."""
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Addenda"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMaximumHeight(130)
        self.add_button = QPushButton(self.tr("Add addendum…"))
        self.add_button.setAccessibleName(self.tr("Add an addendum"))
        self.add_button.setToolTip(self.tr("Correct or add to this signed note"))
        self.add_button.clicked.connect(lambda: self.start())

    def _build_editor(self) -> None:
        """The addendum's text and its Save / Cancel buttons, with their keyboard shortcuts."""
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(self.tr("Addendum text"))
        self.edit.setPlaceholderText(self.tr("The correction or addition, signed with your name when saved"))
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(80)
        self.save_button = QPushButton(self.tr("Save addendum"))
        self.save_button.setAccessibleName(self.tr("Save addendum"))
        self.save_button.setToolTip(self.tr("Save and sign the addendum (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the addendum"))
        self.cancel_button.setToolTip(self.tr("Cancel (Esc)"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        for keys, slot in (("Ctrl+Return", self.save), ("Ctrl+Enter", self.save), ("Esc", self.cancel)):
            QShortcut(QKeySequence(keys), self.edit, slot, context=Qt.ShortcutContext.WidgetShortcut)

    def _build_box(self) -> None:
        """The addendum box under the list: text, problem, buttons; hidden until one is started."""
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        self.error.hide()
        self.box = QWidget()
        box_layout = QVBoxLayout(self.box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.edit)
        box_layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        box_layout.addLayout(buttons)
        self.box.hide()

    def show_for(self, note: CaseNote | None) -> None:
        """List the addenda of a signed note; hidden for anything else."""
        same = note is not None and self.note is not None and note.id == self.note.id
        self.note = note if note is not None and note.is_signed else None
        self.setVisible(self.note is not None)
        if not same:
            self._close_box()
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.note is None:
            return
        addenda = self.session.desk.notes.addenda(self.note.id)
        self.heading.setText(fill(self.tr("Addenda (%1)"), str(len(addenda))))
        for addendum in addenda:
            stamp = f"{local_time(addendum.signed_at)} — {addendum.signed_by}"
            self.list.addItem(QListWidgetItem(f"{stamp}\n{addendum.text}"))
        self.list.setVisible(bool(addenda))

    @property
    def is_writing(self) -> bool:
        return not self.box.isHidden()

    def start(self, text: str = "") -> None:
        if self.note is None:
            return
        if text:
            self.edit.setPlainText(text)
        self.box.show()
        self.add_button.setEnabled(False)
        self.edit.setFocus()

    def save(self) -> None:
        if self.note is None:
            return
        text = self.edit.toPlainText()
        if not text.strip():
            self._show_error(self.tr("Write the addendum first."))
            return
        try:
            self.session.add_addendum(self.note.id, text)
        except (ValueError, StorageError) as exc:
            self._show_error(error_text(exc))
            return
        self._close_box()
        self.reload()
        self.added.emit(self.note.id)
        self.closed.emit()

    def cancel(self) -> None:
        self._close_box()
        self.closed.emit()

    def _close_box(self) -> None:
        self.edit.clear()
        self.error.hide()
        self.box.hide()
        self.add_button.setEnabled(True)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
