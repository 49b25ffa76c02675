"""Resolving sync conflicts: the open ones in a list, and the chosen one side by side (field, my value,
their value, who and when) with Keep mine, Keep theirs, or a value typed here. The choice is an ordinary
edit, so it syncs to the team and clears the conflict on every laptop."""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes
from leaddesk.desk.conflicts import CONFLICT, Choice, ConflictRow, Side
from leaddesk.domain.errors import DomainError
from leaddesk.storage.errors import StorageError
from leaddesk.ui.display import describe_error
from leaddesk.ui.look import set_role
from leaddesk.ui.models import ParticipantIdRole
from leaddesk.ui.session import Session
from leaddesk.ui.sync.conflicts_model import (
    ConflictsModel,
    field_text,
    participant_text,
    side_text,
    value_text,
    what_text,
    who_and_when,
)
from leaddesk.ui.table_view import RecordTable
from leaddesk.ui.text import fill, translate
from leaddesk.ui.unlock_card import FormMessage


class _SideBox(QGroupBox):
    """One value with who wrote it and when, and the button that keeps it."""

    def __init__(self, title: str, keep_text: str) -> None:
        super().__init__(title)
        self.value = QLabel()
        self.value.setWordWrap(True)
        self.value.setAccessibleName(fill(translate("sync", "%1 value"), title))
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.value, "value")
        self.who = QLabel()
        self.who.setAccessibleName(fill(translate("sync", "%1, written by"), title))
        self.who.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.keep = QPushButton(keep_text)
        self.keep.setAccessibleName(keep_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.who)
        layout.addWidget(self.keep)

    def set_keep(self, text: str, *, enabled: bool) -> None:
        self.keep.setText(text)
        self.keep.setAccessibleName(text)
        self.keep.setEnabled(enabled)

    def show_side(self, row: ConflictRow | None, side: Side | None) -> None:
        if row is None or side is None:
            self.value.clear()
            self.who.clear()
            return
        self.value.setText(side_text(row, side))
        state = translate("sync", "in force now") if side.in_force else translate("sync", "set aside")
        self.who.setText(f"{who_and_when(side)} · {state}")


