"""Open a profile: create one on first run (showing the recovery key once), unlock it afterwards."""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.storage.errors import StorageError
from leaddesk.storage.paths import list_profiles
from leaddesk.storage.profile import create_profile, open_profile
from leaddesk.storage.store import Store
from leaddesk.storage.vault import MIN_PASSPHRASE_LENGTH


class UnlockDialog(QDialog):
    """Unlocks an existing profile, or creates the first one."""

    def __init__(self, *, home: str | os.PathLike[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._home = home
        self.store: Store | None = None
        profiles = list_profiles(home)
        self._creating = not profiles
        self.setWindowTitle(
            self.tr("LEAD Desk — create your profile") if self._creating else self.tr("LEAD Desk — unlock")
        )

        self.profile = QComboBox()
        self.profile.addItems(profiles)
        self.profile.setAccessibleName(self.tr("Profile"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Repeat passphrase"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Message"))
        self.error.setStyleSheet("color: palette(highlight);")

        form = QFormLayout()
        if self._creating:
            form.addRow(self.tr("Your name"), self.name)
            form.addRow(self.tr("Passphrase"), self.passphrase)
            form.addRow(self.tr("Repeat passphrase"), self.confirm)
            hint = QLabel(
                self.tr(
                    "At least %n characters; a few unrelated words are easy to type and hard to guess.",
                    "",
                    MIN_PASSPHRASE_LENGTH,
                )
            )
            hint.setWordWrap(True)
            form.addRow(hint)
        else:
            form.addRow(self.tr("Profile"), self.profile)
            form.addRow(self.tr("Passphrase"), self.passphrase)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create profile") if self._creating else self.tr("Unlock")
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _submit(self) -> None:
        self.error.clear()
        if self._creating and self.passphrase.text() != self.confirm.text():
            self.error.setText(self.tr("The two passphrases are not the same."))
            return
        try:
            if self._creating:
                created = create_profile(self.name.text().strip(), self.passphrase.text(), home=self._home)
                RecoveryKeyDialog(created.recovery_key, parent=self).exec()
                self.store = created.store
            else:
                self.store = open_profile(self.profile.currentText(), self.passphrase.text(), home=self._home)
        except StorageError as exc:
            self.error.setText(str(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.accept()


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once: it unlocks the profile if the passphrase is forgotten."""

    def __init__(self, recovery_key: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        text = QLabel(
            self.tr(
                "Write this key down and keep it somewhere safe, away from this laptop. "
                "It is shown only now. With it, your profile can be opened if the passphrase is forgotten."
            )
        )
        text.setWordWrap(True)
        key = QLineEdit(recovery_key)
        key.setReadOnly(True)
        key.setAccessibleName(self.tr("Recovery key"))
        self.stored = QCheckBox(self.tr("I have stored it"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.stored.toggled.connect(ok.setEnabled)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (text, key, self.stored, buttons):
            layout.addWidget(widget)

    def reject(self) -> None:
        if self.stored.isChecked():
            super().reject()
        else:
            QMessageBox.information(self, self.windowTitle(), self.tr("Please store the key first."))
