"""Today: what needs doing now — officers' referrals waiting for their warm hand-off (handoff_panel.py),
tasks due or overdue, court dates in the next two weeks, and the participants nobody has seen for too
long. Each row opens the participant."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from leaddesk.domain.clock import local_today
from leaddesk.ui.display import plural, weekday_day
from leaddesk.ui.handoff_panel import HandoffPanel
from leaddesk.ui.keeping_up import KeptUp
from leaddesk.ui.look import set_role
from leaddesk.ui.models import ParticipantIdRole, RowsModel
from leaddesk.ui.session import Session
from leaddesk.ui.table_view import RecordTable
from leaddesk.ui.text import fill
from leaddesk.ui.today_model import (
    COURT_WINDOW_DAYS,
    CourtDatesModel,
    DueTasksModel,
    NotSeenModel,
)

# "settings": a referral's possible duplicate refused on this laptop (desk/handoffs.py).
_TODAY_ENTITIES = frozenset({"task", "legal_event", "contact", "participant", "referral", "settings"})


class _Section(QWidget):
    """A heading, the table, and a quiet line in place of the table when there is nothing to list."""

    def __init__(self, model: RowsModel[Any], *, name: str, empty: str, stretch: int) -> None:
        super().__init__()
        self.model = model
        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.table = RecordTable()
        self.table.setAccessibleName(name)
        self.table.setModel(model)
        self._stretch = stretch
        self.empty = QLabel(empty)
        self.empty.setAccessibleName(name)
        set_role(self.empty, "empty")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)

    def update_view(self, heading: str) -> None:
        self.heading.setText(heading)
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if has_rows:
            self.table.fit_columns(stretch=self._stretch)


class TodayPage(QWidget):
    participant_requested = Signal(str)
    conference_requested = Signal()  # prepare the next case conference from what is due

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._build_models()
        self._build_sections()
        self._build_layout()
        self._kept_up = KeptUp(
            self,
            session,
            entities=_TODAY_ENTITIES,
            on_change=lambda: self._load(keep_done=True),
            on_show=self.refresh,
        )
        self.tasks_model.problem.connect(self._show_problem)
        self.refresh()

    def _build_models(self) -> None:
        today = self.session.desk.today
        self.tasks_model = DueTasksModel(read=today.tasks_due, mark_done=self._mark_done)
        self.court_model = CourtDatesModel(read=today.court_dates)
        self.not_seen_model = NotSeenModel(
            read=lambda days: today.not_seen(overdue_days=days),
            overdue_days=self.session.desk.caseload.overdue_days(),
        )

    def _mark_done(self, task_id: str, done: bool) -> None:
        self.session.apply(self.session.desk.today.mark_done(task_id, done=done))

    def _build_sections(self) -> None:
        self.title = QLabel()
        set_role(self.title, "page-title")
        self.problem = QLabel()
        self.problem.setAccessibleName(self.tr("Problem"))
        self.problem.setWordWrap(True)
        set_role(self.problem, "error")
        self.problem.hide()
        self.handoffs = HandoffPanel(self.session)
        self.handoffs.participant_requested.connect(self.participant_requested)
        self.tasks = _Section(
            self.tasks_model,
            name=self.tr("Tasks due"),
            empty=self.tr("No open tasks are due today or overdue."),
            stretch=DueTasksModel.COL_TITLE,
        )
        self.tasks.table.setToolTip(self.tr("Space ticks a task done; Enter opens the participant"))
        self.court = _Section(
            self.court_model,
            name=self.tr("Court dates"),
            empty=plural(
                self.tr("No court dates in the next %n day(s).", "", COURT_WINDOW_DAYS), COURT_WINDOW_DAYS
            ),
            stretch=CourtDatesModel.COL_DESCRIPTION,
        )
        self.not_seen = _Section(
            self.not_seen_model,
            name=self.tr("Not seen"),
            empty=self.tr("Everyone has been seen recently."),
            stretch=NotSeenModel.COL_CASE_MANAGER,
        )

    def _build_layout(self) -> None:
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for section in (self.tasks, self.court, self.not_seen):
            self.splitter.addWidget(section)
            section.table.open_requested.connect(self._open)
        self.conference = QPushButton(self.tr("Prepare a case conference…"))
        self.conference.setToolTip(
            self.tr("Ctrl+4: the agenda suggested from court dates, coordination and contacts")
        )
        self.conference.clicked.connect(self.conference_requested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.conference)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addWidget(self.handoffs)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.handoffs.table, self.tasks.table)
        QWidget.setTabOrder(self.tasks.table, self.court.table)
        QWidget.setTabOrder(self.court.table, self.not_seen.table)

    def refresh(self) -> None:
        """Reload every list; tasks ticked done here drop off now."""
        self._load(keep_done=False)

    def _load(self, *, keep_done: bool) -> None:
        self._kept_up.fresh()
        if not self.session.desk.is_open:
            return  # a timer that fired after a lock: the page is about to go
        self.problem.hide()
        self.not_seen_model.overdue_days = self.session.desk.caseload.overdue_days()
        self.handoffs.refresh()
        self.tasks_model.refresh(keep_done=keep_done)
        self.court_model.refresh()
        self.not_seen_model.refresh()
        today = local_today()
        self.title.setText(fill(self.tr("Today — %1"), weekday_day(today)))
        self.tasks.update_view(
            self.tr("Tasks due today or overdue (%n)", "", self.tasks_model.total)
            + self._more(self.tasks_model.rowCount(), self.tasks_model.total)
        )
        self.court.update_view(
            plural(self.tr("Court dates in the next %n day(s)", "", COURT_WINDOW_DAYS), COURT_WINDOW_DAYS)
            + f" ({self.court_model.rowCount()})"
        )
        days = self.not_seen_model.overdue_days
        heading = (
            plural(self.tr("Your participants not seen in %n day(s)", "", days), days)
            if self.not_seen_model.mine_only
            else plural(self.tr("Participants not seen in %n day(s)", "", days), days)
        )
        total = self.not_seen_model.total
        self.not_seen.update_view(f"{heading} ({total})" + self._more(self.not_seen_model.rowCount(), total))

    def _more(self, shown: int, total: int) -> str:
        return self.tr(" — showing the first %n", "", shown) if total > shown else ""

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.participant_requested.emit(str(index.data(ParticipantIdRole)))
