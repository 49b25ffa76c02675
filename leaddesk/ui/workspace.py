"""The unlocked workspace: a navigation list on the left (Caseload, Today, Search, Sync, Dashboard) and
the page it selects, plus the participant page opened from any of them. Built for one session,
destroyed on lock."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.storage.errors import RecordNotFound
from leaddesk.ui.caseload_page import CaseloadPage
from leaddesk.ui.conference_page import ConferencePage
from leaddesk.ui.dashboard_page import DashboardPage
from leaddesk.ui.handoff_alert import HandoffAlert
from leaddesk.ui.icons import icon
from leaddesk.ui.look import set_name
from leaddesk.ui.participant.page import ParticipantPage
from leaddesk.ui.search_page import SearchPage
from leaddesk.ui.session import Session
from leaddesk.ui.sync.page import SyncPage
from leaddesk.ui.today_page import TodayPage

CASELOAD, TODAY, SEARCH, SYNC, PARTICIPANT = "caseload", "today", "search", "sync", "participant"
CONFERENCE = "conference"
DASHBOARD = "dashboard"
NAV_PAGES = (CASELOAD, TODAY, CONFERENCE, SEARCH, SYNC, DASHBOARD)


class Workspace(QWidget):
    """Holds the pages; `location()`/`restore()` bring the user back where they were after a lock."""

    page_changed = Signal(str)
    notice = Signal(str)  # a passing message for the status bar

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.caseload = CaseloadPage(session)
        self.today = TodayPage(session)
        self.conference = ConferencePage(session)
        self.search = SearchPage(session)
        self.sync = SyncPage(session)
        self.dashboard = DashboardPage(session)
        self.participant: ParticipantPage | None = None
        self._build_nav()
        self._build_banner()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addLayout(row, 1)
        self.nav.setCurrentRow(0)

    def _build_nav(self) -> None:
        """The sections on the left and the stack of their pages."""
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(150)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        set_name(self.nav, "nav")  # roomy entries that read as navigation (leaddesk.qss)
        self.nav.setIconSize(QSize(18, 18))
        self.stack = QStackedWidget()
        for key, label, page in (
            (CASELOAD, self.tr("Caseload"), self.caseload),
            (TODAY, self.tr("Today"), self.today),
            (CONFERENCE, self.tr("Conference"), self.conference),
            (SEARCH, self.tr("Search"), self.search),
            (SYNC, self.tr("Sync"), self.sync),
            (DASHBOARD, self.tr("Dashboard"), self.dashboard),
        ):
            item = QListWidgetItem(icon(key), label)
            font = item.font()
            font.setPointSizeF(font.pointSizeF() * 1.1)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            self.stack.addWidget(page)
            page.participant_requested.connect(self.open_participant)
        self.today.conference_requested.connect(lambda: self.show_page(CONFERENCE))
        today = self.nav.item(NAV_PAGES.index(TODAY))
        self.handoff_alert = HandoffAlert(self.session, item=today, label=today.text(), parent=self)
        self.handoff_alert.arrived.connect(self.notice)
        QTimer.singleShot(0, self.handoff_alert, self.handoff_alert.check)  # once the window listens
        self.nav.currentRowChanged.connect(self._nav_selected)
        self.nav.itemClicked.connect(self._nav_clicked)

    def _build_banner(self) -> None:
        self.banner = QLabel()
        self.banner.setAccessibleName(self.tr("Notice"))
        self.banner.setWordWrap(True)
        set_name(self.banner, "banner")
        self.banner.hide()

    def set_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # -- navigation --------------------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        if key in NAV_PAGES:
            row = NAV_PAGES.index(key)
            if self.nav.currentRow() == row:  # current already (behind a participant): no signal comes
                self.nav.item(row).setSelected(True)
                self._nav_selected(row)
            else:
                self.nav.setCurrentRow(row)
        elif key == PARTICIPANT and self.participant is not None:
            # Unhighlighted, but still current: a list with no current row makes its first row current
            # when it next gets the focus (a dialog closing, the window activated), which would swap
            # the participant for the caseload. A click on that row is caught by itemClicked.
            self.nav.clearSelection()
            self.stack.setCurrentWidget(self.participant)
            self.page_changed.emit(PARTICIPANT)

    def show_conflicts(self) -> None:
        """The sync panel's open conflicts (the status bar's count and Ctrl+Shift+C lead here)."""
        self.show_page(SYNC)
        self.sync.show_conflicts()

    def current_page(self) -> str:
        if self.participant is not None and self.stack.currentWidget() is self.participant:
            return PARTICIPANT
        return (
            str(self.nav.currentItem().data(Qt.ItemDataRole.UserRole)) if self.nav.currentItem() else CASELOAD
        )

    def open_participant(self, participant_id: str, tab: str | None = None) -> None:
        """Open a participant's record; the view is audited by the repository."""
        if self.participant is not None:
            self.participant.flush_drafts()
            self.stack.removeWidget(self.participant)
            self.participant.deleteLater()
        self.participant = ParticipantPage(self.session, participant_id)
        self.participant.back_requested.connect(lambda: self.show_page(CASELOAD))
        self.stack.addWidget(self.participant)
        if tab:
            self.participant.set_current_tab(tab)
        self.show_page(PARTICIPANT)

    def close_missing_participant(self) -> None:
        """After a sync: if the open participant has left this laptop (moved to another team), their
        page goes, at once, so nothing on it tries to read records that are gone."""
        page = self.participant
        if page is None:
            return
        try:
            self.session.desk.records.get("participant", page.participant_id)
            return
        except RecordNotFound:
            pass
        self.participant = None
        self.stack.removeWidget(page)
        shiboken6.delete(page)  # not deleteLater: its slots must not hear the sync's change
        self.show_page(CASELOAD)
        self.notice.emit(
            self.tr(
                "The participant you had open is no longer shared with your team; they were removed "
                "from this laptop."
            )
        )

    def _nav_clicked(self, item: QListWidgetItem) -> None:
        if self.current_page() == PARTICIPANT:  # the current row, clicked to go back to its page
            item.setSelected(True)
            self._nav_selected(self.nav.row(item))

    def _nav_selected(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self.page_changed.emit(self.current_page())

    # -- lock and unlock ---------------------------------------------------------------------------

    def flush_drafts(self) -> None:
        """Write every unsaved text to its encrypted draft now (before a lock or quit)."""
        if self.participant is not None:
            self.participant.flush_drafts()

    def location(self) -> dict[str, Any]:
        where: dict[str, Any] = {"page": self.current_page()}
        if self.participant is not None:
            where["participant_id"] = self.participant.participant_id
            where["tab"] = self.participant.current_tab()
        return where

    def restore(self, where: dict[str, Any]) -> None:
        participant_id = where.get("participant_id")
        if where.get("page") == PARTICIPANT and isinstance(participant_id, str):
            try:
                self.open_participant(participant_id, tab=where.get("tab"))
            except RecordNotFound:
                self.show_page(CASELOAD)
        else:
            self.show_page(str(where.get("page", CASELOAD)))
