"""What came of an officer's referral, and when: met (the case manager takes them on), could not locate,
or declined. The time is now unless changed (the case manager may mark it back at the office), never
before the referral nor in the future; Save runs the write through the session's runner, a refusal shows
in the dialog with nothing lost."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QWidget

from leaddesk.desk.handoffs import HandoffOutcome, WaitingHandoff
from leaddesk.ui.display import day_time, local
from leaddesk.ui.participant.op_dialog import OpDialog
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill


class HandoffDialog(OpDialog):
    """Mark `item`'s hand-off with `outcome`; closes once saved."""

    def __init__(
        self, session: Session, *, item: WaitingHandoff, outcome: HandoffOutcome, parent: QWidget | None
    ) -> None:
        titles = {
            HandoffOutcome.MET: self.tr("Met — take them on"),
            HandoffOutcome.NOT_LOCATED: self.tr("Could not locate"),
            HandoffOutcome.DECLINED: self.tr("Declined to meet"),
        }
        super().__init__(session, titles[outcome], parent)
        self.item, self.outcome = item, outcome
        self.setObjectName("handoff-dialog")
        self.about = QLabel(self._about())
        self.about.setWordWrap(True)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        referred = local(item.referral.referred_at).replace(second=0, microsecond=0, tzinfo=None)
        self.when.setMinimumDateTime(QDateTime(referred))
        self.when.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.when.setAccessibleName(self.tr("When"))
        self.form.addRow(self.about)
        self.form.addRow(self.tr("&When"), self.when)
        self.when.setFocus()

    def _about(self) -> str:
        referred = day_time(self.item.referral.referred_at)
        if self.outcome is HandoffOutcome.MET and not self.item.case_manager:
            text = self.tr("You met %1 (referred at %2): they become your participant.")
        elif self.outcome is HandoffOutcome.MET:
            text = self.tr("You met %1 (referred at %2). They stay with their case manager, %3.")
        elif self.outcome is HandoffOutcome.NOT_LOCATED:
            text = self.tr("You looked for %1 (referred at %2) and could not find them.")
        else:
            text = self.tr("%1 (referred at %2) did not want to meet a case manager.")
        return fill(text, self.item.name, referred, self.item.case_manager)

    def chosen_time(self) -> datetime:
        """The time in the box, on the laptop's clock, as an aware time."""
        picked: datetime = self.when.dateTime().toPython()  # naive, in the laptop's zone
        return picked.astimezone()

    def accept(self) -> None:
        if self.saving:
            return
        referral_id, outcome, at = self.item.id, self.outcome, self.chosen_time()
        self.submit(lambda desk: desk.handoffs.mark(referral_id, outcome, at=at))
