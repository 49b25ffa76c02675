"""The pieces every profile screen shares: a calm centred card, a busy line for key derivation, an
in-form message, and storage errors told in plain words (never a traceback)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk.profiles import MIN_PASSPHRASE_LENGTH
from leaddesk.storage.errors import (
    CorruptDatabase,
    CorruptVault,
    DamagedAfterCrash,
    InvalidProfileName,
    MigrationError,
    ProfileExists,
    ProfileInUse,
    ProfileNotFound,
    SimilarProfileExists,
    StorageError,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
)
from leaddesk.ui.labels import table_label
from leaddesk.ui.look import set_name, set_role
from leaddesk.ui.rule_texts import rule_text
from leaddesk.ui.text import fill, translate

CARD_WIDTH = 420
log = logging.getLogger(__name__)


def wait_text(seconds: int) -> str:
    # m:ss rather than "%n second(s)": it reads well in every language without a plural table.
    minutes, secs = divmod(max(1, seconds), 60)
    return fill(
        translate("UnlockPage", "Too many wrong attempts. You can try again in %1."), f"{minutes}:{secs:02d}"
    )


# Errors told in one fixed sentence. Checked in this order, after SimilarProfileExists (a ProfileExists
# whose sentence must say why the name is refused).
_PLAIN_SENTENCES: dict[type[StorageError], str] = {
    WrongPassphrase: QT_TRANSLATE_NOOP("UnlockPage", "That passphrase is not right for this profile."),
    ProfileNotFound: QT_TRANSLATE_NOOP("UnlockPage", "That profile is no longer on this laptop."),
    ProfileInUse: QT_TRANSLATE_NOOP(
        "UnlockPage",
        "This profile is open in another LEAD Desk window on this computer. Use that window, or lock the "
        "profile there first.",
    ),
    ProfileExists: QT_TRANSLATE_NOOP(
        "UnlockPage", "A profile with that name already exists. Choose another name, or unlock it."
    ),
}
# A profile that cannot be opened whatever the person types: say what is wrong, then who can help.
_DAMAGED_SENTENCES: dict[type[StorageError], str] = {
    CorruptVault: QT_TRANSLATE_NOOP(
        "UnlockPage", "This profile's key file is damaged, so the profile cannot be opened."
    ),
    DamagedAfterCrash: QT_TRANSLATE_NOOP(
        "UnlockPage",
        "LEAD Desk stopped unexpectedly last time, and this profile's records were found damaged.",
    ),
    CorruptDatabase: QT_TRANSLATE_NOOP(
        "UnlockPage",
        "This profile's records could not be read: the database is damaged or belongs elsewhere.",
    ),
    MigrationError: QT_TRANSLATE_NOOP(
        "UnlockPage", "This profile could not be updated for this version of LEAD Desk."
    ),
}


def describe_error(exc: BaseException) -> str:
    """What to tell a case manager about `exc`; unexpected errors go to the log with their details."""
    if isinstance(exc, SimilarProfileExists):
        return fill(
            translate(
                "UnlockPage",
                "There is already a profile called “%1” on this laptop, and names that differ only in "
                "accents, capitals or spaces are too easily confused. Add something to tell them apart, "
                "such as a middle name or an initial.",
            ),
            exc.name,
        )
    for kind in _PLAIN_SENTENCES:
        if isinstance(exc, kind):
            return table_label("UnlockPage", _PLAIN_SENTENCES, kind)
    for kind in _DAMAGED_SENTENCES:
        if isinstance(exc, kind):
            ask = translate(
                "UnlockPage",
                "Nothing was changed. Ask whoever supports LEAD Desk at your organisation for help.",
            )
            return table_label("UnlockPage", _DAMAGED_SENTENCES, kind) + " " + ask
    if isinstance(exc, VaultLocked):
        return wait_text(int(exc.seconds_left + 0.999))
    if isinstance(exc, InvalidProfileName):
        return fill(
            translate("UnlockPage", "That name cannot be used for a profile: %1"), rule_text(str(exc))
        )
    if isinstance(exc, WeakPassphrase):
        return translate(
            "UnlockPage", "The passphrase needs at least %n characters.", None, MIN_PASSPHRASE_LENGTH
        )
    if isinstance(exc, StorageError):
        return rule_text(str(exc))
    return _describe_unexpected(exc)


def _describe_unexpected(exc: BaseException) -> str:
    """A file the system refused, or a bug: the details go to the log, never to the screen."""
    if isinstance(exc, OSError):
        log.warning("file error while opening a profile: %s", exc.strerror)
        return fill(
            translate("UnlockPage", "The profile folder could not be read or written (%1)."),
            exc.strerror or type(exc).__name__,
        )
    log.error("unexpected error on the unlock screen", exc_info=exc)
    return translate(
        "UnlockPage", "Something unexpected went wrong. Nothing was changed; the details are in the log."
    )


class Card(QFrame):
    """A framed panel of at most CARD_WIDTH pixels: the app's name, a title, then `body`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Window colour on a Base-coloured page: the fields (Base) then stand out in light and dark palettes
        # alike; a Base card would hide Fusion's field frames in dark mode (leaddesk.qss).
        set_name(self, "card")
        self.setMaximumWidth(CARD_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        brand = QLabel(self.tr("LEAD Desk"))
        brand.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(6)
        layout.addWidget(brand)
        layout.addWidget(self.title)
        layout.addSpacing(8)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout.addLayout(self.body)

    def sizeHint(self) -> QSize:
        # The height wrapped text needs at the card's own width, not at the text's natural width.
        height = super().sizeHint().height()
        if self.hasHeightForWidth():
            height = max(height, self.heightForWidth(CARD_WIDTH))
        return QSize(CARD_WIDTH, height)

    def minimumSizeHint(self) -> QSize:
        return QSize(min(CARD_WIDTH, 320), super().minimumSizeHint().height())

    def focus_first(self) -> None:
        """Put the keyboard where the person starts on this card; each card knows its first field."""
        self.focusNextChild()

    def set_title(self, title: str) -> None:
        self.title.setText(title)
        self.title.setAccessibleName(title)


def centred(card: QWidget) -> QScrollArea:
    """`card` in the middle of the page, a little above centre; scrolls rather than clips on small screens."""
    host = QWidget()
    host.setBackgroundRole(QPalette.ColorRole.Base)
    host.setAutoFillBackground(True)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    column = QVBoxLayout(host)
    column.setContentsMargins(16, 16, 16, 16)
    column.addStretch(2)
    column.addLayout(row)
    column.addStretch(3)
    area = QScrollArea()
    # Not a stop of its own: Tab goes through the card's fields, and the area scrolls to each.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(host)
    return area


def explanation(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def link_button(text: str, accessible: str) -> QPushButton:
    """A flat, link-looking button: keyboard reachable, unlike a rich-text link in a label."""
    button = QPushButton(text)
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    button.setAccessibleName(accessible)
    set_role(button, "link")
    return button


class BusyIndicator(QWidget):
    """An indeterminate bar and a line of text while the key is derived; keeps its space when hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(6)
        self.bar.setAccessibleName(self.tr("Working"))
        self.label = QLabel()
        self.label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the form must not jump when it appears
        self.setSizePolicy(policy)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def stop(self) -> None:
        self.hide()


class FormMessage(QWidget):
    """One message under a form, with the style's warning or information icon (no hard-coded colour)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Message"))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_error(self, text: str) -> None:
        self._show(QStyle.StandardPixmap.SP_MessageBoxWarning, text)

    def show_info(self, text: str) -> None:
        self._show(QStyle.StandardPixmap.SP_MessageBoxInformation, text)

    def clear(self) -> None:
        self.label.clear()
        self.hide()

    def _show(self, icon: QStyle.StandardPixmap, text: str) -> None:
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.label.setText(text)
        self.show()
