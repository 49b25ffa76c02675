"""What the participant's record tabs share below the widgets: display helpers, column specs and
`RecordsModel`, a table model over one entity's records for one participant, sorted in SQL behind its
source (the desk in the app, a plain list in a test)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from leaddesk.ui import display
from leaddesk.ui.models import Index, RowRole, RowsModel
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

CONTEXT = "RecordTabs"

RecordRole = RowRole
# Beyond the shared roles of ui/models.py: how a record tab marks a row.
HighlightRole = Qt.ItemDataRole.UserRole + 17  # stands out: a court date soon, a task overdue (bool)
MutedRole = Qt.ItemDataRole.UserRole + 18  # steps back: a consent no longer in force (bool)

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
    return display.day(value)


def local_time(value: datetime | None) -> str:
    """A stored UTC time as the user's local date and time."""
    return display.day_time(value)


def count_text(count: int, one: str, many: str) -> str:
    """`one` or `many` (already translated, with %1 for the number) by the count."""
    return fill(one if count == 1 else many, display.number(count))


def duration_text(minutes: int) -> str:
    if minutes < 60:
        return fill(QCoreApplication.translate("RecordTabs", "%1 min"), display.number(minutes))
    hours = QCoreApplication.translate("RecordTabs", "%1 h %2 min")
    return fill(hours, display.number(minutes // 60), f"{minutes % 60:02d}")


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


class RecordsSource(Protocol):
    """Where a tab's records come from, sorted in SQL: the desk in the app, a plain list in a test."""

    def find(self, *, order_by: tuple[str, ...], descending: bool) -> list[Any]: ...


class DeskRecords:
    """One participant's records of one entity, read through the session's desk."""

    def __init__(self, session: Session, *, entity: str, participant_id: str) -> None:
        self._session = session
        self.entity = entity
        self.participant_id = participant_id

    def find(self, *, order_by: tuple[str, ...], descending: bool) -> list[Any]:
        found: list[Any] = self._session.desk.records.find(
            self.entity, participant_id=self.participant_id, order_by=order_by, descending=descending
        )
        return found


class RecordsModel(RowsModel[Any]):
    """One participant's records of one entity, in the order the source's SQL gives them.

    A participant has tens of records of a kind, not thousands, so the whole list is loaded at once
    (no fetchMore). `arrange` may move rows as a group (upcoming court dates first, open tasks first)
    after the query has sorted them. Its tab refreshes it when the session announces a change.
    """

    check_toggled = Signal(str, bool)  # record id, checked

    def __init__(
        self,
        source: RecordsSource,
        *,
        columns: Sequence[Column],
        order: tuple[str, ...],
        descending: bool = False,
        highlight: Callable[[Any], bool] | None = None,
        muted: Callable[[Any], bool] | None = None,
        arrange: Callable[[list[Any]], list[Any]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__()
        if parent is not None:
            self.setParent(parent)
        self._source = source
        self.columns = list(columns)
        self.headers = [c.title for c in self.columns]
        self._order = order
        self._descending = descending
        self._memory_sort: int | None = None
        self._highlight = highlight
        self._muted = muted
        self._arrange = arrange
        self.refresh()

    # -- what the view asks ------------------------------------------------------------------------

    def participant_of(self, row: Any) -> str:
        return str(row.participant_id)

    def record_of(self, row: Any) -> str:
        return str(row.id)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].check is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def cell(self, row: Any, column: int, role: int) -> Any:
        spec = self.columns[column]
        highlighted = bool(self._highlight and self._highlight(row))
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(row)
        if role == Qt.ItemDataRole.CheckStateRole and spec.check is not None:
            return Qt.CheckState.Checked if spec.check(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.tooltip(row) if spec.tooltip else None
        if role == HighlightRole:
            return highlighted
        if role == MutedRole:
            return bool(self._muted and self._muted(row))
        if role == Qt.ItemDataRole.FontRole and highlighted:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and highlighted:
            return soft_highlight()
        if role == Qt.ItemDataRole.ForegroundRole and self._muted and self._muted(row):
            palette = QGuiApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align_right:
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
        self.set_rows(self._query())

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
        rows = self._source.find(order_by=self._order, descending=self._descending)
        if self._memory_sort is not None:
            column = self.columns[self._memory_sort]
            key = column.key or column.text
            rows.sort(key=key, reverse=self._descending)
        return self._arrange(rows) if self._arrange else rows