class ConflictsPanel(QWidget):
    participant_requested = Signal(str)
    resolved = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ConflictsModel()
        self.table = RecordTable()
        self.table.setAccessibleName(translate("sync", "Open conflicts"))
        self.table.setModel(self.model)
        self.table.open_requested.connect(self._open_participant)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.empty = QLabel(
            translate(
                "sync",
                "No conflicts. When two people change the same thing before either has synced, both "
                "values appear here side by side and you choose which one is right.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self._build_detail())
        layout.addStretch(0)
        self.setTabOrder(self.table, self.mine.keep)
        self.setTabOrder(self.mine.keep, self.theirs.keep)
        self.setTabOrder(self.theirs.keep, self.edited)
        self.setTabOrder(self.edited, self.use_edited)
        session.changed.connect(self._changed)
        self.refresh()

    def _build_detail(self) -> QWidget:
        """The chosen conflict: what it is about, both sides with their Keep buttons, a typed value."""
        self._build_sides()
        self._build_edit_row()
        sides = QGridLayout()
        sides.addWidget(self.mine, 0, 0)
        sides.addWidget(self.theirs, 0, 1)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edited, 1)
        edit_row.addWidget(self.use_edited)
        self.detail = QWidget()
        detail = QVBoxLayout(self.detail)
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addWidget(self.title)
        detail.addWidget(self.signed_note)
        detail.addWidget(self.rule)
        detail.addLayout(sides)
        detail.addLayout(edit_row)
        detail.addWidget(self.message)
        return self.detail

    def _build_sides(self) -> None:
        """What the conflict is about, mine and theirs side by side, and why a side was set aside."""
        self.title = QLabel()
        self.title.setAccessibleName(translate("sync", "Conflict"))
        set_role(self.title, "subtitle")
        self.title.setWordWrap(True)
        self.mine = _SideBox(translate("sync", "Mine"), translate("sync", "Keep mine"))
        self.theirs = _SideBox(translate("sync", "Theirs"), translate("sync", "Keep theirs"))
        self.mine.keep.clicked.connect(lambda: self._keep("mine"))
        self.theirs.keep.clicked.connect(lambda: self._keep("theirs"))
        self.signed_note = QLabel(
            translate(
                "sync",
                "This note is signed, so it keeps the text that was signed. The other text was written "
                "before the signature reached it; whoever wrote it can add it to the note as their own "
                "addendum if it is still needed.",
            )
        )
        self.signed_note.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setAccessibleName(translate("sync", "Why this change was set aside"))

    def _build_edit_row(self) -> None:
        """A third value typed by hand, with its button, and the message under them."""
        self.edited = QLineEdit()
        self.edited.setAccessibleName(translate("sync", "The right value"))
        self.edited.setPlaceholderText(translate("sync", "Or type the right value"))
        self.edited.returnPressed.connect(lambda: self._resolve("edited"))
        self.use_edited = QPushButton(translate("sync", "Use this value"))
        self.use_edited.setAccessibleName(translate("sync", "Use this value"))
        self.use_edited.clicked.connect(lambda: self._resolve("edited"))
        self.message = FormMessage()

    @property
    def count(self) -> int:
        return self.model.rowCount()

    def refresh(self) -> None:
        current = self.current()
        chosen = current.conflict.id if current else None
        self.model.set_rows(self.session.desk.conflicts.open_rows())
        self.table.fit_columns(stretch=ConflictsModel.COL_THEIRS)
        rows = [self.model.row(n).conflict.id for n in range(self.model.rowCount())]
        if rows:
            self.table.selectRow(rows.index(chosen) if chosen in rows else 0)
        has_rows = bool(rows)
        self.table.setVisible(has_rows)
        self.detail.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self._show_current()

    def current(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row(index.row())

    def _show_current(self) -> None:
        row = self.current()
        self.message.clear()
        if row is None:
            self.title.clear()
            self.mine.show_side(None, None)
            self.theirs.show_side(None, None)
            self.edited.clear()
            return
        self.title.setText(
            fill(translate("sync", "%1 — %2: %3"), participant_text(row), what_text(row), field_text(row))
        )
        self.mine.show_side(row, row.mine)
        self.theirs.show_side(row, row.theirs)
        self.edited.setText(value_text(row.mine.value) if row.mine.value not in (None, "") else "")
        self.signed_note.setVisible(row.signed_note)
        self.rule.setVisible(row.is_rule)
        self.rule.setText(
            fill(
                translate(
                    "sync",
                    "Merged with a change made elsewhere, this change would break a rule of the record "
                    "(%1). It was set aside whole: keep the record as it is, or apply the set-aside change "
                    "(correct the record first if the rule still stands in its way).",
                ),
                row.conflict.reason,
            )
        )
        for widget in (self.edited, self.use_edited):
            widget.setVisible("edited" in row.options)
        for box, side, choice in ((self.mine, row.mine, "mine"), (self.theirs, row.theirs, "theirs")):
            if not row.signed_note:
                box.set_keep(
                    translate("sync", "Keep mine") if box is self.mine else translate("sync", "Keep theirs"),
                    enabled=True,
                )
            elif side.in_force:
                box.set_keep(translate("sync", "Keep as signed"), enabled=choice in row.options)
            else:  # only its author may add text set aside from a signed note, as their own addendum
                box.set_keep(translate("sync", "Add as my addendum"), enabled="addendum" in row.options)

    def _keep(self, which: Literal["mine", "theirs"]) -> None:
        row = self.current()
        if row is None:
            return
        side = row.mine if which == "mine" else row.theirs
        self._resolve("addendum" if row.signed_note and not side.in_force else which)

    def _resolve(self, choice: Choice) -> None:
        row = self.current()
        if row is None:
            return
        value = self.edited.text() if choice == "edited" else None
        try:
            self.session.resolve_conflict(row.conflict.id, choice=choice, value=value)
        except (
            DomainError,
            StorageError,
            ValueError,
        ) as exc:  # refused by the record's rules: nothing written
            self.message.show_error(describe_error(exc))
            return
        self.resolved.emit()

    def _open_participant(self, index: QModelIndex) -> None:
        if index.isValid():
            self.participant_requested.emit(str(index.data(ParticipantIdRole)))

    def _changed(self, changes: Changes) -> None:
        if changes.concerns((CONFLICT,)):
            self.refresh()
