"""The dashboard's list of participants not seen in 14 days as a Qt table model: longest unseen first (as
the report orders them), each row opening the participant. Filled from the figures the desk computed;
tested against a plain list."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt

from leaddesk.desk.reports import NotSeen
from leaddesk.ui.display import day, number
from leaddesk.ui.models import RowsModel


class NotSeenModel(RowsModel[NotSeen]):
    COL_NAME, COL_DAYS, COL_LAST_CONTACT, COL_CASE_MANAGER = range(4)

    def __init__(self) -> None:
        super().__init__()
        self._staff_name: Callable[[str], str] = lambda username: username
        self.headers = [
            self.tr("Name"),
            self.tr("Days"),
            self.tr("Last contact"),
            self.tr("Case manager"),
        ]

    def show(self, rows: Sequence[NotSeen], *, staff_name: Callable[[str], str]) -> None:
        """`staff_name` turns the username a record keeps into the roster's name."""
        self._staff_name = staff_name
        self.set_rows(rows)

    def participant_of(self, row: NotSeen) -> str:
        return row.participant_id

    def cell(self, row: NotSeen, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            match column:
                case self.COL_NAME:
                    return row.name
                case self.COL_CASE_MANAGER:
                    return (
                        self._staff_name(row.case_manager) if row.case_manager else self.tr("No case manager")
                    )
                case self.COL_LAST_CONTACT:
                    return day(row.last_contact) if row.last_contact else self.tr("never")
                case self.COL_DAYS:
                    return "—" if row.days is None else number(row.days)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DAYS:
            return self.tr("Days since the last contact")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_DAYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
