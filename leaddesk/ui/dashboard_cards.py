"""The dashboard's cards: a heading, a chart and a sentence or two under it, for each measure a
supervisor looks at every week, and the list of participants not seen in 14 days. `show(dashboard)`
draws every card from the figures the desk computed; `restyle()` draws them again in the look now in
use (light or dark)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk.reports import Dashboard, HousingGroup
from leaddesk.domain.assignment import CaseloadLevel
from leaddesk.domain.enums import ReferralDoor
from leaddesk.ui import dashboard_charts as charts
from leaddesk.ui import display
from leaddesk.ui.dashboard_model import NotSeenModel
from leaddesk.ui.labels import enum_label, table_label
from leaddesk.ui.look import set_name, set_role
from leaddesk.ui.models import ParticipantIdRole
from leaddesk.ui.participant.referral_panel import DOOR_LABELS
from leaddesk.ui.table_view import RecordTable
from leaddesk.ui.text import fill

LEAD_BAND_FLOOR = 12  # the LEAD toolkit's intensive standard is 12 to 15; the program sets the top
CHART_HEIGHT = 230
TOP_ROWS = 5  # a referral chart's own colours; the rest together as "Other"
CASELOAD, NOT_SEEN, REFERRALS, CLOCKS, CONTACTS, NEEDS, HOUSING = (
    "caseload", "not_seen", "referrals", "clocks", "contacts", "needs", "housing",
)  # fmt: skip
DIMENSIONS = ("by_door", "by_agency", "by_precinct", "by_offence")


class Card(QFrame):
    """A heading, what it shows (a chart, or a list), and a note under it."""

    def __init__(self, heading: str, body: QWidget, *, tools: QWidget | None = None) -> None:
        super().__init__()
        set_name(self, "chart-card")
        if not body.accessibleName():
            body.setAccessibleName(heading)  # a chart is a picture: its heading is its name
        self.heading = QLabel(heading)
        set_role(self.heading, "heading")
        self.note = QLabel()
        self.note.setWordWrap(True)
        set_role(self.note, "quiet")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        if tools is not None:
            top.addWidget(tools)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addWidget(self.note)


class DashboardCards(QWidget):
    participant_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard: Dashboard | None = None
        self.views: dict[str, QChartView] = {}
        self._build_not_seen()
        self._build_dimension()
        self.cards = {
            CASELOAD: Card(self.tr("Caseload per case manager"), self._view(CASELOAD)),
            NOT_SEEN: Card(self.tr("Not seen in 14 days"), self.not_seen),
            REFERRALS: Card(self.tr("Referrals"), self._view(REFERRALS), tools=self.dimension),
            CLOCKS: Card(self.tr("Referral to engagement"), self._view(CLOCKS)),
            CONTACTS: Card(self.tr("Contacts per participant per month"), self._view(CONTACTS)),
            NEEDS: Card(self.tr("Needs opened and met"), self._view(NEEDS)),
            HOUSING: Card(self.tr("Housing at entry and now"), self._view(HOUSING)),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        # Month by month and person by person on the wide cards, so a year's months have room.
        for key, row, column, span in (
            (CASELOAD, 0, 0, 2), (NOT_SEEN, 0, 2, 1),
            (REFERRALS, 1, 0, 2), (CLOCKS, 1, 2, 1),
            (CONTACTS, 2, 0, 2), (HOUSING, 2, 2, 1),
            (NEEDS, 3, 0, 3),
        ):  # fmt: skip
            grid.addWidget(self.cards[key], row, column, 1, span)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(4, 1)  # room left over goes below the cards, not into them

    def _fit_caseload(self, rows: int) -> None:
        """Room for every case manager's name beside their bar."""
        self.views[CASELOAD].setFixedHeight(max(CHART_HEIGHT, 100 + 24 * rows))

    def _view(self, key: str) -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Two rows of cards fit a 1366x768 screen: caseloads and who is unseen, then the referrals.
        view.setFixedHeight(CHART_HEIGHT)
        view.setFrameShape(QFrame.Shape.NoFrame)
        self.views[key] = view
        return view

    def _build_not_seen(self) -> None:
        self.not_seen_model = NotSeenModel()
        self.not_seen = RecordTable()
        self.not_seen.setAccessibleName(self.tr("Participants not seen in 14 days"))
        self.not_seen.setToolTip(self.tr("Enter or a double-click opens the participant"))
        self.not_seen.setModel(self.not_seen_model)
        self.not_seen.setMinimumHeight(CHART_HEIGHT)  # and as tall as the caseload beside it
        self.not_seen.open_requested.connect(self._open)

    def _build_dimension(self) -> None:
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Referrals counted by"))
        for key, label in zip(
            DIMENSIONS,
            (
                self.tr("by door"),
                self.tr("by agency"),
                self.tr("by precinct"),
                self.tr("by offence category"),
            ),
            strict=True,
        ):
            self.dimension.addItem(label, key)
        self.dimension.currentIndexChanged.connect(lambda _i: self._draw_referrals())

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.participant_requested.emit(str(index.data(ParticipantIdRole)))

    def chart(self, key: str) -> QChart:
        return self.views[key].chart()

    # -- drawing -------------------------------------------------------------------------------------

    def show_figures(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.not_seen_model.show(dashboard.not_seen.rows, staff_name=dashboard.staff_name)
        header = self.not_seen.horizontalHeader()
        for column in range(self.not_seen_model.columnCount()):
            fit = (
                QHeaderView.ResizeMode.Stretch
                if column == NotSeenModel.COL_NAME
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, fit)
        self.not_seen.setColumnHidden(NotSeenModel.COL_CASE_MANAGER, dashboard.mine_only)  # all theirs
        self.restyle()

    def restyle(self) -> None:
        """Every chart drawn again from the figures shown, in the look in use now."""
        if self.dashboard is None:
            return
        look = charts.chart_look()
        self._draw_caseload(look)
        self._draw_referrals(look)
        self._draw_clocks(look)
        self._draw_contacts(look)
        self._draw_needs(look)
        self._draw_housing(look)
        self._note_not_seen()

    def _put(self, key: str, chart: QChart) -> None:
        old = self.views[key].chart()
        self.views[key].setChart(chart)
        self.views[key].setBackgroundBrush(chart.backgroundBrush())  # no strip of another colour around it
        if old is not None:
            old.deleteLater()  # a view does not delete the chart it is given another for

    def _draw_caseload(self, look: charts.ChartLook) -> None:
        assert self.dashboard is not None
        report = self.dashboard.caseload
        rows = report.rows
        over = [r.level is CaseloadLevel.ABOVE_MAXIMUM for r in rows]
        band = (min(LEAD_BAND_FLOOR, report.standard), report.standard)
        words = (
            self.tr("Open participants"),
            fill(self.tr("Standard caseload (%1–%2)"), *band),
            fill(self.tr("Maximum (%1)"), report.maximum),
        )
        self._fit_caseload(len(rows))
        self._put(CASELOAD, charts.caseload_chart(
            names=[r.name for r in rows], counts=[r.open_at_end for r in rows], over=over, band=band,
            maximum=report.maximum, words=words, look=look,
        ))  # fmt: skip
        self.cards[CASELOAD].note.setText(self._caseload_note())

    def _caseload_note(self) -> str:
        assert self.dashboard is not None
        report = self.dashboard.caseload
        above_max = [
            f"{r.name} ({r.open_at_end})" for r in report.rows if r.level is CaseloadLevel.ABOVE_MAXIMUM
        ]
        above_std = [
            fill(self.tr("%1 (%2 of %3)"), r.name, r.open_at_end, r.standard)
            for r in report.rows
            if r.level is CaseloadLevel.ABOVE_STANDARD
        ]
        said = [fill(self.tr("In the caseload on %1."), display.day(report.as_of))]
        if above_max:
            said.append(fill(self.tr("Above the maximum of %1: %2."), report.maximum, ", ".join(above_max)))
        else:
            said.append(fill(self.tr("No one is above the maximum of %1."), report.maximum))
        if above_std:
            said.append(fill(self.tr("Above their standard: %1."), ", ".join(above_std)))
        return " ".join(said)

    def _months(self) -> list[str]:
        assert self.dashboard is not None
        return [month_label(m) for m in self.dashboard.referrals.by_door.months]

    def _draw_referrals(self, look: charts.ChartLook | None = None) -> None:
        if self.dashboard is None:
            return
        breakdown = getattr(self.dashboard.referrals, str(self.dimension.currentData()))
        rows = list(breakdown.rows)
        named = [(self._referral_label(row.key, row.label), row.per_month) for row in rows]
        if len(rows) > TOP_ROWS + 1:  # the biggest in the report's order (colours stay put), the rest as one
            kept = set(sorted(range(len(rows)), key=lambda i: -rows[i].total)[:TOP_ROWS])
            other = tuple(
                sum(rows[i].per_month[m] for i in range(len(rows)) if i not in kept)
                for m in range(len(breakdown.months))
            )
            named = [*(named[i] for i in sorted(kept)), (self.tr("Other"), other)]
        chart = charts.stacked_months_chart(
            months=self._months(), rows=named, look=look or charts.chart_look()
        )
        charts.small_font(chart)
        self._put(REFERRALS, chart)
        referrals = self.dashboard.referrals
        self.cards[REFERRALS].note.setText(
            fill(
                self.tr("%1 referrals of %2 participants in the period."),
                referrals.referrals,
                referrals.participants,
            )
        )

    def _referral_label(self, key: str, label: str) -> str:
        if not key:
            return self.tr("Not recorded")
        if self.dimension.currentData() == "by_door" and key in set(ReferralDoor):
            return table_label("RecordTabs", DOOR_LABELS, ReferralDoor(key))
        return label  # the program's own list, in its own words

    def _draw_clocks(self, look: charts.ChartLook) -> None:
        assert self.dashboard is not None
        clock = self.dashboard.clocks.engagement
        buckets = [
            (self.tr("Same day"), clock.same_day),
            (self.tr("1–7 days"), clock.within_7),
            (self.tr("8–30 days"), clock.within_30),
            (self.tr("Over 30 days"), clock.longer),
            (self.tr("Not engaged yet"), clock.episodes - clock.engaged),
        ]
        chart = charts.grouped_chart(
            categories=[b[0] for b in buckets],
            sets=[(self.tr("Episodes"), [b[1] for b in buckets])],
            look=look,
            horizontal=True,
        )
        charts.small_font(chart)
        self._put(CLOCKS, chart)
        self.cards[CLOCKS].note.setText(self._clocks_note())

    def _clocks_note(self) -> str:
        assert self.dashboard is not None
        clocks = self.dashboard.clocks
        engagement, handoff, intake = clocks.engagement, clocks.handoff, clocks.intake
        if engagement.median_days is None:
            first = fill(
                self.tr("None of the %1 episodes referred in the period engaged by its end."),
                engagement.episodes,
            )
        else:
            first = fill(
                self.tr("Median %1 days to engagement (%2 of %3 engaged)."),
                display.number(engagement.median_days),
                engagement.engaged,
                engagement.episodes,
            )
        said = [
            first,
            fill(self.tr("Warm hand-off: %1 of %2 referrals, %3 within 30 minutes."),
                 handoff.handed_off, handoff.referrals, handoff.within_target),
            fill(self.tr("Intake deadline: %1 met, %2 missed, %3 still open."),
                 intake.met, intake.missed, intake.pending),
        ]  # fmt: skip
        if handoff.from_officers:
            said.append(fill(
                self.tr("Officers' referrals: %1 met, %2 could not be located, %3 declined, %4 waiting."),
                handoff.met, handoff.not_located, handoff.declined, handoff.waiting,
            ))  # fmt: skip
        return " ".join(said)

    def _draw_contacts(self, look: charts.ChartLook) -> None:
        assert self.dashboard is not None
        months = self.dashboard.contacts.months
        values = [round(m.per_participant or 0.0, 1) for m in months]
        chart = charts.grouped_chart(
            categories=[month_label(m.month) for m in months],
            sets=[(self.tr("Contacts per participant"), values)],
            look=look,
            decimals=1,
        )
        charts.small_font(chart)
        self._put(CONTACTS, chart)
        contacts = sum(m.contacts for m in months)
        self.cards[CONTACTS].note.setText(
            fill(self.tr("%1 contacts with the participants in the caseload each month."), contacts)
        )

    def _draw_needs(self, look: charts.ChartLook) -> None:
        assert self.dashboard is not None
        rows = [r for r in self.dashboard.needs.rows if r.opened or r.met or r.still_open]
        chart = charts.grouped_chart(
            categories=[enum_label(r.domain) for r in rows],
            sets=[(self.tr("Opened"), [r.opened for r in rows]), (self.tr("Met"), [r.met for r in rows])],
            look=look,
        )
        charts.small_font(chart, slanted=True)
        self._put(NEEDS, chart)
        still_open = sum(r.still_open for r in self.dashboard.needs.rows)
        self.cards[NEEDS].note.setText(fill(self.tr("%1 needs still open or in progress."), still_open))

    def _draw_housing(self, look: charts.ChartLook) -> None:
        assert self.dashboard is not None
        housing = self.dashboard.housing
        rows = [r for r in housing.rows if r.at_entry or r.latest]
        chart = charts.grouped_chart(
            categories=[enum_label(HousingGroup(r.group)) for r in rows],
            sets=[
                (self.tr("At entry"), [r.at_entry for r in rows]),
                (self.tr("Now"), [r.latest for r in rows]),
            ],
            look=look,
            horizontal=True,
        )
        charts.small_font(chart)
        self._put(HOUSING, chart)
        self.cards[HOUSING].note.setText(
            fill(self.tr("%1 of %2 participants moved into permanent housing since entry."),
                 housing.housed_since_entry, housing.participants)
        )  # fmt: skip

    def _note_not_seen(self) -> None:
        assert self.dashboard is not None
        report = self.dashboard.not_seen
        self.cards[NOT_SEEN].note.setText(
            fill(self.tr("%1 of the %2 participants expected to be seen, as of %3."), len(report.rows),
                 report.expected, display.day(report.as_of))
        )  # fmt: skip


def month_label(month: date) -> str:
    """A month as the app's language abbreviates it, with the year ("Nov 26")."""
    return display.month(month)
