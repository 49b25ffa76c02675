"""The Individual Intervention Plan's goals as a Qt table model: active goals first, each with its
progress log; adding progress writes the whole log through the session."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette

from leaddesk.domain import PlanGoal, ProgressEntry
from leaddesk.domain.enums import GoalStatus
from leaddesk.ui.participant.formatting import day, enum_label
from leaddesk.ui.session import Session

Index = QModelIndex | QPersistentModelIndex

COL_GOAL, COL_DOMAIN, COL_TARGET, COL_STATUS, COL_PROGRESS = range(5)
GoalIdRole = Qt.ItemDataRole.UserRole + 1
GoalRole = Qt.ItemDataRole.UserRole + 2
_STATUS_ORDER = {GoalStatus.ACTIVE: 0, GoalStatus.ON_HOLD: 1, GoalStatus.ACHIEVED: 2, GoalStatus.SET_ASIDE: 3}


class GoalsModel(QAbstractTableModel):
    def __init__(self, session: Session, participant_id: str) -> None:
        super().__init__()
        self._session = session
        self._participant_id = participant_id
        self._rows: list[PlanGoal] = []
        self._headers = [
            self.tr("Goal (in their words)"),
            self.tr("Domain"),
            self.tr("Target"),
            self.tr("Status"),
            self.tr("Last progress"),
        ]
        self.refresh()

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
        goal = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(goal, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_GOAL:
            return goal.goal
        if role == GoalIdRole:
            return goal.id
        if role == GoalRole:
            return goal
        if role == Qt.ItemDataRole.ForegroundRole and goal.status is GoalStatus.SET_ASIDE:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def refresh(self) -> None:
        goals = self._session.store.repos.goals.find(participant_id=self._participant_id)
        self.beginResetModel()
        self._rows = sorted(goals, key=lambda g: _STATUS_ORDER[g.status])
        self.endResetModel()

    def goal(self, row: int) -> PlanGoal:
        return self._rows[row]

    def row_of(self, goal_id: str) -> int:
        return next((i for i, g in enumerate(self._rows) if g.id == goal_id), -1)

    def add_progress(self, row: int, *, on: date, text: str) -> PlanGoal:
        """Append a dated entry to the goal's progress log (ValidationError names what is wrong)."""
        goal = self._rows[row]
        entry = ProgressEntry(on=on, text=text)
        progress = sorted([*goal.progress, entry], key=lambda e: e.on)
        saved = self._session.update("plan_goal", goal.id, {"progress": progress})
        self._rows[row] = saved  # type: ignore[assignment]
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return saved  # type: ignore[return-value]

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
