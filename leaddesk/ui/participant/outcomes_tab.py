"""Outcomes: the participant's dated outcome snapshots (income, benefits, insurance, employment,
disabilities) taken at entry, at reviews and at exit, newest first. A new one starts from the latest,
so a review changes only what changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from leaddesk.desk import Changes
from leaddesk.domain import OutcomeSnapshot
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import NoYesReason
from leaddesk.domain.outcome_codes import DataCollectionStage
from leaddesk.ui.display import money
from leaddesk.ui.labels import enum_label
from leaddesk.ui.participant.form_fields import FieldSpec
from leaddesk.ui.participant.outcome_form import OutcomeForm, outcome_fields
from leaddesk.ui.participant.records_model import Column, count_text, day, one_line
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

# What a new snapshot does not take from the latest: its own identity, date and stage.
NOT_CARRIED = {"id", "participant_id", "created_at", "created_by", "updated_at", "deleted",
               "information_date", "stage"}  # fmt: skip


class OutcomesTab(RecordsTab):
    entity = OutcomeSnapshot.entity
    order = ("information_date", "created_at")
    descending = True
    form_width = 780
    form_class = OutcomeForm

    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, participant_id, parent)
        session.changed.connect(self._maybe_due)
        self.show_due()

    def show_due(self) -> None:
        """Say so while the participant's exit snapshot is still to be taken (Add then starts one)."""
        due = self.session.desk.record.exit_snapshot_due(self.participant_id)
        prompt = self.tr("They exited on %1: take their exit snapshot now (Add), while answers are fresh.")
        self.say(fill(prompt, day(due)) if due is not None else "")

    def _maybe_due(self, change: Changes) -> None:
        if change.concerns((self.entity, "enrollment"), self.participant_id):
            self.show_due()

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda o: day(o.information_date), sort=self.order),
            Column(self.tr("Stage"), lambda o: enum_label(o.stage), sort=("stage",)),
            Column(self.tr("Monthly income"), self.income_text, key=lambda o: o.total_monthly_income,
                   align_right=True),
            Column(self.tr("Benefits"), lambda o: self.listed(o.benefits_from_any_source, o.benefits)),
            Column(self.tr("Health insurance"),
                   lambda o: self.listed(o.insurance_from_any_source, o.insurance)),
            Column(self.tr("Employed"), lambda o: enum_label(o.employed), sort=("employed",)),
            Column(self.tr("Disabilities"), self.disabilities_text, stretch=True),
        ]  # fmt: skip

    def fields(self, record: Any = None) -> list[FieldSpec]:
        return outcome_fields()

    def defaults(self) -> dict[str, Any]:
        """The latest snapshot's answers, dated today, as a review: only what changed needs a touch."""
        latest = self.session.desk.records.find(
            OutcomeSnapshot.entity, participant_id=self.participant_id, descending=True, limit=1
        )
        start: dict[str, Any] = {"information_date": local_today(), "stage": DataCollectionStage.ENTRY}
        if latest:
            carried = {k: getattr(latest[0], k) for k in OutcomeSnapshot.model_fields if k not in NOT_CARRIED}
            start |= carried | {"stage": DataCollectionStage.REVIEW}
        exited = self.session.desk.record.exit_snapshot_due(self.participant_id)
        if exited is not None:  # the exit snapshot, dated the exit, as HMIS asks it
            start |= {"stage": DataCollectionStage.EXIT, "information_date": exited}
        return start

    # -- text --------------------------------------------------------------------------------------

    def income_text(self, snapshot: OutcomeSnapshot) -> str:
        if snapshot.income_from_any_source is NoYesReason.NO:
            return self.tr("None")
        if snapshot.income_from_any_source is not NoYesReason.YES:
            return enum_label(snapshot.income_from_any_source)
        return money(snapshot.total_monthly_income)

    def listed(self, answer: NoYesReason, items: list[Any]) -> str:
        if answer is NoYesReason.NO:
            return self.tr("None")
        if answer is not NoYesReason.YES or not items:
            return enum_label(answer)
        return one_line(", ".join(enum_label(item) for item in items), 60)

    def disabilities_text(self, snapshot: OutcomeSnapshot) -> str:
        yes = [enum_label(kind) for kind, has in snapshot.has_disability_of.items() if has]
        if snapshot.developmental_disability is NoYesReason.YES:
            yes.append(self.tr("Developmental disability"))
        if snapshot.hiv_aids is NoYesReason.YES:
            yes.append(self.tr("HIV/AIDS"))
        return ", ".join(yes) or self.tr("None recorded")

    def add_text(self) -> str:
        return self.tr("&Add snapshot…")

    def list_name(self) -> str:
        return self.tr("Outcome snapshots")

    def form_title(self, record: Any) -> str:
        return self.tr("Edit outcome snapshot") if record is not None else self.tr("Add outcome snapshot")

    def form_intro(self, record: Any) -> str:
        if record is not None:
            return ""
        return self.tr(
            "Answers as of the date below (HMIS asks them at entry, at each review and at exit). A new "
            "snapshot starts from the latest one: change only what changed."
        )

    def empty_text(self) -> str:
        return self.tr("No outcome snapshots yet. Take the first at entry.")

    def summary_text(self, rows: list[Any]) -> str:
        if not rows:
            return ""
        latest = max(rows, key=lambda o: (o.information_date, o.created_at))
        taken = count_text(len(rows), self.tr("%1 snapshot"), self.tr("%1 snapshots"))
        stage, on = enum_label(latest.stage), day(latest.information_date)
        return fill(self.tr("%1 · latest: %2, %3"), taken, stage, on)
