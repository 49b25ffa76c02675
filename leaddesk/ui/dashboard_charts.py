"""The dashboard's charts (QtCharts), one function per picture, each drawn from the figures the desk
computed and in the colours of the look in use: QtCharts paints itself, so its colours come from the
look's [charts] table (ui/look.py) and the palette, never from a style sheet. A chart is built again
whenever its figures or the look change; nothing in it is kept between builds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractBarSeries,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QApplication

from leaddesk.ui.look import Scheme, current_scheme, variant

SERIES = 6  # distinct series colours a chart uses before it groups the rest as "other"


@dataclass(frozen=True)
class ChartLook:
    background: QColor  # the card's (the palette's Base), behind the plot too
    text: QColor
    grid: QColor
    band: QColor
    maximum: QColor
    series: tuple[QColor, ...]

    def colour(self, index: int) -> QColor:
        return self.series[index % len(self.series)]


def chart_look() -> ChartLook:
    """The colours of the look the app shows now (light when no look was applied, as in some tests)."""
    app = QApplication.instance()
    scheme = current_scheme(app) if isinstance(app, QApplication) else None
    charts = variant(scheme or Scheme.LIGHT).charts
    palette = QApplication.palette()
    return ChartLook(
        background=palette.color(QPalette.ColorRole.Base),
        text=palette.color(QPalette.ColorRole.WindowText),
        grid=QColor(charts["grid"]),
        band=QColor(charts["band"]),
        maximum=QColor(charts["maximum"]),
        series=tuple(QColor(charts[f"series-{n}"]) for n in range(1, SERIES + 1)),
    )


def new_chart(look: ChartLook, *, legend: bool = True) -> QChart:
    """A chart on the card's own colour, in the look's text colour."""
    chart = QChart()
    chart.setBackgroundBrush(QBrush(look.background))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setBackgroundRoundness(0)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)  # axis numbers as the app's language writes them (its default QLocale)
    chart.legend().setVisible(legend)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setLabelColor(look.text)
    return chart


def style_axis(axis: QAbstractAxis, look: ChartLook, *, grid: bool = True) -> None:
    axis.setLabelsColor(look.text)
    axis.setLinePen(QPen(look.grid))
    axis.setGridLineColor(look.grid)
    axis.setGridLineVisible(grid)
    axis.setMinorGridLineVisible(False)


def count_axis(look: ChartLook, top: float, *, decimals: int = 0) -> QValueAxis:
    """A value axis from 0 to a round number at or above `top`."""
    axis = QValueAxis()
    axis.setRange(0, top if decimals and top > 0 else max(1.0, top))
    axis.applyNiceNumbers()
    axis.setLabelFormat(f"%.{decimals}f")
    style_axis(axis, look)
    return axis


def category_axis(look: ChartLook, labels: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    style_axis(axis, look, grid=False)
    return axis


def bar_set(name: str, values: Sequence[float], colour: QColor) -> QBarSet:
    bars = QBarSet(name)
    bars.append([float(v) for v in values])
    bars.setColor(colour)
    bars.setBorderColor(colour)
    return bars


def add_bars(
    chart: QChart,
    series: QAbstractBarSeries,
    *,
    categories: QBarCategoryAxis,
    values: QValueAxis,
    horizontal: bool = False,
) -> None:
    chart.addSeries(series)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)


def labelled(series: QAbstractBarSeries, look: ChartLook, *, decimals: int = 0) -> QAbstractBarSeries:
    """Each bar's value written at its end, so nobody has to read it off the axis."""
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    series.setLabelsPrecision(decimals + 4)
    for bars in series.barSets():
        bars.setLabelColor(look.text)
    return series


