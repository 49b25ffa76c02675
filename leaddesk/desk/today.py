"""Today: what needs doing now — open tasks due today or before, court dates in the next two weeks,
and the participants not seen for too long (by the one overdue rule of domain/contact_due.py, as the
caseload and the participant's header count it). Each list is one query of at most LIMIT rows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from leaddesk.desk.base import UseCases
from leaddesk.desk.caseload import CaseloadFilter, CaseloadRow, CaseloadSort
from leaddesk.desk.changes import Done
from leaddesk.desk.program import Program
from leaddesk.domain import Task
from leaddesk.domain.clock import local_today
from leaddesk.domain.ids import utcnow
from leaddesk.storage.repositories.agenda import CourtDate, DueTask

__all__ = ["COURT_WINDOW_DAYS", "LIMIT", "CourtDate", "DueTask", "NotSeen", "TasksDue", "Today"]

COURT_WINDOW_DAYS = 14
LIMIT = 200


@dataclass(frozen=True)
class TasksDue:
    rows: tuple[DueTask, ...]  # the first LIMIT, the user's own first
    total: int  # all of them


@dataclass(frozen=True)
class NotSeen:
    rows: tuple[CaseloadRow, ...]  # the first LIMIT, longest unseen first
    total: int
    mine_only: bool  # the user's own participants (when they have any), else everyone's


class Today(UseCases):
    def tasks_due(self, *, today: date | None = None, limit: int = LIMIT) -> TasksDue:
        """Open tasks due on or before `today` (the laptop's calendar day)."""
        day = today or local_today()
        agenda = self._store.repos.agenda
        names = Program(self._store).my_names()
        rows = agenda.tasks_due(on_or_before=day, user=self._store.user, names=names, limit=limit)
        return TasksDue(tuple(rows), agenda.tasks_due_count(on_or_before=day))

    def court_dates(
        self, *, today: date | None = None, days: int = COURT_WINDOW_DAYS, limit: int = LIMIT
    ) -> list[CourtDate]:
        """Court dates from the start of `today` to the end of the `days`th day ahead, on the laptop's
        calendar, soonest first."""
        start = datetime.combine(today or local_today(), time.min).astimezone()
        end = start + timedelta(days=days + 1)
        return self._store.repos.agenda.court_dates(start=start, end=end, limit=limit)

    def not_seen(self, *, overdue_days: int, today: date | None = None, limit: int = LIMIT) -> NotSeen:
        """Participants due a contact after `overdue_days` days."""
        base = CaseloadFilter(not_seen_for_days=overdue_days, today=today or local_today())
        mine = replace(base, case_managers=Program(self._store).my_names())
        repo = self._store.repos.participants
        mine_only = repo.caseload_count(replace(mine, not_seen_for_days=None)) > 0
        criteria = mine if mine_only else base
        rows = Program(self._store).named(
            repo.caseload(criteria, sort=CaseloadSort.DAYS_SINCE_CONTACT, descending=True, limit=limit)
        )
        return NotSeen(tuple(rows), repo.caseload_count(criteria), mine_only)

    def mark_done(self, task_id: str, *, done: bool) -> Done[Task]:
        """Tick a task done (now) or open again."""
        changes = {"done": True, "done_at": utcnow()} if done else {"done": False, "done_at": None}
        return self._write(lambda: self._store.repos.tasks.update(task_id, changes))
