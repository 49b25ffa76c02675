"""Revoke…: the date a participant revoked a consent (today unless they said so earlier), refused inside
a criminal-justice consent's irrevocable period (42 CFR 2.35) with the domain's words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from leaddesk.domain import Consent
from leaddesk.domain.clock import local_today
from leaddesk.ui.display import entry_day_format, to_qdate
from leaddesk.ui.look import set_role
from leaddesk.ui.sizing import at_least_wide
from leaddesk.ui.text import fill

if TYPE_CHECKING:
    from leaddesk.ui.participant.consents_tab import ConsentsTab


class RevokeDialog(QDialog):
    """Asks the date of the revocation (today unless the participant said so earlier) and applies it;
    a refusal is shown here, in the domain's words, and nothing is written."""

    def __init__(self, tab: ConsentsTab, consent: Consent, parent: QWidget | None = None) -> None:
        super().__init__(parent or tab)
        self._tab = tab
        self.consent = consent
        self.setWindowTitle(self.tr("Revoke consent"))
        intro = QLabel(
            fill(
                self.tr(
                    "Revoke the consent to disclose to %1? From that day nothing more may be disclosed "
                    "under it."
                ),
                consent.recipient,
            )
        )
        intro.setWordWrap(True)
        self.on = QDateEdit(to_qdate(local_today()))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat(entry_day_format())
        self.on.setMaximumDate(to_qdate(local_today()))
        self.on.setAccessibleName(self.tr("Revoked on"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Why it was refused"))
        set_role(self.error, "form-error")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Revoke"))
        ok.setAccessibleName(self.tr("Revoke"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Revoked &on"), self.on)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        at_least_wide(self, 460)

    def accept(self) -> None:
        problem = self._tab.revoke(self.consent.id, on=self.on.date().toPython())
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()
