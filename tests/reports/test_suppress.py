"""Small-cell suppression for an outside audience (reports/tables.py): counts of 1 to 10 hidden, a second
count hidden wherever a shown total would give the first away, and figures worked out from a hidden count
withheld."""

from __future__ import annotations

from leaddesk.reports import SUPPRESSED, Table, compute, suppress
from leaddesk.reports.report_tables import program_tables
from leaddesk.reports.tables import WITHHELD
from tests.reports.program_dataset import PERIOD, program_data

H, W = SUPPRESSED, WITHHELD


def table(rows, **kw) -> Table:
    columns = tuple(f"c{j}" for j in range(len(rows[0])))
    return Table(key="t", title="T", columns=columns, rows=tuple(map(tuple, rows)), **kw)


def test_counts_of_1_to_10_are_hidden_and_zero_and_11_are_not() -> None:
    got = suppress(table([["a", 0, 1, 10, 11, 250]], counts=frozenset({1, 2, 3, 4, 5})))
    assert got.rows == (("a", 0, H, H, 11, 250),)
    assert got.suppressed


def test_columns_that_are_not_counts_are_left_alone() -> None:
    got = suppress(table([["a", 3, 3]], counts=frozenset({1})))
    assert got.rows == (("a", H, 3),)


def test_a_row_total_never_gives_a_single_hidden_part_away() -> None:
    # 5 is hidden; the total 55 would give it away (55 - 20 - 30), so the smallest other part goes too.
    got = suppress(table([["a", 5, 20, 30, 55]], counts=frozenset({1, 2, 3, 4}), parts=(1, 2, 3), total=4))
    assert got.rows == (("a", H, H, 30, 55),)


def test_a_total_row_never_gives_a_single_hidden_cell_away_and_the_hiding_spreads() -> None:
    # 4 is hidden: row a's total would give it away, so a's 40 goes; column 1's total would too, so 12
    # (its smallest other) goes; that leaves row b with one hidden part, so b's 15 goes. Column 2 now
    # has two hidden cells, column 3 none: done.
    rows = [["a", 4, 40, 44], ["b", 12, 15, 27], ["c", 30, 50, 80], ["all", 46, 105, 151]]
    got = suppress(table(rows, counts=frozenset({1, 2, 3}), parts=(1, 2), total=3, total_row=True))
    assert got.rows == (("a", H, H, 44), ("b", H, H, 27), ("c", 30, 50, 80), ("all", 46, 105, 151))


def test_two_hidden_parts_need_no_more() -> None:
    got = suppress(table([["a", 5, 6, 30, 41]], counts=frozenset({1, 2, 3, 4}), parts=(1, 2, 3), total=4))
    assert got.rows == (("a", H, H, 30, 41),)


def test_figures_worked_out_from_a_hidden_count_are_withheld() -> None:
    rows = [["a", 4, 2.5], ["b", 40, 3.0], ["c", 0, None]]
    got = suppress(table(rows, counts=frozenset({1}), derived={2: (1,)}))
    assert got.rows == (("a", H, W), ("b", 40, 3.0), ("c", 0, None))


def test_a_ratio_to_the_reference_group_goes_with_that_groups_count() -> None:
    rows = [["ref", 5, 1.0], ["x", 40, 2.0]]
    got = suppress(
        table(rows, counts=frozenset({1}), derived={2: (1,)}, reference_row=0, relative=frozenset({2}))
    )
    assert got.rows == (("ref", H, W), ("x", 40, W))


def test_the_disparity_table_of_the_hand_built_program() -> None:
    """Arrests: Asian 5 is hidden, so Hispanic 50, the smallest other non-zero count, goes too (the total
    1,055 would give 5 away). Referrals: every group under 11. Each rate rests on a hidden count, and the
    ratios rest on White's hidden referrals."""
    report = compute(program_data(), period_start=PERIOD[0], period_end=PERIOD[1], team="north")
    disparity = suppress(next(t for t in program_tables(report) if t.key == "disparity"))
    rows = {r[0]: r[1:] for r in disparity.rows}
    assert rows["Asian or Asian American"] == (H, 0, 0, None, None, None, None)
    assert rows["Hispanic/Latina/e/o"] == (H, H, H, W, W, None, None)
    assert rows["Black, African American, or African"] == (400, H, H, W, W, None, None)
    assert rows["White"] == (600, H, H, W, W, None, None)
    assert rows["All"] == (1055, H, H, None, None, None, None)
