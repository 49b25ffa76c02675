"""The status bar's sync corner: always says offline / syncing / synced at what time / how many changes
wait, with a progress bar and Cancel while a sync runs, a button to sync (or connect) now, and the open
conflicts as a link-like button that opens them (also Ctrl+Shift+C, the window's Conflicts shortcut)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStyle, QWidget

from leaddesk.desk.syncing import SyncPhase, SyncProgress
from leaddesk.ui.display import plural
from leaddesk.ui.icons import icon
from leaddesk.ui.keys import CONFLICTS_KEYS, CONNECT_KEYS, with_keys
from leaddesk.ui.look import set_role
from leaddesk.ui.sync.controller import SyncStatus
from leaddesk.ui.sync.wording import clock_time, waiting_text
from leaddesk.ui.text import fill, translate


@dataclass(frozen=True)
class SyncView:
    """Everything the line says, read on the GUI thread."""

    status: SyncStatus
    waiting: int
    last_sync_at: datetime | None = None
    message: str = ""
    progress: SyncProgress | None = None
    conflicts: int = 0


def status_line(view: SyncView, *, conflicts: bool = True) -> str:
    """The state in one line; without `conflicts` it leaves out the open conflicts (the bar shows them as
    a button of their own)."""
    waiting = waiting_text(view.waiting)
    last = (
        fill(translate("sync", "last synced %1"), clock_time(view.last_sync_at))
        if view.last_sync_at
        else translate("sync", "never synced")
    )
    if view.status is SyncStatus.NOT_CONNECTED:
        head = translate("sync", "Offline — not connected to a server")
    elif view.status is SyncStatus.SYNCING:
        head = progress_text(view.progress)
    elif view.status is SyncStatus.OFFLINE:
        head = fill(translate("sync", "Offline — %1"), last)
    elif view.status is SyncStatus.FAILED:
        head = fill(translate("sync", "Sync failed — %1"), last)
    elif view.status is SyncStatus.REVOKED:
        head = translate("sync", "This laptop was revoked by IT")
    elif view.last_sync_at is not None:
        head = fill(translate("sync", "Synced at %1"), clock_time(view.last_sync_at))
    else:
        head = translate("sync", "Connected — not synced yet")
    parts = [head, waiting]
    if conflicts and view.conflicts:
        parts.append(conflicts_text(view.conflicts))
    return " · ".join(parts)


def conflicts_text(count: int) -> str:
    return plural(translate("sync", "%n conflict(s) to resolve", None, count), count)


def state_icon(view: SyncView) -> str:
    """The icon beside the line: offline, syncing, a problem to look at, or synced."""
    if view.status in (SyncStatus.NOT_CONNECTED, SyncStatus.OFFLINE):
        return "offline"
    if view.status is SyncStatus.SYNCING:
        return "sync"
    if view.status in (SyncStatus.FAILED, SyncStatus.REVOKED) or view.conflicts:
        return "warning"
    return "synced"


def progress_text(progress: SyncProgress | None) -> str:
    if progress is None:
        return translate("sync", "Syncing…")
    if progress.phase is SyncPhase.PUSH:
        return fill(translate("sync", "Syncing… sent %1 of %2"), str(progress.pushed), str(progress.to_push))
    sent = fill(translate("sync", "sent %1"), str(progress.pushed))
    received = fill(translate("sync", "received %1"), str(progress.pulled))
    return fill(translate("sync", "Syncing… %1, %2"), sent, received)


class SyncStatusBar(QWidget):
    sync_requested = Signal()
    cancel_requested = Signal()
    connect_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()  # beside the words, which say the same: no name of its own for a reader
        self.icon_name = ""
        self.label = QLabel()
        self.label.setAccessibleName(translate("sync", "Sync state"))
        self.bar = QProgressBar()
        self.bar.setAccessibleName(translate("sync", "Sync progress"))
        self.bar.setMaximumWidth(140)
        self.bar.setTextVisible(False)
        self.bar.hide()
        self.action = QPushButton()
        self.action.setFlat(True)
        self.action.clicked.connect(self._action_clicked)
        self.cancel = QPushButton(translate("sync", "Cancel"))
        self.cancel.setAccessibleName(translate("sync", "Cancel the sync"))
        self.cancel.setToolTip(
            translate("sync", "Stop after the current step; what has been sent stays sent")
        )
        self.cancel.setFlat(True)
        self.cancel.clicked.connect(self.cancel_requested)
        self.cancel.hide()
        self._build_conflicts()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        layout.addWidget(self.action)
        self._connected = False
        self.show_locked()

    def _build_conflicts(self) -> None:
        """The open conflicts after the state: a button (Tab reaches it, Space or Enter opens the
        conflicts) that reads as a link."""
        self.conflicts = QPushButton()
        set_role(self.conflicts, "link")
        self.conflicts.setToolTip(
            with_keys(translate("sync", "Open the conflicts, to choose which value is right"), CONFLICTS_KEYS)
        )
        self.conflicts.setAccessibleDescription(translate("sync", "Opens the conflicts in the sync panel"))
        self.conflicts.clicked.connect(self.conflicts_requested)
        self.conflicts.hide()

    def show_locked(self) -> None:
        self._show_icon("lock", again=False)
        self.label.setText(translate("sync", "Locked"))
        self.bar.hide()
        self.cancel.hide()
        self.action.hide()
        self.conflicts.hide()

    def show_view(self, view: SyncView) -> None:
        self._show_icon(state_icon(view), again=False)
        self.label.setText(status_line(view, conflicts=False))
        self._show_conflicts(view.conflicts)
        syncing = view.status is SyncStatus.SYNCING
        self.bar.setVisible(syncing)
        self.cancel.setVisible(syncing)
        if syncing:
            progress = view.progress
            if progress is not None and progress.phase is SyncPhase.PUSH and progress.to_push:
                self.bar.setRange(0, progress.to_push)
                self.bar.setValue(min(progress.pushed, progress.to_push))
            else:
                self.bar.setRange(0, 0)  # received so far is known, the total is not: busy
        self._connected = view.status not in (SyncStatus.NOT_CONNECTED, SyncStatus.REVOKED)
        self.action.setVisible(not syncing and view.status is not SyncStatus.REVOKED)
        text = translate("sync", "Sync now") if self._connected else translate("sync", "Connect to office…")
        self.action.setText(text)
        self.action.setAccessibleName(text)
        self.action.setToolTip(
            translate("sync", "Send and fetch changes now (F5)")
            if self._connected
            else with_keys(translate("sync", "Connect this laptop to the office server"), CONNECT_KEYS)
        )

    def _show_conflicts(self, count: int) -> None:
        text = conflicts_text(count) if count else ""
        self.conflicts.setText(text)
        self.conflicts.setAccessibleName(text)  # a screen reader says "1 conflict to resolve, button"
        self.conflicts.setVisible(count > 0)

    def _show_icon(self, name: str, *, again: bool) -> None:
        if name == self.icon_name and not again:
            return  # a sync reports progress many times a second; the icon changes a few times a sync
        self.icon_name = name
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(icon(name).pixmap(size, size, mode=QIcon.Mode.Normal))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new look sets the app's palette and its style sheet; either tells the bar to draw again.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and self.icon_name:
            self._show_icon(self.icon_name, again=True)

    def _action_clicked(self) -> None:
        (self.sync_requested if self._connected else self.connect_requested).emit()
