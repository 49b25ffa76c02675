"""Translated sentences get their values through one helper, in one pass, and every sentence is written
where lupdate can read it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from leaddesk.ui.text import MissingArgument, fill

PACKAGE = Path(__file__).resolve().parents[2] / "leaddesk"


def test_fill_replaces_each_marker_once() -> None:
    # A value that contains a marker is shown as typed, not filled again by the next value.
    assert fill("Note by %1 about %2", "Sam %2", "housing") == "Note by Sam %2 about housing"
    assert fill("%2 before %1", "one", "two") == "two before one"
    assert fill("%1, %1 and %1", "again") == "again, again and again"


def test_fill_leaves_what_is_not_a_marker() -> None:
    assert fill("%n day(s), 100% done, %0 stays", "x") == "%n day(s), 100% done, %0 stays"
    assert fill("no markers") == "no markers"
    assert fill("%1 of %2", 3, 7) == "3 of 7"  # values are shown with str()


def test_fill_reads_two_digit_markers() -> None:
    values = [f"v{i}" for i in range(1, 12)]
    assert fill("%10 and %11 and %1", *values) == "v10 and v11 and v1"


def test_a_missing_value_is_a_clear_error() -> None:
    with pytest.raises(MissingArgument, match=r"%3, but only 2 value"):
        fill("From %1 to %2 by %3", "here", "there")


def test_a_translation_may_leave_a_value_out() -> None:
    assert fill("Saved.", "unused") == "Saved."


def _replace_chains() -> list[str]:
    """Every `.replace("%1", …)` (or %n) on a string in the package: arguments go through fill()."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "replace"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and node.args[0].value.startswith("%")
            ):
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}")
    return found


def test_no_sentence_is_filled_by_replace() -> None:
    assert _replace_chains() == []
