"""The "create your profile" card: a name, a passphrase typed twice with a live strength hint. The vault
(and its Argon2id derivation) is made on a worker; the page opens the store afterwards on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from leaddesk.desk.profiles import Profiles, UnlockedKey
from leaddesk.storage.errors import StorageError
from leaddesk.ui.profile_passphrase import NewPassphraseFields, form_layout
from leaddesk.ui.unlock_card import BusyIndicator, Card, FormMessage, describe_error, explanation, link_button
from leaddesk.ui.worker import Background


class ProfileCreateForm(Card):
    """Emits `created(UnlockedKey, recovery_key)` once the vault exists; `back_requested` to unlock."""

    created = Signal(object, str)
    back_requested = Signal()

    def __init__(self, *, profiles: Profiles, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Create your profile"), parent)
        self._profiles = profiles
        self._background = Background(self)
        self.busy = False

        self._build_explanation()
        self._build_fields()
        self._build_status()
        self._build_buttons()
        self._connect_signals()
        self.setTabOrder(self.name, self.fields.passphrase)
        self.setTabOrder(self.fields.passphrase, self.fields.repeat)
        self.setTabOrder(self.fields.repeat, self.create)
        self.setTabOrder(self.create, self.back)
        self.reset(can_go_back=False)

    def _build_explanation(self) -> None:
        self.body.addWidget(
            explanation(
                self.tr(
                    "Your profile keeps your caseload encrypted on this laptop. "
                    "Only your passphrase, or the recovery key you will see next, can open it."
                )
            )
        )

    def _build_fields(self) -> None:
        """The name, then the passphrase typed twice with its strength hint."""
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("e.g. Casey Morgan"))
        self.name.setMinimumHeight(28)
        self.name.setMaxLength(64)
        form = form_layout()
        form.addRow(self.tr("Your name"), self.name)
        self.body.addLayout(form)
        self.fields = NewPassphraseFields(
            label=self.tr("Passphrase"), repeat_label=self.tr("Repeat passphrase")
        )
        self.body.addWidget(self.fields)

    def _build_status(self) -> None:
        self.message = FormMessage()
        self.body.addWidget(self.message)
        self.indicator = BusyIndicator()
        self.body.addWidget(self.indicator)

    def _build_buttons(self) -> None:
        """The "Back to unlock" link on the left, Create profile on the right."""
        self.create = QPushButton(self.tr("Create profile"))
        self.create.setAccessibleName(self.tr("Create profile"))
        self.create.setToolTip(self.tr("Create the profile (Enter)"))
        self.create.setDefault(True)
        self.back = link_button(self.tr("Back to unlock"), self.tr("Back to unlock"))
        self.back.setToolTip(self.tr("Unlock an existing profile instead (Esc)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.create)
        self.body.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.create.clicked.connect(self.submit)
        self.back.clicked.connect(self.back_requested)
        for field in (self.name, self.fields.passphrase, self.fields.repeat):
            field.returnPressed.connect(self.submit)
        self.name.textChanged.connect(self._update)
        self.fields.changed.connect(self._update)

    def reset(self, *, can_go_back: bool) -> None:
        self.name.clear()
        self.fields.clear()
        self.message.clear()
        self.back.setVisible(can_go_back)
        self._update()

    def focus_first(self) -> None:
        self.name.setFocus()

    def _update(self) -> None:
        self.create.setEnabled(bool(self.name.text().strip()) and self.fields.ready and not self.busy)

    def submit(self) -> None:
        if not self.create.isEnabled():
            # Enter in the first field moves on instead of silently doing nothing.
            if self.name.hasFocus():
                self.fields.passphrase.setFocus()
            elif self.fields.passphrase.hasFocus():
                self.fields.repeat.setFocus()
            return
        name = self.name.text().strip()
        try:
            self._profiles.check_new_name(name)  # said now, before the derivation; create checks again
        except StorageError as exc:
            self.message.show_error(describe_error(exc))
            self.name.selectAll()
            self.name.setFocus()
            return
        passphrase, profiles = self.fields.text(), self._profiles
        self._set_busy(True)
        self._background.run(
            lambda: profiles.create(name, passphrase),
            on_done=self._done,
            on_error=self._failed,
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.name, self.fields, self.back):
            widget.setEnabled(not busy)
        if busy:
            self.message.clear()
            self.indicator.start(self.tr("Creating your profile… this takes a moment."))
        else:
            self.indicator.stop()
        self._update()

    def _done(self, result: tuple[UnlockedKey, str]) -> None:
        self._set_busy(False)
        key, recovery_key = result
        self.fields.clear()
        self.created.emit(key, recovery_key)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.message.show_error(describe_error(exc))
        self.name.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.back.isVisible() and not self.busy:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)
