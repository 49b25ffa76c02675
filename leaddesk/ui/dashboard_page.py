"""The dashboard: the program's figures for a period and a team in pictures — caseloads against the
standard, referrals over time, the referral clocks, contacts per month, needs, housing — and who has not
been seen in 14 days (each opens the participant). A supervisor or admin chooses a team; a case manager
sees their own participants (desk/reports.py says why). The figures are worked out off the GUI thread
(`session.runner.query`), a placeholder standing in until the first arrive."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Desk
from leaddesk.desk.report_calendar import DEFAULT_PRESET, Preset, preset_period
from leaddesk.desk.reports import Dashboard, DashboardView
from leaddesk.domain.clock import local_today
from leaddesk.ui.dashboard_cards import DashboardCards
from leaddesk.ui.dashboard_exports import PcgExports
from leaddesk.ui.display import day, describe_error, entry_day_format, number, to_qdate
from leaddesk.ui.keeping_up import KeptUp
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.answers import for_widget
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

PERIOD_KEY = "dashboard.period"
TEAM_KEY = "dashboard.team"
QUERY_KEY = "dashboard"
# A change to these can move a figure the dashboard shows.
_REPORTED = frozenset({"participant", "enrollment", "referral", "contact", "need", "housing_status"})


class DashboardPage(QWidget):
    participant_requested = Signal(str)
    computed = Signal()  # figures arrived and are shown (tests and screenshots wait on it)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.view: DashboardView = session.desk.reports.view()
        self.dashboard: Dashboard | None = None
        self._build_choices()
        self._build_body()
        self._build_layout()
        self._restore_choices()
        self._kept_up = KeptUp(self, session, entities=_REPORTED, on_change=self.refresh, delay_ms=300)

    # -- building ------------------------------------------------------------------------------------

    def _build_choices(self) -> None:
        self.title = QLabel(self.tr("Dashboard"))
        set_role(self.title, "page-title")
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for preset, label in (
            (Preset.LAST_30_DAYS, self.tr("Last 30 days")),
            (Preset.THIS_QUARTER, self.tr("This quarter")),
            (Preset.LAST_12_MONTHS, self.tr("Last 12 months")),
            (Preset.CUSTOM, self.tr("Custom period")),
        ):
            self.period.addItem(label, preset.value)
        self.start = self._date_edit(self.tr("First day"))
        self.end = self._date_edit(self.tr("Last day"))
        self.team = QComboBox()
        self.team.setAccessibleName(self.tr("Team"))
        self.team.addItem(self.tr("All my teams"), None)
        for team in self.view.teams:
            self.team.addItem(fill(self.tr("Team %1"), team), team)
        self.scope_note = QLabel(self.tr("Your own participants"))
        set_role(self.scope_note, "chip")
        self.exports = PcgExports(
            self.session, choices=lambda: (*self.chosen_period(), self.chosen_team()), parent=self
        )

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setToolTip(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(entry_day_format())
        edit.setMaximumDate(to_qdate(local_today()))
        return edit

    def _build_body(self) -> None:
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Dashboard status"))
        self.status.setWordWrap(True)
        set_role(self.status, "quiet")
        self.cards = DashboardCards()
        self.cards.participant_requested.connect(self.participant_requested)
        scroll = QScrollArea()
        # Not a stop of its own: Tab goes through the cards, and the area scrolls to each.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards)
        self.placeholder = QLabel(self.tr("Working out the figures…"))
        self.placeholder.setAccessibleName(self.tr("Working out the figures"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        set_role(self.placeholder, "empty")
        self.body = QStackedWidget()
        self.body.addWidget(self.placeholder)
        self.body.addWidget(scroll)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addSpacing(16)
        for widget in (self.period, self.start, QLabel("–"), self.end, self.team, self.scope_note):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.exports.save_report)
        bar.addWidget(self.exports.save_tables)
        self.team.setVisible(not self.view.mine_only)
        self.scope_note.setVisible(self.view.mine_only)
        self.exports.save_report.setVisible(self.view.may_export)
        self.exports.save_tables.setVisible(self.view.may_export)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.exports.notice)
        layout.addWidget(self.body, 1)

    def _restore_choices(self) -> None:
        """The period and team chosen last time (a supervisor who looks at a quarter keeps it)."""
        saved = self.session.setting(PERIOD_KEY)
        preset = (
            Preset(saved["preset"])
            if isinstance(saved, dict) and saved.get("preset") in set(Preset)
            else None
        )
        self.period.setCurrentIndex(self.period.findData((preset or DEFAULT_PRESET).value))
        if preset is Preset.CUSTOM and isinstance(saved, dict):
            self.start.setDate(QDate.fromString(str(saved.get("start")), Qt.DateFormat.ISODate))
            self.end.setDate(QDate.fromString(str(saved.get("end")), Qt.DateFormat.ISODate))
        team = self.session.setting(TEAM_KEY)
        if team in self.view.teams:
            self.team.setCurrentIndex(self.team.findData(team))
        self._follow_preset()
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.start.dateChanged.connect(self._dates_chosen)
        self.end.dateChanged.connect(self._dates_chosen)
        self.team.currentIndexChanged.connect(self._team_chosen)

    # -- choosing ------------------------------------------------------------------------------------

    def chosen_period(self) -> tuple[date, date]:
        preset = Preset(self.period.currentData())
        if preset is Preset.CUSTOM:
            return self.start.date().toPython(), self.end.date().toPython()
        return preset_period(preset, today=local_today())

    def chosen_team(self) -> str | None:
        team = self.team.currentData()
        return None if self.view.mine_only or team is None else str(team)

    def _follow_preset(self) -> None:
        """The date fields show a named period's days, and are for typing only in a custom one."""
        custom = Preset(self.period.currentData()) is Preset.CUSTOM
        if not custom:
            start, end = self.chosen_period()
            for edit, day in ((self.start, start), (self.end, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)

    def _period_chosen(self) -> None:
        self._follow_preset()
        self._remember()
        self.refresh()

    def _dates_chosen(self) -> None:
        if self.end.date() < self.start.date():  # a period ends after it starts: move the other end
            other = self.end if self.sender() is self.start else self.start
            other.blockSignals(True)
            other.setDate(self.start.date() if other is self.end else self.end.date())
            other.blockSignals(False)
        self._remember()
        self._coalesce.start()  # typing a date moves it several times: count once it settles

    def _team_chosen(self) -> None:
        self.session.set_setting(TEAM_KEY, self.team.currentData())
        self.refresh()

    def _remember(self) -> None:
        start, end = self.chosen_period()
        value = {"preset": self.period.currentData(), "start": start.isoformat(), "end": end.isoformat()}
        self.session.set_setting(PERIOD_KEY, value)

    # -- computing -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Work the figures out again, off the GUI thread, for the period and team chosen."""
        self._kept_up.fresh()
        if not self.session.desk.is_open:
            return  # a timer that fired after a lock: the page is about to go
        start, end = self.chosen_period()
        team = self.chosen_team()
        self.status.setText(
            fill(self.tr("Working out the figures for %1 to %2…"), day(start), day(end))
        )

        def work(desk: Desk) -> Dashboard:
            return desk.reports.dashboard(start=start, end=end, team=team)

        self.session.runner.query(
            work, done=for_widget(self, self._show), failed=for_widget(self, self._failed), key=QUERY_KEY
        )

    def _show(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.cards.show_figures(dashboard)
        self.body.setCurrentIndex(1)
        self.status.setText(self._summary(dashboard))
        self.computed.emit()

    def _summary(self, dashboard: Dashboard) -> str:
        if dashboard.mine_only:
            whose = self.tr("Your own participants")
        elif dashboard.team:
            whose = fill(self.tr("Team %1"), dashboard.team)
        else:
            whose = self.tr("All your teams")
        return fill(
            self.tr("%1 · %2 · %3 to %4 · participants: %5 · in the caseload at the end: %6 · referrals: %7"),
            dashboard.program_name,
            whose,
            day(dashboard.period.start),
            day(dashboard.period.end),
            number(dashboard.participants),
            number(dashboard.caseload.open_at_end),
            number(dashboard.referrals.referrals),
        )

    def _failed(self, error: Exception) -> None:
        text = fill(self.tr("The figures could not be worked out: %1"), describe_error(error))
        self.status.setText(text)
        self.placeholder.setText(text)

    # -- keeping up ----------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the look changed (light or dark): draw again,
            # once the look has finished changing (the palette comes before the rest of it).
            QTimer.singleShot(0, self, self.cards.restyle)
