"""The first screen and the lock screen: create a profile on first run (showing the recovery key once),
unlock one afterwards; after unlocking with the recovery key, choose a new passphrase (or not now). Key
derivation runs on a worker inside the cards; the desk is opened here, on the GUI thread that will use
its connection."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from leaddesk.desk import Desk
from leaddesk.desk.profiles import Profiles, UnlockedKey
from leaddesk.ui.display import clock
from leaddesk.ui.profile_create import ProfileCreateForm
from leaddesk.ui.profile_passphrase import ChangePassphraseDialog, ResetPassphraseCard
from leaddesk.ui.profile_recovery_key import RecoveryKeyPanel
from leaddesk.ui.text import fill
from leaddesk.ui.unlock_card import Card, centred, describe_error
from leaddesk.ui.unlock_form import UnlockForm

__all__ = ["CREATE", "RECOVERED", "RECOVERY_KEY", "UNLOCK", "ChangePassphraseDialog", "UnlockPage"]

CREATE, UNLOCK, RECOVERY_KEY, RECOVERED = "create", "unlock", "recovery_key", "recovered"


class UnlockPage(QWidget):
    """Emits `unlocked(Desk)` with the unlocked profile's desk; `prepare(folder=)` readies it again after
    a lock."""

    unlocked = Signal(object)  # a Desk

    def __init__(self, *, profiles: Profiles, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.desk: Desk | None = None
        # Unwrapped, waiting for the person: to acknowledge a new recovery key, or after unlocking with the
        # recovery key, for "Not now" (setting a new passphrase hands back a key of its own).
        self._pending: UnlockedKey | None = None

        self.create_form = ProfileCreateForm(profiles=profiles)
        self.unlock_form = UnlockForm(profiles=profiles)
        self.recovery_panel = RecoveryKeyPanel()
        self.new_passphrase = ResetPassphraseCard(profiles=profiles)
        self._cards: dict[str, Card] = {
            CREATE: self.create_form,
            UNLOCK: self.unlock_form,
            RECOVERY_KEY: self.recovery_panel,
            RECOVERED: self.new_passphrase,
        }
        self.stack = QStackedWidget()
        self._hosts = {mode: centred(card) for mode, card in self._cards.items()}
        for host in self._hosts.values():
            self.stack.addWidget(host)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.create_form.created.connect(self._created)
        self.create_form.back_requested.connect(lambda: self._show(UNLOCK))
        self.unlock_form.unlocked.connect(self._open)
        self.unlock_form.recovered.connect(self._recovered)
        self.unlock_form.new_profile_requested.connect(self.show_create)
        self.recovery_panel.confirmed.connect(self._open_pending)
        self.new_passphrase.not_now_requested.connect(self._open_pending)
        self.new_passphrase.reset_done.connect(self._passphrase_reset)
        self.new_passphrase.recovery_key_rejected.connect(self._recovery_key_rejected)

        if self.unlock_form.reload():
            self._show(UNLOCK)
        else:
            self.show_create()

    @property
    def mode(self) -> str:
        current = self.stack.currentWidget()
        return next(mode for mode, host in self._hosts.items() if host is current)

    def prepare(self, *, folder: Path, hint: str = "") -> None:
        """Ready for unlocking the profile in `folder` again after a lock, whatever the page showed before;
        `hint` is added to the lock note (the demo says where its passphrase is)."""
        self.desk = None
        self._pending = None
        self.new_passphrase.reset()  # the recovery key must not outlive the visit that typed it
        self.create_form.reset(can_go_back=True)
        self.unlock_form.reload(select=folder)
        note = fill(self.tr("Locked at %1. Unlock to continue where you left off."), clock(datetime.now()))
        self.unlock_form.reset(note=f"{note} {hint}" if hint else note)
        self._show(UNLOCK)

    def show_notice(self, text: str) -> None:
        """Something the person must know on arriving here (a revoked laptop, say), on the current card."""
        if self.mode == CREATE:
            self.create_form.message.show_info(text)
        else:
            self.unlock_form.reset(note=text)

    def profiles_changed(self, *, notice: str = "", select: Path | None = None) -> None:
        """Profiles were added or deleted behind this page (a wiped laptop): show what is there now."""
        self.desk = None
        self._pending = None
        if self.unlock_form.reload(select=select):
            self.unlock_form.reset(note=notice)
            self._show(UNLOCK)
        else:
            self.show_create()
            if notice:
                self.create_form.message.show_info(notice)

    def show_create(self) -> None:
        self.create_form.reset(can_go_back=bool(self.profiles.list()))
        self._show(CREATE)

    def _show(self, mode: str) -> None:
        self.stack.setCurrentWidget(self._hosts[mode])
        self._focus_current()

    def _focus_current(self) -> None:
        if not self.isVisible():
            return  # a hidden page must not take the focus from the workspace; showEvent comes back here
        self._cards[self.mode].focus_first()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_current()  # focus set while hidden does not stick

    # -- from a key to an open store ---------------------------------------------------------------

    def _created(self, key: UnlockedKey, recovery_key: str) -> None:
        # The store opens only after the key was acknowledged: closing the window now leaves nothing open.
        self._pending = key
        self.recovery_panel.show_key(recovery_key)
        self._show(RECOVERY_KEY)

    def _recovered(self, key: UnlockedKey, recovery_key: str) -> None:
        # The recovery key proved right; a forgotten passphrase is replaced now, or the person goes on.
        self._pending = key
        self.new_passphrase.start(folder=key.folder, name=key.vault.name, recovery_key=recovery_key)
        self._show(RECOVERED)

    def _passphrase_reset(self, key: UnlockedKey) -> None:
        self._pending = None  # the verification-only key is superseded by the one that set the passphrase
        self._open(key)

    def _recovery_key_rejected(self, message: str) -> None:
        self._pending = None
        self.unlock_form.reset()
        self.unlock_form.use_recovery(True)
        self._show(UNLOCK)
        self.unlock_form.show_error(message)

    def _open_pending(self) -> None:
        key, self._pending = self._pending, None
        if key is not None:
            self._open(key)

    def _open(self, key: UnlockedKey) -> None:
        self.new_passphrase.reset()
        try:
            desk = self.profiles.open(key)
        except Exception as exc:  # any failure must end on the unlock card with words, not a traceback
            self.unlock_form.reload(select=key.folder)
            self.unlock_form.reset()
            self._show(UNLOCK)
            self.unlock_form.show_error(describe_error(exc))
            return
        self.desk = desk
        # Behind the workspace the page rests on its unlock card, so nothing from this step lingers.
        self.unlock_form.reload(select=key.folder)
        self.unlock_form.reset()
        self.stack.setCurrentWidget(self._hosts[UNLOCK])
        self.unlocked.emit(desk)
