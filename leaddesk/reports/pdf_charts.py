"""Simple charts for the reports' PDFs, drawn with fpdf2's own lines and rectangles (no plotting library,
so a headless server draws them as the app does): bars, grouped or stacked, and lines over categories,
with reference lines across them and a note where a value is not shown (suppressed)."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from leaddesk.reports.pdf_style import FAMILY, GRID, INK, MUTED, PALETTE

CHART_HEIGHT = 62.0  # mm of plot area


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


def draw_chart(pdf: FPDF, chart: Chart) -> None:
    """Draw `chart` at the current position (the caller has made room for it)."""
    _Drawing(pdf, chart).draw()


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
