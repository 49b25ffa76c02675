"""The Individual Intervention Plan's goals as a table model: active goals first, each with its progress
log. Its owner hands it the goals (from the participant's file or the desk) and writes through the desk;
the model only shows them, so it is tested against a plain list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette

from leaddesk.domain import PlanGoal
from leaddesk.domain.enums import GoalStatus
from leaddesk.ui.models import RowsModel
from leaddesk.ui.participant.formatting import day, enum_label

COL_GOAL, COL_DOMAIN, COL_TARGET, COL_STATUS, COL_PROGRESS = range(5)
_STATUS_ORDER = {GoalStatus.ACTIVE: 0, GoalStatus.ON_HOLD: 1, GoalStatus.ACHIEVED: 2, GoalStatus.SET_ASIDE: 3}


class GoalsModel(RowsModel[PlanGoal]):
    def __init__(self) -> None:
        super().__init__()
        self.headers = [
            self.tr("Goal (in their words)"),
            self.tr("Domain"),
            self.tr("Target"),
            self.tr("Status"),
            self.tr("Last progress"),
        ]

    def set_rows(self, rows: Sequence[PlanGoal]) -> None:
        """Active goals first, then on hold, achieved and set aside (each group in the order given)."""
        super().set_rows(sorted(rows, key=lambda g: _STATUS_ORDER[g.status]))

    def goal(self, row: int) -> PlanGoal:
        return self._rows[row]

    def row_of(self, goal_id: str) -> int:
        return next((i for i, g in enumerate(self._rows) if g.id == goal_id), -1)

    def replace(self, goal: PlanGoal) -> None:
        """Show `goal` as saved now, in its row (a goal not shown changes nothing)."""
        row = self.row_of(goal.id)
        if row >= 0:
            self._rows[row] = goal
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- how a row reads ---------------------------------------------------------------------------

    def participant_of(self, row: PlanGoal) -> str:
        return row.participant_id

    def record_of(self, row: PlanGoal) -> str:
        return row.id

    def cell(self, row: PlanGoal, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_GOAL:
            return row.goal
        if role == Qt.ItemDataRole.ForegroundRole and row.status is GoalStatus.SET_ASIDE:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _display(self, goal: PlanGoal, column: int) -> str:
        match column:
            case 0:
                return goal.goal.replace("\n", " ")
            case 1:
                return enum_label(goal.domain)
            case 2:
                return day(goal.target_date)
            case 3:
                return enum_label(goal.status)
            case _:
                return day(goal.progress[-1].on) if goal.progress else ""
