"""Change status… (Ctrl+Shift+T): only the steps the program's status machine allows from where the
participant is (domain/episodes.py), each asking for what it needs — the date of engagement to become
engaged; the exit date and HMIS 3.12 destination to exit, with a reason from the non-punitive list; the
new referral's date for a return, which opens a new episode. What the machine refuses is shown in its
own sentence, and nothing is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from leaddesk.desk.record import StatusChange, StatusFacts
from leaddesk.domain import Participant
from leaddesk.domain.base import SHORT_MAX
from leaddesk.domain.enums import Destination, ExitReason, ParticipantStatus, ProjectType
from leaddesk.ui.participant.formatting import day, enum_label
from leaddesk.ui.participant.op_dialog import OpDialog, OptionalDate
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

S = ParticipantStatus


def pick_list(name: str, values: list[Any], *, blank: str = "", current: Any = None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    if blank:
        combo.addItem(blank, None)
    for value in values:
        combo.addItem(enum_label(value), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class StatusDialog(OpDialog):
    def __init__(
        self, session: Session, participant: Participant, facts: StatusFacts, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, self.tr("Change status"), parent)
        self.participant = participant
        self.facts = facts
        now = enum_label(facts.status)
        since = fill(self.tr("%1 since %2"), now, day(facts.since)) if facts.since else now
        self.current = QLabel(since)
        self.current.setAccessibleName(self.tr("Current status"))
        self.to = pick_list(self.tr("New status"), list(facts.next_steps))
        self._build_engagement()
        self._build_exit()
        self._build_return()
        self._lay_out()
        self.to.currentIndexChanged.connect(lambda _i: self._show_what_is_needed())
        self._show_what_is_needed()
        self.to.setFocus()

    def _build_engagement(self) -> None:
        self.engagement_date = OptionalDate(self.tr("Date of engagement"))

    def _build_exit(self) -> None:
        self.exit_date = OptionalDate(self.tr("Exit date"))
        self.destination = pick_list(
            self.tr("Destination"), list(Destination), blank=self.tr("Choose where they are going…")
        )
        self.exit_reason = pick_list(self.tr("Exit reason"), list(ExitReason), blank=self.tr("Not said"))
        self.exit_detail = QLineEdit()
        self.exit_detail.setAccessibleName(self.tr("Exit reason detail"))
        self.exit_detail.setMaxLength(SHORT_MAX)
        self.exit_detail.setPlaceholderText(self.tr("in a few words, without blame"))

    def _build_return(self) -> None:
        self.referral_date = OptionalDate(self.tr("Referral date"))
        last = self.facts.episode.project if self.facts.episode else ProjectType.STREET_OUTREACH
        self.project = pick_list(self.tr("Project"), list(ProjectType), current=last)
        self.nothing_needed = QLabel(self.tr("Nothing else is needed for this step."))

    def _lay_out(self) -> None:
        self.form.addRow(self.tr("Now"), self.current)
        self.form.addRow(self.tr("&New status"), self.to)
        self.form.addRow(self.tr("Date of &engagement"), self.engagement_date)
        self.form.addRow(self.tr("E&xit date"), self.exit_date)
        self.form.addRow(self.tr("&Destination"), self.destination)
        self.form.addRow(self.tr("Exit &reason"), self.exit_reason)
        self.form.addRow(self.tr("Reason de&tail"), self.exit_detail)
        self.form.addRow(self.tr("&Referral date"), self.referral_date)
        self.form.addRow(self.tr("&Project"), self.project)
        self.form.addRow("", self.nothing_needed)

    def chosen(self) -> ParticipantStatus | None:
        value = self.to.currentData()
        return S(value) if value is not None else None

    def _show_what_is_needed(self) -> None:
        """Only the rows the chosen step asks for."""
        to = self.chosen()
        shown = {
            self.engagement_date: to is S.ENGAGED,
            self.exit_date: to is S.EXITED,
            self.destination: to is S.EXITED,
            self.exit_reason: to is S.EXITED,
            self.exit_detail: to is S.EXITED,
            self.referral_date: to is S.REFERRED,
            self.project: to is S.REFERRED,
            self.nothing_needed: to in (S.ACTIVE, S.INACTIVE, S.IN_THE_WIND),
        }
        for widget, visible in shown.items():
            self.form.setRowVisible(widget, visible)
        self.error.hide()

    def change(self) -> StatusChange:
        to = self.chosen()
        if to is S.ENGAGED:
            return StatusChange(to=to, engagement_date=self.engagement_date.value())
        if to is S.EXITED:
            reason = self.exit_reason.currentData()
            destination = self.destination.currentData()
            return StatusChange(
                to=to,
                exit_date=self.exit_date.value(),
                destination=Destination(destination) if destination is not None else None,
                exit_reason=ExitReason(reason) if reason is not None else None,
                exit_reason_detail=self.exit_detail.text(),
            )
        if to is S.REFERRED:
            return StatusChange(
                to=to,
                referral_date=self.referral_date.value(),
                project=ProjectType(self.project.currentData()),
            )
        assert to is not None  # the list offers only the machine's steps, and it always has one
        return StatusChange(to=to)

    def accept(self) -> None:
        change = self.change()
        pid = self.participant.id
        self.submit(lambda desk: desk.record.change_status(pid, change))
