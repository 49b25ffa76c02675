"""A participant's needs as a Qt table model, in the participant's own order of priority.

Open needs come first (by rank), met or dropped ones after them, greyed. Moving a need (buttons or
drag-and-drop) renumbers the group 1..n and writes only the ranks that changed, through its source: in
the app the session (`SessionNeeds`), so every other screen hears about it; in a test, a plain list."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPalette

from leaddesk.domain import Need
from leaddesk.storage.errors import StorageError
from leaddesk.ui.models import Index, IsOpenRole, RecordIdRole, RowRole, RowsModel
from leaddesk.ui.participant.formatting import enum_label, error_text
from leaddesk.ui.session import Session

COL_RANK, COL_DOMAIN, COL_DESCRIPTION, COL_URGENCY, COL_STATUS = range(5)
NeedIdRole = RecordIdRole
NeedRole = RowRole
RankRole = Qt.ItemDataRole.UserRole + 16  # the stored rank (int); beyond the shared roles of ui/models.py
MIME_TYPE = "application/x-leaddesk-need-row"
MAX_RANK = 99  # Need.rank's upper bound

__all__ = ["IsOpenRole", "NeedIdRole", "NeedRole", "NeedsModel", "NeedsSource", "RankRole", "SessionNeeds"]


class NeedsSource(Protocol):
    """Where the needs come from and where new ranks go: the desk in the app, a plain list in a test."""

    def needs(self) -> list[Need]: ...

    def rank(self, ranks: Mapping[str, int]) -> list[Need]: ...


class SessionNeeds:
    """A participant's needs through the session: read from the desk, ranks written in one transaction
    and announced to every screen."""

    def __init__(self, session: Session, participant_id: str) -> None:
        self._session = session
        self._participant_id = participant_id

    def needs(self) -> list[Need]:
        return self._session.desk.participants.needs(self._participant_id)

    def rank(self, ranks: Mapping[str, int]) -> list[Need]:
        return self._session.apply(self._session.desk.participants.rank_needs(ranks))


class NeedsModel(RowsModel[Need]):
    write_failed = Signal(str)  # a message for the user; the model shows what is stored again

    def __init__(self, source: NeedsSource, *, load: bool = True) -> None:
        super().__init__()
        self._source = source
        # True while this model writes ranks, so its screen can skip redrawing from its own echo.
        self.writing = False
        self.headers = [
            self.tr("#"),
            self.tr("Domain"),
            self.tr("Need"),
            self.tr("Urgency"),
            self.tr("Status"),
        ]
        if load:
            self.refresh()

    # -- what the view asks ------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            index.isValid()
            and index.column() == COL_RANK
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ):
            # Their order among what is still open (stored ranks may have gaps); met needs have none.
            return str(index.row() + 1) if self._rows[index.row()].status.is_open else ""
        return super().data(index, role)

    def participant_of(self, row: Need) -> str:
        return row.participant_id

    def record_of(self, row: Need) -> str:
        return row.id

    def cell(self, row: Need, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == RankRole:
            return row.rank
        if role == IsOpenRole:
            return row.status.is_open
        if role == Qt.ItemDataRole.ForegroundRole and not row.status.is_open:
            # Met needs stay visible but step back; the palette keeps it right in dark mode too.
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_RANK:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    # -- drag and drop: an internal move, carried out by move() ------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(rows[0]).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        source = int(bytes(data.data(MIME_TYPE).data()).decode())
        if row < 0 and parent.isValid():
            return self.move(source, parent.row())  # dropped onto a need: take its place
        # Dropped between two rows (before `row`) or below the last one.
        before = row if row >= 0 else len(self._rows)
        return self.move(source, before - 1 if before > source else before)

    # The view removes the dragged rows after a move-drop; the move already happened, so refuse that.
    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False

    # -- what the screen does ----------------------------------------------------------------------

    def refresh(self) -> None:
        self.set_rows(self._source.needs())

    def set_rows(self, rows: Sequence[Need]) -> None:
        """The needs as the desk orders them: open ones by rank, then the met or closed ones."""
        super().set_rows(rows)

    def need(self, row: int) -> Need:
        return self._rows[row]

    def row_of(self, need_id: str) -> int:
        return next((i for i, n in enumerate(self._rows) if n.id == need_id), -1)

    def can_move(self, row: int, target: int) -> bool:
        """Needs move within their group: an open need never sinks among the met ones."""
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)) or row == target:
            return False
        return self._rows[row].status.is_open == self._rows[target].status.is_open

    def move(self, row: int, target: int) -> bool:
        """Put the need at `row` at position `target`, then write the ranks that changed."""
        if not self.can_move(row, target):
            return False
        destination = target + 1 if target > row else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return self._write_ranks()

    def _write_ranks(self) -> bool:
        """Number open needs 1..n and closed ones after them; write a need only if its rank changed.

        On failure nothing is written (one transaction), the rows are reloaded from the store and
        `write_failed` carries a message for the user."""
        changed: list[tuple[int, int]] = []
        for position, need in enumerate(self._rows):
            rank = min(position + 1, MAX_RANK)
            if need.rank != rank:
                changed.append((position, rank))
        if not changed:
            return True
        self.writing = True
        try:
            ranks = {self._rows[position].id: rank for position, rank in changed}
            saved = self._source.rank(ranks)
            for (position, _rank), need in zip(changed, saved, strict=True):
                self._rows[position] = need
        except (ValueError, StorageError) as exc:
            self.writing = False
            self.refresh()  # show what is really stored
            self.write_failed.emit(error_text(exc))
            return False
        self.writing = False
        first, last = changed[0][0], changed[-1][0]
        self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        return True

    def _display(self, need: Need, column: int, *, tooltip: bool) -> str:
        match column:
            case 0:
                return ""  # the row's position, which `data` answers
            case 1:
                return enum_label(need.domain)
            case 2:
                return need.description if tooltip else need.description.replace("\n", " ")
            case 3:
                return enum_label(need.urgency)
            case _:
                return enum_label(need.status)
