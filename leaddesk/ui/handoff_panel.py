"""Today's first section: officers' referrals waiting for the warm hand-off. A table with each one's
clock (repainted every few seconds, so the minutes visibly move), and under it the chosen one in full:
when and by whom, where, the description, what the officer observed, whether they agreed to meet, the
officer's contact and the intake deadline; who they may already be, with Same person — merge and
Different person; and what came of it: Met — take them on, Could not locate, Declined (each asks the
time). Every action has a mnemonic (Alt+letter) and Enter on a row opens the participant's record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from leaddesk.desk.handoffs import HandoffOutcome, MatchBasis, Offer, WaitingHandoff
from leaddesk.domain.ids import utcnow
from leaddesk.domain.program import DEFAULT_PROGRAM
from leaddesk.ui.display import day, day_time, describe_error, relative_day
from leaddesk.ui.handoff_dialog import HandoffDialog
from leaddesk.ui.handoff_model import HandoffsModel, agreed_text
from leaddesk.ui.labels import enum_label, field_label, table_label
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.answers import for_widget
from leaddesk.ui.participant.casework_fields import catalogue_text
from leaddesk.ui.participant.referral_panel import DOOR_LABELS
from leaddesk.ui.session import Session
from leaddesk.ui.table_view import RecordTable
from leaddesk.ui.text import fill

TICK_MS = 10_000  # the clocks are repainted this often, so each minute shows within seconds of turning
TABLE_ROWS = 4  # rows the table shows before it scrolls: the details under it matter as much
DETAIL_FIELDS = ("place", "person_description", "observed", "agreed_to_meet", "officer_contact")


class HandoffPanel(QWidget):
    participant_requested = Signal(str)

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, clock: Callable[[], datetime] = utcnow
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model = HandoffsModel(read=session.desk.handoffs.waiting, clock=clock)
        self.dialog: HandoffDialog | None = None
        self.program = DEFAULT_PROGRAM
        self._build_list()
        self._build_details()
        self._build_offer()
        self._build_actions()
        self._build_layout()
        self.ticker = QTimer(self, interval=TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()

    def _build_list(self) -> None:
        self.heading = QLabel()
        set_role(self.heading, "heading")
        self.empty = QLabel(self.tr("No officer's referral is waiting for a hand-off."))
        set_role(self.empty, "empty")
        self.table = RecordTable()
        self.table.setObjectName("handoff-table")
        self.table.setAccessibleName(self.tr("Officers' referrals waiting for the hand-off"))
        self.table.setToolTip(self.tr("Enter opens the participant's record"))
        self.table.setModel(self.model)
        self.table.open_requested.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

    def _build_details(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        set_role(self.summary, "subtitle")
        self.details = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for name in ("referred_at", *DETAIL_FIELDS, "intake_deadline"):
            value = QLabel()
            value.setWordWrap(True)
            value.setAccessibleName(field_label(name))
            self.values[name] = value
            self.details.addRow(field_label(name), value)

    def _build_offer(self) -> None:
        self.offer = QLabel()
        self.offer.setWordWrap(True)
        self.offer.setAccessibleName(self.tr("May already be in the program"))
        set_role(self.offer, "notice")
        self.merge = QPushButton(self.tr("Same person — me&rge…"))
        self.merge.setToolTip(
            self.tr("Move this referral to their record; the record the referral made goes")
        )
        self.merge.clicked.connect(self._ask_merge)
        self.different = QPushButton(self.tr("Di&fferent person"))
        self.different.setToolTip(self.tr("Not the same person: not offered again for this referral"))
        self.different.clicked.connect(self._different_person)
        self.offer_row = QWidget()
        row = QHBoxLayout(self.offer_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.offer, 1)
        row.addWidget(self.merge)
        row.addWidget(self.different)

    def _build_actions(self) -> None:
        self.met = QPushButton(self.tr("&Met — take them on…"))
        self.not_located = QPushButton(self.tr("Could &not locate…"))
        self.declined = QPushButton(self.tr("Decl&ined…"))
        for button, outcome in (
            (self.met, HandoffOutcome.MET),
            (self.not_located, HandoffOutcome.NOT_LOCATED),
            (self.declined, HandoffOutcome.DECLINED),
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.clicked.connect(lambda _=False, chosen=outcome: self.mark(chosen))
        self.actions = QHBoxLayout()
        self.actions.addWidget(self.met)
        self.actions.addWidget(self.not_located)
        self.actions.addWidget(self.declined)
        self.actions.addStretch(1)

    def _build_layout(self) -> None:
        self.chosen = QWidget()
        chosen = QVBoxLayout(self.chosen)
        chosen.setContentsMargins(0, 0, 0, 0)
        chosen.addWidget(self.summary)
        chosen.addLayout(self.details)
        chosen.addWidget(self.offer_row)
        chosen.addLayout(self.actions)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(self.table)
        layout.addWidget(self.chosen)
        QWidget.setTabOrder(self.table, self.met)

    # -- reading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again, keeping the chosen referral chosen while it is still waiting."""
        kept = self.current()
        self.program = self.session.desk.program.settings()  # its lists name agencies and precincts
        self.model.refresh()
        ids = [row.id for row in self.model.rows()]
        count = len(ids)
        self.heading.setText(self.tr("Officers' referrals waiting for the warm hand-off (%n)", "", count))
        self.empty.setVisible(count == 0)
        self.table.setVisible(count > 0)
        self.chosen.setVisible(count > 0)
        if count:
            self.table.fit_columns(stretch=HandoffsModel.COL_PLACE)
            row = ids.index(kept.id) if kept is not None and kept.id in ids else 0
            self.table.setCurrentIndex(self.model.index(row, 0))
            height = self.table.verticalHeader().defaultSectionSize()
            self.table.setFixedHeight(
                self.table.horizontalHeader().height() + height * min(count, TABLE_ROWS) + 4
            )
        self._show_current()

    def tick(self) -> None:
        self.model.tick()
        self._show_summary()

    def current(self) -> WaitingHandoff | None:
        index = self.table.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _show_current(self) -> None:
        item = self.current()
        self._show_summary()
        for name, value in self.values.items():
            value.setText(self._value(item, name) if item is not None else "")
        self._show_offer(item.offer if item is not None else None)

    def _show_summary(self) -> None:
        item = self.current()
        if item is None:
            self.summary.clear()
            return
        self.summary.setText(fill(self.tr("%1 — waiting %2"), item.name, self.model.clock_text(item)))

    def _referred(self, item: WaitingHandoff) -> str:
        """When, through which door, by whom (and their agency), from which precinct."""
        referral, program = item.referral, self.program
        agency = catalogue_text(referral.agency_code, program.referring_agencies)
        precinct = catalogue_text(referral.precinct, program.precincts)
        officer = referral.referring_officer or referral.officer_username
        text = fill(
            self.tr("%1 — %2, by %3"),
            day_time(referral.referred_at),
            table_label("RecordTabs", DOOR_LABELS, referral.door),
            fill(self.tr("%1 (%2)"), officer, agency) if agency else officer,
        )
        return text + fill(self.tr(", %1"), precinct) if precinct else text

    def _value(self, item: WaitingHandoff, name: str) -> str:
        referral = item.referral
        if name == "referred_at":
            return self._referred(item)
        if name == "agreed_to_meet":
            return agreed_text(referral.agreed_to_meet)
        if name == "intake_deadline":
            deadline = item.intake_deadline
            return f"{day(deadline)} ({relative_day(deadline)})" if deadline else ""
        text: str = getattr(referral, name)
        return text or self.tr("not given")

    def _show_offer(self, offer: Offer | None) -> None:
        self.offer_row.setVisible(offer is not None)
        if offer is None:
            return
        text = fill(self.tr("This may be %1 (%2)."), offer.name, self.why(offer))
        if offer.case_manager:
            text += " " + fill(self.tr("Their case manager is %1."), offer.case_manager)
        self.offer.setText(text)

    def why(self, offer: Offer) -> str:
        """Why they are offered, in words."""
        match = offer.match
        reasons = {
            MatchBasis.NAME: self.tr("the same name"),
            MatchBasis.PREFERRED_NAME: fill(
                self.tr("the name given is their preferred name, %1"), match.matched
            ),
            MatchBasis.THEIR_ALIAS: fill(self.tr("the name given is their alias “%1”"), match.matched),
            MatchBasis.ALIAS_GIVEN: fill(self.tr("the alias given is their name, %1"), match.matched),
            MatchBasis.ALIASES: fill(self.tr("the alias given is also their alias “%1”"), match.matched),
        }
        text = reasons[match.basis]
        return fill(self.tr("%1, and the same date of birth"), text) if match.same_birth_date else text

    # -- acting --------------------------------------------------------------------------------------

    def mark(self, outcome: HandoffOutcome) -> None:
        """Ask the time of `outcome` for the chosen referral, then save it."""
        item = self.current()
        if item is None or self.dialog is not None:
            return
        self.dialog = HandoffDialog(self.session, item=item, outcome=outcome, parent=self)
        self.dialog.accepted.connect(lambda: self._say_marked(item, outcome))
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _say_marked(self, item: WaitingHandoff, outcome: HandoffOutcome) -> None:
        if outcome is HandoffOutcome.MET and not item.case_manager:
            text = fill(self.tr("Hand-off saved: %1 is now your participant."), item.name)
        elif outcome is HandoffOutcome.MET:
            text = fill(self.tr("Hand-off saved: %1 stays with %2."), item.name, item.case_manager)
        else:
            text = fill(self.tr("Saved for %1: %2."), item.name, enum_label(outcome).lower())
        self._say(text, role="info")

    def _different_person(self) -> None:
        item = self.current()
        if item is None or item.offer is None:
            return
        try:
            self.session.apply(
                self.session.desk.handoffs.different_person(item.id, item.offer.match.participant_id)
            )
        except ValueError as exc:
            self._say(describe_error(exc), role="error")

    def _ask_merge(self) -> None:
        item = self.current()
        if item is None or item.offer is None:
            return
        offer = item.offer
        question = fill(
            self.tr(
                "Move this referral to %1's record? The record the referral made for %2 is removed, on every "
                "laptop of the team, and the names the person gave are added to %1's aliases. The audit "
                "trail keeps both."
            ),
            offer.name,
            item.name,
        )
        answer = QMessageBox.question(self, self.tr("Same person — merge"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self._merge(item, offer)

    def _merge(self, item: WaitingHandoff, offer: Offer) -> None:
        referral_id, into = item.id, offer.match.participant_id
        self.session.runner.op(
            lambda desk: desk.handoffs.merge(referral_id, into=into),
            done=for_widget(
                self,
                lambda _moved: self._say(
                    fill(self.tr("Merged: the referral is now on %1's record."), offer.name)
                ),
            ),
            failed=for_widget(self, lambda exc: self._say(describe_error(exc), role="error")),
        )

    def _say(self, text: str, *, role: str = "info") -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.show()

    def _open(self, index: QModelIndex) -> None:
        item = self.current()
        if index.isValid() and item is not None:
            self.participant_requested.emit(item.participant_id)
