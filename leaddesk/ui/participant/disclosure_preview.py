"""The preview of a disclosure packet: what the gate includes and what it withholds, each with what the
record is and, for a withheld one, the gate's reason and sentence. Table models over a `Review`'s
rows, tested without a view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from leaddesk.desk.disclosure import DisclosurePurpose, DisclosureRefused, ItemDecision, Recipient, Review
from leaddesk.domain import Participant, SyncedRecord
from leaddesk.domain.disclosure import SUD_PART
from leaddesk.domain.disclosure_codes import WithheldReason
from leaddesk.ui.display import day
from leaddesk.ui.labels import entity_label, enum_label, field_label
from leaddesk.ui.models import RowsModel
from leaddesk.ui.participant.record_text import fields_of
from leaddesk.ui.participant.records_model import one_line
from leaddesk.ui.text import fill, translate

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


def withheld_sentence(decision: ItemDecision, *, recipient: Recipient, purpose: DisclosurePurpose) -> str:
    """Why the gate held `decision`'s item back, in the app's language: the consent that came closest,
    and what it lacks (the domain says the same in English, for the log and the refusals it raises)."""
    who = recipient.name or recipient.code
    consent = decision.nearest
    if consent is None or decision.reason in (None, WithheldReason.NO_CONSENT):
        return fill(translate("DisclosurePreview", "No consent names %1 as a recipient."), who)
    signed = day(consent.signed_on)
    match decision.reason:
        case WithheldReason.NOT_YET_SIGNED:
            text = translate(
                "DisclosurePreview", "The consent to %1 is dated %2; it allows nothing before then."
            )
            return fill(text, who, signed)
        case WithheldReason.EXPIRED:
            text = translate("DisclosurePreview", "The consent to %1 signed %2 expired on %3.")
            return fill(text, who, signed, day(consent.expires_on))
        case WithheldReason.REVOKED:
            text = translate("DisclosurePreview", "The consent to %1 signed %2 was revoked on %3.")
            return fill(text, who, signed, day(consent.revoked_on))
        case WithheldReason.WRONG_PURPOSE:
            text = translate("DisclosurePreview", "The consent to %1 signed %2 does not allow it for “%3”.")
            return fill(text, who, signed, enum_label(purpose))
        case WithheldReason.INFORMATION_NOT_NAMED:
            text = translate("DisclosurePreview", "The consent to %1 signed %2 does not name “%3”.")
            return fill(text, who, signed, enum_label(decision.item.category))
    text = translate(
        "DisclosurePreview",
        "This is substance use disorder information, which the consent to %1 signed %2 does not name "
        "explicitly.",
    )
    return fill(text, who, signed)


def refusal_text(error: DisclosureRefused) -> str:
    """Why the gate refused, in the app's language: the one item's reason, or that nothing may go to
    the recipient and the first reason."""
    gate = error.gate
    if gate is None or not gate.withheld:
        return str(error)  # a refusal a screen raised itself, in its own words
    first = withheld_sentence(gate.withheld[0], recipient=gate.recipient, purpose=gate.purpose)
    if len(gate.decisions) == 1:
        return first
    who = gate.recipient.name or gate.recipient.code
    return fill(translate("DisclosurePreview", "Nothing may be disclosed to %1. %2"), who, first)


def _labels(names: list[str]) -> set[str]:
    return {field_label(n) for n in names}


class PreviewModel(RowsModel[Row]):
    """Included items (record, what) or withheld ones (record, what, why)."""

    COL_KIND, COL_WHAT, COL_WHY = range(3)

    def __init__(self, *, withheld: bool) -> None:
        super().__init__()
        self.withheld = withheld
        self._review: Review | None = None
        headers = [
            translate("DisclosurePreview", "Record"),
            translate("DisclosurePreview", "What"),
            translate("DisclosurePreview", "Why it is withheld"),
        ]
        self.headers = headers[: 3 if withheld else 2]

    def show(self, review: Review | None) -> None:
        self._review = review
        if review is None:
            self.set_rows([])
        else:
            self.set_rows(review.withheld if self.withheld else review.included)

    def why(self, decision: ItemDecision) -> str:
        """The gate's reason for the shown review's recipient and purpose."""
        assert self._review is not None
        gate = self._review.decision
        return withheld_sentence(decision, recipient=gate.recipient, purpose=gate.purpose)

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
            return self.why(decision)  # which consent came closest, and what it lacks
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_WHY:
                reason = enum_label(decision.reason) if decision.reason else ""
                return f"{reason}\n{self.why(decision)}"
            if column == self.COL_WHAT:
                return what_text(decision, record)
        return None
