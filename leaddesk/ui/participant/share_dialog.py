"""Who a disclosure goes to and why: a recipient named in one of the participant's consents and a
purpose, asked before anything leaves the app (a saved copy of a file, a disclosure packet). The gate
(desk/disclosure.py) then decides what those consents allow."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk.disclosure import DisclosurePurpose, Recipient
from leaddesk.ui.labels import enum_label
from leaddesk.ui.sizing import at_least_wide


def recipient_text(recipient: Recipient) -> str:
    if recipient.code and recipient.name and recipient.code != recipient.name:
        return f"{recipient.name} ({recipient.code})"
    return recipient.name or recipient.code


def fill_recipients(box: QComboBox, recipients: list[Recipient]) -> None:
    box.clear()
    for recipient in recipients:
        box.addItem(recipient_text(recipient), recipient)


def fill_purposes(box: QComboBox) -> None:
    box.clear()
    for purpose in DisclosurePurpose:
        box.addItem(enum_label(purpose), purpose)


class ShareDialog(QDialog):
    """Asks the recipient and the purpose; `recipient()` and `purpose()` hold the answer."""

    def __init__(self, *, intro: str, recipients: list[Recipient], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disclose under a consent"))
        text = QLabel(intro)
        text.setWordWrap(True)
        self.recipients = QComboBox()
        self.recipients.setAccessibleName(self.tr("Recipient"))
        fill_recipients(self.recipients, recipients)
        self.purposes = QComboBox()
        self.purposes.setAccessibleName(self.tr("Purpose"))
        fill_purposes(self.purposes)
        form = QFormLayout()
        form.addRow(self.tr("&Recipient"), self.recipients)
        form.addRow(self.tr("&Purpose"), self.purposes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue…"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(recipients))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if not recipients:
            none = QLabel(self.tr("No consent of this participant names a recipient: nothing may leave."))
            none.setWordWrap(True)
            layout.addWidget(none)
        layout.addLayout(form)
        layout.addWidget(buttons)
        at_least_wide(self, 480)

    def recipient(self) -> Recipient:
        chosen: Recipient = self.recipients.currentData()
        return chosen

    def purpose(self) -> DisclosurePurpose:
        return DisclosurePurpose(self.purposes.currentData())  # Qt hands an enum back as its text
