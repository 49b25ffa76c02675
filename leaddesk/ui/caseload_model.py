"""The caseload as a Qt table model: rows come from the repository's SQL query, a page at a time;
filtering and sorting run in that query, so 5,000 participants cost one page of rows."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from leaddesk.domain.enums import ParticipantStatus
from leaddesk.storage.repositories.participants import CaseloadFilter, CaseloadRow, CaseloadSort
from leaddesk.storage.store import Store
from leaddesk.ui.display import day, plural
from leaddesk.ui.labels import enum_label
from leaddesk.ui.text import fill

Index = QModelIndex | QPersistentModelIndex

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
ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
OverdueRole = Qt.ItemDataRole.UserRole + 2
PAGE = 200
DEFAULT_OVERDUE_DAYS = 14
OVERDUE_DAYS_KEY = "caseload.overdue_days"
# Whom a case manager is expected to keep seeing: contact with someone exited or inactive is not overdue.
EXPECTED_CONTACT = frozenset(
    {
        ParticipantStatus.REFERRED,
        ParticipantStatus.ENGAGED,
        ParticipantStatus.ACTIVE,
        ParticipantStatus.IN_THE_WIND,
    }
)


def overdue_filter(criteria: CaseloadFilter, days: int) -> CaseloadFilter:
    """`criteria` narrowed to the participants overdue for a contact (statuses chosen stay chosen)."""
    return replace(criteria, statuses=criteria.statuses or EXPECTED_CONTACT, not_seen_for_days=days)


class CaseloadModel(QAbstractTableModel):
    def __init__(self, store: Store, *, overdue_days: int = DEFAULT_OVERDUE_DAYS, load: bool = True) -> None:
        super().__init__()
        self._store = store
        self._rows: list[CaseloadRow] = []
        self._total = 0
        self._filter = CaseloadFilter()
        self._sort = CaseloadSort.NAME
        self._descending = False
        self._overdue_days = overdue_days
        self._warning: QIcon | None = None
        self._headers = [
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ParticipantIdRole:
            return row.id
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

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._query(offset=len(self._rows))
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows += more
            self.endInsertRows()

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
    def total(self) -> int:
        return self._total

    @property
    def overdue_days(self) -> int:
        return self._overdue_days

    @overdue_days.setter
    def overdue_days(self, days: int) -> None:
        self._overdue_days = max(1, int(days))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._headers) - 1))

    def not_seen_count(self) -> int:
        """How many of the participants the filter shows are overdue for a contact."""
        if self._filter.statuses and not self._filter.statuses & EXPECTED_CONTACT:
            return 0
        return self._store.repos.participants.caseload_count(overdue_filter(self._filter, self._overdue_days))

    def refresh(self) -> None:
        """Re-run the query, keeping as many rows loaded as before so the view does not jump."""
        keep = max(PAGE, len(self._rows))
        self.beginResetModel()
        self._total = self._store.repos.participants.caseload_count(self._filter)
        self._rows = self._query(offset=0, limit=keep)
        self.endResetModel()

    def participant_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, participant_id: str) -> int:
        """The row of a loaded participant, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == participant_id), -1)

    def is_overdue(self, row: CaseloadRow) -> bool:
        # The same rule as the query's not_seen_for_days: N or more days since the last contact.
        if row.status not in EXPECTED_CONTACT:
            return False
        days = row.days_since_contact
        return days is None or days >= self._overdue_days

    def _query(self, *, offset: int, limit: int = PAGE) -> list[CaseloadRow]:
        return self._store.repos.participants.caseload(
            self._filter, sort=self._sort, descending=self._descending, limit=limit, offset=offset
        )

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
                return "—" if row.days_since_contact is None else str(row.days_since_contact)
            case 4:
                return str(row.open_needs)
            case 5:
                return day(row.next_task_due)
            case _:
                return row.case_manager
