"""The report PDFs' own line breaking (reports/pdf.py `wrapped`): every line fits the width in the
font it is drawn in, no word is lost or reordered, explicit line breaks are kept, and a word wider
than a line is broken into pieces that fit."""

from __future__ import annotations

from typing import Any

import pytest

from leaddesk.reports.pdf import Document
from leaddesk.reports.pdf_style import FAMILY

TEXT = (
    "Caseload per case manager: participants in the caseload at the end of the period against the "
    "program's standard band (12 to 15) and its maximum (25); cells of 1 to 10 are shown as <11.\n"
    "Second paragraph after a line break, with Zoë Ñúñez-Ibáñez spelled as written."
)


@pytest.fixture
def pages() -> Any:
    document = Document(title="Wrapping", footer=lambda page: "")
    document.new_page()
    return document.pdf


@pytest.mark.parametrize(("size", "width"), [(9.5, 180.0), (7.5, 60.0), (6.5, 21.0)])
def test_lines_fit_and_keep_every_word_in_order(pages: Any, size: float, width: float) -> None:
    pages.set_font(FAMILY, "", size)
    lines = pages.wrapped(TEXT, width)
    assert all(pages.get_string_width(line) <= width + 1e-6 for line in lines)
    assert " ".join(lines).split() == TEXT.split()
    assert len(lines) >= 2  # the line break at least


def test_a_narrower_width_takes_more_lines_and_a_line_break_starts_one(pages: Any) -> None:
    pages.set_font(FAMILY, "", 9.5)
    wide, narrow = pages.wrapped(TEXT, 180.0), pages.wrapped(TEXT, 60.0)
    assert len(narrow) > len(wide)
    assert any(line.startswith("Second paragraph") for line in wide)


def test_a_word_wider_than_the_line_is_broken_into_pieces_that_fit(pages: Any) -> None:
    pages.set_font(FAMILY, "B", 9.0)
    word = "Ibáñez-" * 12
    lines = pages.wrapped(f"see {word} there", 30.0)
    assert all(pages.get_string_width(line) <= 30.0 + 1e-6 for line in lines)
    assert "".join(lines).replace(" ", "") == f"see{word}there"
    assert len(lines) > 3


def test_widths_are_those_of_the_font_in_use(pages: Any) -> None:
    """The same text breaks differently in bold than in regular at the same size: a width remembered
    for one font is not used for the other."""
    pages.set_font(FAMILY, "", 9.5)
    regular = pages.wrapped(TEXT, 70.0)
    pages.set_font(FAMILY, "B", 9.5)
    bold = pages.wrapped(TEXT, 70.0)
    assert all(pages.get_string_width(line) <= 70.0 + 1e-6 for line in bold)
    assert regular != bold
