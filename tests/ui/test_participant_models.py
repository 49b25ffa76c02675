"""The participant page's item models against plain lists: no profile, no desk, no view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from leaddesk.desk.notes import TimelineNote
from leaddesk.domain import CaseNote, Need, PlanGoal, ProgressEntry, Task
from leaddesk.domain.enums import GoalStatus, NeedDomain, NeedStatus
from leaddesk.ui.models import AddendaCountRole, IsOpenRole, RecordIdRole, RowRole, SignedRole
from leaddesk.ui.participant.goals_model import COL_GOAL, COL_PROGRESS, COL_STATUS, GoalsModel
from leaddesk.ui.participant.needs_model import COL_DESCRIPTION, COL_RANK, NeedsModel, RankRole
from leaddesk.ui.participant.notes_model import COL_ADDENDA, COL_STATE, COL_TEXT, PAGE, NotesModel
from leaddesk.ui.participant.records_model import Column, HighlightRole, MutedRole, RecordsModel

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
    assert model.data(model.index(0, COL_PROGRESS)) == "Mar 2, 2026"
    assert model.data(model.index(2, COL_STATUS)) == "Achieved"
    assert model.data(model.index(0, 0), RecordIdRole) == housed.id
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    model.replace(paused.model_copy(update={"status": GoalStatus.ACTIVE}))
    assert changed == [1]
    assert model.data(model.index(1, COL_STATUS)) == "Active"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "A place of my own"


class ListNeeds:
    """Needs as a plain list; `rank` keeps what it was asked and refuses when told to."""

    def __init__(self, needs: list[Need]) -> None:
        self.stored = needs
        self.ranked: list[dict[str, int]] = []
        self.refuse = False

    def needs(self) -> list[Need]:
        """In the desk's order: open needs by rank, then the rest."""
        return sorted(self.stored, key=lambda n: (not n.status.is_open, n.rank))

    def rank(self, ranks: Mapping[str, int]) -> list[Need]:
        if self.refuse:
            raise ValueError("rank: this need was deleted on another laptop")
        self.ranked.append(dict(ranks))
        saved = {n.id: n.model_copy(update={"rank": ranks[n.id]}) for n in self.stored if n.id in ranks}
        self.stored = [saved.get(n.id, n) for n in self.stored]
        return [saved[need_id] for need_id in ranks]


def need(text: str, rank: int, status: NeedStatus = NeedStatus.OPEN) -> Need:
    return Need(participant_id=PID, domain=NeedDomain.OTHER, description=text, rank=rank, status=status)


def test_the_needs_model_numbers_open_needs_and_writes_only_changed_ranks(qtbot: Any) -> None:
    source = ListNeeds([need("bed", 1), need("phone", 4), need("ID", 7), need("bus pass", 2, NeedStatus.MET)])
    model = NeedsModel(source)
    assert [model.data(model.index(r, COL_RANK)) for r in range(4)] == ["1", "2", "3", ""]
    assert model.data(model.index(1, 0), RankRole) == 4
    assert model.data(model.index(3, 0), IsOpenRole) is False
    assert model.data(model.index(0, COL_DESCRIPTION)) == "bed"
    assert not model.can_move(2, 3)  # an open need never sinks among met ones
    assert model.move(2, 0)  # ID to the top
    assert [model.data(model.index(r, COL_DESCRIPTION)) for r in range(4)] == [
        "ID",
        "bed",
        "phone",
        "bus pass",
    ]
    ids = [model.data(model.index(r, 0), RecordIdRole) for r in range(4)]
    assert source.ranked == [{ids[0]: 1, ids[1]: 2, ids[2]: 3, ids[3]: 4}]
    source.refuse = True
    with qtbot.waitSignal(model.write_failed, timeout=1000) as failed:
        assert not model.move(1, 0)
    assert "deleted on another laptop" in failed.args[0]
    assert [model.data(model.index(r, COL_DESCRIPTION)) for r in range(4)] == [
        "ID",
        "bed",
        "phone",
        "bus pass",
    ]


class ListRecords:
    """Records as a plain list, sorted as SQL would sort them; counts the reads."""

    def __init__(self, rows: list[Task]) -> None:
        self.rows = rows
        self.asked: list[tuple[tuple[str, ...], bool]] = []

    def find(self, *, order_by: tuple[str, ...], descending: bool) -> list[Any]:
        self.asked.append((order_by, descending))
        return sorted(self.rows, key=lambda r: tuple(getattr(r, c) for c in order_by), reverse=descending)


def test_the_records_model_sorts_by_its_source_and_marks_rows(qapp: Any) -> None:
    today = date(2026, 3, 10)
    tasks = [
        Task(participant_id=PID, title="Call the clinic", due_on=today - timedelta(days=2)),
        Task(participant_id=PID, title="Bus pass", due_on=today + timedelta(days=3), done=True),
        Task(participant_id=PID, title="Court letter", due_on=today + timedelta(days=1)),
    ]
    source = ListRecords(tasks)
    columns = [
        Column("Task", lambda t: t.title, sort=("title",)),
        Column("Done", lambda t: "", check=lambda t: t.done),
    ]
    model = RecordsModel(
        source,
        columns=columns,
        order=("due_on",),
        highlight=lambda t: not t.done and t.due_on < today,
        muted=lambda t: t.done,
        arrange=lambda rows: [r for r in rows if not r.done] + [r for r in rows if r.done],
    )
    titles = [model.data(model.index(r, 0)) for r in range(3)]
    assert titles == ["Call the clinic", "Court letter", "Bus pass"]  # by due date, done ones last
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Task"
    assert model.data(model.index(0, 0), HighlightRole) is True
    assert model.data(model.index(2, 0), MutedRole) is True
    assert model.data(model.index(2, 1), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.data(model.index(0, 0), RecordIdRole) == tasks[0].id
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    toggled: list[tuple[str, bool]] = []
    model.check_toggled.connect(lambda record_id, checked: toggled.append((record_id, checked)))
    assert model.setData(model.index(0, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert toggled == [(tasks[0].id, True)]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert source.asked[-1] == (("title",), True)
    assert [model.data(model.index(r, 0)) for r in range(3)] == [
        "Court letter",
        "Call the clinic",
        "Bus pass",
    ]
