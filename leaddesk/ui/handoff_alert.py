"""Says that an officer's referral is waiting, wherever in the app the case manager is: the Today entry
of the navigation counts the referrals waiting for their warm hand-off, and the status bar says so when
one arrives (a sync brought it) or is already waiting at unlock. Reads only the waiting referrals' ids,
one query on a small index, after each change that may concern them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QListWidgetItem

from leaddesk.desk import Changes
from leaddesk.ui.display import plural
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

_ENTITIES = frozenset({"referral", "participant"})


class HandoffAlert(QObject):
    """Keeps `item` (Today's entry, whose words are `label`) counting; `arrived` carries the sentence
    for the status bar."""

    arrived = Signal(str)

    def __init__(
        self, session: Session, *, item: QListWidgetItem, label: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.item, self.label = session, item, label
        self.seen: set[str] = set()
        session.changed.connect(self._changed)

    def check(self) -> None:
        """Count the referrals waiting again; say so if one is new since the last look."""
        if not self.session.desk.is_open:
            return
        waiting = self.session.desk.handoffs.waiting_ids()
        count = len(waiting)
        self.item.setText(fill(self.tr("%1 (%2)"), self.label, count) if count else self.label)
        tip = self.tr("%n referral(s) from officers waiting for the warm hand-off", "", count)
        self.item.setToolTip(plural(tip, count) if count else "")
        new = len(set(waiting) - self.seen)
        self.seen = set(waiting)
        if new:
            text = self.tr(
                "%n new referral(s) from officers waiting for the warm hand-off: see Today (Ctrl+2).", "", new
            )
            self.arrived.emit(plural(text, new))

    def _changed(self, changes: Changes) -> None:
        if changes.concerns(_ENTITIES):
            self.check()
