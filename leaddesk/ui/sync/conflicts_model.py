"""The open sync conflicts as a Qt table model: whose record, which field, my value and theirs side by
side. Values are shown as people read them; the conflict record keeps the exact wire values."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from leaddesk.domain import SyncConflict
from leaddesk.domain.enums import ConflictKind
from leaddesk.storage.conflicts import Choice, Side, choices, is_signed_note, open_conflicts, sides
from leaddesk.storage.errors import RecordNotFound
from leaddesk.ui.labels import entity_label, field_label
from leaddesk.ui.rows_model import RowsModel
from leaddesk.ui.sync.wording import clock_time
from leaddesk.ui.text import fill, translate


@dataclass(frozen=True)
class ConflictRow:
    conflict: SyncConflict
    participant: str  # the participant's name, as this device knows it
    mine: Side
    theirs: Side
    options: tuple[Choice, ...]  # what this person may choose (storage.conflicts.choices)
    signed_note: bool = False  # a signed note keeps what was signed: the other side can only be added

    @property
    def what(self) -> str:
        return entity_label(self.conflict.record_entity)

    @property
    def is_rule(self) -> bool:
        return self.conflict.kind is ConflictKind.RULE

    @property
    def field(self) -> str:
        if self.is_rule:
            return ", ".join(field_label(f) for f in sorted(_fields_of(self.conflict)))
        return field_label(self.conflict.field)


def _fields_of(conflict: SyncConflict) -> set[str]:
    values = [conflict.kept_value, conflict.other_value]
    return {f for v in values if isinstance(v, dict) for f in v}


def _record(store: Any, conflict: SyncConflict) -> object:
    try:
        return store.repos.for_entity(conflict.record_entity).get(conflict.record_id)
    except (RecordNotFound, KeyError):
        return None


def value_text(value: Any) -> str:
    """A wire value as a person reads it: text as it is, nothing as an em dash, lists joined."""
    if value is None or value == "":
        return translate("sync", "(empty)")
    if isinstance(value, bool):
        return translate("sync", "Yes") if value else translate("sync", "No")
    if isinstance(value, list):
        return ", ".join(value_text(v) for v in value)
    if isinstance(value, dict):  # a rule conflict's side: the fields of a change set aside
        return "; ".join(f"{field_label(k)}: {value_text(v)}" for k, v in sorted(value.items()))
    return str(value)


def who_and_when(side: Side) -> str:
    at = side.written_at
    who = side.by or translate("sync", "someone")
    return fill(translate("sync", "%1, %2"), who, clock_time(at)) if at else who


class ConflictsModel(RowsModel[ConflictRow]):
    COL_PARTICIPANT, COL_WHAT, COL_FIELD, COL_MINE, COL_THEIRS, COL_DETECTED = range(6)

    def __init__(self, session: Any) -> None:
        super().__init__(session)
        self.headers = [
            translate("sync", "Participant"),
            translate("sync", "Record"),
            translate("sync", "Field"),
            translate("sync", "Mine"),
            translate("sync", "Theirs"),
            translate("sync", "Found"),
        ]

    def refresh(self) -> None:
        store = self.session.store
        names: dict[str, str] = {}
        rows = []
        for conflict in open_conflicts(store):
            pid = conflict.participant_id
            if pid not in names:
                try:
                    names[pid] = store.repos.participants.get(pid).display_name
                except RecordNotFound:
                    names[pid] = translate("sync", "(removed)")
            mine, theirs = sides(store, conflict)
            record = _record(store, conflict)
            rows.append(
                ConflictRow(
                    conflict=conflict,
                    participant=names[pid],
                    mine=mine,
                    theirs=theirs,
                    options=choices(store, conflict, record),
                    signed_note=is_signed_note(record),
                )
            )
        self.set_rows(rows)

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
            self.COL_PARTICIPANT: row.participant,
            self.COL_WHAT: row.what,
            self.COL_FIELD: row.field,
            self.COL_MINE: value_text(row.mine.value),
            self.COL_THEIRS: value_text(row.theirs.value),
            self.COL_DETECTED: clock_time(row.conflict.detected_at),
        }.get(column)
