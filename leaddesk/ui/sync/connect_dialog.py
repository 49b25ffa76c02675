"""Connecting this laptop to the office: the server's address and the one-time enrolment code from IT,
optionally the organisation's CA bundle. The exchange runs on a worker; the device token it brings back
is kept inside the encrypted database, never anywhere else."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import NOTHING, Changes, Desk, Done
from leaddesk.desk.syncing import EnrolledUser
from leaddesk.ui.sizing import at_least_wide
from leaddesk.ui.sync.wording import describe_sync_error
from leaddesk.ui.text import fill, translate
from leaddesk.ui.unlock_card import BusyIndicator, FormMessage
from leaddesk.ui.worker import Background


def check_server_url(text: str) -> str:
    """The address as the client wants it, or ValueError with a sentence: https, or plain http only to
    this computer (the demo's embedded server), since records must never cross a network unencrypted."""
    url = text.strip().rstrip("/")
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValueError(
            translate("sync", "Type the server's address as IT gave it, e.g. https://sync.example.org")
        )
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(
            translate("sync", "The address must start with https:// so that records travel encrypted.")
        )
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class ConnectDialog(QDialog):
    """`user` holds the server's answer (who this laptop now syncs as) once accepted, `changes` what
    connecting changed here."""

    def __init__(self, opener: Callable[[], Desk], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("sync", "Connect to the office"))
        self.setAccessibleName(translate("sync", "Connect to the office"))
        self._opener = opener
        self._background = Background(self)
        self.user: EnrolledUser | None = None
        self.changes: Changes = NOTHING  # what connecting changed, for the window to announce
        self.busy = False

        intro = self._build_intro()
        form = self._build_fields()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.indicator)
        layout.addWidget(self.buttons)
        at_least_wide(self, 520)
        for field in (self.server, self.code, self.device_name):
            field.textChanged.connect(self._update)
        self._update()

    def _build_intro(self) -> QLabel:
        intro = QLabel(
            translate(
                "sync",
                "Your program's IT gives you the server's address and a one-time enrolment code for this "
                "laptop. Records stay encrypted here; only your team's records are ever synced to it.",
            )
        )
        intro.setWordWrap(True)
        return intro

    def _build_fields(self) -> QFormLayout:
        """Server address, enrolment code, this laptop's name, and an optional CA bundle to browse for."""
        self.server = QLineEdit()
        self.server.setPlaceholderText("https://sync.example.org")
        self.server.setAccessibleName(translate("sync", "Server address"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("ABCD-EFGH-JKLM")
        self.code.setAccessibleName(translate("sync", "Enrolment code"))
        self.device_name = QLineEdit(socket.gethostname()[:80])
        self.device_name.setAccessibleName(translate("sync", "This laptop's name"))
        self.device_name.setToolTip(translate("sync", "How IT sees this laptop in its device list"))
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(
            translate("sync", "Optional: the organisation's CA certificates (.pem)")
        )
        self.ca_bundle.setAccessibleName(translate("sync", "CA bundle file"))
        self.browse = QPushButton(translate("sync", "Choose…"))
        self.browse.setAccessibleName(translate("sync", "Choose a CA bundle file"))
        self.browse.clicked.connect(self._choose_bundle)
        bundle_row = QHBoxLayout()
        bundle_row.addWidget(self.ca_bundle, 1)
        bundle_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(translate("sync", "Server address"), self.server)
        form.addRow(translate("sync", "Enrolment code"), self.code)
        form.addRow(translate("sync", "This laptop's name"), self.device_name)
        form.addRow(translate("sync", "CA bundle"), bundle_row)
        return form

    def _build_buttons(self) -> None:
        """The message and busy indicator over Cancel / Connect."""
        self.message = FormMessage()
        self.indicator = BusyIndicator()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(
            translate("sync", "Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setAccessibleName(translate("sync", "Connect"))
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def _update(self) -> None:
        fields = (self.server, self.code, self.device_name)
        ready = all(field.text().strip() for field in fields)
        self.connect_button.setEnabled(ready and not self.busy)

    def _choose_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("sync", "The organisation's CA bundle"),
            "",
            translate("sync", "Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if path:
            self.ca_bundle.setText(path)

    def submit(self) -> None:
        if self.busy or not self.connect_button.isEnabled():
            return
        try:
            url = check_server_url(self.server.text())
        except ValueError as exc:
            self.message.show_error(str(exc))
            return
        bundle = self.ca_bundle.text().strip()
        if bundle and not Path(bundle).is_file():
            self.message.show_error(fill(translate("sync", "The CA bundle file cannot be found: %1"), bundle))
            return
        code, name, opener = self.code.text().strip(), self.device_name.text().strip(), self._opener
        verify: bool | str = bundle or True
        self._set_busy(True)
        self._background.run(
            lambda: _enroll_on_worker(opener, url=url, code=code, device_name=name, verify=verify),
            on_done=self._done,
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.server, self.code, self.device_name, self.ca_bundle, self.browse):
            widget.setEnabled(not busy)
        if busy:
            self.message.clear()
            self.indicator.start(translate("sync", "Connecting…"))
        else:
            self.indicator.stop()
        self._update()

    def _done(self, done: Done[EnrolledUser]) -> None:
        self._set_busy(False)
        self.user, self.changes = done.value, done.changes
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.message.show_error(describe_sync_error(exc))

    def reject(self) -> None:
        if self.busy:
            return  # the code may be on its way: let the answer arrive and be kept
        super().reject()


def _enroll_on_worker(
    opener: Callable[[], Desk], *, url: str, code: str, device_name: str, verify: bool | str
) -> Done[EnrolledUser]:
    desk = opener()
    try:
        return desk.syncing.connect(server_url=url, code=code, device_name=device_name, verify=verify)
    finally:
        desk.close(audit=False)
