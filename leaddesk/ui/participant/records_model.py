"""What the participant's record tabs share below the widgets: display helpers, column specs and
`RecordsModel`, a table model over one entity's records for one participant, sorted in SQL and
refreshed whenever the session announces a change to that entity for that participant."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from leaddesk.domain import ParticipantRecord
from leaddesk.ui.session import Change, Session
from leaddesk.ui.text import fill

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "RecordTabs"

RecordIdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
HighlightRole = Qt.ItemDataRole.UserRole + 3
MutedRole = Qt.ItemDataRole.UserRole + 4

# Long free text is cut to one line in a table cell; the tooltip carries all of it.
CELL_CHARS = 90


# -- display helpers -------------------------------------------------------------------------------


def translated(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP(CONTEXT, …) (the label maps), translated now."""
    return QCoreApplication.translate(CONTEXT, text)


def enum_text(value: Enum | None, labels: Mapping[Any, str]) -> str:
    """`value`'s label from `labels` (QT_TRANSLATE_NOOP(CONTEXT, …) source strings), translated."""
    return "" if value is None else translated(labels[value])


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def local_time(value: datetime | None) -> str:
    """A stored UTC time as the user's local `YYYY-MM-DD HH:MM`."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def count_text(count: int, one: str, many: str) -> str:
    """`one` or `many` (already translated, with %1 for the number) by the count."""
    return fill(one if count == 1 else many, str(count))


def duration_text(minutes: int) -> str:
    if minutes < 60:
        return fill(QCoreApplication.translate("RecordTabs", "%1 min"), str(minutes))
    hours = QCoreApplication.translate("RecordTabs", "%1 h %2 min")
    return fill(hours, minutes // 60, f"{minutes % 60:02d}")


def one_line(text: str, limit: int = CELL_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def soft_highlight() -> QBrush:
    """The palette's highlight, faded so the row still reads as unselected (and works in dark mode)."""
    colour = QColor(QGuiApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(70)
    return QBrush(colour)


# -- columns ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One table column. `sort` names the SQL columns to order by; a computed column (no `sort`)
    is ordered in memory by `key`, or by its text."""

    title: str
    text: Callable[[Any], str]
    sort: tuple[str, ...] | None = None
    key: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    check: Callable[[Any], bool] | None = None  # a user-checkable column (a task's "done")
    align_right: bool = False
    stretch: bool = False  # takes the width left over (the free-text column)
    max_width: int = 260  # the first sizing to contents stops here; the user may widen it


# -- the model -------------------------------------------------------------------------------------


class RecordsModel(QAbstractTableModel):
    """One participant's records of one entity, in the order the SQL query gives them.

    A participant has tens of records of a kind, not thousands, so the whole list is loaded at once
    (no fetchMore). `arrange` may move rows as a group (upcoming court dates first, open tasks first)
    after the query has sorted them.
    """

    check_toggled = Signal(str, bool)  # record id, checked

    def __init__(
        self,
        session: Session,
        *,
        entity: str,
        participant_id: str,
        columns: Sequence[Column],
        order: tuple[str, ...],
        descending: bool = False,
        highlight: Callable[[Any], bool] | None = None,
        muted: Callable[[Any], bool] | None = None,
        arrange: Callable[[list[Any]], list[Any]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.entity = entity
        self.participant_id = participant_id
        self.columns = list(columns)
        self._order = order
        self._descending = descending
        self._memory_sort: int | None = None
        self._highlight = highlight
        self._muted = muted
        self._arrange = arrange
        self._rows: list[ParticipantRecord] = []
        session.changed.connect(self._on_changed)
        self.refresh()

    # -- what the view asks ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].check is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.CheckStateRole and column.check is not None:
            return Qt.CheckState.Checked if column.check(record) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip else None
        if role == RecordIdRole:
            return record.id
        if role == RecordRole:
            return record
        if role == HighlightRole:
            return bool(self._highlight and self._highlight(record))
        if role == MutedRole:
            return bool(self._muted and self._muted(record))
        if role == Qt.ItemDataRole.FontRole and self._highlight and self._highlight(record):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight and self._highlight(record):
            return soft_highlight()
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(record):
            palette = QGuiApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A click on a check column is a request; the tab writes it through the session, whose
        announcement refreshes this model."""
        column = self.columns[index.column()] if index.isValid() else None
        if column is None or column.check is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.check_toggled.emit(self._rows[index.row()].id, checked)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = self.columns[column]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if spec.sort:
            self._order, self._memory_sort = spec.sort, None
        else:
            self._memory_sort = column
        self.refresh()

    # -- what the tab uses -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._query()
        self.endResetModel()

    def record(self, row: int) -> Any:
        return self._rows[row]

    @property
    def records(self) -> list[Any]:
        return list(self._rows)

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def sort_column(self) -> int:
        """The column whose order is in force (for the header's indicator)."""
        if self._memory_sort is not None:
            return self._memory_sort
        return next((i for i, c in enumerate(self.columns) if c.sort and c.sort[0] == self._order[0]), -1)

    @property
    def descending(self) -> bool:
        return self._descending

    def _query(self) -> list[Any]:
        rows: list[Any] = self._session.desk.records.find(
            self.entity, participant_id=self.participant_id, order_by=self._order, descending=self._descending
        )
        if self._memory_sort is not None:
            column = self.columns[self._memory_sort]
            key = column.key or column.text
            rows.sort(key=key, reverse=self._descending)
        return self._arrange(rows) if self._arrange else rows

    def _on_changed(self, change: Change) -> None:
        if change.concerns((self.entity,), self.participant_id):
            self.refresh()
