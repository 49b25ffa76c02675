"""The "New participant" dialog: the few facts needed to start a record, checked by the domain model;
everything else is filled in later on the participant's page. The record starts referred, with its
first episode (referred on the date given, today unless changed). The team is picked from the user's
enrolled teams, never typed: a misspelt team made every record under it unsyncable (issue 13); the case
manager is picked from the program's roster for that team (the user themself while there is none)."""

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
from leaddesk.domain.clock import local_today
from leaddesk.storage.errors import StorageError
from leaddesk.ui.display import describe_error, entry_day, parse_day
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.op_dialog import OptionalDate
from leaddesk.ui.session import Session
from leaddesk.ui.sizing import at_least_wide
from leaddesk.ui.text import fill

BIRTH_EXAMPLE = date(1984, 3, 9)  # shown in the language's order, so "3/9" cannot be read two ways


class NewParticipantDialog(QDialog):
    def __init__(self, session: Session, *, team: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.created: Participant | None = None
        self.setWindowTitle(self.tr("New participant"))

        self._build_fields(team)
        form = self._build_form()
        self._build_error()
        self._build_buttons()
        layout = QVBoxLayout(self)
        at_least_wide(self, 420)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if not self.team.count():
            self._show_error(
                self.tr(
                    "There is no team to add them to yet. Connect to the office first (Desk ▸ Connect "
                    "to office…): the team comes from your enrolment, so their record can sync."
                )
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def _build_fields(self, team: str) -> None:
        """The participant's names, birth date, team, case manager and referral, in the order asked."""
        self.first_name = self._line(self.tr("First name"))
        self.last_name = self._line(self.tr("Last name"))
        self.preferred_name = self._line(self.tr("Preferred name"), self.tr("what they like to be called"))
        self.aliases = self._line(self.tr("Aliases"), self.tr("street names, separated by commas"))
        self.date_of_birth = self._line(
            self.tr("Date of birth"), fill(self.tr("for example %1, if known"), entry_day(BIRTH_EXAMPLE))
        )
        self.team = QComboBox()
        self.team.setAccessibleName(self.tr("Team"))
        self.team.addItems(self.session.desk.participants.team_choices())
        self.team.setCurrentIndex(max(0, self.team.findText(team)))
        self.case_manager = QComboBox()
        self.case_manager.setAccessibleName(self.tr("Case manager"))
        self._fill_case_managers()
        self.team.currentIndexChanged.connect(lambda _i: self._fill_case_managers())
        self.referral_date = OptionalDate(self.tr("Referral date"))
        self.referral_date.set_value(local_today())

    def _fill_case_managers(self) -> None:
        """The team's staff on the roster, shown by name and stored by username; the user first chosen if
        they are one of them."""
        current = self.case_manager.currentData() or self.session.desk.program.me()
        self.case_manager.clear()
        for member in self.session.desk.participants.case_manager_choices(self.team.currentText()):
            self.case_manager.addItem(member.display_name, member.username)
        self.case_manager.setCurrentIndex(max(0, self.case_manager.findData(current)))

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self.tr("&First name"), self.first_name)
        form.addRow(self.tr("&Last name"), self.last_name)
        form.addRow(self.tr("&Preferred name"), self.preferred_name)
        form.addRow(self.tr("&Aliases"), self.aliases)
        form.addRow(self.tr("&Date of birth"), self.date_of_birth)
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("&Case manager"), self.case_manager)
        form.addRow(self.tr("&Referred on"), self.referral_date)
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
            birth = parse_day(birth_text) if birth_text else None
        except ValueError:
            example = entry_day(BIRTH_EXAMPLE)
            self._show_error(fill(self.tr("Date of birth: write it as a date, for example %1."), example))
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
                case_manager=self.case_manager.currentData() or "",
            )
            created = self.session.desk.participants.create(
                participant, referral_date=self.referral_date.value()
            )
            saved = self.session.apply(created)
        except (ValidationError, StorageError, ValueError) as exc:
            self._show_error(describe_error(exc))
            return
        self.created = saved
        super().accept()
