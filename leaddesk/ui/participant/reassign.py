"""Reassigning a participant's primary case manager or team from their page: the "Reassign…" button
(unavailable, with the reason, to anyone but a supervisor) and its dialog. The case manager is picked
from the roster the server sent, the team from those the supervisor may assign to; the caseload check
(domain/assignment.py, with the program's standard and maximum) shows as the choice changes, and above
the maximum Save waits for the supervisor's explicit confirmation."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes
from leaddesk.desk.assignment import AssignmentChoices
from leaddesk.domain.assignment import CaseloadCheck, CaseloadLevel
from leaddesk.storage.errors import StorageError
from leaddesk.ui.labels import role_label
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.formatting import error_text
from leaddesk.ui.rule_words import refusal_words
from leaddesk.ui.session import Session
from leaddesk.ui.sizing import at_least_wide
from leaddesk.ui.text import fill

Check = Callable[[str], CaseloadCheck | None]
Save = Callable[[str, str, bool], object]  # team, case manager (username, "" for none), confirmed


class ReassignDialog(QDialog):
    def __init__(
        self, choices: AssignmentChoices, *, check: Check, save: Save, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reassign participant"))
        self._choices, self._check, self._save = choices, check, save
        self._build()
        at_least_wide(self, 480)
        self._fill_teams()
        self.team.currentIndexChanged.connect(self._team_changed)
        self.case_manager.currentIndexChanged.connect(self._show_check)
        self.confirm.toggled.connect(self._update_save)
        self._team_changed()

    def _build(self) -> None:
        self.reason = QLabel(refusal_words(self._choices.refused or ""))
        self.reason.setAccessibleName(self.tr("Why you cannot reassign"))
        self.reason.setWordWrap(True)
        set_role(self.reason, "notice")
        self.reason.setVisible(self._choices.refused is not None)
        self.team = QComboBox()
        self.team.setAccessibleName(self.tr("Team"))
        self.case_manager = QComboBox()
        self.case_manager.setAccessibleName(self.tr("Case manager"))
        self.caseload = QLabel()
        self.caseload.setAccessibleName(self.tr("Caseload"))
        self.caseload.setWordWrap(True)
        self.confirm = QCheckBox(self.tr("I confirm this assignment above the maximum, as supervisor"))
        self.confirm.setAccessibleName(self.tr("Confirm above the maximum"))
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        set_role(self.error, "form-error")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(self.tr("Reassign"))
        self.save_button.setAccessibleName(self.tr("Reassign"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Team"), self.team)
        form.addRow(self.tr("&Case manager"), self.case_manager)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        for widget in (self.caseload, self.confirm, self.error, buttons):
            layout.addWidget(widget)
        for widget in (self.team, self.case_manager):
            widget.setEnabled(self._choices.refused is None)

    def _fill_teams(self) -> None:
        teams = list(self._choices.teams)
        if self._choices.team_id not in teams:  # where they are now, though not one this user assigns to
            teams.insert(0, self._choices.team_id)
        for team in teams:
            self.team.addItem(team, team)
        self.team.setCurrentIndex(max(0, self.team.findData(self._choices.team_id)))

    def _team_changed(self) -> None:
        team = self.chosen_team()
        self.case_manager.blockSignals(True)
        self.case_manager.clear()
        self.case_manager.addItem(self.tr("Not assigned"), "")
        for member in self._choices.case_managers(team):
            shown = fill(self.tr("%1 (%2)"), member.display_name, role_label(member.role))
            self.case_manager.addItem(shown, member.username)
        keep = self.case_manager.findData(self._choices.case_manager)
        self.case_manager.setCurrentIndex(max(0, keep))
        self.case_manager.blockSignals(False)
        self._show_check()

    def chosen_team(self) -> str:
        return str(self.team.currentData() or "")

    def chosen_case_manager(self) -> str:
        return str(self.case_manager.currentData() or "")

    def _show_check(self) -> None:
        username = self.chosen_case_manager()
        check = None if username == self._choices.case_manager else self._check(username)
        level = CaseloadLevel.WITHIN if check is None else check.level
        self.caseload.setText(check.message() if check is not None else "")
        self.caseload.setVisible(level is not CaseloadLevel.WITHIN)
        set_role(self.caseload, "form-error" if level is CaseloadLevel.ABOVE_MAXIMUM else "notice")
        self.confirm.setChecked(False)
        self.confirm.setVisible(level is CaseloadLevel.ABOVE_MAXIMUM)
        self._update_save()

    def _update_save(self) -> None:
        changed = (self.chosen_team(), self.chosen_case_manager()) != (
            self._choices.team_id,
            self._choices.case_manager,
        )
        confirmed = self.confirm.isChecked() or not self.confirm.isVisibleTo(self)
        self.save_button.setEnabled(self._choices.refused is None and changed and confirmed)

    def accept(self) -> None:
        try:
            self._save(self.chosen_team(), self.chosen_case_manager(), self.confirm.isChecked())
        except (ValueError, StorageError) as exc:  # AssignmentRefused is a ValueError
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()


class ReassignAction(QObject):
    """The page's "Reassign…" button and what it opens."""

    def __init__(self, session: Session, participant_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.participant_id = participant_id
        self.button = QPushButton(self.tr("Reassign…"))
        self.button.setAccessibleName(self.tr("Reassign case manager or team"))
        self.button.clicked.connect(self.open_dialog)
        session.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, change: Changes) -> None:
        if change.is_bulk:  # a sync: the user's role may have changed on the server
            self.refresh()

    def refresh(self) -> None:
        """Available to a supervisor; to anyone else unavailable, the reason in its tooltip."""
        refused = self.session.desk.assignment.refused()
        refused = refusal_words(refused) if refused else None
        self.button.setEnabled(refused is None)
        self.button.setToolTip(refused or self.tr("Change this participant's case manager or team"))
        self.button.setAccessibleDescription(refused or "")

    def dialog(self) -> ReassignDialog:
        assignment = self.session.desk.assignment
        pid = self.participant_id

        def save(team: str, case_manager: str, confirmed: bool) -> None:
            self.session.apply(
                assignment.reassign(pid, team_id=team, case_manager=case_manager, confirmed=confirmed)
            )

        return ReassignDialog(
            assignment.choices(pid),
            check=lambda username: assignment.check(pid, case_manager=username),
            save=save,
            parent=self.button.window(),
        )

    def open_dialog(self) -> None:
        self.dialog().exec()
