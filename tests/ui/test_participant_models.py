"""The participant page's item models against plain lists: no profile, no desk, no view."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from leaddesk.desk.notes import TimelineNote
from leaddesk.domain import CaseNote, PlanGoal, ProgressEntry
from leaddesk.domain.enums import GoalStatus, NeedDomain
from leaddesk.ui.models import AddendaCountRole, RecordIdRole, RowRole, SignedRole
from leaddesk.ui.participant.goals_model import COL_GOAL, COL_PROGRESS, COL_STATUS, GoalsModel
from leaddesk.ui.participant.notes_model import COL_ADDENDA, COL_STATE, COL_TEXT, PAGE, NotesModel

PID = "0190aaaa-0000-7000-8000-000000000001"
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def note(n: int, *, signed: bool = False) -> CaseNote:
    made = START + timedelta(hours=n)
    extra = {"signed_by": "Casey Morgan", "signed_at": made} if signed else {}
    return CaseNote(participant_id=PID, created_at=made, data=f"Visit {n}\nsecond line", **extra)


class Notes:
    """A timeline as a plain list, newest first, counting what it was asked."""

    def __init__(self, rows: list[TimelineNote]) -> None:
        self.rows = rows
        self.asked: list[tuple[int, int]] = []

    def count(self) -> int:
        return len(self.rows)

    def page(self, *, offset: int, limit: int) -> Sequence[TimelineNote]:
        self.asked.append((offset, limit))
        return self.rows[offset : offset + limit]


def test_the_notes_model_starts_from_the_files_first_page_and_fetches_the_rest(qapp: Any) -> None:
    rows = [TimelineNote(note(n, signed=n % 2 == 0), addenda=n % 3) for n in reversed(range(250))]
    source = Notes(rows)
    model = NotesModel()
    model.show_first(source, rows=rows[:PAGE], total=250)
    assert source.asked == []  # the first page came with the file: no query
    assert (model.rowCount(), model.total) == (PAGE, 250)
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert source.asked == [(PAGE, PAGE), (2 * PAGE, PAGE)]
    assert model.rowCount() == 250
    assert not model.canFetchMore()
    first = model.index(0, COL_TEXT)
    assert model.data(first) == "Visit 249"  # the first line only
    assert model.data(model.index(0, 0), RecordIdRole) == rows[0].id
    assert model.data(model.index(0, 0), RowRole) == rows[0]
    assert model.data(model.index(1, 0), SignedRole) is True  # 248 is even
    assert model.data(model.index(1, COL_STATE)) == "Signed"
    assert model.data(model.index(0, COL_STATE)) == "Draft"
    assert model.data(model.index(1, 0), AddendaCountRole) == 248 % 3
    assert model.data(model.index(1, COL_ADDENDA)) == str(248 % 3)
    assert model.data(model.index(3, COL_ADDENDA)) == ""  # 246 % 3 == 0: none shown
    assert model.row_of(rows[7].id) == 7
    assert model.note(7) == rows[7].note


def test_the_notes_model_reloads_keeping_what_was_loaded(qapp: Any) -> None:
    rows = [TimelineNote(note(n)) for n in reversed(range(150))]
    source = Notes(rows)
    model = NotesModel()
    model.show_first(source, rows=rows[:PAGE], total=150)
    model.fetchMore()
    source.rows = [TimelineNote(note(150)), *rows]  # a new note arrives
    model.refresh()
    assert (model.rowCount(), model.total) == (150, 151)  # as many as were loaded; the last one is fetched
    assert model.canFetchMore()
    assert model.data(model.index(0, COL_TEXT)) == "Visit 150"


def goal(text: str, status: GoalStatus, *progress: ProgressEntry) -> PlanGoal:
    return PlanGoal(
        participant_id=PID, goal=text, domain=NeedDomain.HOUSING, status=status, progress=list(progress)
    )


def test_the_goals_model_lists_active_goals_first_and_shows_a_saved_one(qapp: Any) -> None:
    done = goal("Get my ID back", GoalStatus.ACHIEVED)
    housed = goal("A place of my own", GoalStatus.ACTIVE, ProgressEntry(on=date(2026, 3, 2), text="Applied"))
    paused = goal("Reconnect with my sister", GoalStatus.ON_HOLD)
    model = GoalsModel()
    model.set_rows([done, housed, paused])
    assert [model.data(model.index(r, COL_GOAL)) for r in range(3)] == [
        "A place of my own",
        "Reconnect with my sister",
        "Get my ID back",
    ]
    assert model.data(model.index(0, COL_PROGRESS)) == "2026-03-02"
    assert model.data(model.index(2, COL_STATUS)) == "Achieved"
    assert model.data(model.index(0, 0), RecordIdRole) == housed.id
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    model.replace(paused.model_copy(update={"status": GoalStatus.ACTIVE}))
    assert changed == [1]
    assert model.data(model.index(1, COL_STATUS)) == "Active"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "A place of my own"
