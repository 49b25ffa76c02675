"""The sync panel: which server this laptop syncs with and as whom, Sync now / Connect / Disconnect, and
tabs for the recent syncs, the open conflicts and the changes the server refused (with why)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes
from leaddesk.domain.errors import DomainError
from leaddesk.storage.errors import StorageError
from leaddesk.ui.display import describe_error, number
from leaddesk.ui.keys import CONNECT_KEYS, with_keys
from leaddesk.ui.labels import role_label
from leaddesk.ui.look import set_role
from leaddesk.ui.session import Session
from leaddesk.ui.sync.conflicts_view import ConflictsPanel
from leaddesk.ui.sync.history_model import RefusedModel, SyncHistoryModel
from leaddesk.ui.table_view import RecordTable
from leaddesk.ui.text import fill, translate
from leaddesk.ui.unlock_card import FormMessage

HISTORY, CONFLICTS, REFUSED = range(3)


def _button(text: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text)
    button.setToolTip(tip)
    return button


class SyncPage(QWidget):
    participant_requested = Signal(str)
    sync_requested = Signal()
    cancel_requested = Signal()
    connect_requested = Signal()
    disconnect_requested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._syncing = False
        title = QLabel(translate("sync", "Sync with the office"))
        set_role(title, "page-title")
        self.connection = QLabel()
        self.connection.setAccessibleName(translate("sync", "Connection"))
        self.connection.setWordWrap(True)
        self.state = QLabel()
        self.state.setAccessibleName(translate("sync", "Sync state"))
        self.state.setWordWrap(True)
        self.state.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("sync", "Sync details"))
        self.tabs.addTab(self._build_history(), translate("sync", "Recent syncs"))
        self.tabs.addTab(self._build_conflicts(), translate("sync", "Conflicts"))
        self.tabs.addTab(self._build_refused(), translate("sync", "Refused"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(title)
        layout.addWidget(self.connection)
        layout.addWidget(self.state)
        layout.addLayout(self._build_buttons())
        layout.addWidget(self.tabs, 1)
        session.changed.connect(self._changed)
        self.refresh()

    def _build_buttons(self) -> QHBoxLayout:
        self.sync_now = _button(
            translate("sync", "Sync now"), translate("sync", "Send and fetch changes now (F5)")
        )
        self.cancel = _button(
            translate("sync", "Cancel"),
            translate("sync", "Stop after the current step; what has been sent stays sent"),
        )
        self.connect_button = _button(
            translate("sync", "Connect to office…"),
            with_keys(translate("sync", "Enrol this laptop with a code from IT"), CONNECT_KEYS),
        )
        self.disconnect_button = _button(
            translate("sync", "Disconnect this laptop…"),
            translate(
                "sync", "Stop syncing; the records stay on this laptop, encrypted, with any unsent changes"
            ),
        )
        self.sync_now.clicked.connect(self.sync_requested)
        self.cancel.clicked.connect(self.cancel_requested)
        self.connect_button.clicked.connect(self.connect_requested)
        self.disconnect_button.clicked.connect(self.disconnect_requested)
        buttons = QHBoxLayout()
        for button in (self.sync_now, self.cancel, self.connect_button, self.disconnect_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _build_history(self) -> QWidget:
        self.history = SyncHistoryModel()
        self.history_table = RecordTable()
        self.history_table.setAccessibleName(translate("sync", "Recent syncs"))
        self.history_table.setModel(self.history)
        return self.history_table

    def _build_conflicts(self) -> QWidget:
        self.conflicts = ConflictsPanel(self.session)
        self.conflicts.participant_requested.connect(self.participant_requested)
        return self.conflicts

    def _build_refused(self) -> QWidget:
        self.refused = RefusedModel()
        self.refused_table = RecordTable()
        self.refused_table.setAccessibleName(translate("sync", "Changes the server refused"))
        self.refused_table.setModel(self.refused)
        self.refused_table.open_requested.connect(
            lambda index: self.participant_requested.emit(
                self.refused.participant_of(self.refused.row(index.row()))
            )
        )
        refused_help = QLabel(
            translate(
                "sync",
                "The server would not store these changes, for the reason shown, so they were undone on "
                "this laptop. They are kept here so nothing is lost: re-apply one once what stood in its "
                "way is put right, or dismiss it.",
            )
        )
        refused_help.setWordWrap(True)
        self.dismiss = _button(
            translate("sync", "Dismiss selected"), translate("sync", "I have dealt with this refused change")
        )
        self.dismiss.clicked.connect(self._dismiss_selected)
        self.reapply = _button(
            translate("sync", "Re-apply selected"),
            translate("sync", "Make this refused change again, as a new edit"),
        )
        self.reapply.clicked.connect(self._reapply_selected)
        self.refused_message = FormMessage()
        refused_tab = QWidget()
        refused_layout = QVBoxLayout(refused_tab)
        refused_layout.addWidget(refused_help)
        refused_layout.addWidget(self.refused_table, 1)
        refused_row = QHBoxLayout()
        refused_row.addWidget(self.refused_message, 1)
        refused_row.addWidget(self.reapply)
        refused_row.addWidget(self.dismiss)
        refused_layout.addLayout(refused_row)
        return refused_tab

    def refresh(self) -> None:
        syncing = self.session.desk.syncing
        connection = syncing.connection()
        if connection is None:
            self.connection.setText(
                translate(
                    "sync",
                    "This laptop is not connected to an office server. Everything is kept here, "
                    "encrypted; connect with the address and enrolment code IT gives you.",
                )
            )
        else:
            user = connection.user
            teams = ", ".join(user.teams) or translate("sync", "no team yet")
            self.connection.setText(
                fill(
                    translate("sync", "Syncing with %1 as %2 (%3; teams: %4)."),
                    connection.server_url,
                    user.display_name or user.username,
                    role_label(user.role),
                    teams,
                )
            )
        self.history.set_rows(syncing.history())
        self.history_table.fit_columns(stretch=SyncHistoryModel.COL_DETAILS)
        self.conflicts.refresh()
        self.refused.set_rows(syncing.refused())
        self.refused_table.fit_columns(stretch=RefusedModel.COL_WHY)
        self.dismiss.setEnabled(self.refused.rowCount() > 0)
        self.reapply.setEnabled(self.refused.rowCount() > 0)
        conflicts, refused = number(self.conflicts.count), number(self.refused.rowCount())
        self.tabs.setTabText(CONFLICTS, fill(translate("sync", "Conflicts (%1)"), conflicts))
        self.tabs.setTabText(REFUSED, fill(translate("sync", "Refused (%1)"), refused))
        self._update_buttons(enrolled=connection is not None)

    def show_conflicts(self) -> None:
        """The Conflicts tab, with the keyboard in its list (or on the tabs, when there is none)."""
        self.tabs.setCurrentIndex(CONFLICTS)
        table = self.conflicts.table
        (table if table.isVisibleTo(self) else self.tabs.tabBar()).setFocus()

    def show_state(self, text: str, *, syncing: bool) -> None:
        """The controller's state, in the status bar's words."""
        self.state.setText(text)
        self._syncing = syncing
        self._update_buttons(enrolled=self.session.desk.syncing.enrolled)

    def _update_buttons(self, *, enrolled: bool) -> None:
        self.sync_now.setVisible(enrolled)
        self.sync_now.setEnabled(not self._syncing)
        self.cancel.setVisible(enrolled and self._syncing)
        self.connect_button.setVisible(not enrolled)
        self.disconnect_button.setVisible(enrolled)
        self.disconnect_button.setEnabled(not self._syncing)

    def _dismiss_selected(self) -> None:
        index = self.refused_table.currentIndex()
        if not index.isValid():
            return
        change_id = self.refused.record_of(self.refused.row(index.row()))
        self.session.apply(self.session.desk.syncing.dismiss_refused(change_id))
        self.refresh()

    def _reapply_selected(self) -> None:
        index = self.refused_table.currentIndex()
        if not index.isValid():
            return
        change_id = self.refused.record_of(self.refused.row(index.row()))
        self.refused_message.clear()
        try:
            self.session.reapply_refused(change_id)
        except (DomainError, StorageError, ValueError) as exc:  # a rule still stands in its way
            self.refused_message.show_error(describe_error(exc))
            return
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if self.isVisible() and changes.is_bulk:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
