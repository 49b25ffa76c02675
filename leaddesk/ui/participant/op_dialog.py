"""A dialog whose Save runs one write through the session's runner (off the GUI thread, in order with
every other write): Save waits while it runs, a refusal shows inside the dialog, which stays open with
nothing lost, and success closes it. Shared by the participant's details and status dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from leaddesk.desk import Desk, Done
from leaddesk.domain.clock import local_today
from leaddesk.ui.display import entry_day_format
from leaddesk.ui.form_dialog import FormDialog
from leaddesk.ui.participant.answers import for_widget
from leaddesk.ui.participant.formatting import error_text
from leaddesk.ui.session import Session


class OptionalDate(QWidget):
    """A date that may be left out: a box to tick and the date beside it (picking a date ticks it)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = local_today()
        self.given = QCheckBox(self.tr("Known"))
        self.given.setAccessibleName(name + " " + self.tr("known"))
        self.edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(entry_day_format())
        self.edit.setAccessibleName(name)
        self.edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.edit.dateChanged.connect(lambda _day: self.given.setChecked(True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.given)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        if not self.given.isChecked():
            return None
        picked = self.edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        self.given.setChecked(value is not None)


class OpDialog(FormDialog):
    """Fill `form`; `submit(work)` runs the write and closes on success."""

    def __init__(self, session: Session, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.session = session
        self.saving = False

    def submit(self, work: Callable[[Desk], Done[Any]]) -> None:
        """Run `work` on the runner's writer lane; the dialog closes when it is done."""
        self.saving = True
        self.save_button.setEnabled(False)
        self.session.runner.op(
            work, done=for_widget(self, self._saved), failed=for_widget(self, self._refused)
        )

    def _saved(self, _value: object) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        super().accept()

    def _refused(self, error: Exception) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.show_error(error_text(error))
