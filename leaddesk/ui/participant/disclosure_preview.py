"""The preview of a disclosure packet: what the gate includes and what it withholds, each with what the
record is and, for a withheld one, the gate's reason and sentence. Table models over a `Review`'s
rows, tested without a view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from leaddesk.desk.disclosure import ItemDecision, Review
from leaddesk.domain import Participant, SyncedRecord
from leaddesk.domain.disclosure import SUD_PART
from leaddesk.ui.labels import entity_label, enum_label, field_label
from leaddesk.ui.models import RowsModel
from leaddesk.ui.participant.record_text import fields_of
from leaddesk.ui.participant.records_model import one_line
from leaddesk.ui.text import translate

Row = tuple[ItemDecision, SyncedRecord]
WHAT_CHARS = 80
WHAT_FIELDS = 2  # a record's first fields say what it is (a note's text, a need's domain and words)



def kind_text(decision: ItemDecision) -> str:
    kind = entity_label(decision.item.entity)
    if decision.item.part == SUD_PART:
        return kind + " — " + translate("DisclosurePreview", "substance use disorder answers")
    return kind


def what_text(decision: ItemDecision, record: SyncedRecord) -> str:
    """The record in a few words: a person by name, anything else by its first filled-in fields (of
    its part, for a part), leaving out yes/no flags, which say nothing on their own."""
    if isinstance(record, Participant):
        return f"{record.first_name} {record.last_name}"
    names = [n for n, v in vars(record).items() if not isinstance(v, bool)]
    shown = [text for label, text in fields_of(record, part=decision.item.part) if label in _labels(names)]
    return " — ".join(shown[:WHAT_FIELDS])


def _labels(names: list[str]) -> set[str]:
    return {field_label(n) for n in names}


class PreviewModel(RowsModel[Row]):
    """Included items (record, what) or withheld ones (record, what, why)."""

    COL_KIND, COL_WHAT, COL_WHY = range(3)

    def __init__(self, *, withheld: bool) -> None:
        super().__init__()
        self.withheld = withheld
        headers = [
            translate("DisclosurePreview", "Record"),
            translate("DisclosurePreview", "What"),
            translate("DisclosurePreview", "Why it is withheld"),
        ]
        self.headers = headers[: 3 if withheld else 2]

    def show(self, review: Review | None) -> None:
        if review is None:
            self.set_rows([])
        else:
            self.set_rows(review.withheld if self.withheld else review.included)

    def participant_of(self, row: Row) -> str:
        return str(getattr(row[1], "participant_id", row[1].id))

    def record_of(self, row: Row) -> str:
        return row[0].item.key

    def cell(self, row: Row, column: int, role: int) -> Any:
        decision, record = row
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_KIND:
                return kind_text(decision)
            if column == self.COL_WHAT:
                return one_line(what_text(decision, record), WHAT_CHARS)
            return decision.sentence  # the gate's own sentence: which consent, and what it lacks
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_WHY:
                reason = enum_label(decision.reason) if decision.reason else ""
                return f"{reason}\n{decision.sentence}"
            if column == self.COL_WHAT:
                return what_text(decision, record)
        return None
