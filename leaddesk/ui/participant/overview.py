"""The overview tab: the participant's episodes in the program (newest first), their needs in their own
order of priority (reorderable), and the goals of their Individual Intervention Plan with a dated
progress log."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes
from leaddesk.domain import Enrollment, Need, PlanGoal
from leaddesk.ui.display import day
from leaddesk.ui.keys import ADD_NEED_KEYS, with_keys
from leaddesk.ui.participant.episodes_view import EpisodeHistory
from leaddesk.ui.participant.goals_model import COL_GOAL, GoalsModel
from leaddesk.ui.participant.needs_model import COL_DESCRIPTION, COL_RANK, NeedsModel, SessionNeeds
from leaddesk.ui.participant.overview_dialogs import GoalDialog, NeedDialog, ProgressDialog
from leaddesk.ui.session import Session


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def button(text: str, name: str, *, shortcut: str = "", tip: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(name)
    if shortcut:
        widget.setShortcut(QKeySequence(shortcut))
    if tip or shortcut:
        shown = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        widget.setToolTip(f"{tip or name} ({shown})" if shortcut else tip)
    return widget


def table(name: str) -> QTableView:
    view = QTableView()
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves it, as every control; arrows move within
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    return view


class OverviewTab(QWidget):
    def __init__(
        self, session: Session, participant_id: str, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        """`load=False` leaves the lists empty for `show_file` (the page reads them with the file)."""
        super().__init__(parent)
        self.session = session
        self.participant_id = participant_id
        self.needs = NeedsModel(SessionNeeds(session, participant_id), load=load)
        self.goals = GoalsModel()
        if load:
            self.goals.set_rows(session.desk.participants.goals(participant_id))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_needs())
        splitter.addWidget(self._build_goals())
        splitter.setSizes([1, 1])
        self.episodes = EpisodeHistory(session, participant_id)
        if load:
            self.episodes.show_episodes(session.desk.record.episodes(participant_id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(heading(self.tr("Episodes in the program — newest first")))
        layout.addWidget(self.episodes)
        layout.addWidget(splitter, 1)
        session.changed.connect(self._on_changed)
        self._update_needs_state()
        self._show_goal()

    def show_file(self, *, needs: list[Need], goals: list[PlanGoal], episodes: list[Enrollment]) -> None:
        """Show the episodes, needs and goals read with the participant's file."""
        self.episodes.show_episodes(episodes)
        self.needs.set_rows(needs)
        self.goals.set_rows(goals)
        self.select_goal(0)
        self._update_needs_state()
        self._show_goal()

    # -- needs -------------------------------------------------------------------------------------

    def _build_needs(self) -> QWidget:
        """The needs column: heading, hint, the ranked table (or a sentence when empty), buttons."""
        self._build_needs_view()
        buttons = self._build_needs_buttons()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(heading(self.tr("Needs — in their order of priority")))
        hint = QLabel(self.tr("Open needs first. Drag a row or use Move up / Move down to reorder."))
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quiet, and right in dark mode
        layout.addWidget(hint)
        layout.addWidget(self.needs_empty)
        layout.addWidget(self.needs_view, 1)
        layout.addLayout(buttons)
        return box

    def _build_needs_view(self) -> None:
        self.needs_view = table(self.tr("Needs, most important to them first"))
        self.needs_view.setModel(self.needs)
        # Drag a need to where it belongs; the model turns the drop into a move and writes ranks.
        self.needs_view.setDragEnabled(True)
        self.needs_view.setAcceptDrops(True)
        self.needs_view.setDropIndicatorShown(True)
        self.needs_view.setDragDropOverwriteMode(False)
        self.needs_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.needs_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.needs_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.needs_view.activated.connect(lambda _index: self.edit_need())
        self.needs_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_needs_state())
        self.needs.modelReset.connect(self._update_needs_state)
        self.needs.rowsMoved.connect(lambda *_: self._update_needs_state())
        self.needs.write_failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("The new order was not saved"), message)
        )
        self.needs_empty = QLabel(self.tr("No needs recorded yet. Ask what matters most to them first."))
        self.needs_empty.setWordWrap(True)

    def _build_needs_buttons(self) -> QHBoxLayout:
        """Add and Edit on the left, Move up / Move down on the right."""
        self.add_need_button = button(self.tr("Add need…"), self.tr("Add a need"))
        self.add_need_button.setToolTip(with_keys(self.tr("Add a need"), ADD_NEED_KEYS))
        self.edit_need_button = button(self.tr("Edit…"), self.tr("Edit the selected need"))
        self.edit_need_button.setToolTip(self.tr("Edit the selected need (Enter)"))
        self.up_button = button(self.tr("Move up"), self.tr("Move need up"), shortcut="Ctrl+Up")
        self.down_button = button(self.tr("Move down"), self.tr("Move need down"), shortcut="Ctrl+Down")
        self.add_need_button.clicked.connect(self.add_need)
        self.edit_need_button.clicked.connect(self.edit_need)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        buttons = QHBoxLayout()
        for widget in (self.add_need_button, self.edit_need_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        return buttons

    def selected_need_row(self) -> int:
        index = self.needs_view.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def select_need(self, row: int) -> None:
        if 0 <= row < self.needs.rowCount():
            self.needs_view.selectionModel().setCurrentIndex(
                self.needs.index(row, COL_RANK),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def move_selected(self, step: int) -> None:
        row = self.selected_need_row()
        if row >= 0 and self.needs.move(row, row + step):
            self.select_need(row + step)
        self._update_needs_state()

    def need_dialog(self, need: Need | None = None) -> NeedDialog:
        def save(values: dict[str, Any]) -> None:
            if need is None:
                rank = sum(1 for r in range(self.needs.rowCount()) if self.needs.need(r).status.is_open) + 1
                self.session.create(Need(participant_id=self.participant_id, rank=min(rank, 99), **values))
            else:
                self.session.update("need", need.id, values)

        return NeedDialog(save, need=need, parent=self)

    def add_need(self) -> None:
        self.need_dialog().exec()

    def edit_need(self) -> None:
        row = self.selected_need_row()
        if row >= 0:
            self.need_dialog(self.needs.need(row)).exec()

    def _update_needs_state(self) -> None:
        row = self.selected_need_row()
        empty = self.needs.rowCount() == 0
        self.needs_empty.setVisible(empty)
        self.edit_need_button.setEnabled(row >= 0)
        self.up_button.setEnabled(self.needs.can_move(row, row - 1))
        self.down_button.setEnabled(self.needs.can_move(row, row + 1))

    # -- goals -------------------------------------------------------------------------------------

    def _build_goals(self) -> QWidget:
        """The plan column: heading, the goals table, buttons, then the chosen goal and its progress."""
        self._build_goals_view()
        buttons = self._build_goal_buttons()
        self._build_goal_detail()
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(heading(self.tr("Intervention plan — their goals")))
        layout.addWidget(self.goals_view, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.goal_text)
        layout.addWidget(self.steps)
        self.progress_heading = QLabel(self.tr("Progress"))
        layout.addWidget(self.progress_heading)
        layout.addWidget(self.progress, 2)
        if self.goals.rowCount():
            self.select_goal(0)
        return box

    def _build_goals_view(self) -> None:
        self.goals_view = table(self.tr("Intervention plan goals"))
        self.goals_view.setModel(self.goals)
        header = self.goals_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_GOAL, QHeaderView.ResizeMode.Stretch)
        self.goals_view.activated.connect(lambda _index: self.edit_goal())
        self.goals_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_goal())
        self.goals.modelReset.connect(self._show_goal)
        self.goals.dataChanged.connect(lambda *_: self._show_goal())

    def _build_goal_buttons(self) -> QHBoxLayout:
        """Add and Edit on the left, Add progress on the right."""
        self.add_goal_button = button(self.tr("Add goal…"), self.tr("Add a plan goal"))
        self.edit_goal_button = button(self.tr("Edit…"), self.tr("Edit the selected goal"))
        self.edit_goal_button.setToolTip(self.tr("Edit the selected goal (Enter)"))
        self.progress_button = button(self.tr("Add progress…"), self.tr("Add progress to the selected goal"))
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.progress_button.clicked.connect(self.add_progress)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_goal_button)
        buttons.addWidget(self.edit_goal_button)
        buttons.addStretch(1)
        buttons.addWidget(self.progress_button)
        return buttons

    def _build_goal_detail(self) -> None:
        """The chosen goal in their words (italic), its steps, and its progress log."""
        self.goal_text = QLabel()
        self.goal_text.setAccessibleName(self.tr("The goal in their words"))
        self.goal_text.setWordWrap(True)
        self.goal_text.setTextFormat(Qt.TextFormat.PlainText)
        self.goal_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        italic = self.goal_text.font()
        italic.setItalic(True)
        self.goal_text.setFont(italic)
        self.steps = QLabel()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setWordWrap(True)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QListWidget()
        self.progress.setAccessibleName(self.tr("Progress log"))
        self.progress.setWordWrap(True)
        self.progress.setAlternatingRowColors(True)

    def selected_goal_row(self) -> int:
        index = self.goals_view.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def select_goal(self, row: int) -> None:
        if 0 <= row < self.goals.rowCount():
            self.goals_view.selectionModel().setCurrentIndex(
                self.goals.index(row, COL_GOAL),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def goal_dialog(self, goal: PlanGoal | None = None) -> GoalDialog:
        def save(values: dict[str, Any]) -> None:
            if goal is None:
                saved = self.session.create(PlanGoal(participant_id=self.participant_id, **values))
                self.select_goal(self.goals.row_of(saved.id))
            else:
                self.session.update("plan_goal", goal.id, values)

        return GoalDialog(save, goal=goal, parent=self)

    def progress_dialog(self) -> ProgressDialog | None:
        row = self.selected_goal_row()
        if row < 0:
            return None
        goal = self.goals.goal(row)

        def save(values: dict[str, Any]) -> None:
            self.goals.replace(
                self.session.apply(self.session.desk.participants.add_progress(goal.id, **values))
            )

        return ProgressDialog(save, goal=goal, parent=self)

    def add_goal(self) -> None:
        self.goal_dialog().exec()

    def edit_goal(self) -> None:
        row = self.selected_goal_row()
        if row >= 0:
            self.goal_dialog(self.goals.goal(row)).exec()

    def add_progress(self) -> None:
        dialog = self.progress_dialog()
        if dialog is not None:
            dialog.exec()

    def _show_goal(self) -> None:
        row = self.selected_goal_row()
        goal = self.goals.goal(row) if 0 <= row < self.goals.rowCount() else None
        self.edit_goal_button.setEnabled(goal is not None)
        self.progress_button.setEnabled(goal is not None)
        self.progress.clear()
        self.goal_text.setVisible(goal is not None)
        if goal is None:
            self.steps.setText(
                self.tr("No plan goals yet. Add a goal in their own words.")
                if not self.goals.rowCount()
                else self.tr("Select a goal to see its steps and progress.")
            )
            self.progress_heading.hide()
            self.progress.hide()
            return
        self.goal_text.setText(f"“{goal.goal}”")
        steps = "\n".join(f"• {step}" for step in goal.steps) or self.tr("No steps written down yet.")
        self.steps.setText(self.tr("Steps:") + "\n" + steps)
        self.progress_heading.show()
        self.progress.show()
        for entry in reversed(goal.progress):
            self.progress.addItem(QListWidgetItem(f"{day(entry.on)} — {entry.text}"))
        if not goal.progress:
            self.progress.addItem(QListWidgetItem(self.tr("No progress recorded yet.")))

    # -- changes made anywhere ---------------------------------------------------------------------

    def refresh(self) -> None:
        self._refresh_needs()
        self._refresh_goals()

    def _refresh_needs(self) -> None:
        row = self.selected_need_row()
        selected = self.needs.need(row).id if 0 <= row < self.needs.rowCount() else None
        self.needs.refresh()
        if selected:
            self.select_need(self.needs.row_of(selected))
        self._update_needs_state()

    def _refresh_goals(self) -> None:
        row = self.selected_goal_row()
        selected = self.goals.goal(row).id if 0 <= row < self.goals.rowCount() else None
        self.goals.set_rows(self.session.desk.participants.goals(self.participant_id))
        self.select_goal(self.goals.row_of(selected) if selected else 0)
        self._show_goal()

    def _on_changed(self, change: Changes) -> None:
        if change.concerns(("need",), self.participant_id) and not self.needs.writing:
            self._refresh_needs()
        if change.concerns(("plan_goal",), self.participant_id):
            self._refresh_goals()