def caseload_chart(
    *,
    names: Sequence[str],
    counts: Sequence[int],
    over: Sequence[bool],
    band: tuple[int, int],
    maximum: int,
    words: tuple[str, str, str],
    look: ChartLook,
) -> QChart:
    """Open participants per case manager as horizontal bars (the first at the top), over the standard
    band, with the maximum as a line; a bar above the maximum is drawn in the maximum's colour.
    `words`: the bars', the band's and the maximum's names in the legend."""
    chart = new_chart(look)
    top = len(names) - 0.5
    area = _band(band, top=top, look=look, name=words[1])
    chart.addSeries(area)  # before the bars: drawn behind them
    bars = bar_set(words[0], list(reversed(counts)), look.colour(0))
    bars.setSelectedColor(look.maximum)
    bars.selectBars([i for i, flag in enumerate(reversed(over)) if flag])
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setBarWidth(0.6 if len(names) > 2 else 0.3)
    values = count_axis(look, max([maximum + 2, *[c + 2 for c in counts]]))
    people = category_axis(look, list(reversed(names)))
    people.setTruncateLabels(False)  # a name is never cut short: the chart is made tall enough
    add_bars(chart, labelled(series, look), categories=people, values=values, horizontal=True)
    rows = QValueAxis()  # the band and the line need numbers along the bars' axis: one per row
    rows.setRange(-0.5, top)
    rows.setVisible(False)
    chart.addAxis(rows, Qt.AlignmentFlag.AlignRight)
    limit = _line([(maximum, -0.5), (maximum, top)])
    limit.setName(words[2])
    limit.setPen(QPen(look.maximum, 2, Qt.PenStyle.DashLine))
    chart.addSeries(limit)
    for extra in (area, limit):
        extra.attachAxis(values)
        extra.attachAxis(rows)
    return chart


def _band(band: tuple[int, int], *, top: float, look: ChartLook, name: str) -> QAreaSeries:
    """The standard caseload: a shaded strip across every row, from its low end to its high end."""
    low, high = band
    area = QAreaSeries()
    for edge, y in ((area.setLowerSeries, -0.5), (area.setUpperSeries, top)):
        line = _line([(low, y), (high, y)])
        line.setParent(area)  # an area series does not own its edges
        edge(line)
    area.setName(name)
    area.setColor(look.band)
    area.setBorderColor(look.band)
    return area


def _line(points: Sequence[tuple[float, float]]) -> QLineSeries:
    series = QLineSeries()
    series.append([QPointF(x, y) for x, y in points])
    return series


def stacked_months_chart(
    *, months: Sequence[str], rows: Sequence[tuple[str, Sequence[int]]], look: ChartLook
) -> QChart:
    """Counts per month, stacked by what they are counted under (one colour each)."""
    chart = new_chart(look)
    series = QStackedBarSeries()
    for index, (name, counts) in enumerate(rows):
        series.append(bar_set(name, counts, look.colour(index)))
    totals = [sum(r[1][m] for r in rows) for m in range(len(months))]
    add_bars(
        chart, series, categories=category_axis(look, months), values=count_axis(look, max(totals, default=0))
    )
    return chart


def grouped_chart(
    *,
    categories: Sequence[str],
    sets: Sequence[tuple[str, Sequence[float]]],
    look: ChartLook,
    horizontal: bool = False,
    decimals: int = 0,
) -> QChart:
    """One bar per set in each category, side by side, labelled with its value."""
    chart = new_chart(look, legend=len(sets) > 1)
    series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    order = list(reversed(categories)) if horizontal else list(categories)
    # Horizontal bars stack a category's sets from the bottom up: the first set goes in last, so it is
    # drawn on top, as the legend (reversed too) lists it first.
    for index, (name, values) in reversed(list(enumerate(sets))) if horizontal else enumerate(sets):
        shown = list(reversed(values)) if horizontal else list(values)
        series.append(bar_set(name, shown, look.colour(index)))
    chart.legend().setReverseMarkers(horizontal)
    top = max((v for _, values in sets for v in values), default=0) * 1.15
    add_bars(
        chart,
        labelled(series, look, decimals=decimals),
        categories=category_axis(look, order),
        values=count_axis(look, top, decimals=decimals if top < 4 else 0),
        horizontal=horizontal,
    )
    return chart


def small_font(chart: QChart, *, slanted: bool = False) -> None:
    """Category names in a slightly smaller font, so a month fits under its bar; `slanted` tilts
    them too, for names longer than a bar is wide (need domains)."""
    for axis in chart.axes():
        font = QFont(axis.labelsFont())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        axis.setLabelsFont(font)
        if slanted and isinstance(axis, QBarCategoryAxis):
            axis.setLabelsAngle(-30)
            axis.setTruncateLabels(False)  # slanted, a whole name fits
