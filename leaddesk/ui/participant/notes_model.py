"""A participant's notes, newest first, as a Qt table model fetched a page at a time (people followed
for years have hundreds of notes; the view asks for more as it scrolls)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from leaddesk.domain import CaseNote
from leaddesk.storage.store import Store
from leaddesk.ui.participant.formatting import first_line, local_time
from leaddesk.ui.text import fill

Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_AUTHOR, COL_STATE, COL_ADDENDA, COL_TEXT = range(5)
NoteIdRole = Qt.ItemDataRole.UserRole + 1
NoteRole = Qt.ItemDataRole.UserRole + 2
SignedRole = Qt.ItemDataRole.UserRole + 3
AddendaCountRole = Qt.ItemDataRole.UserRole + 4
PAGE = 100


class NotesModel(QAbstractTableModel):
    def __init__(self, store: Store, participant_id: str) -> None:
        super().__init__()
        self._store = store
        self._participant_id = participant_id
        self._rows: list[CaseNote] = []
        self._addenda: Counter[str] = Counter()
        self._total = 0
        self._headers = [
            self.tr("When"),
            self.tr("By"),
            self.tr("State"),
            self.tr("Addenda"),
            self.tr("Note"),
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
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        note = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(note, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_TEXT:
            return first_line(note.text, limit=400)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [self._display(note, c) for c in (COL_WHEN, COL_AUTHOR, COL_STATE, COL_TEXT)]
            count = self._addenda[note.id]
            return ", ".join([*parts[:3], fill(self.tr("%1 addenda"), str(count)), parts[3]])
        if role == NoteIdRole:
            return note.id
        if role == NoteRole:
            return note
        if role == SignedRole:
            return note.is_signed
        if role == AddendaCountRole:
            return self._addenda[note.id]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_ADDENDA:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._query(offset=len(self._rows), limit=PAGE)
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows += more
            self.endInsertRows()

    # -- what the screen does ----------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    def refresh(self) -> None:
        """Reload, keeping as many rows as were loaded so the list does not jump back to the top."""
        keep = max(PAGE, len(self._rows))
        self.beginResetModel()
        self._total = self._store.repos.notes.count(participant_id=self._participant_id)
        self._addenda.clear()
        self._rows = self._query(offset=0, limit=keep)
        self.endResetModel()

    def note(self, row: int) -> CaseNote:
        return self._rows[row]

    def row_of(self, note_id: str) -> int:
        return next((i for i, n in enumerate(self._rows) if n.id == note_id), -1)

    def addenda_count(self, note_id: str) -> int:
        return self._addenda[note_id]

    def _query(self, *, offset: int, limit: int) -> list[CaseNote]:
        notes = self._store.repos.notes.timeline(self._participant_id, limit=limit, offset=offset)
        signed = [n.id for n in notes if n.is_signed]
        if signed:  # one query per page, not one per note
            self._addenda.update(a.note_id for a in self._store.repos.addenda.find(where={"note_id": signed}))
        return notes

    def _display(self, note: CaseNote, column: int) -> str:
        match column:
            case 0:
                return local_time(note.created_at)
            case 1:
                return note.created_by
            case 2:
                state = self.tr("Signed") if note.is_signed else self.tr("Draft")
                return state + (" · " + self.tr("Part 2") if note.sensitive_sud else "")
            case 3:
                count = self._addenda[note.id]
                return str(count) if count else ""
            case _:
                return first_line(note.text) or self.tr("(empty)")
