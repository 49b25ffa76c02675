"""A small document writer over fpdf2 for the PDFs LEAD Desk makes: a title page, headings, paragraphs,
tables that break across pages with their header repeated, simple bar and line charts drawn with fpdf2's
own lines and rectangles, and a footer on every page from a callback (the PCG report's notice today; a
disclosure packet's 42 CFR §2.32 notice later). Pure Python, no Qt: the app and a headless server make
the same file. Text is DejaVu Sans (fonts.py), so every Latin-script name prints as written."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from leaddesk.reports.fonts import BOLD, REGULAR, font

FAMILY = "DejaVu"
INK = (33, 37, 41)
MUTED = (108, 117, 125)
GRID = (206, 212, 218)
HEADER_FILL = (233, 236, 239)
# Distinguishable in print and for the common colour-vision deficiencies (Okabe-Ito).
PALETTE = ((0, 114, 178), (230, 159, 0), (0, 158, 115), (204, 121, 167), (86, 180, 233), (213, 94, 0))
CHART_HEIGHT = 62.0  # mm of plot area
KEEP_WITH_NEXT = 45.0  # mm a heading needs below it, or it starts the next page


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]  # None: not shown (suppressed, or not computed)


@dataclass(frozen=True)
class Chart:
    """A bar chart (grouped, or stacked) or a line chart over categories, with optional reference lines
    (a caseload standard, a maximum) drawn across it."""

    title: str
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    kind: str = "bar"  # "bar" or "line"
    stacked: bool = False
    references: tuple[tuple[str, float], ...] = ()
    hidden_note: str = "<11"  # written where a value is not shown


class _Pages(FPDF):
    def __init__(self, footer_text: Callable[[int], str]) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_text = footer_text

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FAMILY, "", 7)
        self.set_text_color(*MUTED)
        text = self.footer_text(self.page_no())
        self.cell(0, 4, text, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="R")


class Document:
    """One PDF being written, top to bottom. `footer(page)` gives the text printed at the foot of every
    page (the page number is added on the right)."""

    def __init__(self, *, title: str, footer: Callable[[int], str], author: str = "LEAD Desk") -> None:
        pdf = _Pages(footer_text=footer)
        pdf.add_font(FAMILY, "", font(REGULAR))
        pdf.add_font(FAMILY, "B", font(BOLD))
        pdf.set_title(title)
        pdf.set_author(author)
        pdf.set_creator("LEAD Desk")
        pdf.set_margins(15, 15, 15)
        pdf.set_auto_page_break(auto=True, margin=18)
        pdf.alias_nb_pages()
        self.pdf = pdf

    @property
    def width(self) -> float:
        return float(self.pdf.epw)

    def title_page(self, title: str, lines: Sequence[str]) -> None:
        pdf = self.pdf
        pdf.add_page()
        pdf.set_y(70)
        pdf.set_font(FAMILY, "B", 24)
        pdf.set_text_color(*INK)
        pdf.multi_cell(0, 11, title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(6)
        pdf.set_font(FAMILY, "", 12)
        for line in lines:
            pdf.multi_cell(0, 7, line, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def new_page(self) -> None:
        self.pdf.add_page()

    def heading(self, text: str, *, level: int = 1) -> None:
        pdf = self.pdf
        if pdf.page == 0:
            pdf.add_page()
        if pdf.get_y() + KEEP_WITH_NEXT > pdf.h - pdf.b_margin:
            pdf.add_page()
        elif pdf.get_y() > pdf.t_margin + 1:
            pdf.ln(4 if level > 1 else 6)
        pdf.set_font(FAMILY, "B", 15 if level == 1 else 11.5)
        pdf.set_text_color(*INK)
        pdf.multi_cell(0, 7 if level == 1 else 6, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    def paragraph(self, text: str, *, small: bool = False) -> None:
        pdf = self.pdf
        if pdf.page == 0:
            pdf.add_page()
        pdf.set_font(FAMILY, "", 7.5 if small else 9.5)
        pdf.set_text_color(*(MUTED if small else INK))
        pdf.multi_cell(0, 3.6 if small else 4.8, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    def table(
        self, columns: Sequence[str], rows: Sequence[Sequence[str]], *, numeric: Sequence[bool]
    ) -> None:
        """A table with its header row repeated at the top of every page it runs onto; columns marked
        `numeric` are right-aligned. A first column of labels takes the width its longest text needs
        (up to two fifths of the page, or three tenths for a wide table; a longer label wraps); the
        others share the rest. Drawn cell by cell with fpdf2's plain cells: a table of a few hundred
        rows takes a tenth of a second, not seconds."""
        pdf = self.pdf
        if pdf.page == 0:
            pdf.add_page()
        size = 9.0 if len(columns) <= 6 else 7.5 if len(columns) <= 9 else 6.5
        pdf.set_font(FAMILY, "B", size)  # the header is bold, and the widest
        cap = 0.4 if len(columns) <= 6 else 0.3
        first = min(self.width * cap, max(pdf.get_string_width(str(r[0])) for r in [columns, *rows]) + 5)
        if numeric[0]:  # figures only: every column alike
            first = self.width / len(columns)
        others = (self.width - first) / max(1, len(columns) - 1)
        grid = _Grid(pdf, widths=[first, *[others] * (len(columns) - 1)], size=size, numeric=numeric)
        grid.header(columns)
        for row in rows:
            grid.row(row, repeat=columns)
        pdf.set_font(FAMILY, "", 9.5)
        pdf.ln(2)

    def chart(self, chart: Chart) -> None:
        pdf = self.pdf
        if pdf.page == 0:
            pdf.add_page()
        needed = CHART_HEIGHT + 30
        if pdf.get_y() + needed > pdf.h - pdf.b_margin:
            pdf.add_page()
        _Drawing(pdf, chart).draw()

    def save(self, path: Path) -> None:
        self.pdf.output(str(path))

    def to_bytes(self) -> bytes:
        return bytes(self.pdf.output())


class _Grid:
    """The cells of one table: a bold, shaded header that wraps, rows one line high unless the first
    column's label wraps, and a new page (with the header again) whenever a row would not fit."""

    PAD = 1.2

    def __init__(self, pdf: FPDF, *, widths: list[float], size: float, numeric: Sequence[bool]) -> None:
        self.pdf, self.widths, self.size, self.numeric = pdf, widths, size, numeric
        self.line = size * 0.45

    def _lines(self, text: str, width: float) -> list[str]:
        if self.pdf.get_string_width(text) <= width - 2 * self.PAD:
            return [text]
        wrapped = self.pdf.multi_cell(width - 2 * self.PAD, self.line, text, dry_run=True, output="LINES")
        return [str(line) for line in wrapped] if isinstance(wrapped, list) else [text]

    def header(self, columns: Sequence[str]) -> None:
        pdf = self.pdf
        pdf.set_font(FAMILY, "B", self.size)
        lines = [self._lines(str(c), w) for c, w in zip(columns, self.widths, strict=True)]
        height = max(len(x) for x in lines) * self.line + 2 * self.PAD
        if pdf.will_page_break(height + self.line * 2):
            pdf.add_page()
        self._cells(lines, height, fill=True)

    def row(self, row: Sequence[str], *, repeat: Sequence[str]) -> None:
        pdf = self.pdf
        pdf.set_font(FAMILY, "", self.size)
        lines = [self._lines(str(row[0]), self.widths[0])] + [[str(c)] for c in row[1:]]
        height = max(len(x) for x in lines) * self.line + 2 * self.PAD
        if pdf.will_page_break(height):
            pdf.add_page()
            self.header(repeat)
            pdf.set_font(FAMILY, "", self.size)
        self._cells(lines, height, fill=False)

    def _cells(self, lines: list[list[str]], height: float, *, fill: bool) -> None:
        pdf = self.pdf
        x, y = pdf.l_margin, pdf.get_y()
        pdf.set_draw_color(*GRID)
        pdf.set_line_width(0.15)
        pdf.set_text_color(*INK)
        for j, (text, width) in enumerate(zip(lines, self.widths, strict=True)):
            if fill:
                pdf.set_fill_color(*HEADER_FILL)
            pdf.rect(x, y, width, height, style="DF" if fill else "D")
            align = "R" if self.numeric[j] else "L"
            for k, line in enumerate(text):
                pdf.set_xy(x + self.PAD, y + self.PAD + k * self.line)
                pdf.cell(width - 2 * self.PAD, self.line, line, align=align)
            x += width
        pdf.set_xy(pdf.l_margin, y + height)


