"""Screens stay readable: no function in leaddesk/ui is longer than a screenful, so a widget's
constructor reads as a list of named parts (`_build_header`, `_build_buttons`, ...) instead of one long
run of widget calls (issue 12)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "leaddesk"
UI = PACKAGE / "ui"
MAX_LINES = 60  # the def line to the last line of the body, as the AST counts them

def long_functions(source: str, *, module: str, limit: int) -> list[str]:
    """`module:line name (N lines)` for every function or method in `source` longer than `limit`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            lines = node.end_lineno - node.lineno + 1
            if lines > limit:
                found.append(f"{module}:{node.lineno} {node.name} ({lines} lines)")
    return found


def _function(lines: int, *, indent: str = "") -> str:
    """A function of exactly `lines` lines, counting its def."""
    return indent + "def build():\n" + (indent + "    pass\n") * (lines - 1)


def test_the_measure_counts_the_def_through_its_last_line() -> None:
    assert long_functions(_function(60), module="m", limit=60) == []
    assert long_functions(_function(61), module="m", limit=60) == ["m:1 build (61 lines)"]
    method = "class Card:\n" + _function(61, indent="    ")
    assert long_functions(method, module="m", limit=60) == ["m:2 build (61 lines)"]


def test_no_function_in_the_ui_is_longer_than_a_screenful() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        offenders += long_functions(path.read_text(), module=f"leaddesk/{module}", limit=MAX_LINES)
    assert offenders == [], (
        f"split these into named parts of at most ~30 lines (limit {MAX_LINES}): " + "; ".join(offenders)
    )
