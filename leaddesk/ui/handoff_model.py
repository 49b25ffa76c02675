"""Today's list of officers' referrals waiting for their warm hand-off, as a Qt table model: the clock
(minutes since the referral, against the 30-minute goal), who, where, whether they agreed to meet, the
intake deadline and the officer. It reads through the function its owner gives (the desk's hand-off use
cases on screen, a plain list in a test) and tells the time by the clock it is given, so a test can move
it; `tick()` repaints the clocks without reading anything again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from leaddesk.desk.handoffs import HANDOFF_TARGET_MINUTES, WaitingHandoff
from leaddesk.domain.ids import utcnow
from leaddesk.ui.display import day, day_time, relative_day
from leaddesk.ui.models import RowsModel
from leaddesk.ui.participant.records_model import duration_text
from leaddesk.ui.text import fill, translate

__all__ = ["HANDOFF_TARGET_MINUTES", "HandoffsModel", "agreed_text"]


def agreed_text(agreed: bool | None) -> str:
    """Whether the person agreed to meet a case manager, in words."""
    if agreed is None:
        return translate("HandoffsModel", "not said")
    return translate("HandoffsModel", "yes") if agreed else translate("HandoffsModel", "no")


class HandoffsModel(RowsModel[WaitingHandoff]):
    """Waiting referrals, oldest first (the longest wait at the top)."""

    COL_CLOCK, COL_NAME, COL_PLACE, COL_AGREED, COL_DEADLINE, COL_OFFICER = range(6)

    def __init__(
        self, *, read: Callable[[], Sequence[WaitingHandoff]], clock: Callable[[], datetime] = utcnow
    ) -> None:
        super().__init__()
        self._read = read
        self._clock = clock
        self.now = clock()
        self._warning: QIcon | None = None
        self.headers = [
            self.tr("Waiting"),
            self.tr("Person"),
            self.tr("Where"),
            self.tr("Agreed to meet"),
            self.tr("Intake by"),
            self.tr("Officer"),
        ]

    def refresh(self) -> None:
        self.now = self._clock()
        self.set_rows(self._read())

    def tick(self) -> None:
        """The clocks at the time now: only their column is repainted."""
        self.now = self._clock()
        if self._rows:
            top, bottom = self.index(0, self.COL_CLOCK), self.index(len(self._rows) - 1, self.COL_CLOCK)
            self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])

    def participant_of(self, row: WaitingHandoff) -> str:
        return row.participant_id

    def record_of(self, row: WaitingHandoff) -> str:
        return row.id

    def minutes(self, row: WaitingHandoff) -> int:
        return row.minutes_waiting(self.now)

    def past_goal(self, row: WaitingHandoff) -> bool:
        return self.minutes(row) > HANDOFF_TARGET_MINUTES

    def clock_text(self, row: WaitingHandoff) -> str:
        text = duration_text(self.minutes(row))
        return (
            fill(self.tr("%1 — past %2"), text, duration_text(HANDOFF_TARGET_MINUTES))
            if self.past_goal(row)
            else text
        )

    def cell(self, row: WaitingHandoff, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CLOCK:
            return fill(
                self.tr("Referred at %1; the aim is to meet within %2"),
                day_time(row.referral.referred_at),
                duration_text(HANDOFF_TARGET_MINUTES),
            )
        if column == self.COL_CLOCK and self.past_goal(row):
            # Past the goal: a mark to act on, as the caseload marks a contact overdue.
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole:
                return self._warning_icon()
        return None

    def _display(self, row: WaitingHandoff, column: int) -> str:
        referral = row.referral
        match column:
            case self.COL_CLOCK:
                return self.clock_text(row)
            case self.COL_NAME:
                return row.name
            case self.COL_PLACE:
                return referral.place
            case self.COL_AGREED:
                return agreed_text(referral.agreed_to_meet)
            case self.COL_DEADLINE:
                deadline = row.intake_deadline
                return f"{day(deadline)} ({relative_day(deadline)})" if deadline else ""
            case self.COL_OFFICER:
                return referral.referring_officer or referral.officer_username
        return ""

    def _warning_icon(self) -> QIcon:
        if self._warning is None:
            style = QApplication.style()
            self._warning = (
                style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon()
            )
        return self._warning
