"""The two bases every table model of the app extends, and the item roles they answer, defined once.

`RowsModel` holds a list of rows (dataclasses or domain records) that its owner sets; `PagedModel` asks a
`PageSource` for rows a page at a time as the view scrolls (filtering and sorting happen in SQL behind
the desk). A subclass names its columns (`headers`) and says how a row reads (`cell`), and nothing else:
neither base knows of a store or a desk, so a model is tested against a plain list (tests/ui)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

# The roles beyond Qt's own, each with one meaning wherever it is asked.
ParticipantIdRole = Qt.ItemDataRole.UserRole + 1  # the participant a row is about (str)
RecordIdRole = Qt.ItemDataRole.UserRole + 2  # the record a row shows (str)
RowRole = Qt.ItemDataRole.UserRole + 3  # the row itself (its dataclass or record)
OverdueRole = Qt.ItemDataRole.UserRole + 4  # the participant is overdue for a contact (bool)
SignedRole = Qt.ItemDataRole.UserRole + 5  # a note that is signed (bool)
AddendaCountRole = Qt.ItemDataRole.UserRole + 6  # how many addenda a note has (int)
IsOpenRole = Qt.ItemDataRole.UserRole + 7  # a need still open (bool)
KindRole = Qt.ItemDataRole.UserRole + 8  # what a search hit was found in (HitKind)
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 9  # a search hit's snippet as safe rich text (str)


class _TableModel(QAbstractTableModel, Generic[T]):
    """What both bases share: the headers, the roles, and the rows they hold so far."""

    headers: Sequence[str] = ()

    def __init__(self) -> None:
        super().__init__()
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

    def row(self, number: int) -> T:
        return self._rows[number]

    def rows(self) -> list[T]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ParticipantIdRole:
            return self.participant_of(row)
        if role == RecordIdRole:
            return self.record_of(row)
        if role == RowRole:
            return row
        return self.cell(row, index.column(), role)

    def participant_of(self, row: T) -> str:
        raise NotImplementedError

    def record_of(self, row: T) -> str:
        return self.participant_of(row)

    def cell(self, row: T, column: int, role: int) -> Any:
        """What `row` shows in `column` for `role` (None for nothing)."""
        raise NotImplementedError


class RowsModel(_TableModel[T]):
    """Rows its owner sets all at once (a screen reads them from the desk and hands them over)."""

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()


class PageSource(Protocol[T_co]):
    """Where a paged model's rows come from, already filtered and sorted."""

    def count(self) -> int: ...

    def page(self, *, offset: int, limit: int) -> Sequence[T_co]: ...


class PagedModel(_TableModel[T]):
    """Rows fetched a page at a time as the view scrolls; `reload` starts again from the source, keeping
    as many rows as were loaded so a list does not jump back to its top."""

    page_size = 200

    def __init__(self) -> None:
        super().__init__()
        self._source: PageSource[T] | None = None
        self._total = 0

    @property
    def total(self) -> int:
        """How many rows the source holds in all (not only those fetched so far)."""
        return self._total

    def set_source(self, source: PageSource[T], *, keep: bool = False) -> None:
        """Read from `source` now; `keep` loads as many rows as were shown (a new sort or a refresh
        of the same list), else the first page (a new filter)."""
        self._source = source
        self.reload(keep=keep)

    def reload(self, *, keep: bool = True) -> None:
        source = self._source
        want = max(self.page_size, len(self._rows)) if keep else self.page_size
        self.beginResetModel()
        if source is None:
            self._rows, self._total = [], 0
        else:
            self._total = source.count()
            self._rows = list(source.page(offset=0, limit=want))
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._source is None:
            return
        more = list(self._source.page(offset=len(self._rows), limit=self.page_size))
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows += more
            self.endInsertRows()
