"""A participant's notes, newest first, as a paged table model (people followed for years have hundreds
of notes; the view asks for more as it scrolls). Rows are the desk's `TimelineNote`s (a note and how many
addenda it has), from a page source: the desk's timeline in the app, a plain list in a test."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from leaddesk.desk.notes import TimelineNote
from leaddesk.domain import CaseNote
from leaddesk.ui.models import AddendaCountRole, PagedModel, PageSource, RecordIdRole, SignedRole
from leaddesk.ui.participant.formatting import first_line, local_time
from leaddesk.ui.text import fill

__all__ = ["AddendaCountRole", "NotesModel", "RecordIdRole", "SignedRole"]

COL_WHEN, COL_AUTHOR, COL_STATE, COL_ADDENDA, COL_TEXT = range(5)
PAGE = 100


class NotesModel(PagedModel[TimelineNote]):
    page_size = PAGE

    def __init__(self) -> None:
        super().__init__()
        self.headers = [self.tr("When"), self.tr("By"), self.tr("State"), self.tr("Addenda"), self.tr("Note")]

    def show_first(
        self, source: PageSource[TimelineNote], *, rows: Sequence[TimelineNote], total: int
    ) -> None:
        """Start from a first page already read (the participant's file brings it): no query here."""
        self.beginResetModel()
        self._source, self._rows, self._total = source, list(rows), total
        self.endResetModel()

    def refresh(self) -> None:
        """Reload, keeping as many rows as were loaded so the list does not jump back to the top."""
        self.reload(keep=True)

    def note(self, row: int) -> CaseNote:
        return self._rows[row].note

    def row_of(self, note_id: str) -> int:
        return next((i for i, n in enumerate(self._rows) if n.id == note_id), -1)

    def addenda_count(self, note_id: str) -> int:
        return next((n.addenda for n in self._rows if n.id == note_id), 0)

    # -- how a row reads ---------------------------------------------------------------------------

    def participant_of(self, row: TimelineNote) -> str:
        return row.note.participant_id

    def record_of(self, row: TimelineNote) -> str:
        return row.id

    def cell(self, row: TimelineNote, column: int, role: int) -> Any:
        note = row.note
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_TEXT:
            return first_line(note.text, limit=400)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [self._display(row, c) for c in (COL_WHEN, COL_AUTHOR, COL_STATE, COL_TEXT)]
            return ", ".join([*parts[:3], fill(self.tr("%1 addenda"), str(row.addenda)), parts[3]])
        if role == SignedRole:
            return note.is_signed
        if role == AddendaCountRole:
            return row.addenda
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ADDENDA:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, row: TimelineNote, column: int) -> str:
        note = row.note
        match column:
            case 0:
                return local_time(note.created_at)
            case 1:
                return note.created_by
            case 2:
                state = self.tr("Signed") if note.is_signed else self.tr("Draft")
                return state + (" · " + self.tr("Part 2") if note.sensitive_sud else "")
            case 3:
                return str(row.addenda) if row.addenda else ""
            case _:
                return first_line(note.text) or self.tr("(empty)")