class _Drawing:
    """One chart drawn at the current position: title, legend, axis with gridlines, bars or lines."""

    def __init__(self, pdf: FPDF, chart: Chart) -> None:
        self.pdf, self.chart = pdf, chart
        self.left = pdf.l_margin + 12  # room for the axis labels
        self.width = pdf.epw - 12
        values = [v for s in chart.series for v in s.values if v is not None]
        if chart.stacked:
            values = [sum(s.values[i] or 0 for s in chart.series) for i in range(len(chart.labels))]
        top = max([*values, *(v for _, v in chart.references), 0.0])
        self.step = _nice_step(top / 4 if top else 1)
        self.top = self.step * max(1, -(-top // self.step))

    def draw(self) -> None:
        pdf, chart = self.pdf, self.chart
        pdf.set_font(FAMILY, "B", 9.5)
        pdf.set_text_color(*INK)
        pdf.cell(0, 5, chart.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self._legend()
        self.base = pdf.get_y() + 2 + CHART_HEIGHT
        self._axis()
        if chart.kind == "line":
            self._lines()
        else:
            self._bars()
        self._references()
        self._labels()
        pdf.set_y(self.base + 12)

    def y(self, value: float) -> float:
        return self.base - CHART_HEIGHT * value / self.top

    def _legend(self) -> None:
        pdf = self.pdf
        pdf.set_font(FAMILY, "", 7)
        x = pdf.l_margin
        y = pdf.get_y() + 1
        items = [(s.name, PALETTE[i % len(PALETTE)]) for i, s in enumerate(self.chart.series)]
        for name, colour in items:
            pdf.set_fill_color(*colour)
            pdf.rect(x, y + 0.8, 3, 3, style="F")
            pdf.set_xy(x + 4, y)
            pdf.set_text_color(*INK)
            pdf.cell(pdf.get_string_width(name) + 2, 4.5, name)
            x += pdf.get_string_width(name) + 10
        pdf.set_y(y + 5)

    def _axis(self) -> None:
        pdf = self.pdf
        pdf.set_font(FAMILY, "", 6.5)
        pdf.set_line_width(0.15)
        tick = 0.0
        while tick <= self.top + 1e-9:
            pdf.set_draw_color(*GRID)
            pdf.line(self.left, self.y(tick), self.left + self.width, self.y(tick))
            pdf.set_text_color(*MUTED)
            pdf.set_xy(pdf.l_margin, self.y(tick) - 2)
            pdf.cell(10, 4, _number(tick), align="R")
            tick += self.step

    def _slot(self) -> float:
        return self.width / max(1, len(self.chart.labels))

    def _bars(self) -> None:
        pdf, chart = self.pdf, self.chart
        slot = self._slot()
        groups = 1 if chart.stacked else len(chart.series)
        bar = slot * 0.75 / max(1, groups)
        for i in range(len(chart.labels)):
            x0 = self.left + slot * i + slot * 0.125
            stacked = 0.0
            noted = False
            for k, series in enumerate(chart.series):
                value = series.values[i]
                x = x0 if chart.stacked else x0 + bar * k
                if value is None:
                    if not (chart.stacked and noted):  # one note for a stack
                        self._note(x + bar / 2, self.y(0 if chart.stacked else stacked))
                    noted = True
                    continue
                pdf.set_fill_color(*PALETTE[k % len(PALETTE)])
                bottom = stacked if chart.stacked else 0.0
                if value > 0:
                    pdf.rect(
                        x, self.y(bottom + value), bar, self.y(bottom) - self.y(bottom + value), style="F"
                    )
                stacked += value if chart.stacked else 0.0

    def _lines(self) -> None:
        pdf, chart = self.pdf, self.chart
        slot = self._slot()
        pdf.set_line_width(0.6)
        for k, series in enumerate(chart.series):
            pdf.set_draw_color(*PALETTE[k % len(PALETTE)])
            pdf.set_fill_color(*PALETTE[k % len(PALETTE)])
            points = [
                (self.left + slot * (i + 0.5), self.y(v)) if v is not None else None
                for i, v in enumerate(series.values)
            ]
            for a, b in itertools.pairwise(points):
                if a is not None and b is not None:
                    pdf.line(*a, *b)
            for i, point in enumerate(points):
                if point is None:
                    self._note(self.left + slot * (i + 0.5), self.base)
                else:
                    pdf.circle(point[0], point[1], 0.9, style="F")
        pdf.set_line_width(0.15)

    def _references(self) -> None:
        pdf = self.pdf
        pdf.set_font(FAMILY, "", 6.5)
        pdf.set_line_width(0.35)
        for name, value in self.chart.references:
            y = self.y(value)
            pdf.set_draw_color(*INK)
            pdf.set_dash_pattern(dash=1.2, gap=1)
            pdf.line(self.left, y, self.left + self.width, y)
            pdf.set_dash_pattern()
            pdf.set_text_color(*INK)
            pdf.set_xy(self.left + self.width - pdf.get_string_width(name) - 2, y - 4)
            pdf.cell(pdf.get_string_width(name) + 2, 3.5, name)
        pdf.set_line_width(0.15)

    def _labels(self) -> None:
        """Each category's label under its slot, wrapped to the slot's width (three lines at most)."""
        pdf = self.pdf
        pdf.set_font(FAMILY, "", 6.5)
        pdf.set_text_color(*INK)
        slot = self._slot()
        for i, text in enumerate(self.chart.labels):
            pdf.set_xy(self.left + slot * i, self.base + 1)
            wrapped = pdf.multi_cell(slot, 2.8, text, align="C", dry_run=True, output="LINES")
            lines = [str(line) for line in wrapped] if isinstance(wrapped, list) else [text]
            shown = "\n".join(lines[:3]) if len(lines) <= 3 else "\n".join([*lines[:2], lines[2] + "…"])
            pdf.multi_cell(slot, 2.8, shown, align="C")

    def _note(self, x: float, y: float) -> None:
        pdf = self.pdf
        pdf.set_font(FAMILY, "", 5.5)
        pdf.set_text_color(*MUTED)
        note = self.chart.hidden_note
        pdf.set_xy(x - pdf.get_string_width(note) / 2, y - 3.2)
        pdf.cell(pdf.get_string_width(note), 3, note)


def _nice_step(rough: float) -> float:
    """The smallest of 1, 2 or 5 times a power of ten that is at least `rough`."""
    power = 10.0 ** math.floor(math.log10(rough))
    return next(power * f for f in (1, 2, 5, 10) if power * f >= rough - 1e-12)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
