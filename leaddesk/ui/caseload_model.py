"""The caseload as a Qt table model: rows come from the repository's SQL query, a page at a time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from leaddesk.storage.repositories.participants import CaseloadFilter, CaseloadRow, CaseloadSort
from leaddesk.storage.store import Store

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
ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
OverdueRole = Qt.ItemDataRole.UserRole + 2
PAGE = 200
DEFAULT_OVERDUE_DAYS = 14


class CaseloadModel(QAbstractTableModel):
    def __init__(self, store: Store, *, overdue_days: int = DEFAULT_OVERDUE_DAYS) -> None:
        super().__init__()
        self._store = store
        self._rows: list[CaseloadRow] = []
        self._total = 0
        self._filter = CaseloadFilter()
        self._sort = CaseloadSort.NAME
        self._descending = False
        self.overdue_days = overdue_days
        self._headers = [
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Last contact"),
            self.tr("Days since"),
            self.tr("Open needs"),
            self.tr("Next task due"),
            self.tr("Case manager"),
        ]
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
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == ParticipantIdRole:
            return row.id
        if role == OverdueRole:
            return self.is_overdue(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (COL_DAYS, COL_NEEDS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
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

    def set_filter(self, criteria: CaseloadFilter) -> None:
        self._filter = criteria
        self.refresh()

    @property
    def total(self) -> int:
        return self._total

    def refresh(self) -> None:
        self.beginResetModel()
        self._total = self._store.repos.participants.caseload_count(self._filter)
        self._rows = self._query(offset=0)
        self.endResetModel()

    def participant_id(self, row: int) -> str:
        return self._rows[row].id

    def is_overdue(self, row: CaseloadRow) -> bool:
        days = row.days_since_contact
        return days is None or days >= self.overdue_days

    def _query(self, *, offset: int) -> list[CaseloadRow]:
        return self._store.repos.participants.caseload(
            self._filter, sort=self._sort, descending=self._descending, limit=PAGE, offset=offset
        )

    def _display(self, row: CaseloadRow, column: int) -> str:
        match column:
            case 0:
                return row.name
            case 1:
                return row.status.value.replace("_", " ")
            case 2:
                return _day(row.last_contact.date() if row.last_contact else None) or self.tr("never")
            case 3:
                return "" if row.days_since_contact is None else str(row.days_since_contact)
            case 4:
                return str(row.open_needs)
            case 5:
                return _day(row.next_task_due)
            case _:
                return row.case_manager


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""
