"""A report's tables as the writers print them (CSV, PDF), the small helpers that build them, and
small-cell suppression for anything shown outside the program.

Suppression (`suppress`), as public-health and CMS practice does it: a count of 1 to 10 is shown as
"<11" (zero stays 0: an empty cell says nothing about a person). So that no suppressed count can be
worked out from the others, a table says which of its columns add up to a total column (`parts`,
`total`) and whether its last row is the sum of the rows above (`total_row`); wherever exactly one
cell of such a sum is suppressed while its total is shown, the smallest other non-zero cell of that
sum is suppressed too ("complementary suppression"), over rows and columns until nothing changes.
Every figure worked out from a suppressed count (a rate, a mean, a sum of days or money) is withheld
with it (`derived`: column -> the count columns it rests on), shown as "—"; a ratio to a reference
group's rate also goes when that group's counts do (`reference_row`, `relative`).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

SUPPRESSED = "<11"
WITHHELD = "—"
OUTSIDE_MINIMUM = 11
Cell = str | int | float | Decimal | None


@dataclass(frozen=True)
class Table:
    """One table: `key` names its CSV file; `counts` are the columns holding counts of people or
    events (what suppression looks at); `method` is the sentence or two that says how it was made."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    counts: frozenset[int] = frozenset()
    parts: tuple[int, ...] = ()  # columns that add up to `total` in every row
    total: int | None = None
    total_row: bool = False  # the last row is the sum of the rows above, column by column
    derived: Mapping[int, tuple[int, ...]] = field(default_factory=dict)  # column -> counts it rests on
    # A ratio to a reference group's rate (disparity's "ratio to White") also rests on that group's row:
    # the `relative` columns are withheld in every row when the reference row's counts they rest on are.
    reference_row: int | None = None
    relative: frozenset[int] = frozenset()
    method: str = ""
    suppressed: bool = False  # already passed through `suppress`

    def column(self, name: str) -> int:
        return self.columns.index(name)


def suppress(table: Table, minimum: int = OUTSIDE_MINIMUM) -> Table:
    """The table as an outside audience may see it: the module's docstring says how."""
    rows = [list(r) for r in table.rows]
    hidden = {(i, j) for i in range(len(rows)) for j in table.counts if 0 < _count(rows, (i, j)) < minimum}
    while _complement(table, rows, hidden):
        pass
    for i, j in hidden:
        rows[i][j] = SUPPRESSED
    for i, row in enumerate(rows):
        for target, sources in table.derived.items():
            anchors = [i, table.reference_row] if target in table.relative else [i]
            gone = any((a, s) in hidden for a in anchors for s in sources if a is not None)
            if gone and row[target] is not None:
                row[target] = WITHHELD
    return replace(table, rows=tuple(tuple(r) for r in rows), suppressed=True)


def _complement(table: Table, rows: list[list[Cell]], hidden: set[tuple[int, int]]) -> bool:
    """Hide one more cell where a sum would give a hidden one away; True if it did."""
    sums: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    if table.total is not None and table.parts:
        sums += [((i, table.total), [(i, j) for j in table.parts]) for i in range(len(rows))]
    if table.total_row and len(rows) > 1:
        last = len(rows) - 1
        sums += [((last, j), [(i, j) for i in range(last)]) for j in sorted(table.counts)]
    for total, cells in sums:
        if total in hidden:
            continue
        if sum(1 for c in cells if c in hidden) != 1:
            continue
        others = [c for c in cells if c not in hidden and _count(rows, c) > 0]
        if others:
            hidden.add(min(others, key=lambda c: (_count(rows, c), c)))
            return True
    return False


def _count(rows: Sequence[Sequence[Cell]], cell: tuple[int, int]) -> int:
    value = rows[cell[0]][cell[1]]
    return value if isinstance(value, int) else 0


def method_of(measure: Callable[..., object]) -> str:
    """A measure's docstring as one paragraph: the method text a report prints."""
    return " ".join((inspect.getdoc(measure) or "").split())


def with_total(rows: Sequence[Sequence[Cell]], label: str = "Total") -> tuple[tuple[Cell, ...], ...]:
    """The rows and a last row summing each column of counts or money (other columns left empty)."""
    if not rows:
        return ()
    totals: list[Cell] = [label]
    for j in range(1, len(rows[0])):
        values = [r[j] for r in rows]
        if all(isinstance(v, int) for v in values):
            totals.append(sum(v for v in values if isinstance(v, int)))
        elif all(isinstance(v, Decimal) for v in values):
            totals.append(sum((v for v in values if isinstance(v, Decimal)), Decimal("0.00")))
        else:
            totals.append(None)
    return (*(tuple(r) for r in rows), tuple(totals))


def rounded(value: float | None, places: int = 1) -> float | None:
    return None if value is None else round(value, places)
