"""The sync panel's lists as Qt table models: recent syncs (what went up and came down, how each
ended) and the changes the server refused, with why."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from leaddesk.desk.syncing import RefusedChange, SyncLogEntry
from leaddesk.domain.ids import parse_iso
from leaddesk.ui.display import plural
from leaddesk.ui.labels import entity_label, field_label
from leaddesk.ui.models import RowsModel
from leaddesk.ui.sync.wording import clock_time
from leaddesk.ui.text import fill, translate


def outcome_text(entry: SyncLogEntry) -> str:
    if entry.outcome == "failed":
        return translate("sync", "Failed")
    if entry.outcome == "cancelled":
        return translate("sync", "Cancelled")
    return translate("sync", "Synced")


def details_text(entry: SyncLogEntry) -> str:
    if entry.outcome == "failed":
        return entry.message
    parts = []
    conflicts = int(entry.summary.get("conflicts", 0))
    if conflicts:
        parts.append(plural(translate("sync", "%n conflict(s) found", None, conflicts), conflicts))
    removed = len(entry.summary.get("removed", ()))
    if removed:
        parts.append(plural(translate("sync", "%n participant(s) left this laptop", None, removed), removed))
    kept = len(entry.summary.get("kept", ()))
    if kept:
        parts.append(plural(translate("sync", "%n kept here for unsent work", None, kept), kept))
    files = int(entry.summary.get("uploaded", 0)) + int(entry.summary.get("downloaded", 0))
    if files:
        parts.append(plural(translate("sync", "%n file(s) moved", None, files), files))
    if entry.summary.get("audit_refused"):
        parts.append(
            translate(
                "sync",
                "the office server refused this laptop's audit trail (changed or incomplete): records still "
                "sync, but tell your IT administrator",
            )
        )
    if entry.summary.get("server_behind"):
        reoffered = int(entry.summary.get("reoffered", 0))
        text = translate(
            "sync",
            "the office server had been restored from an older backup: everything was fetched again, and "
            "%n change(s) of yours it had lost were sent again; tell your IT administrator",
            None,
            reoffered,
        )
        parts.append(plural(text, reoffered))
    elif reoffered := int(entry.summary.get("reoffered", 0)):  # a first sync after enrolling again
        text = translate(
            "sync", "%n change(s) of yours the office server lacked were sent again", None, reoffered
        )
        parts.append(plural(text, reoffered))
    if entry.outcome == "cancelled":
        parts.append(translate("sync", "the rest goes next time"))
    return "; ".join(parts)


class SyncHistoryModel(RowsModel[SyncLogEntry]):
    """The recent syncs, newest first (rows from desk.syncing.history)."""

    COL_WHEN, COL_RESULT, COL_SENT, COL_RECEIVED, COL_REFUSED, COL_DETAILS = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.headers = [
            translate("sync", "When"),
            translate("sync", "Result"),
            translate("sync", "Sent"),
            translate("sync", "Came down"),
            translate("sync", "Refused"),
            translate("sync", "Details"),
        ]

    def participant_of(self, row: SyncLogEntry) -> str:
        return ""

    def cell(self, row: SyncLogEntry, column: int, role: int) -> Any:
        numeric = column in (self.COL_SENT, self.COL_RECEIVED, self.COL_REFUSED)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_DETAILS:
            return details_text(row) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_RECEIVED:
            applied = row.applied  # a plain name: lupdate drops a translate() whose count is dotted
            text = translate("sync", "%n record(s) changed here; %1 received in all", None, applied)
            return fill(plural(text, applied), row.pulled)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        failed = row.outcome == "failed"
        return {
            self.COL_WHEN: clock_time(row.finished_at),
            self.COL_RESULT: outcome_text(row),
            self.COL_SENT: "" if failed else str(row.pushed),
            self.COL_RECEIVED: "" if failed else str(row.applied),
            self.COL_REFUSED: "" if failed else str(row.refused),
            self.COL_DETAILS: details_text(row),
        }.get(column)


class RefusedModel(RowsModel[RefusedChange]):
    """Changes the server would not store: kept whole on this laptop so nothing typed is ever lost (rows
    from desk.syncing.refused)."""

    COL_WHEN, COL_PARTICIPANT, COL_WHAT, COL_FIELDS, COL_WHY = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.headers = [
            translate("sync", "Refused"),
            translate("sync", "Participant"),
            translate("sync", "Record"),
            translate("sync", "Fields"),
            translate("sync", "Why"),
        ]

    def participant_of(self, row: RefusedChange) -> str:
        return row.participant_id

    def record_of(self, row: RefusedChange) -> str:
        return row.change_id

    def cell(self, row: RefusedChange, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_WHY:
            return row.change.reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        entry = row.change.entry
        return {
            self.COL_WHEN: clock_time(parse_iso(row.change.rejected_at)),
            self.COL_PARTICIPANT: row.participant or translate("sync", "(not on this laptop)"),
            self.COL_WHAT: entity_label(entry.entity),
            self.COL_FIELDS: ", ".join(field_label(f) for f in sorted(entry.fields)),
            self.COL_WHY: row.change.reason,
        }.get(column)
