"""The generic record tab: a summary line, Add / Edit / Delete, and a table over `RecordsModel`;
each tab (contacts, services, legal, housing, consents, attachments, tasks) says only its columns,
form fields and defaults."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes
from leaddesk.domain import MODEL_BY_ENTITY
from leaddesk.domain.errors import DomainError
from leaddesk.storage.errors import StorageError
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.record_forms import FieldSpec, RecordForm, plain_problems
from leaddesk.ui.participant.records_model import Column, DeskRecords, RecordsModel
from leaddesk.ui.session import Session


class RecordTable(QTableView):
    """The list's keys: Enter opens the selected record, Delete deletes it, Space ticks its check
    column (only while the list has focus, so Enter in another field never opens a record)."""

    open_pressed = Signal()
    delete_pressed = Signal()
    toggle_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_pressed.emit()
        elif key == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
        elif key == Qt.Key.Key_Space:
            self.toggle_pressed.emit()
        else:
            super().keyPressEvent(event)


class RecordsTab(QWidget):
    """A list of one entity's records with Add / Edit / Delete; subclasses say which columns, which
    form fields and what defaults. Deleting leaves a tombstone that syncs (never a hard delete)."""

    entity = ""
    order: tuple[str, ...] = ("created_at",)
    descending = True
    allow_delete = True
    form_width = 520
    form_class: type[RecordForm] = RecordForm  # a tab whose form lays out otherwise names its own

    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.participant_id = participant_id
        self.model_class = MODEL_BY_ENTITY[self.entity]
        self.model = self._build_model()
        self._selected_id = ""
        self._sized = False

        top, buttons = self._build_toolbar()
        self._build_notice()
        self._build_list()
        self._build_list_area(top)
        # Tab follows what the eye reads: the buttons left to right, then the list.
        for before, after in zip([*buttons, self.view], [*buttons[1:], self.view], strict=False):
            QWidget.setTabOrder(before, after)
        # Connected last: setting the header's sort indicator already triggers a (harmless) reset.
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._after_reset)
        self._after_reset()
        session.changed.connect(self._on_changed)

    def _build_model(self) -> RecordsModel:
        return RecordsModel(
            DeskRecords(self.session, entity=self.entity, participant_id=self.participant_id),
            columns=self.columns(),
            order=self.order,
            descending=self.descending,
            highlight=self.highlight,
            muted=self.muted,
            arrange=self.arrange,
            parent=self,
        )

    def _build_toolbar(self) -> tuple[QHBoxLayout, list[QPushButton]]:
        """The summary line on the left and the tab's buttons on the right; the buttons in tab order."""
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setWordWrap(True)
        self.add_button = self._button(self.add_text(), self.open_add)
        self.edit_button = self._button(
            self.edit_text(), self.open_edit, self.tr("or Enter, or double-click a row")
        )
        self.delete_button = self._button(
            self.tr("&Delete…"), self.delete_selected, self.tr("or the Delete key")
        )
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        buttons = [*self.extra_buttons(), self.edit_button, self.delete_button, self.add_button]
        for button in buttons:
            top.addWidget(button)
        if not self.allow_delete:
            # Never setVisible(True) here: a button shown before it has a parent is a window of its own,
            # which flashed up and took the keyboard from the main window.
            self.delete_button.hide()
        return top, buttons

    def _build_notice(self) -> None:
        """The message line under the buttons (what was just done, or could not be), hidden when empty."""
        self.notice = QLabel()
        self.notice.setAccessibleName(self.tr("Message"))
        self.notice.setWordWrap(True)
        set_role(self.notice, "notice")
        self.notice.hide()

    def _build_list(self) -> None:
        """The records table, or in its place a sentence saying nothing is recorded yet."""
        self.view = self._build_view()
        self.empty = QLabel(self.empty_text())
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("Nothing recorded"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

    def _build_list_area(self, top: QHBoxLayout) -> None:
        self.list_area = QWidget()
        area = QVBoxLayout(self.list_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.addLayout(top)
        area.addWidget(self.notice)
        area.addWidget(self.stack, 1)
        self.lay_out(self.list_area)

    def _build_view(self) -> RecordTable:
        view = RecordTable()
        view.setAccessibleName(self.list_name())
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab leaves it, as every control; arrows move within
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        stretch = [i for i, c in enumerate(self.model.columns) if c.stretch]
        header.setStretchLastSection(not stretch)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if self.model.sort_column() >= 0:
            order = Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.model.sort_column(), order)
        view.setSortingEnabled(True)
        view.doubleClicked.connect(lambda _i: self.open_edit())
        view.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        self.model.check_toggled.connect(self.set_checked)
        view.delete_pressed.connect(self.delete_selected)
        view.open_pressed.connect(self.open_edit)
        view.toggle_pressed.connect(self.toggle_selected)
        return view

    # -- what a subclass says ----------------------------------------------------------------------

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def fields(self, record: Any = None) -> list[FieldSpec]:
        raise NotImplementedError

    def defaults(self) -> dict[str, Any]:
        return {}

    def adjust(self, values: dict[str, Any], record: Any) -> dict[str, Any]:
        return values

    def highlight(self, record: Any) -> bool:
        return False

    def muted(self, record: Any) -> bool:
        return False

    def arrange(self, rows: list[Any]) -> list[Any]:
        return rows

    def extra_buttons(self) -> list[QPushButton]:
        return []

    def selection_changed(self, record: Any) -> None:
        """Subclasses enable their own buttons or show the selected record."""

    def rows_changed(self, rows: list[Any]) -> None:
        """Called after every reload of the list."""

    def add_text(self) -> str:
        return self.tr("&Add…")

    def edit_text(self) -> str:
        return self.tr("&Edit…")

    def list_name(self) -> str:
        return self.tr("Records")

    def empty_text(self) -> str:
        return self.tr("Nothing recorded yet.")

    def summary_text(self, rows: list[Any]) -> str:
        return ""

    def form_title(self, record: Any) -> str:
        return self.tr("Edit") if record is not None else self.tr("Add")

    def form_intro(self, record: Any) -> str:
        return ""

    def delete_question(self, record: Any) -> str:
        return self.tr(
            "Delete this record? It disappears from this participant's record on every device after the "
            "next sync; the audit trail keeps that it was deleted."
        )

    def lay_out(self, list_area: QWidget) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(list_area)

    def refresh(self) -> None:
        self.model.refresh()

    # -- actions -----------------------------------------------------------------------------------

    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))

    def add_form(self) -> RecordForm:
        return self._form(None)

    def edit_form(self, record: Any) -> RecordForm:
        return self._form(record)

    def open_add(self) -> None:
        self._run(self.add_form())

    def open_edit(self) -> None:
        record = self.selected()
        if record is not None:
            self._run(self.edit_form(record))

    def delete_selected(self) -> None:
        record = self.selected()
        if record is None or not self.allow_delete:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.delete_question(record),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.attempt(lambda: self.session.delete(self.entity, record.id))

    def set_checked(self, record_id: str, checked: bool) -> None:
        """A check column was clicked; subclasses with one write it."""

    def toggle_selected(self) -> None:
        """Space flips the check column (a task's "done") of the selected row."""
        record = self.selected()
        column = next((c for c in self.model.columns if c.check is not None), None)
        if record is not None and column is not None and column.check is not None:
            self.set_checked(record.id, not column.check(record))

    def attempt(self, work: Callable[[], Any]) -> bool:
        """Run a mutation; a refusal is shown above the list in plain words, never as a traceback."""
        try:
            work()
        except (DomainError, StorageError, ValueError) as exc:
            self.say(" ".join(text for _n, text in plain_problems(exc, {})))
            return False
        self.say("")
        return True

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- internals ---------------------------------------------------------------------------------

    def _on_changed(self, change: Changes) -> None:
        if change.concerns((self.entity,), self.participant_id):
            self.model.refresh()

    def _form(self, record: Any) -> RecordForm:
        return self.form_class(
            self.session,
            model=self.model_class,
            participant_id=self.participant_id,
            fields=self.fields(record),
            title=self.form_title(record),
            record=record,
            values=None if record is not None else self.defaults(),
            intro=self.form_intro(record),
            adjust=self.adjust,
            width=self.form_width,
            parent=self,
        )

    def _run(self, form: RecordForm) -> None:
        if form.exec() == QDialog.DialogCode.Accepted and form.saved is not None:
            self.select(form.saved.id)

    def _button(self, text: str, slot: Callable[[], None], hint: str = "") -> QPushButton:
        """A push button whose tooltip names its Alt shortcut (from the & in its text)."""
        button = QPushButton(text)
        name = text.replace("&", "").rstrip("…")
        button.setAccessibleName(name)
        mnemonic = text[text.index("&") + 1].upper() if "&" in text[:-1] else ""
        keys = ", ".join(part for part in (f"Alt+{mnemonic}" if mnemonic else "", hint) if part)
        button.setToolTip(f"{name} ({keys})" if keys else name)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _remember_selection(self) -> None:
        record = self.selected()
        self._selected_id = record.id if record is not None else ""

    def _after_reset(self) -> None:
        rows = self.model.records
        self.stack.setCurrentWidget(self.view if rows else self.empty)
        self.summary.setText(self.summary_text(rows))
        if rows and not self._sized:  # once: later the user's own column widths are kept
            self._sized = True
            self.view.resizeColumnsToContents()
            # Capped so one long value never pushes the free-text column out of sight.
            for column, spec in enumerate(self.model.columns):
                self.view.setColumnWidth(column, min(self.view.columnWidth(column), spec.max_width))
        if self._selected_id:
            self.select(self._selected_id)
        self.rows_changed(rows)
        self._selection_changed()

    def _selection_changed(self) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.selection_changed(self.selected())
