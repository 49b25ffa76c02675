"""Tasks: the follow-ups around a participant. Open tasks come first, overdue ones stand out, and the
"done" box in the list closes a task in one click."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from leaddesk.domain import Task
from leaddesk.domain.clock import local_today
from leaddesk.domain.ids import utcnow
from leaddesk.ui.display import number
from leaddesk.ui.participant.form_fields import BOOL, DATE, TEXT, FieldSpec
from leaddesk.ui.participant.records_model import Column, day, local_time
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.text import fill

DEFAULT_DUE_DAYS = 7


def is_overdue(task: Task, today: date | None = None) -> bool:
    return not task.done and task.due_on is not None and task.due_on < (today or local_today())


class TasksTab(RecordsTab):
    entity = Task.entity
    order = ("due_on", "created_at")
    descending = False

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Done"), lambda t: "", sort=("done", "due_on"), check=lambda t: t.done),
            Column(
                self.tr("Task"), lambda t: t.title, sort=("title",), tooltip=lambda t: t.title, stretch=True
            ),
            Column(self.tr("Due"), self._due, sort=("due_on", "created_at")),
            Column(self.tr("Assignee"), lambda t: t.assignee, sort=("assignee",)),
            Column(self.tr("Completed"), lambda t: local_time(t.done_at), sort=("done_at",)),
        ]

    def fields(self, record: Any = None) -> list[FieldSpec]:
        fields = [
            FieldSpec(
                "title",
                self.tr("&Task"),
                TEXT,
                placeholder=self.tr("e.g. Call the ID office about the birth certificate"),
            ),
            FieldSpec(
                "due_on",
                self.tr("D&ue"),
                DATE,
                optional=True,
                toggle=self.tr("Has a due date"),
                default=lambda: local_today() + timedelta(days=DEFAULT_DUE_DAYS),
            ),
            FieldSpec("assignee", self.tr("&Assignee"), TEXT, placeholder=self.tr("Who will do it")),
        ]
        if record is not None:
            fields.append(FieldSpec("done", self.tr("D&one"), BOOL, placeholder=self.tr("This task is done")))
        return fields

    def defaults(self) -> dict[str, Any]:
        return {"assignee": self.session.user}

    def adjust(self, values: dict[str, Any], record: Any) -> dict[str, Any]:
        """Completion time follows the done box: set when a task is closed, cleared when reopened."""
        if "done" in values:
            if not values["done"]:
                values["done_at"] = None
            elif record is None or not record.done:
                values["done_at"] = utcnow()
        return values

    def highlight(self, record: Any) -> bool:
        return is_overdue(record)

    def muted(self, record: Any) -> bool:
        return bool(record.done)

    def arrange(self, rows: list[Any]) -> list[Any]:
        """Open tasks with a due date, then open ones without, then done ones; each group in the order
        asked for (SQLite would otherwise put undated tasks before the most urgent)."""
        dated = [t for t in rows if not t.done and t.due_on is not None]
        undated = [t for t in rows if not t.done and t.due_on is None]
        return dated + undated + [t for t in rows if t.done]

    def set_checked(self, record_id: str, checked: bool) -> None:
        changes = {"done": True, "done_at": utcnow()} if checked else {"done": False, "done_at": None}
        self.attempt(lambda: self.session.update(self.entity, record_id, changes))

    def _due(self, task: Task) -> str:
        if task.due_on is None:
            return ""
        if is_overdue(task):
            days = (local_today() - task.due_on).days
            return fill(self.tr("%1 — overdue by %2 d"), day(task.due_on), number(days))
        return day(task.due_on)

    def add_text(self) -> str:
        return self.tr("&Add task…")

    def list_name(self) -> str:
        return self.tr("Tasks")

    def form_title(self, record: Any) -> str:
        return self.tr("Edit task") if record is not None else self.tr("Add task")

    def empty_text(self) -> str:
        return self.tr("No tasks. Add a follow-up with “Add task…” (Alt+A).")

    def delete_question(self, record: Any) -> str:
        return fill(
            self.tr("Delete the task “%1”? If it was done, tick it instead so the work is counted."),
            record.title,
        )

    def summary_text(self, rows: list[Any]) -> str:
        open_tasks = [t for t in rows if not t.done]
        overdue = sum(1 for t in open_tasks if is_overdue(t))
        text = fill(self.tr("%1 open · %2 done"), str(len(open_tasks)), str(len(rows) - len(open_tasks)))
        if overdue:
            text += " · " + fill(self.tr("%1 overdue (in bold)"), str(overdue))
        return text
