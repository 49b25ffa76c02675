"""The main window: the lock screen or the workspace, the shortcuts, and the status bar that always
says whether the app is offline, syncing or synced, and how many changes wait to sync."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QStackedWidget, QToolTip, QWidget

from leaddesk.desk import Desk
from leaddesk.desk.preferences import Preferences
from leaddesk.desk.profiles import PRODUCTION, KdfParams, Profiles
from leaddesk.desk.syncing import RevokeMode
from leaddesk.storage.errors import StorageError
from leaddesk.ui.database_check import check_database
from leaddesk.ui.icons import icon
from leaddesk.ui.idle import DEFAULT_IDLE_MINUTES, IdleWatcher
from leaddesk.ui.keys import CONFLICTS_KEYS, CONNECT_KEYS, SYNC_NOW_KEYS
from leaddesk.ui.quick_capture import QuickCaptureDialog
from leaddesk.ui.rule_texts import rule_text
from leaddesk.ui.session import Session
from leaddesk.ui.settings_dialog import SettingsDialog
from leaddesk.ui.sync.controller import finish_revocation
from leaddesk.ui.sync.coordinator import SyncCoordinator
from leaddesk.ui.sync.status_bar import SyncStatusBar
from leaddesk.ui.sync.wording import describe_sync_error
from leaddesk.ui.text import fill
from leaddesk.ui.unlock_page import ChangePassphraseDialog, UnlockPage
from leaddesk.ui.worker import Background
from leaddesk.ui.workspace import CONFERENCE, DASHBOARD, PARTICIPANT, SEARCH, SYNC, TODAY, Workspace

LOCATION_KEY = "ui.location"
GEOMETRY_KEY = "ui.geometry"
IDLE_KEY = "lock.idle_minutes"


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        home: str | os.PathLike[str] | None = None,
        desk: Desk | None = None,
        banner: str = "",
        unlock_hint: str = "",
        kdf: KdfParams = PRODUCTION,
    ) -> None:
        super().__init__()
        self._home = home
        self.profiles = Profiles(home=home, kdf=kdf)  # kdf: the Argon2id floor; tests pass a cheaper one
        self._banner = banner
        self._unlock_hint = unlock_hint
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.sync: SyncCoordinator | None = None
        self._background = Background(self)  # for what outlives a session (a revocation's wipe)
        self.setWindowTitle(self.tr("LEAD Desk"))

        self.unlock_page = UnlockPage(profiles=self.profiles)
        self.unlock_page.unlocked.connect(self.open_session)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)

        self.sync_bar = SyncStatusBar()
        self.sync_state = self.sync_bar.label
        self.statusBar().addPermanentWidget(self.sync_bar)

        self.idle = IdleWatcher(DEFAULT_IDLE_MINUTES * 60_000, parent=self)
        self.idle.timed_out.connect(self.lock)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)

        self._session_actions: list[QAction] = []
        self._build_menus()
        self.resize(1366, 768)
        if desk is not None:
            self.open_session(desk)
        else:
            self._update_status()

    # -- menus and shortcuts -----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | str | QKeySequence.StandardKey,
        slot: object,
        *,
        session: bool = True,
        icon_name: str = "",
    ) -> QAction:
        action = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        if session:
            self._session_actions.append(action)
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        # (text, shortcut, slot, icon); None draws a separator. Each needs an open session.
        entries: list[tuple[str, QKeySequence | str | QKeySequence.StandardKey, object, str] | None] = [
            (self.tr("Quick capture…"), "Ctrl+K", self.quick_capture, "new-note"),
            (self.tr("New note"), keys.New, self.new_note, "new-note"),
            None,
            (self.tr("Caseload"), "Ctrl+1", lambda: self._show("caseload"), "caseload"),
            (self.tr("Today"), "Ctrl+2", lambda: self._show(TODAY), "today"),
            (self.tr("Case conference"), "Ctrl+4", lambda: self._show(CONFERENCE), "conference"),
            (self.tr("Search"), keys.Find, self.focus_search, "search"),
            (self.tr("Sync panel"), "Ctrl+3", lambda: self._show(SYNC), "sync"),
            (self.tr("Dashboard"), "Ctrl+5", lambda: self._show(DASHBOARD), "dashboard"),
            None,
            (self.tr("Sync now"), SYNC_NOW_KEYS, self.sync_now, "sync"),
            (self.tr("Conflicts"), CONFLICTS_KEYS, self.show_conflicts, "warning"),
            (self.tr("Connect to office…"), CONNECT_KEYS, self.connect_to_office, ""),
            None,
            (self.tr("Change passphrase…"), "", self.change_passphrase, ""),
            (self.tr("Check the database…"), "", self.check_database, ""),
            (self.tr("Lock"), "Ctrl+L", self.lock, "lock"),
        ]
        # Alt+K: Alt+D belongs to the pages' Delete… and Record decision buttons, which it never reached
        # while the menu held it too (the menu bar takes the key first).
        menu = self.menuBar().addMenu(self.tr("Des&k"))
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            else:
                text, shortcut, slot, icon_name = entry
                menu.addAction(self._action(text, shortcut, slot, icon_name=icon_name))
        menu.addAction(self._action(self.tr("Settings…"), "", self.open_settings, session=False))
        menu.addAction(self._action(self.tr("Quit"), keys.Quit, self.close, session=False))
        self._set_session_actions(False)

    def _set_session_actions(self, enabled: bool) -> None:
        for action in self._session_actions:
            action.setEnabled(enabled)

    # -- session lifecycle -------------------------------------------------------------------------

    def open_session(self, desk: Desk) -> None:
        self.session = Session(desk, parent=self)
        self.session.changed.connect(lambda _change: self._update_status())
        self.workspace = Workspace(self.session)
        self.workspace.page_changed.connect(lambda _page: self._update_status())
        self.workspace.notice.connect(lambda text: self.statusBar().showMessage(text, 20_000))
        self.sync = SyncCoordinator(
            window=self,
            session=self.session,
            workspace=self.workspace,
            bar=self.sync_bar,
        )
        self.sync.revoked.connect(self._device_revoked)
        if self._banner:
            self.workspace.set_banner(self._banner)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        geometry = self.session.setting(GEOMETRY_KEY)
        if isinstance(geometry, str):
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        location = self.session.setting(LOCATION_KEY)
        if isinstance(location, dict):
            self.workspace.restore(location)
        self.setWindowTitle(fill(self.tr("LEAD Desk — %1"), desk.user))
        minutes = self.session.setting(IDLE_KEY, DEFAULT_IDLE_MINUTES)
        self.idle.set_timeout(int(minutes) * 60_000)
        self.idle.start()
        self._set_session_actions(True)
        self._update_status()
        self.sync.start()  # shortly after unlock, then every few minutes

    def lock(self) -> None:
        """Save unsaved text as drafts, remember where the user was, close the database, clear the screen.

        The screen is cleared and the database closed even if saving fails: an unattended laptop showing
        records is the worse outcome. The failure is then told to the person on the lock screen."""
        problem = self._end_session(keep=True)
        if problem is not None:
            QMessageBox.warning(
                self,
                self.tr("LEAD Desk"),
                fill(
                    self.tr("The app is locked, but some unsaved text could not be kept: %1"),
                    rule_text(str(problem)),
                ),
            )

    def _end_session(self, *, keep: bool) -> StorageError | None:
        """Close the session; with `keep`, unsaved text and the user's place are saved first. Returns
        what went wrong saving them, if anything."""
        if self.session is None or self.workspace is None:
            return None
        self.idle.stop()
        problem: StorageError | None = None
        windows = [w for w in self.findChildren(QWidget) if w.isWindow() and w.isVisible()]
        try:
            if keep:
                for window in windows:
                    flush = getattr(window, "flush_drafts", None)  # e.g. quick capture keeps its text too
                    if callable(flush):
                        flush()
                self.workspace.flush_drafts()
                self.session.set_setting(LOCATION_KEY, self.workspace.location())
                self.session.set_setting(GEOMETRY_KEY, bytes(self.saveGeometry().toBase64().data()).decode())
        except StorageError as exc:
            problem = exc
        finally:
            QToolTip.hideText()
            if self.sync is not None:
                self.sync.shutdown()  # the worker's connection closes before the session's does
                self.sync.deleteLater()
                self.sync = None
            for window in windows:  # dialogs, menus and pop-ups may show records too
                if isinstance(window, QDialog):
                    window.done(QDialog.DialogCode.Rejected)  # ends a modal exec() as well
                    window.deleteLater()
                else:
                    window.close()
            desk = self.session.desk
            folder = desk.profile.folder
            self.session.runner.stop()  # the workers' connections close on their threads first
            try:
                desk.close()
            except StorageError:
                desk.close(audit=False)  # the lock record failed; the key must go anyway
            self.stack.setCurrentWidget(self.unlock_page)
            for timer in self.workspace.findChildren(QTimer):
                timer.stop()  # a pending refresh must not reach the closed store before deleteLater runs
            self.stack.removeWidget(self.workspace)
            self.workspace.hide()
            self.workspace.deleteLater()
            self.workspace = None
            self.session.deleteLater()
            self.session = None
            self.statusBar().clearMessage()
            self.setWindowTitle(self.tr("LEAD Desk — locked"))
            # After the page is current, so focus sticks.
            self.unlock_page.prepare(folder=folder, hint=self._unlock_hint)
            self._set_session_actions(False)
            self._update_status()
        return problem

    @property
    def is_locked(self) -> bool:
        return self.session is None

    # -- actions -----------------------------------------------------------------------------------

    def _show(self, page: str) -> None:
        if self.workspace is not None:
            self.workspace.show_page(page)

    def show_conflicts(self) -> None:
        if self.workspace is not None:
            self.workspace.show_conflicts()

    def focus_search(self) -> None:
        if self.workspace is not None:
            self.workspace.show_page(SEARCH)
            self.workspace.search.focus_query()

    def new_note(self) -> None:
        if self.workspace is not None and self.workspace.participant is not None:
            self.workspace.show_page(PARTICIPANT)
            self.workspace.participant.start_new_note()
        else:
            self.quick_capture()

    def quick_capture(self) -> None:
        if self.session is None:
            return
        participant_id = None
        if self.workspace is not None and self.workspace.participant is not None:
            participant_id = self.workspace.participant.participant_id
        QuickCaptureDialog(self.session, participant_id=participant_id, parent=self).exec()

    def sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()

    def connect_to_office(self) -> None:
        if self.sync is not None:
            self.sync.connect_to_office()

    def _device_revoked(self, mode: RevokeMode) -> None:
        """IT revoked this laptop: end the session, then ("retired") send what is unsent and, for either
        mode, delete the profile; the person is told on the first screen what happened and why."""
        if self.sync is None or self.session is None:
            return
        opener = self.sync.controller.opener  # held only until the revocation is done
        retry = self.sync.controller.retry
        folder = self.session.desk.profile.folder
        profile = self.session.desk.profile.name  # read now: the profile is about to be deleted
        self._end_session(keep=False)
        self.unlock_page.show_notice(
            self.tr("IT has revoked this laptop's access. Removing LEAD Desk's data from it…")
        )
        self._background.run(
            lambda: finish_revocation(opener, mode, retry=retry),
            on_done=lambda _report: self._revocation_done(profile, mode),
            on_error=lambda exc: self._revocation_failed(folder, profile, exc),
        )

    def _revocation_done(self, profile: str, mode: RevokeMode) -> None:
        if mode is RevokeMode.LOST:
            text = self.tr(
                "This laptop was reported lost or stolen to your program's IT, so everything LEAD Desk "
                "held on it for “%1” has been deleted. Your team's records are safe on the office server."
            )
        else:
            text = self.tr(
                "This laptop was retired by your program's IT. Its unsent work was sent to the office "
                "first, then LEAD Desk's data for “%1” was deleted from it."
            )
        self.unlock_page.profiles_changed(notice=fill(text, profile))

    def _revocation_failed(self, folder: Path, profile: str, exc: Exception) -> None:
        text = self.tr(
            "This laptop was retired by your program's IT, but its unsent work could not be sent yet: %1 "
            "Nothing was deleted. Unlock “%2” when you are back online to send it."
        )
        self.unlock_page.profiles_changed(notice=fill(text, describe_sync_error(exc), profile), select=folder)

    def change_passphrase(self) -> None:
        if self.session is not None:
            # The profile's name is the one in its vault; desk.user may be a different display name.
            profile = self.session.desk.profile
            dialog = ChangePassphraseDialog(
                profiles=self.profiles, folder=profile.folder, name=profile.name, parent=self
            )
            dialog.exec()
            dialog.deleteLater()

    def check_database(self) -> None:
        if self.session is not None:
            self.statusBar().showMessage(self.tr("Checking the database…"), 20_000)
            check_database(self, self.session)

    def open_settings(self) -> None:
        """The app's settings, locked or not; a saved change is confirmed in the status bar."""
        dialog = SettingsDialog(Preferences(home=self._home), parent=self)
        if dialog.exec() and dialog.message:
            self.statusBar().showMessage(dialog.message, 20_000)
        dialog.deleteLater()

    def _update_status(self) -> None:
        if self.sync is None:
            self.sync_bar.show_locked()
        else:
            self.sync.update_view()

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.lock()
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("LEAD Desk"), rule_text(str(exc)))
        super().closeEvent(event)
