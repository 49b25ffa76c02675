"""During a case conference: what was decided for the participant selected on the agenda — the decision
in words, the tasks it becomes (who, by when) and the prosecutor-coordination updates of the legal
events the agenda shows. Kept in memory until the meeting is finished (desk.conference.finish)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk.conference import AgendaEntry, Decision, LegalUpdate, TaskDecision
from leaddesk.domain import LegalEvent
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import ProsecutorCoordination
from leaddesk.domain.program import StaffMember
from leaddesk.ui.conference_agenda import item_line, item_lines, reasons_text
from leaddesk.ui.display import day, entry_day_format
from leaddesk.ui.labels import table_label
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.legal_tab import COORDINATION_LABELS
from leaddesk.ui.text import fill


class DecisionPanel(QWidget):
    """Edits the `Decision` of one agenda entry at a time; `decisions` holds them all by participant."""

    def __init__(self, roster: list[StaffMember], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decisions: dict[str, Decision] = {}
        self._entry: AgendaEntry | None = None
        self._build_summary()
        self._build_task_row(roster)
        self._build_legal_row()
        self._build_layout()
        self.show_entry(None)

    def _build_summary(self) -> None:
        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.reasons = QLabel()
        set_role(self.reasons, "quiet")
        self.items = QLabel()
        self.items.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Decision"))
        self.text.setPlaceholderText(self.tr("What the meeting decided for this participant"))
        self.text.textChanged.connect(self._text_changed)

    def _build_task_row(self, roster: list[StaffMember]) -> None:
        self.task_title = QLineEdit()
        self.task_title.setAccessibleName(self.tr("Task"))
        self.task_title.setPlaceholderText(self.tr("A task the decision becomes"))
        self.assignee = QComboBox()
        self.assignee.setAccessibleName(self.tr("Assignee"))
        self.assignee.addItem(self.tr("Unassigned"), "")
        for member in roster:
            if member.active:
                self.assignee.addItem(member.display_name, member.username)
        self.due = QDateEdit(QDate(local_today() + timedelta(days=7)))
        self.due.setAccessibleName(self.tr("Due on"))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(entry_day_format())
        self.add_task = QPushButton(self.tr("Add task"))
        self.add_task.clicked.connect(self._add_task)
        self.tasks = QListWidget()
        self.tasks.setAccessibleName(self.tr("Tasks decided"))

    def _build_legal_row(self) -> None:
        self.legal_event = QComboBox()
        self.legal_event.setAccessibleName(self.tr("Legal event"))
        self.coordination = QComboBox()
        self.coordination.setAccessibleName(self.tr("Prosecutor coordination"))
        for status in ProsecutorCoordination:
            self.coordination.addItem(table_label("RecordTabs", COORDINATION_LABELS, status), status)
        self.add_update = QPushButton(self.tr("Update legal event"))
        self.add_update.clicked.connect(self._add_update)

    def _build_layout(self) -> None:
        task_row = QHBoxLayout()
        for widget, stretch in ((self.task_title, 3), (self.assignee, 2), (self.due, 1), (self.add_task, 0)):
            task_row.addWidget(widget, stretch)
        legal_row = QHBoxLayout()
        for widget, stretch in ((self.legal_event, 3), (self.coordination, 2), (self.add_update, 0)):
            legal_row.addWidget(widget, stretch)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.text)
        form.addRow(self.tr("Task"), task_row)
        form.addRow(self.tr("Legal event"), legal_row)
        form.addRow("", self.tasks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.reasons, self.items):
            layout.addWidget(widget)
        layout.addLayout(form, 1)

    def show_entry(self, entry: AgendaEntry | None, *, title: str = "") -> None:
        self._entry = None  # no edits reach the previous entry while the widgets are refilled
        self.setEnabled(entry is not None)
        self.heading.setText(title)
        self.reasons.setText(reasons_text(entry) if entry else "")
        lines = item_lines(entry) if entry else []
        self.items.setText("\n".join(lines) or (self.tr("Nothing more is shown.") if entry else ""))
        decision = self.decisions.get(entry.participant_id, Decision()) if entry else Decision()
        self.text.setPlainText(decision.text)
        self.legal_event.clear()
        for _, record in entry.shown if entry else ():
            if isinstance(record, LegalEvent):
                self.legal_event.addItem(item_line(record), record.id)
        self.legal_event.setEnabled(self.legal_event.count() > 0)
        self.add_update.setEnabled(self.legal_event.count() > 0)
        self._entry = entry
        self._show_decided(decision)

    def _show_decided(self, decision: Decision) -> None:
        self.tasks.clear()
        for task in decision.tasks:
            due = day(task.due_on) if task.due_on else self.tr("no date")
            who = task.assignee or self.tr("unassigned")
            self.tasks.addItem(fill(self.tr("Task: %1 (%2), due %3"), task.title, who, due))
        for update in decision.legal_updates:
            status = table_label("RecordTabs", COORDINATION_LABELS, update.coordination)
            self.tasks.addItem(fill(self.tr("Legal event → prosecutor coordination: %1"), status))

    def _current(self) -> Decision:
        assert self._entry is not None
        return self.decisions.get(self._entry.participant_id, Decision())

    def _keep(self, decision: Decision) -> None:
        assert self._entry is not None
        self.decisions[self._entry.participant_id] = decision
        self._show_decided(decision)

    def _text_changed(self) -> None:
        if self._entry is not None:
            current = self._current()
            self.decisions[self._entry.participant_id] = Decision(
                self.text.toPlainText().strip(), current.tasks, current.legal_updates
            )

    def _add_task(self) -> None:
        title = self.task_title.text().strip()
        if self._entry is None or not title:
            return
        task = TaskDecision(title, assignee=self.assignee.currentData(), due_on=self.due.date().toPython())
        current = self._current()
        self._keep(Decision(current.text, (*current.tasks, task), current.legal_updates))
        self.task_title.clear()

    def _add_update(self) -> None:
        if self._entry is None or self.legal_event.currentData() is None:
            return
        update = LegalUpdate(self.legal_event.currentData(), self.coordination.currentData())
        current = self._current()
        self._keep(Decision(current.text, current.tasks, (*current.legal_updates, update)))
