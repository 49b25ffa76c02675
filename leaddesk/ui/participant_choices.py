"""Participants matching what has been typed so far, for type-ahead pickers: names and aliases by word
prefix, through the function its owner gives (the desk's `caseload.matching`; never more than a
screenful)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from leaddesk.desk.caseload import CaseloadRow
from leaddesk.ui.labels import enum_label
from leaddesk.ui.models import Index, ParticipantIdRole

__all__ = ["LIMIT", "ParticipantChoices", "ParticipantIdRole", "describe"]

LIMIT = 20
Find = Callable[..., Sequence[CaseloadRow]]  # find(text, limit=…): the participants matching text


class ParticipantChoices(QAbstractListModel):
    """DisplayRole reads "Quill, Jordan — JQ · Active · north" (enough to tell two Jordans apart);
    EditRole is the name alone, which is what a picker puts in its text field."""

    def __init__(self, find: Find) -> None:
        super().__init__()
        self._find = find
        self._rows: list[CaseloadRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name} — {describe(row)}"
        if role == Qt.ItemDataRole.EditRole:
            return row.name
        if role == ParticipantIdRole:
            return row.id
        return None

    def set_text(self, text: str) -> None:
        self.beginResetModel()
        words = text.strip()
        self._rows = list(self._find(words, limit=LIMIT)) if words else []
        self.endResetModel()

    def row(self, number: int) -> CaseloadRow:
        return self._rows[number]


def describe(row: CaseloadRow) -> str:
    """Aliases, status and team: what tells one person from another with a similar name."""
    parts = [", ".join(row.aliases)] if row.aliases else []
    parts += [enum_label(row.status), row.team_id]
    return " · ".join(parts)
