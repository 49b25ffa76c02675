"""The open sync conflicts as a Qt table model: whose record, which field, my value and theirs side by
side. Values are shown as people read them; the conflict record keeps the exact wire values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from leaddesk.desk.conflicts import ConflictRow, Side
from leaddesk.ui.labels import entity_label, field_label, value_label
from leaddesk.ui.models import RowsModel
from leaddesk.ui.sync.wording import clock_time
from leaddesk.ui.text import fill, translate


def participant_text(row: ConflictRow) -> str:
    return row.participant if row.participant is not None else translate("sync", "(removed)")


def what_text(row: ConflictRow) -> str:
    return entity_label(row.conflict.record_entity)


def field_text(row: ConflictRow) -> str:
    return ", ".join(field_label(f) for f in row.fields)


def value_text(value: Any, *, entity: str = "", field: str = "") -> str:
    """A wire value as a person reads it: a code of `entity`.`field` by its label, text as it is,
    nothing as "(empty)", lists joined."""
    if value is None or value == "":
        return translate("sync", "(empty)")
    label = value_label(entity, field, value) if field else None
    if label is not None:
        return label
    if isinstance(value, bool):
        return translate("sync", "Yes") if value else translate("sync", "No")
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):  # a rule conflict's side: the fields of a change set aside
        return "; ".join(
            f"{field_label(k)}: {value_text(v, entity=entity, field=k)}" for k, v in sorted(value.items())
        )
    return str(value)


def side_text(row: ConflictRow, side: Side) -> str:
    """One side's value as the Conflicts tab shows it."""
    field = row.fields[0] if len(row.fields) == 1 else ""
    return value_text(side.value, entity=row.conflict.record_entity, field=field)


def who_and_when(side: Side) -> str:
    at = side.written_at
    who = side.by or translate("sync", "someone")
    return fill(translate("sync", "%1, %2"), who, clock_time(at)) if at else who


class ConflictsModel(RowsModel[ConflictRow]):
    """The open conflicts (rows from desk.conflicts.open_rows)."""

    COL_PARTICIPANT, COL_WHAT, COL_FIELD, COL_MINE, COL_THEIRS, COL_DETECTED = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.headers = [
            translate("sync", "Participant"),
            translate("sync", "Record"),
            translate("sync", "Field"),
            translate("sync", "Mine"),
            translate("sync", "Theirs"),
            translate("sync", "Found"),
        ]

    def participant_of(self, row: ConflictRow) -> str:
        return row.conflict.participant_id

    def record_of(self, row: ConflictRow) -> str:
        return row.conflict.id

    def cell(self, row: ConflictRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_MINE, self.COL_THEIRS):
            side = row.mine if column == self.COL_MINE else row.theirs
            return who_and_when(side)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.COL_PARTICIPANT: participant_text(row),
            self.COL_WHAT: what_text(row),
            self.COL_FIELD: field_text(row),
            self.COL_MINE: side_text(row, row.mine),
            self.COL_THEIRS: side_text(row, row.theirs),
            self.COL_DETECTED: clock_time(row.conflict.detected_at),
        }.get(column)
