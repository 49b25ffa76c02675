"""The three lists of the Today screen as Qt table models: tasks due (with a done checkbox that writes
through the function its owner gives), court dates coming up, and participants not seen for too long.
Each reads through a function its owner gives (the desk's Today use cases on screen, a plain list in
a test), so no model knows of a store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont

from leaddesk.desk.caseload import CaseloadRow
from leaddesk.desk.today import COURT_WINDOW_DAYS, CourtDate, DueTask, NotSeen, TasksDue
from leaddesk.domain.errors import DomainError
from leaddesk.storage.errors import StorageError
from leaddesk.ui.display import (
    day,
    day_time,
    day_with_relative,
    describe_error,
    number,
    relative_day,
)
from leaddesk.ui.labels import enum_label
from leaddesk.ui.models import Index, RowsModel

__all__ = ["COURT_WINDOW_DAYS", "CourtDatesModel", "DueTasksModel", "NotSeenModel"]


class DueTasksModel(RowsModel[DueTask]):
    """Open tasks due today or before, the user's own first. Ticking one marks it done through
    `mark_done(task_id, done)`; it stays listed (ticked, struck through) until the list is next
    reloaded, so a slip of the mouse can be undone on the spot."""

    COL_DONE, COL_DUE, COL_PARTICIPANT, COL_TITLE, COL_ASSIGNEE = range(5)
    problem = Signal(str)

    def __init__(self, *, read: Callable[[], TasksDue], mark_done: Callable[[str, bool], object]) -> None:
        super().__init__()
        self._read = read
        self._mark_done = mark_done
        self.headers = [
            self.tr("Done"),
            self.tr("Due"),
            self.tr("Participant"),
            self.tr("Task"),
            self.tr("For"),
        ]
        self._done_here: set[str] = set()
        self.total = 0

    def refresh(self, *, keep_done: bool = False) -> None:
        due = self._read()
        rows = list(due.rows)
        if keep_done:
            listed = {r.id for r in rows}
            rows += [r for r in self._rows if r.id in self._done_here and r.id not in listed]
            rows.sort(key=lambda r: (not r.mine, -r.due_on.toordinal(), r.title.lower()))
        else:
            self._done_here.clear()
        self.total = due.total + len(self._done_here)
        self.set_rows(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_DONE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COL_DONE or role != Qt.ItemDataRole.CheckStateRole:
            return False
        task = self._rows[index.row()]
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        if done:
            self._done_here.add(task.id)
        else:
            self._done_here.discard(task.id)
        try:
            self._mark_done(task.id, done)
        except (ValidationError, DomainError, StorageError, ValueError) as exc:
            # The row shows the stored state again; the page says what went wrong.
            self._done_here.symmetric_difference_update({task.id})
            self.problem.emit(describe_error(exc))
            return False
        left = self.index(index.row(), 0)
        self.dataChanged.emit(left, self.index(index.row(), len(self.headers) - 1))
        return True

    def participant_of(self, row: DueTask) -> str:
        return row.participant_id

    def record_of(self, row: DueTask) -> str:
        return row.id

    def is_done(self, row: int) -> bool:
        return self._rows[row].id in self._done_here

    def cell(self, row: DueTask, column: int, role: int) -> Any:
        done = row.id in self._done_here
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_DONE:
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case self.COL_DUE:
                    return f"{day(row.due_on)} ({relative_day(row.due_on)})"
                case self.COL_TITLE:
                    return row.title
                case self.COL_PARTICIPANT:
                    return row.participant_name
                case self.COL_ASSIGNEE:
                    return row.assignee or self.tr("anyone")
            return None
        if role == Qt.ItemDataRole.FontRole and done:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_DONE:
            return self.tr("Done") if done else self.tr("Not done")
        return None


class CourtDatesModel(RowsModel[CourtDate]):
    """Court dates from the start of today to the end of the 14th day ahead, soonest first."""

    COL_WHEN, COL_PARTICIPANT, COL_COURT, COL_CASE, COL_DESCRIPTION = range(5)

    def __init__(self, *, read: Callable[[], Sequence[CourtDate]]) -> None:
        super().__init__()
        self._read = read
        self.headers = [
            self.tr("When"),
            self.tr("Participant"),
            self.tr("Court"),
            self.tr("Case"),
            self.tr("About"),
        ]

    def refresh(self) -> None:
        self.set_rows(self._read())

    def participant_of(self, row: CourtDate) -> str:
        return row.participant_id

    def record_of(self, row: CourtDate) -> str:
        return row.id

    def cell(self, row: CourtDate, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case self.COL_WHEN:
                    return day_with_relative(row.at)
                case self.COL_PARTICIPANT:
                    return row.participant_name
                case self.COL_COURT:
                    return row.court
                case self.COL_CASE:
                    return row.case_number
                case self.COL_DESCRIPTION:
                    return row.description.splitlines()[0] if row.description else ""
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DESCRIPTION:
            return row.description or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_WHEN:
            return day_time(row.at)
        return None


class NotSeenModel(RowsModel[CaseloadRow]):
    """Participants still expected to be seen with no contact in `overdue_days`, longest unseen first.
    Scoped to the user's own participants when they have any, otherwise everyone's."""

    COL_NAME, COL_LAST_CONTACT, COL_DAYS, COL_STATUS, COL_CASE_MANAGER = range(5)

    def __init__(self, *, read: Callable[[int], NotSeen], overdue_days: int) -> None:
        super().__init__()
        self._read = read
        self.overdue_days = overdue_days
        self.mine_only = False
        self.total = 0
        self.headers = [
            self.tr("Name"),
            self.tr("Last contact"),
            self.tr("Days since contact"),
            self.tr("Status"),
            self.tr("Case manager"),
        ]

    def refresh(self) -> None:
        found = self._read(self.overdue_days)
        self.mine_only = found.mine_only
        self.total = found.total
        self.set_rows(found.rows)

    def participant_of(self, row: CaseloadRow) -> str:
        return row.id

    def cell(self, row: CaseloadRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case self.COL_NAME:
                    return row.name
                case self.COL_LAST_CONTACT:
                    return day(row.last_contact) or self.tr("never")
                case self.COL_DAYS:
                    return "—" if row.days_since_contact is None else number(row.days_since_contact)
                case self.COL_STATUS:
                    return enum_label(row.status)
                case self.COL_CASE_MANAGER:
                    return row.case_manager
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
