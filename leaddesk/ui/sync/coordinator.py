"""Wires syncing into one unlocked window: the controller, the status bar's corner, the sync panel, the
connect dialog, the questions a sync may ask (remove most participants? disconnect?), and what the
screens re-read when a sync brought records in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from leaddesk.desk import Changes
from leaddesk.ui.display import number, plural
from leaddesk.ui.session import Session
from leaddesk.ui.sync.connect_dialog import ConnectDialog
from leaddesk.ui.sync.controller import SyncController, SyncOutcome, SyncStatus
from leaddesk.ui.sync.status_bar import SyncStatusBar, SyncView, status_line
from leaddesk.ui.text import fill, translate
from leaddesk.ui.workspace import Workspace


class SyncCoordinator(QObject):
    """Emits `revoked(RevokeMode)` for the window to end the session and finish the revocation."""

    revoked = Signal(object)

    def __init__(
        self,
        *,
        window: QWidget,
        session: Session,
        workspace: Workspace,
        bar: SyncStatusBar,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.workspace = workspace
        self.bar = bar
        self.controller = SyncController(session, parent=self)
        self.dialog: ConnectDialog | None = None
        self.question: QMessageBox | None = None
        page = workspace.sync
        for sync_requested in (bar.sync_requested, page.sync_requested):
            sync_requested.connect(self.sync_now)
        for cancel_requested in (bar.cancel_requested, page.cancel_requested):
            cancel_requested.connect(self.controller.cancel)
        for connect_requested in (bar.connect_requested, page.connect_requested):
            connect_requested.connect(self.connect_to_office)
        page.disconnect_requested.connect(self.ask_disconnect)
        bar.conflicts_requested.connect(workspace.show_conflicts)
        self.controller.status_changed.connect(self.update_view)
        self.controller.progress.connect(lambda _progress: self.update_view())
        self.controller.finished.connect(self._finished)
        self.controller.mass_removal_asked.connect(self._ask_mass_removal)
        self.controller.revoked.connect(self.revoked)
        session.changed.connect(self._changed)
        self.update_view()

    # -- actions -----------------------------------------------------------------------------------

    def start(self) -> None:
        self.controller.start()

    def sync_now(self) -> None:
        if not self.controller.enrolled:
            self.connect_to_office()
        else:
            self.controller.sync_now()

    def connect_to_office(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        self.dialog = ConnectDialog(self.controller.opener, parent=self.window)
        self.dialog.accepted.connect(self._connected)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def ask_disconnect(self) -> None:
        waiting = self.session.desk.syncing.waiting()
        text = translate(
            "sync",
            "Disconnect this laptop from the office server? Its records stay here, encrypted, and you can "
            "connect again later with a new code from IT.",
        )
        if waiting:
            text += " " + plural(
                translate(
                    "sync",
                    "Not sent yet: %n change(s). They stay on this laptop and go up once it is connected "
                    "again.",
                    None,
                    waiting,
                ),
                waiting,
            )
        self._ask(
            translate("sync", "Disconnect this laptop"),
            text,
            translate("sync", "Disconnect"),
            self._disconnect,
        )

    def shutdown(self) -> None:
        for dialog in (self.dialog, self.question):
            if dialog is not None:
                dialog.done(0)
        self.controller.shutdown()

    # -- what the window shows ---------------------------------------------------------------------

    def view(self) -> SyncView:
        facts = self.session.desk.syncing.facts()
        return SyncView(
            status=self.controller.status,
            waiting=facts.waiting,
            last_sync_at=facts.last_sync_at,
            message=self.controller.message,
            progress=self.controller.last_progress,
            conflicts=facts.conflicts,
        )

    def update_view(self) -> None:
        if not self.session.desk.is_open:
            return
        view = self.view()
        self.bar.show_view(view)
        self.bar.label.setToolTip(view.message)
        line = status_line(view)
        self.workspace.sync.show_state(
            f"{line}\n{view.message}" if view.message else line, syncing=view.status is SyncStatus.SYNCING
        )

    # -- from the controller -----------------------------------------------------------------------

    def _finished(self, outcome: SyncOutcome) -> None:
        report = outcome.report
        if report is not None and self.session.desk.is_open:
            if report.removed:
                self.workspace.close_missing_participant()
            if report.applied or report.removed:
                self.session.announce_sync()
        if self.workspace.sync.isVisible():
            self.workspace.sync.refresh()
        self.update_view()

    def _ask_mass_removal(self, removing: int, total: int) -> None:
        text = translate(
            "sync",
            "The office server asks to remove %1 of the %2 participants on this laptop, for example after "
            "a change of teams. Nothing has been removed yet. Participants with unsent work are kept "
            "until it has gone up.",
        )
        self._ask(
            translate("sync", "Remove participants from this laptop?"),
            fill(text, number(removing), number(total)),
            translate("sync", "Remove them and sync"),
            lambda: self.controller.sync_now(allow_mass_removal=True),
        )

    def _ask(self, title: str, text: str, yes: str, then: object) -> None:
        if self.question is not None:
            self.question.done(0)
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.window)
        agree = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is agree and callable(then) and self.session.desk.is_open:
                then()

        box.finished.connect(answered)
        self.question = box
        box.open()

    def _disconnect(self) -> None:
        self.session.apply(self.session.desk.syncing.disconnect())
        self.controller.enrolment_changed()
        self.workspace.sync.refresh()

    def _connected(self) -> None:
        if self.dialog is not None:
            self.session.announce(self.dialog.changes)
        self.controller.enrolment_changed()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.workspace.sync.refresh()

    def _changed(self, _changes: Changes) -> None:
        self.update_view()
