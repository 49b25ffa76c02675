"""Choosing a passphrase: the new + repeat pair with its live strength hint (used when creating a profile,
changing the passphrase and resetting a forgotten one), the change-passphrase dialog, and the card that
sets a new passphrase after unlocking with the recovery key. Key derivations run on a worker."""

from __future__ import annotations

import unicodedata
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk.profiles import MIN_PASSPHRASE_LENGTH, Profiles, UnlockedKey
from leaddesk.storage.errors import WrongPassphrase
from leaddesk.ui.profile_strength import StrengthHint
from leaddesk.ui.sizing import at_least_wide
from leaddesk.ui.text import fill
from leaddesk.ui.unlock_card import BusyIndicator, Card, FormMessage, describe_error, explanation
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
        profiles: Profiles,
        folder: Path,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = folder
        self._profiles = profiles
        self._background = Background(self)
        self.busy = False
        self.succeeded = False
        self.setWindowTitle(self.tr("Change passphrase"))
        self._build_fields(name)
        self._build_buttons()
        self._lay_out()
        at_least_wide(self, 400)
        self._connect_signals()
        self._update()
        self.current.setFocus()

    def _build_fields(self, name: str) -> None:
        """Whose profile, the current passphrase, the new one twice, and the message under them."""
        self.intro = QLabel(fill(self.tr("Profile: %1"), name))
        self.intro.setWordWrap(True)
        self.current = password_field(self.tr("Current passphrase"))
        self.current_form = form_layout()
        self.current_form.addRow(self.tr("Current passphrase"), self.current)
        self.fields = NewPassphraseFields(
            label=self.tr("New passphrase"), repeat_label=self.tr("Repeat new passphrase")
        )
        self.message = FormMessage()
        self.indicator = BusyIndicator()

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.change = self.buttons.addButton(
            self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change.setAccessibleName(self.tr("Change passphrase"))
        self.cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setAccessibleName(self.tr("Cancel"))

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(self.current_form)
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

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.submit)
        # Enter in any field submits (QDialog's default-button lookup changes as focus moves).
        for field in (self.current, self.fields.passphrase, self.fields.repeat):
            field.returnPressed.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.current.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)

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
        folder, profiles = self.folder, self._profiles
        self._set_busy(True)
        self._background.run(
            lambda: profiles.change_passphrase(folder, old=old, new=new),
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


class ResetPassphraseCard(Card):
    """After unlocking with the recovery key: choose a new passphrase, or go on with the old one.

    Emits `reset_done(UnlockedKey)` once the vault holds the new passphrase, `not_now_requested` to open
    the profile as it is, and `recovery_key_rejected(message)` if the vault refuses the recovery key. The
    recovery key is held only in memory, only until it is used or this card is left."""

    reset_done = Signal(object)
    not_now_requested = Signal()
    recovery_key_rejected = Signal(str)

    def __init__(self, *, profiles: Profiles, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Choose a new passphrase"), parent)
        self._profiles = profiles
        self._background = Background(self)
        self._folder: Path | None = None
        self._recovery_key: str | None = None
        self.busy = False

        self._build_fields()
        self._build_buttons()
        self.set_passphrase.clicked.connect(self.submit)
        self.not_now.clicked.connect(self._skip)
        for field in (self.fields.passphrase, self.fields.repeat):
            field.returnPressed.connect(self.submit)
        self.fields.changed.connect(self._update)
        self.setTabOrder(self.fields.passphrase, self.fields.repeat)
        self.setTabOrder(self.fields.repeat, self.set_passphrase)
        self.setTabOrder(self.set_passphrase, self.not_now)
        self._update()

    def _build_fields(self) -> None:
        """Whose profile this is, the new passphrase twice, and the message under them."""
        self.intro = explanation("")
        self.body.addWidget(self.intro)
        self.fields = NewPassphraseFields(
            label=self.tr("New passphrase"), repeat_label=self.tr("Repeat new passphrase")
        )
        self.body.addWidget(self.fields)
        self.message = FormMessage()
        self.body.addWidget(self.message)
        self.indicator = BusyIndicator()
        self.body.addWidget(self.indicator)

    def _build_buttons(self) -> None:
        """Not now on the left, Set passphrase on the right, and what "Not now" means beneath them."""
        self.set_passphrase = QPushButton(self.tr("Set passphrase and open"))
        self.set_passphrase.setAccessibleName(self.tr("Set passphrase and open"))
        self.set_passphrase.setToolTip(
            self.tr("Use the new passphrase from now on and open the profile (Enter)")
        )
        self.set_passphrase.setDefault(True)
        self.not_now = QPushButton(self.tr("Not now"))
        self.not_now.setAccessibleName(self.tr("Not now"))
        self.not_now.setToolTip(self.tr("Open the profile and keep the current passphrase"))
        self.not_now.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.not_now)
        buttons.addStretch(1)
        buttons.addWidget(self.set_passphrase)
        self.body.addLayout(buttons)
        self.not_now_note = explanation("")
        self.not_now_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.body.addWidget(self.not_now_note)

    @property
    def holds_recovery_key(self) -> bool:
        return self._recovery_key is not None

    def start(self, *, folder: Path, name: str, recovery_key: str) -> None:
        """Ready for the profile in `folder` (called `name`), unlocked a moment ago with `recovery_key`
        (kept until it is used)."""
        self.reset()
        self._folder = folder
        self._recovery_key = recovery_key
        self.intro.setText(
            fill(
                self.tr(
                    "You opened “%1” with its recovery key. Choose a new passphrase to unlock with from now "
                    "on. Your records stay as they are, and the recovery key keeps working."
                ),
                name,
            )
        )
        # The explanation the person had before a reset existed: what "Not now" leaves them with.
        self.not_now_note.setText(
            fill(
                self.tr(
                    "Not now keeps your current passphrase. Once you remember it, you can choose a new one "
                    "under %1. Until then keep the recovery key at hand; it opens this profile each time."
                ),
                self.tr("Desk → Change passphrase").replace(" ", "\u00a0"),
            )  # one line
        )

    def reset(self) -> None:
        """Forget the recovery key and anything typed."""
        self._recovery_key = None
        self.fields.clear()
        self.message.clear()
        self._update()

    def focus_first(self) -> None:
        self.fields.passphrase.setFocus()

    def _update(self) -> None:
        ready = self.fields.ready and self._recovery_key is not None
        self.set_passphrase.setEnabled(ready and not self.busy)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.fields, self.not_now):
            widget.setEnabled(not busy)
        if busy:
            self.message.clear()
            self.indicator.start(self.tr("Setting the new passphrase… this takes a moment."))
        else:
            self.indicator.stop()
        self._update()

    def submit(self) -> None:
        if not self.set_passphrase.isEnabled() or self._recovery_key is None or self._folder is None:
            return
        work = partial(
            self._profiles.reset_passphrase,
            self._folder,
            recovery_key=self._recovery_key,
            new_passphrase=self.fields.text(),
        )
        self._set_busy(True)
        self._background.run(work, on_done=self._done, on_error=self._failed)

    def _skip(self) -> None:
        if self.busy:
            return
        self.reset()
        self.not_now_requested.emit()

    def _done(self, key: UnlockedKey) -> None:
        self._set_busy(False)
        self.reset()  # the recovery key has been used: nothing of it stays behind
        self.reset_done.emit(key)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPassphrase):
            # Only if the profile changed under us since the key was checked; it must be typed again.
            self.reset()
            self.recovery_key_rejected.emit(self.tr("That recovery key is not right for this profile."))
            return
        # A wait or a file error: the key stays in memory so that setting can be tried again, or Not now.
        self.message.show_error(describe_error(exc))
        self.fields.passphrase.setFocus()
