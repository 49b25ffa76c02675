"""The two model bases, against plain lists: no store, no desk, no view."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from leaddesk.ui.models import PagedModel, ParticipantIdRole, RecordIdRole, RowRole, RowsModel


@dataclass(frozen=True)
class Row:
    pid: str
    name: str


class Names(RowsModel[Row]):
    headers = ("Name",)

    def participant_of(self, row: Row) -> str:
        return row.pid

    def cell(self, row: Row, column: int, role: int) -> Any:
        return row.name if role == Qt.ItemDataRole.DisplayRole else None


class PagedNames(PagedModel[Row]):
    headers = ("Name",)
    page_size = 10

    def participant_of(self, row: Row) -> str:
        return row.pid

    def cell(self, row: Row, column: int, role: int) -> Any:
        return row.name if role == Qt.ItemDataRole.DisplayRole else None


class ListSource:
    def __init__(self, rows: list[Row]) -> None:
        self.rows = rows
        self.asked: list[tuple[int, int]] = []

    def count(self) -> int:
        return len(self.rows)

    def page(self, *, offset: int, limit: int) -> Sequence[Row]:
        self.asked.append((offset, limit))
        return self.rows[offset : offset + limit]


ROWS = [Row(f"p{i}", f"Person {i}") for i in range(25)]


def test_a_rows_model_shows_its_rows_and_answers_the_shared_roles(qapp: Any) -> None:
    model = Names()
    model.set_rows(ROWS[:3])
    assert (model.rowCount(), model.columnCount()) == (3, 1)
    index = model.index(1, 0)
    assert model.data(index) == "Person 1"
    assert model.data(index, ParticipantIdRole) == model.data(index, RecordIdRole) == "p1"
    assert model.data(index, RowRole) == ROWS[1]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert model.data(model.index(5, 0)) is None
    model.set_rows([])
    assert model.rowCount() == 0


def test_a_paged_model_fetches_a_page_at_a_time_and_reloads_what_was_shown(qapp: Any) -> None:
    source = ListSource(list(ROWS))
    model = PagedNames()
    model.set_source(source)
    assert (model.rowCount(), model.total) == (10, 25)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 25
    assert source.asked == [(0, 10), (10, 10), (20, 10)]
    source.rows = source.rows[:20]
    model.reload()
    assert (model.rowCount(), model.total) == (20, 20)  # kept what was loaded, as far as there is
    assert source.asked[-1] == (0, 25)
    model.reload(keep=False)
    assert model.rowCount() == 10
