"""Correct episode… (double-click an episode, or its button): an old or current episode's dates,
project and exit details as they really were — a date typed wrong months ago, a destination learned
after the exit. Its status is not offered (Change status… moves it); the record refuses dates out of
order and an exit without its date or destination, in its own sentence, and nothing is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from leaddesk.domain import Enrollment
from leaddesk.domain.base import SHORT_MAX
from leaddesk.domain.enums import Destination, ExitReason, ParticipantStatus, ProjectType
from leaddesk.ui.participant.formatting import enum_label
from leaddesk.ui.participant.op_dialog import OpDialog, OptionalDate
from leaddesk.ui.participant.status_dialog import pick_list
from leaddesk.ui.session import Session


class EpisodeDialog(OpDialog):
    def __init__(self, session: Session, episode: Enrollment, parent: QWidget | None = None) -> None:
        super().__init__(session, self.tr("Correct episode"), parent)
        self.episode = episode
        self.status = QLabel(enum_label(episode.status))
        self.status.setAccessibleName(self.tr("Status"))
        self.project = pick_list(self.tr("Project"), list(ProjectType), current=episode.project)
        self.referral_date = OptionalDate(self.tr("Referral date"))
        self.entry_date = OptionalDate(self.tr("Entry date"))
        self.engagement_date = OptionalDate(self.tr("Date of engagement"))
        self.exit_date = OptionalDate(self.tr("Exit date"))
        self.destination = pick_list(
            self.tr("Destination"), list(Destination), blank=self.tr("Choose where they went…"),
            current=episode.destination,
        )  # fmt: skip
        self.exit_reason = pick_list(
            self.tr("Exit reason"), list(ExitReason), blank=self.tr("Not said"), current=episode.exit_reason
        )
        self.exit_detail = QLineEdit(episode.exit_reason_detail)
        self.exit_detail.setAccessibleName(self.tr("Exit reason detail"))
        self.exit_detail.setMaxLength(SHORT_MAX)
        self.exit_detail.setPlaceholderText(self.tr("in a few words, without blame"))
        for edit, value in (
            (self.referral_date, episode.referral_date),
            (self.entry_date, episode.entry_date),
            (self.engagement_date, episode.engagement_date),
            (self.exit_date, episode.exit_date),
        ):
            edit.set_value(value)
        self._lay_out()

    def _lay_out(self) -> None:
        exited = self.episode.status is ParticipantStatus.EXITED
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("&Project"), self.project)
        self.form.addRow(self.tr("&Referral date"), self.referral_date)
        self.form.addRow(self.tr("E&ntry date"), self.entry_date)
        self.form.addRow(self.tr("Date of &engagement"), self.engagement_date)
        for label, widget in (
            (self.tr("E&xit date"), self.exit_date),
            (self.tr("&Destination"), self.destination),
            (self.tr("Exit rea&son"), self.exit_reason),
            (self.tr("Reason de&tail"), self.exit_detail),
        ):
            self.form.addRow(label, widget)
            self.form.setRowVisible(widget, exited)  # an open episode has no exit to correct
        self.project.setFocus()

    def changes(self) -> dict[str, Any]:
        """Only what differs from the episode as it was read: a field someone else changed meanwhile on
        another laptop, and this dialog left alone, keeps their value."""
        wanted: dict[str, Any] = {
            "project": self.project.currentData(),
            "referral_date": self.referral_date.value(),
            "entry_date": self.entry_date.value(),
            "engagement_date": self.engagement_date.value(),
        }
        if self.episode.status is ParticipantStatus.EXITED:
            wanted |= {
                "exit_date": self.exit_date.value(),
                "destination": self.destination.currentData(),
                "exit_reason": self.exit_reason.currentData(),
                "exit_reason_detail": self.exit_detail.text().strip(),
            }
        return {k: v for k, v in wanted.items() if v != getattr(self.episode, k)}

    def accept(self) -> None:
        changes, episode_id = self.changes(), self.episode.id
        if not changes:
            super().accept()  # nothing to correct: nothing to write
            return
        self.submit(lambda desk: desk.record.correct_episode(episode_id, changes))
