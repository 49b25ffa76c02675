"""A Qt table model over a list of rows (dataclasses): subclasses name the columns and say how a row
reads. The Today lists and the sync panel's lists are built on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from leaddesk.ui.session import Session

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
RecordIdRole = Qt.ItemDataRole.UserRole + 2


class RowsModel(QAbstractTableModel, Generic[T]):
    """Rows of one dataclass; subclasses name the columns and say how a row reads."""

    headers: Sequence[str] = ()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self._rows: list[T] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def set_rows(self, rows: list[T]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, number: int) -> T:
        return self._rows[number]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ParticipantIdRole:
            return self.participant_of(row)
        if role == RecordIdRole:
            return self.record_of(row)
        return self.cell(row, index.column(), role)

    def participant_of(self, row: T) -> str:
        raise NotImplementedError

    def record_of(self, row: T) -> str:
        return self.participant_of(row)

    def cell(self, row: T, column: int, role: int) -> Any:
        raise NotImplementedError
