"""A small document writer over fpdf2 for the PDFs LEAD Desk makes: a title page, headings, paragraphs,
tables that break across pages with their header repeated, simple bar and line charts drawn with fpdf2's
own lines and rectangles, and a footer on every page from a callback (the PCG report's notice today; a
disclosure packet's 42 CFR §2.32 notice later). Pure Python, no Qt: the app and a headless server make
the same file. Text is DejaVu Sans (fonts.py), so every Latin-script name prints as written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from leaddesk.reports.fonts import BOLD, REGULAR, font
from leaddesk.reports.pdf_charts import CHART_HEIGHT, Chart, Series, draw_chart
from leaddesk.reports.pdf_style import FAMILY, GRID, HEADER_FILL, INK, MUTED

KEEP_WITH_NEXT = 45.0  # mm a heading needs below it, or it starts the next page
__all__ = ["Chart", "Document", "Series"]


class _Pages(FPDF):
    FOOTER_LINE = 3.0  # mm per line of footer text

    def __init__(self, footer_text: Callable[[int], str]) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_text = footer_text
        self._widths: dict[tuple[str, str, float, str], float] = {}

    def footer_lines(self, text: str) -> list[str]:
        """The footer's text wrapped to the page, less the room its page number takes."""
        self.set_font(FAMILY, "", 7)
        return self.wrapped(text, self.epw - self.get_string_width("Page 999 of 999") - 4)

    def wrapped(self, text: str, width: float) -> list[str]:
        """`text` broken into lines no wider than `width` in the current font, at spaces (at the line
        breaks it has; inside a word only when the word alone is wider). fpdf2's multi_cell measures a
        text character by character in Python, every time: the report's paragraphs and footers took
        seconds; a word's width is measured once per font here."""
        lines: list[str] = []
        space = self._width(" ")
        for part in text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in part.split(" "):
                size = self._width(word)
                if line and used + space + size > width:
                    lines.append(" ".join(line))
                    line, used = [], 0.0
                if not line and size > width:
                    *whole, word = self._broken(word, width)
                    lines.extend(whole)
                    size = self._width(word)
                used += size + (space if line else 0.0)
                line.append(word)
            lines.append(" ".join(line))
        return lines

    def text_width(self, text: str) -> float:
        """The width of `text` in the current font, measured once per font."""
        return self._width(text)

    def _width(self, word: str) -> float:
        key = (self.font_family, self.font_style, self.font_size_pt, word)
        if (known := self._widths.get(key)) is None:
            known = self._widths[key] = float(self.get_string_width(word))
        return known

    def _broken(self, word: str, width: float) -> list[str]:
        """A word wider than a line, in pieces that fit (the last one possibly shorter)."""
        pieces, piece = [], ""
        for char in word:
            if piece and self.get_string_width(piece + char) > width:
                pieces.append(piece)
                piece = ""
            piece += char
        return [*pieces, piece]

    def header(self) -> None:
        # Room at the foot of every page for the footer: a disclosure notice runs to several lines. Its
        # text is known only once a page is open to measure it on.
        lines = len(self.footer_lines(self.footer_text(self.page_no())))
        self.set_auto_page_break(auto=True, margin=max(18.0, 12 + self.FOOTER_LINE * lines))

    def footer(self) -> None:
        lines = self.footer_lines(self.footer_text(self.page_no()))
        self.set_y(-(8 + self.FOOTER_LINE * len(lines)))
        self.set_font(FAMILY, "", 7)
        self.set_text_color(*MUTED)
        top = self.get_y()
        for line in lines:
            self.cell(0, self.FOOTER_LINE, line, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_xy(self.l_margin, top)
        self.cell(0, self.FOOTER_LINE, f"Page {self.page_no()} of {{nb}}", align="R")


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
        pdf.set_auto_page_break(auto=True, margin=18)  # header() widens it for a longer footer
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
        for line in pdf.wrapped(text, self.width):
            pdf.cell(self.width, 3.6 if small else 4.8, line, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
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
        draw_chart(pdf, chart)

    def save(self, path: Path) -> None:
        self.pdf.output(str(path))

    def to_bytes(self) -> bytes:
        return bytes(self.pdf.output())


class _Grid:
    """The cells of one table: a bold, shaded header that wraps, rows one line high unless the first
    column's label wraps, and a new page (with the header again) whenever a row would not fit."""

    PAD = 1.2

    def __init__(self, pdf: _Pages, *, widths: list[float], size: float, numeric: Sequence[bool]) -> None:
        self.pdf, self.widths, self.size, self.numeric = pdf, widths, size, numeric
        self.line = size * 0.45

    def _lines(self, text: str, width: float) -> list[str]:
        return self.pdf.wrapped(text, width - 2 * self.PAD)

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
            right = self.numeric[j]
            for k, line in enumerate(text):
                # Where fpdf2's cell() puts its text (a margin in from the side, the baseline three
                # tenths of the font below the line's middle), by pdf.text(), which only writes it:
                # cell() laid out every figure of a long table again, half the PDF's time.
                if not line:
                    continue
                start = x + self.PAD + pdf.c_margin
                if right:
                    start = x + width - self.PAD - pdf.c_margin - pdf.text_width(line)
                pdf.text(start, y + self.PAD + (k + 0.5) * self.line + 0.3 * pdf.font_size, line)
            x += width
        pdf.set_xy(pdf.l_margin, y + height)
