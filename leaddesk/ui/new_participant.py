"""The "New participant" dialog: the few facts needed to start a record, checked by the domain model;
everything else is filled in later on the participant's page."""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain import Participant
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.storage.errors import StorageError
from leaddesk.ui.display import describe_error
from leaddesk.ui.labels import enum_label
from leaddesk.ui.look import set_role
from leaddesk.ui.session import Session

# An exit needs an exit date and reason: a new record never starts there.
NEW_STATUSES = [s for s in ParticipantStatus if s is not ParticipantStatus.EXITED]


class NewParticipantDialog(QDialog):
    def __init__(self, session: Session, *, team: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.created: Participant | None = None
        self.setWindowTitle(self.tr("New participant"))
        self.setMinimumWidth(420)

        self._build_fields(team)
        form = self._build_form()
        self._build_error()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _build_fields(self, team: str) -> None:
        """The participant's names, birth date, team, case manager and status, in the order asked."""
        self.first_name = self._line(self.tr("First name"))
        self.last_name = self._line(self.tr("Last name"))
        self.preferred_name = self._line(self.tr("Preferred name"), self.tr("what they like to be called"))
        self.aliases = self._line(self.tr("Aliases"), self.tr("street names, separated by commas"))
        self.date_of_birth = self._line(self.tr("Date of birth"), self.tr("YYYY-MM-DD, if known"))
        self.team = QComboBox()
        self.team.setEditable(True)
        self.team.setAccessibleName(self.tr("Team"))
        self.team.addItems(self.session.desk.participants.team_ids())
        self.team.setCurrentText(team or (self.team.itemText(0) if self.team.count() else ""))
        self.case_manager = self._line(self.tr("Case manager"))
        self.case_manager.setText(self.session.user)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in NEW_STATUSES:
            self.status.addItem(enum_label(status), status)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Last name"), self.last_name)
        form.addRow(self.tr("&Preferred name"), self.preferred_name)
        form.addRow(self.tr("&Aliases"), self.aliases)
        form.addRow(self.tr("&Date of birth"), self.date_of_birth)
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("&Case manager"), self.case_manager)
        form.addRow(self.tr("&Status"), self.status)
        return form

    def _build_error(self) -> None:
        """The problem line under the form, hidden until there is one."""
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create and open"))
        ok.setAccessibleName(self.tr("Create and open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def accept(self) -> None:
        """Create the participant through the session; on a problem say which field and stay open."""
        birth_text = self.date_of_birth.text().strip()
        try:
            birth = date.fromisoformat(birth_text) if birth_text else None
        except ValueError:
            self._show_error(self.tr("Date of birth: write it as YYYY-MM-DD, for example 1984-03-09."))
            self.date_of_birth.setFocus()
            return
        try:
            participant = Participant(
                first_name=self.first_name.text(),
                last_name=self.last_name.text(),
                preferred_name=self.preferred_name.text(),
                aliases=[a.strip() for a in self.aliases.text().split(",")],
                date_of_birth=birth,
                team_id=self.team.currentText(),
                case_manager=self.case_manager.text(),
                status=ParticipantStatus(self.status.currentData()),
            )
            saved = self.session.apply(self.session.desk.participants.create(participant))
        except (ValidationError, StorageError, ValueError) as exc:
            self._show_error(describe_error(exc))
            return
        self.created = saved
        super().accept()
