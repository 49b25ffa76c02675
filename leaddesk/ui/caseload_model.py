"""The caseload as a Qt table model: rows come from the desk's caseload pages (ui/models.py's
PagedModel), filtered and sorted in their SQL, so 5,000 participants cost one page of rows. Who is
overdue follows domain/contact_due.py through the desk, as everywhere else."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from leaddesk.desk.caseload import CaseloadFilter, CaseloadRow, CaseloadSort
from leaddesk.domain.contact_due import DEFAULT_OVERDUE_DAYS, is_overdue
from leaddesk.ui.display import day, number, plural
from leaddesk.ui.labels import enum_label
from leaddesk.ui.models import OverdueRole, PagedModel, PageSource, ParticipantIdRole
from leaddesk.ui.text import fill

__all__ = ["OverdueRole", "ParticipantIdRole"]

COL_NAME, COL_STATUS, COL_LAST_CONTACT, COL_DAYS, COL_NEEDS, COL_NEXT_TASK, COL_CASE_MANAGER = range(7)
SORT_BY_COLUMN = {
    COL_NAME: CaseloadSort.NAME,
    COL_STATUS: CaseloadSort.STATUS,
    COL_LAST_CONTACT: CaseloadSort.LAST_CONTACT,
    COL_DAYS: CaseloadSort.DAYS_SINCE_CONTACT,
    COL_NEEDS: CaseloadSort.OPEN_NEEDS,
    COL_NEXT_TASK: CaseloadSort.NEXT_TASK_DUE,
    COL_CASE_MANAGER: CaseloadSort.CASE_MANAGER,
}
COLUMN_BY_SORT = {sort: column for column, sort in SORT_BY_COLUMN.items()}
PAGE = 200
_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        OverdueRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)
# Where the rows come from: the desk's `caseload.pages` (or, in a test, pages over a plain list).
Pages = Callable[..., PageSource[CaseloadRow]]


class CaseloadModel(PagedModel[CaseloadRow]):
    page_size = PAGE

    def __init__(self, pages: Pages, *, overdue_days: int = DEFAULT_OVERDUE_DAYS, load: bool = True) -> None:
        super().__init__()
        self._pages = pages
        self._filter = CaseloadFilter()
        self._sort = CaseloadSort.NAME
        self._descending = False
        self._overdue_days = overdue_days
        self._warning: QIcon | None = None
        self.headers = [
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Last contact"),
            self.tr("Days since"),
            self.tr("Open needs"),
            self.tr("Next task due"),
            self.tr("Case manager"),
        ]
        if load:  # a screen that sets its filter and sort first passes load=False: one query, not three
            self.refresh()

    # -- what the view asks ------------------------------------------------------------------------

    def participant_of(self, row: CaseloadRow) -> str:
        return row.id

    def cell(self, row: CaseloadRow, column: int, role: int) -> Any:
        if role not in _ANSWERED:
            return None  # most of what a view asks while it paints: answered at once
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == OverdueRole:
            return self.is_overdue(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_NEEDS:
            return int(Qt.AlignmentFlag.AlignCenter)
        # Overdue contact shows on the name and the days cell only: a mark to scan for, not an alarm.
        if role == Qt.ItemDataRole.FontRole and column in (COL_NAME, COL_DAYS) and self.is_overdue(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DAYS and self.is_overdue(row):
            return self._warning_icon()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = SORT_BY_COLUMN[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.refresh()

    # -- what the screen sets ----------------------------------------------------------------------

    def set_filter(self, criteria: CaseloadFilter, *, load: bool = True) -> None:
        self._filter = criteria
        if load:
            self.refresh()

    @property
    def filter(self) -> CaseloadFilter:
        return self._filter

    @property
    def sort_column(self) -> int:
        return COLUMN_BY_SORT[self._sort]

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def overdue_days(self) -> int:
        return self._overdue_days

    @overdue_days.setter
    def overdue_days(self, days: int) -> None:
        self._overdue_days = max(1, int(days))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.headers) - 1))

    def refresh(self) -> None:
        """Re-run the query, keeping as many rows loaded as before so the view does not jump."""
        self.set_source(self._pages(self._filter, sort=self._sort, descending=self._descending), keep=True)

    def participant_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, participant_id: str) -> int:
        """The row of a loaded participant, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == participant_id), -1)

    def is_overdue(self, row: CaseloadRow) -> bool:
        # The domain's rule itself (not row_is_overdue): asked for several roles of every cell painted.
        return is_overdue(row.status, row.days_since_contact, overdue_days=self._overdue_days)

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            style = QApplication.style()
            self._warning = (
                style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon()
            )
        return self._warning

    def _tooltip(self, row: CaseloadRow, column: int) -> str | None:
        if column == COL_NAME and row.aliases:
            return fill(self.tr("Also known as: %1"), ", ".join(row.aliases))
        if column in (COL_NAME, COL_DAYS, COL_LAST_CONTACT) and self.is_overdue(row):
            if row.days_since_contact is None:
                return self.tr("No contact recorded yet")
            return plural(
                self.tr("Not seen for %n day(s)", "", row.days_since_contact), row.days_since_contact
            )
        return None

    def _display(self, row: CaseloadRow, column: int) -> str:
        match column:
            case 0:
                return row.name
            case 1:
                return enum_label(row.status)
            case 2:
                return day(row.last_contact) or self.tr("never")
            case 3:
                return "—" if row.days_since_contact is None else number(row.days_since_contact)
            case 4:
                return str(row.open_needs)
            case 5:
                return day(row.next_task_due)
            case _:
                return row.case_manager
