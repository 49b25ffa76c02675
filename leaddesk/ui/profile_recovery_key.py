"""The recovery key, shown once after a profile is created: large, copyable (the clipboard is emptied
again a minute later), and acknowledged with "I have stored it" before the profile opens."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from leaddesk.ui.display import clock
from leaddesk.ui.look import set_name
from leaddesk.ui.text import fill
from leaddesk.ui.unlock_card import Card, explanation

CLEAR_CLIPBOARD_MS = 60_000
# Hints that ask clipboard managers (KDE's Klipper; Windows clipboard history) not to keep the key.
_SECRET_HINTS = (
    ("x-kde-passwordManagerHint", b"secret"),
    (
        'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"',
        b"\x01\x00\x00\x00",
    ),
)


def key_lines(recovery_key: str) -> str:
    """Eight groups as two lines of four: easier to copy by hand without losing one's place."""
    groups = recovery_key.split("-")
    half = (len(groups) + 1) // 2
    return "-".join(groups[:half]) + "\n" + "-".join(groups[half:])


class RecoveryKeyPanel(Card):
    """Emits `confirmed` when the person says the key is stored and presses Continue."""

    confirmed = Signal()

    def __init__(self, *, clear_after_ms: int = CLEAR_CLIPBOARD_MS, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Your recovery key"), parent)
        self._copied = ""  # what we put on the clipboard, so only that is ever cleared
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.setInterval(clear_after_ms)
        self._clear_timer.timeout.connect(self.clear_clipboard)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_clipboard)

        self._build_explanation()
        self._build_key()
        self._build_copy_row()
        self._build_confirmation()
        self.copy.clicked.connect(self.copy_key)
        self.stored.toggled.connect(self.proceed.setEnabled)
        self.proceed.clicked.connect(self._proceed)
        self.setTabOrder(self.key_field, self.copy)
        self.setTabOrder(self.copy, self.stored)
        self.setTabOrder(self.stored, self.proceed)
        self._key = ""

    def _build_explanation(self) -> None:
        self.body.addWidget(
            explanation(
                self.tr(
                    "If you forget your passphrase, this key is the only way into your profile. "
                    "It is shown only now: write it down or keep it in your organisation's password "
                    "manager, away from this laptop."
                )
            )
        )

    def _build_key(self) -> None:
        """The key itself: large, fixed-width, selectable by mouse and keyboard."""
        self.key_field = QLabel()
        self.key_field.setAccessibleName(self.tr("Recovery key"))
        self.key_field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_field.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.5)
        self.key_field.setFont(font)
        set_name(self.key_field, "recoveryKey")  # framed on the card (leaddesk.qss)
        self.body.addWidget(self.key_field)

    def _build_copy_row(self) -> None:
        """Copy, and beside it the line saying when the clipboard is emptied."""
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy.setToolTip(self.tr("Copy the key; the clipboard is emptied again after a minute"))
        self.copied = QLabel()
        self.copied.setWordWrap(True)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy)
        copy_row.addWidget(self.copied, 1)
        self.body.addLayout(copy_row)

    def _build_confirmation(self) -> None:
        """The "I have stored it" box, and Continue on the right, enabled only once it is ticked."""
        self.stored = QCheckBox(self.tr("I have stored it somewhere safe"))
        self.stored.setAccessibleName(self.tr("I have stored the recovery key"))
        self.body.addWidget(self.stored)
        self.proceed = QPushButton(self.tr("Continue"))
        self.proceed.setAccessibleName(self.tr("Continue"))
        self.proceed.setToolTip(self.tr("Open your profile (Enter)"))
        self.proceed.setDefault(True)
        self.proceed.setEnabled(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.proceed)
        self.body.addLayout(row)

    def show_key(self, recovery_key: str) -> None:
        self._key = recovery_key
        self.key_field.setText(key_lines(recovery_key))
        self.copied.clear()
        self.stored.setChecked(False)

    def focus_first(self) -> None:
        self.copy.setFocus()

    def copy_key(self) -> None:
        if not self._key:
            return
        data = QMimeData()
        data.setText(self._key)
        for mime, value in _SECRET_HINTS:
            data.setData(mime, value)
        QGuiApplication.clipboard().setMimeData(data)
        self._copied = self._key
        self._clear_timer.start()
        at = datetime.now() + timedelta(milliseconds=self._clear_timer.interval())
        self.copied.setText(
            fill(self.tr("Copied. The clipboard will be emptied at %1."), clock(at, seconds=True))
        )

    def clear_clipboard(self) -> None:
        """Empty the clipboard, but only if it still holds the key (not something copied since)."""
        if self._copied and QGuiApplication.clipboard().text() == self._copied:
            QGuiApplication.clipboard().clear()
            if self._key:
                self.copied.setText(self.tr("The clipboard has been emptied."))
        self._copied = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Outside a dialog no button is "default": Enter from the checkbox or the key continues.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.proceed.isEnabled():
            self._proceed()
            return
        super().keyPressEvent(event)

    def _proceed(self) -> None:
        if not self.stored.isChecked():
            return
        # The key leaves the screen for good; the clipboard timer keeps its own copy until it fires.
        self._key = ""
        self.key_field.clear()
        self.confirmed.emit()
