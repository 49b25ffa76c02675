"""The unlock card: pick the profile, type the passphrase (or the recovery key), and wait on a worker
while Argon2id derives the key. Wrong passphrases and lock-out waits are said plainly; the wait counts
down and the Unlock button stays disabled until it is over."""

from __future__ import annotations

import math
import time
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from leaddesk.desk.profiles import ProfileFolder, Profiles, UnlockedKey
from leaddesk.storage.errors import ProfileNotFound, StorageError, VaultLocked, WrongPassphrase
from leaddesk.ui.profile_passphrase import form_layout, password_field
from leaddesk.ui.text import fill
from leaddesk.ui.unlock_card import BusyIndicator, Card, FormMessage, describe_error, link_button, wait_text
from leaddesk.ui.worker import Background

RECOVERY_KEY_CHARACTERS = 32
_TICK_MS = 250  # a 1 s timer drifts past the moment the wait ends; the label still changes once a second


def looks_like_recovery_key(text: str) -> bool:
    cleaned = "".join(text.split()).replace("-", "")
    return len(cleaned) == RECOVERY_KEY_CHARACTERS and cleaned.isalnum()


class UnlockForm(Card):
    """Emits `unlocked(UnlockedKey)` after the passphrase, `recovered(UnlockedKey, recovery_key)` after the
    recovery key (which the page needs once more, to set a new passphrase); `new_profile_requested` for
    "New profile…"."""

    unlocked = Signal(object)
    recovered = Signal(object, str)
    new_profile_requested = Signal()

    def __init__(self, *, profiles: Profiles, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unlock your profile"), parent)
        self._profiles = profiles
        self._background = Background(self)
        self.busy = False
        self.recovery_mode = False
        self._deadline = 0.0  # time.monotonic() when the lock-out wait ends; 0 when there is none
        self._wait_prefix = ""
        self._ticker = QTimer(self)
        self._ticker.setInterval(_TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._build_note()
        self._build_form()
        self._build_status()
        self._build_buttons()
        self._connect_signals()
        self._set_tab_order()
        self.use_recovery(False)

    # -- building ----------------------------------------------------------------------------------

    def _build_note(self) -> None:
        """The lock notice above the form: why the profile was locked, when it was."""
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Lock notice"))
        self.note.hide()
        self.body.addWidget(self.note)

    def _build_form(self) -> None:
        """Profile (a picker, or its name alone), then the passphrase or the recovery key."""
        self.profile = QComboBox()
        self.profile.setAccessibleName(self.tr("Profile"))
        self.profile.setMinimumHeight(28)
        self.profile_name = QLabel()
        self.profile_name.setAccessibleName(self.tr("Profile"))
        name_font = self.profile_name.font()
        name_font.setBold(True)
        self.profile_name.setFont(name_font)
        self.passphrase = password_field(self.tr("Passphrase"))
        self.passphrase.setToolTip(self.tr("Press Enter to unlock"))
        self.recovery = QLineEdit()
        self.recovery.setAccessibleName(self.tr("Recovery key"))
        self.recovery.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.recovery.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery.setMinimumHeight(28)
        self.form = form_layout()
        self.form.addRow(self.tr("Profile"), self.profile)
        self.form.addRow(self.profile_name)  # one profile: its name alone, no picker to read past
        self.form.addRow(self.tr("Passphrase"), self.passphrase)
        self.form.addRow(self.tr("Recovery key"), self.recovery)
        self.body.addLayout(self.form)

    def _build_status(self) -> None:
        """The error or wait message and the busy indicator, under the form."""
        self.message = FormMessage()
        self.body.addWidget(self.message)
        self.indicator = BusyIndicator()
        self.body.addWidget(self.indicator)

    def _build_buttons(self) -> None:
        """Unlock on the right; the recovery-key and new-profile links on a row beneath."""
        self.unlock = QPushButton(self.tr("Unlock"))
        self.unlock.setAccessibleName(self.tr("Unlock"))
        self.unlock.setToolTip(self.tr("Unlock (Enter)"))
        self.unlock.setDefault(True)
        self.forgot = link_button("", self.tr("Use the recovery key"))
        self.new_profile = link_button(self.tr("New profile…"), self.tr("New profile"))
        self.new_profile.setToolTip(self.tr("Create another profile on this laptop"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlock)
        self.body.addLayout(row)
        links = QHBoxLayout()
        links.addWidget(self.forgot)
        links.addStretch(1)
        links.addWidget(self.new_profile)
        self.body.addLayout(links)

    def _connect_signals(self) -> None:
        self.unlock.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.submit)
        self.recovery.returnPressed.connect(self.submit)
        self.forgot.clicked.connect(lambda: self.use_recovery(not self.recovery_mode))
        self.new_profile.clicked.connect(self.new_profile_requested)
        self.profile.currentIndexChanged.connect(self._profile_chosen)

    def _set_tab_order(self) -> None:
        self.setTabOrder(self.profile, self.passphrase)
        self.setTabOrder(self.passphrase, self.recovery)
        self.setTabOrder(self.recovery, self.unlock)
        self.setTabOrder(self.unlock, self.forgot)
        self.setTabOrder(self.forgot, self.new_profile)

    # -- state -------------------------------------------------------------------------------------

    @property
    def waiting(self) -> bool:
        return self._deadline > 0

    def current_profile(self) -> Path | None:
        """The chosen profile's folder: the picker shows names, and two names could look the same."""
        folder = self.profile.currentData()
        return folder if isinstance(folder, Path) else None

    def current_name(self) -> str:
        """The chosen profile's name, as its owner typed it."""
        return self.profile.currentText()

    def reload(self, *, select: Path | None = None) -> list[ProfileFolder]:
        """Fill the picker from disk; a combo only when there is a choice to make."""
        profiles = self._profiles.list()
        folders = [profile.folder for profile in profiles]
        chosen = select if select in folders else self.current_profile()
        self.profile.blockSignals(True)
        self.profile.clear()
        for profile in profiles:
            self.profile.addItem(profile.name, profile.folder)
        self.profile.setCurrentIndex(folders.index(chosen) if chosen in folders else 0)
        self.profile.blockSignals(False)
        self.form.setRowVisible(self.profile, len(profiles) > 1)
        self.form.setRowVisible(self.profile_name, len(profiles) == 1)
        self._profile_chosen()
        return profiles

    def reset(self, *, note: str = "") -> None:
        self.passphrase.clear()
        self.recovery.clear()
        if not self.waiting:  # a running lock-out countdown stays on screen
            self.message.clear()
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.use_recovery(False)

    def use_recovery(self, on: bool) -> None:
        self.recovery_mode = on
        self.form.setRowVisible(self.passphrase, not on)
        self.form.setRowVisible(self.recovery, on)
        self.forgot.setText(
            self.tr("Use the passphrase instead") if on else self.tr("Forgot passphrase? Use recovery key")
        )
        self.forgot.setAccessibleName(self.forgot.text())
        self.set_title(self.tr("Unlock with your recovery key") if on else self.tr("Unlock your profile"))
        if not self.waiting:
            self.message.clear()
        self.focus_first()

    def focus_first(self) -> None:
        (self.recovery if self.recovery_mode else self.passphrase).setFocus()

    def show_error(self, text: str) -> None:
        self.message.show_error(text)
        self.focus_first()

    def _update(self) -> None:
        self.unlock.setEnabled(not self.busy and not self.waiting and self.current_profile() is not None)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.profile, self.passphrase, self.recovery, self.forgot, self.new_profile):
            widget.setEnabled(not busy)
        if busy:
            self.message.clear()
            self.indicator.start(self.tr("Opening your profile… this takes a moment."))
        else:
            self.indicator.stop()
        self._update()

    # -- unlocking ---------------------------------------------------------------------------------

    def submit(self) -> None:
        folder, profiles = self.current_profile(), self._profiles
        if self.busy or self.waiting or folder is None:
            return
        if self.recovery_mode:
            key_text = self.recovery.text()
            if not looks_like_recovery_key(key_text):
                self.show_error(self.tr("A recovery key has 32 letters and digits, in 8 groups of 4."))
                return
            work = partial(profiles.unlock, folder, recovery_key=key_text)
            on_done = partial(self._done, recovery_key=key_text)
        else:
            passphrase = self.passphrase.text()
            if not passphrase:
                self.show_error(self.tr("Type your passphrase, then press Enter."))
                return
            work = partial(profiles.unlock, folder, passphrase)
            on_done = self._done
        self._set_busy(True)
        self._background.run(work, on_done=on_done, on_error=self._failed)

    def _done(self, key: UnlockedKey, recovery_key: str | None = None) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.recovery.clear()
        if recovery_key is None:
            self.unlocked.emit(key)
        else:
            self.recovered.emit(key, recovery_key)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        field = self.recovery if self.recovery_mode else self.passphrase
        if isinstance(exc, WrongPassphrase):
            text = (
                self.tr("That recovery key is not right for this profile.")
                if self.recovery_mode
                else self.tr("That passphrase is not right for this profile.")
            )
            self._after_failure(text)
        elif isinstance(exc, VaultLocked):
            self._start_wait(exc.seconds_left, prefix="")
        else:
            if isinstance(exc, ProfileNotFound):
                self.reload()
            self.message.show_error(describe_error(exc))
        field.selectAll()
        field.setFocus()

    def _after_failure(self, text: str) -> None:
        """Say it was wrong, and how many tries are left before a wait (or start the wait now)."""
        folder = self.current_profile()
        try:
            if folder is None:
                raise ProfileNotFound(self.current_name())
            attempts = self._profiles.attempts(folder)
            seconds, left = attempts.seconds_to_wait, attempts.tries_before_wait
        except StorageError:
            seconds, left = 0.0, 0
        if seconds > 0:
            self._start_wait(seconds, prefix=text)
            return
        if 0 < left <= 2:
            text += " " + fill(self.tr("Tries left before a wait: %1."), str(left))
        self.message.show_error(text)

    def _profile_chosen(self) -> None:
        """Show at once whether the chosen profile is waiting out a lock-out, or cannot be read."""
        self._stop_wait()
        self.message.clear()
        self.profile_name.setText(self.current_name())
        folder = self.current_profile()
        if folder is not None:
            try:
                seconds = self._profiles.attempts(folder).seconds_to_wait
            except StorageError as exc:
                self.message.show_error(describe_error(exc))
                seconds = 0.0
            if seconds > 0:
                self._start_wait(seconds, prefix="")
        self._update()

    # -- the lock-out countdown ------------------------------------------------------------------

    def _start_wait(self, seconds: float, *, prefix: str) -> None:
        self._deadline = time.monotonic() + seconds
        self._wait_prefix = prefix
        self._ticker.start()
        self._tick()

    def _stop_wait(self) -> None:
        self._ticker.stop()
        self._deadline = 0.0
        self._wait_prefix = ""

    def seconds_left(self) -> int:
        return max(0, math.ceil(self._deadline - time.monotonic())) if self.waiting else 0

    def _tick(self) -> None:
        left = self.seconds_left()
        if left <= 0:
            self._stop_wait()
            self.message.show_info(self.tr("You can try again now."))
            self._update()
            return
        text = wait_text(left)
        self.message.show_error(f"{self._wait_prefix} {text}" if self._wait_prefix else text)
        self._update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.recovery_mode and not self.busy:
            self.use_recovery(False)
            return
        super().keyPressEvent(event)
