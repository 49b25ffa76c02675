"""Choosing a passphrase: the new + repeat pair with its live strength hint (used when creating a profile
and when changing the passphrase), and the change-passphrase dialog, whose two key derivations run on a
worker."""

from __future__ import annotations

import os
import unicodedata

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.storage.errors import WrongPassphrase
from leaddesk.storage.paths import profile_dir
from leaddesk.storage.vault import MIN_PASSPHRASE_LENGTH, KdfParams, Vault
from leaddesk.ui.profile_strength import StrengthHint
from leaddesk.ui.unlock_card import BusyIndicator, FormMessage, describe_error
from leaddesk.ui.worker import Background


def password_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    field.setMinimumHeight(28)
    return field


def form_layout() -> QFormLayout:
    """Labels above their fields: easier to read in a narrow card than labels beside them."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    form.setContentsMargins(0, 0, 0, 0)
    form.setVerticalSpacing(8)
    return form


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice; `ready` once it is long enough and both are the same."""

    changed = Signal()

    def __init__(self, *, label: str, repeat_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = password_field(label)
        self.repeat = password_field(repeat_label)
        self.hint = StrengthHint()
        self.mismatch = FormMessage()
        form = form_layout()
        form.addRow(label, self.passphrase)
        form.addRow(self.hint)
        form.addRow(repeat_label, self.repeat)
        form.addRow(self.mismatch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        self.passphrase.textChanged.connect(self._edited)
        self.repeat.textChanged.connect(self._edited)
        self.repeat.editingFinished.connect(lambda: self._check_same(finished=True))

    @property
    def ready(self) -> bool:
        text = self.passphrase.text()
        return len(unicodedata.normalize("NFC", text)) >= MIN_PASSPHRASE_LENGTH and text == self.repeat.text()

    def text(self) -> str:
        return self.passphrase.text()

    def clear(self) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.mismatch.clear()

    def _edited(self) -> None:
        self.hint.show_for(self.passphrase.text())
        self._check_same(finished=False)
        self.changed.emit()

    def _check_same(self, *, finished: bool) -> None:
        first, second = self.passphrase.text(), self.repeat.text()
        # While the repeat is still being typed, only say something once it can no longer match.
        differs = bool(second) and first != second
        if differs and (finished or len(second) >= len(first) or not first.startswith(second)):
            self.mismatch.show_error(self.tr("The two passphrases are not the same."))
        elif not differs:
            self.mismatch.clear()


class ChangePassphraseDialog(QDialog):
    """Old passphrase, new one twice. The vault re-wraps the same database key; no record is touched."""

    def __init__(
        self,
        *,
        profile: str,
        home: str | os.PathLike[str] | None,
        parent: QWidget | None = None,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.home = home
        self._kdf = kdf  # None keeps the vault's own cost (the vault never lowers it)
        self._background = Background(self)
        self.busy = False
        self.succeeded = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(400)

        intro = QLabel(self.tr("Profile: %1").replace("%1", profile))
        intro.setWordWrap(True)
        self.current = password_field(self.tr("Current passphrase"))
        form = form_layout()
        form.addRow(self.tr("Current passphrase"), self.current)
        self.fields = NewPassphraseFields(
            label=self.tr("New passphrase"), repeat_label=self.tr("Repeat new passphrase")
        )
        self.message = FormMessage()
        self.indicator = BusyIndicator()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change = self.buttons.addButton(
            self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change.setAccessibleName(self.tr("Change passphrase"))
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        # Enter in any field submits (QDialog's default-button lookup changes as focus moves).
        for field in (self.current, self.fields.passphrase, self.fields.repeat):
            field.returnPressed.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(self.indicator)
        layout.addWidget(self.buttons)
        # Only now, inside the dialog: set earlier, QDialog would pick Cancel as default and Enter in a
        # field not yet complete would close the dialog.
        self.cancel.setAutoDefault(False)
        self.change.setDefault(True)
        self.setTabOrder(self.current, self.fields.passphrase)
        self.setTabOrder(self.fields.passphrase, self.fields.repeat)
        self.current.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)
        self._update()
        self.current.setFocus()

    def _update(self) -> None:
        self.change.setEnabled(
            bool(self.current.text()) and self.fields.ready and not self.busy and not self.succeeded
        )

    def submit(self) -> None:
        if not self.change.isEnabled():
            return
        old, new = self.current.text(), self.fields.text()
        if old == new:
            self.message.show_error(self.tr("The new passphrase is the same as the current one."))
            return
        folder_of = profile_dir
        name, home, kdf = self.profile, self.home, self._kdf
        self._set_busy(True)
        self._background.run(
            lambda: Vault.load(folder_of(name, home)).change_passphrase(old, new, kdf=kdf),
            on_done=self._changed,
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.current, self.fields, self.cancel):
            widget.setEnabled(not busy)
        if busy:
            self.message.clear()
            self.indicator.start(self.tr("Changing the passphrase… this takes a moment."))
        else:
            self.indicator.stop()
        self._update()

    def _changed(self, _result: object) -> None:
        self._set_busy(False)
        self.succeeded = True
        self.current.clear()
        self.fields.clear()
        self.current.setEnabled(False)
        self.fields.setEnabled(False)
        self.change.hide()
        self.cancel.setText(self.tr("Close"))
        self.cancel.setAccessibleName(self.tr("Close"))
        self.cancel.setDefault(True)
        self.cancel.setFocus()
        self.message.show_info(
            self.tr("Your passphrase has been changed. Use the new one the next time you unlock.")
        )
        self._update()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            self.message.show_error(self.tr("The current passphrase is not right."))
            self.current.selectAll()
            self.current.setFocus()
        else:
            self.message.show_error(describe_error(exc))

    def reject(self) -> None:
        if self.busy:
            return  # the change may already be on its way to disk: let it finish and report
        super().reject()
