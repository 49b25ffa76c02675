"""The sync panel's table models against plain lists (no profile, no view): recent syncs, refused changes
and open conflicts, each read as a case manager reads them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt

from leaddesk.desk.conflicts import ConflictRow, Side
from leaddesk.desk.syncing import RefusedChange, RejectedChange, SyncLogEntry
from leaddesk.domain import SyncConflict
from leaddesk.domain.clock import Stamp
from leaddesk.domain.enums import ConflictKind
from leaddesk.storage.repositories.outbox import OutboxEntry
from leaddesk.ui.models import ParticipantIdRole, RecordIdRole, RowRole
from leaddesk.ui.sync.conflicts_model import ConflictsModel
from leaddesk.ui.sync.history_model import RefusedModel, SyncHistoryModel

AT = datetime(2025, 3, 4, 14, 5, tzinfo=UTC)
PID = "0190f000-0000-7000-8000-0000000000aa"
DEVICE = "0b5e1c2d-0000-4000-8000-00000000beef"


def text(model: object, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.index(row, column).data(role)  # type: ignore[attr-defined]


def test_recent_syncs_read_as_sent_came_down_refused_and_why() -> None:
    model = SyncHistoryModel()
    done = SyncLogEntry(
        AT, AT, "done", {"pushed": 3, "pulled": 9, "applied": 4, "rejected": ["x"], "conflicts": 2}, ""
    )
    failed = SyncLogEntry(AT, AT + timedelta(minutes=1), "failed", {}, "The office server cannot be reached.")
    model.set_rows([failed, done])
    assert model.rowCount() == 2
    assert model.columnCount() == 6
    assert text(model, 0, model.COL_RESULT) == "Failed"
    assert text(model, 0, model.COL_SENT) == ""  # a failed sync sent nothing it could count
    assert text(model, 0, model.COL_DETAILS) == "The office server cannot be reached."
    assert text(model, 1, model.COL_RESULT) == "Synced"
    assert (text(model, 1, model.COL_SENT), text(model, 1, model.COL_RECEIVED)) == ("3", "4")
    assert text(model, 1, model.COL_REFUSED) == "1"
    assert text(model, 1, model.COL_DETAILS) == "2 conflicts found"
    assert "9 received" in str(text(model, 1, model.COL_RECEIVED, Qt.ItemDataRole.ToolTipRole))
    assert text(model, 1, 0, RowRole) is done


def refused(participant: str | None) -> RefusedChange:
    entry = OutboxEntry(
        seq=1,
        change_id="c-1",
        entity="participant",
        record_id=PID,
        participant_id=PID,
        op="update",
        fields={"phone": "555-0188", "first_name": "Jo"},
        clocks={},
        base={},
        created_at=AT.isoformat(),
    )
    return RefusedChange(RejectedChange(entry, "not your team", AT.isoformat()), participant)


def test_refused_changes_read_with_whose_what_and_why() -> None:
    model = RefusedModel()
    model.set_rows([refused("Jordan Quill"), refused(None)])
    assert text(model, 0, model.COL_PARTICIPANT) == "Jordan Quill"
    assert text(model, 1, model.COL_PARTICIPANT) == "(not on this laptop)"
    assert text(model, 0, model.COL_WHAT) == "Participant"
    assert text(model, 0, model.COL_FIELDS) == "First name, Phone"
    assert text(model, 0, model.COL_WHY) == "not your team"
    assert text(model, 0, 0, ParticipantIdRole) == PID
    assert text(model, 0, 0, RecordIdRole) == "c-1"


def conflict_row(
    *,
    participant: str | None,
    rule: bool = False,
    field: str = "phone",
    values: tuple[Any, Any] = ("555-0101", None),
) -> ConflictRow:
    stamp = Stamp(1_700_000_000_000 << 16, DEVICE).encode()
    conflict = SyncConflict(
        participant_id=PID,
        record_entity="participant",
        record_id=PID,
        field="" if rule else field,
        kind=ConflictKind.RULE if rule else ConflictKind.FIELD,
        kept_value={"status": "active"} if rule else values[0],
        kept_stamp=stamp,
        kept_by="Casey",
        other_value={"status": "exited", "exit_date": "2025-01-02"} if rule else values[1],
        other_stamp=stamp,
        other_by="Robin",
        detected_at=AT,
    )
    mine = Side(conflict.kept_value, "Casey", stamp, in_force=True)
    theirs = Side(conflict.other_value, "Robin", stamp, in_force=False)
    return ConflictRow(conflict, participant, mine, theirs, ("mine", "theirs"))


def test_conflicts_read_side_by_side_with_who_wrote_each() -> None:
    model = ConflictsModel()
    model.set_rows([conflict_row(participant="Jordan Quill"), conflict_row(participant=None, rule=True)])
    assert text(model, 0, model.COL_PARTICIPANT) == "Jordan Quill"
    assert text(model, 0, model.COL_FIELD) == "Phone"
    assert text(model, 0, model.COL_MINE) == "555-0101"
    assert text(model, 0, model.COL_THEIRS) == "(empty)"
    assert str(text(model, 0, model.COL_THEIRS, Qt.ItemDataRole.ToolTipRole)).startswith("Robin, ")
    assert text(model, 1, model.COL_PARTICIPANT) == "(removed)"
    assert text(model, 1, model.COL_FIELD) == "Exit date, Status"
    assert text(model, 1, model.COL_THEIRS) == "Exit date: 2025-01-02; Status: Exited"
    assert text(model, 0, 0, RecordIdRole) == model.row(0).conflict.id


def test_a_conflict_on_a_coded_field_shows_both_sides_by_their_labels() -> None:
    model = ConflictsModel()
    model.set_rows([
        conflict_row(participant="Jordan Quill", field="veteran_status", values=("1", "9")),
        conflict_row(
            participant="Jordan Quill",
            field="race_ethnicity",
            values=(["white", "hispanic_latina_e_o"], ["asian_asian_american"]),
        ),
        conflict_row(participant="Jordan Quill", field="veteran_status", values=("7", None)),
    ])  # fmt: skip
    mine, theirs = text(model, 0, model.COL_MINE), text(model, 0, model.COL_THEIRS)
    assert (mine, theirs) == ("Yes", "Client prefers not to answer")
    assert text(model, 1, model.COL_MINE) == "White, Hispanic/Latina/e/o"
    assert text(model, 1, model.COL_THEIRS) == "Asian or Asian American"
    assert text(model, 2, model.COL_MINE) == "7"  # a code this version does not know reads as it is


def test_a_refused_audit_trail_is_said_in_the_syncs_details() -> None:
    summary = {"pushed": 2, "audit_refused": "The office server refused this laptop's audit trail: …"}
    refused = SyncLogEntry(AT, AT + timedelta(minutes=1), "done", summary, "")
    fine = SyncLogEntry(AT, AT + timedelta(minutes=1), "done", {"pushed": 2, "audit_refused": None}, "")
    model = SyncHistoryModel()
    model.set_rows([refused, fine])

    said = model.data(model.index(0, SyncHistoryModel.COL_DETAILS), Qt.ItemDataRole.DisplayRole)

    assert "refused this laptop's audit trail" in said
    assert "IT administrator" in said
    assert model.data(model.index(1, SyncHistoryModel.COL_DETAILS), Qt.ItemDataRole.DisplayRole) == ""


def test_a_restored_office_server_is_said_in_the_syncs_details_with_what_went_back() -> None:
    summary = {"pushed": 3, "server_behind": True, "reoffered": 3}
    restored = SyncLogEntry(AT, AT + timedelta(minutes=1), "done", summary, "")
    usual = SyncLogEntry(AT, AT + timedelta(minutes=1), "done", {"pushed": 3, "server_behind": False}, "")
    model = SyncHistoryModel()
    model.set_rows([restored, usual])

    said = model.data(model.index(0, SyncHistoryModel.COL_DETAILS), Qt.ItemDataRole.DisplayRole)

    assert "restored from an older backup" in said
    assert "3 changes of yours" in said
    assert "IT administrator" in said
    assert model.data(model.index(1, SyncHistoryModel.COL_DETAILS), Qt.ItemDataRole.DisplayRole) == ""


def test_work_given_back_after_enrolling_again_is_said_without_a_restore() -> None:
    summary = {"pushed": 2, "server_behind": False, "reoffered": 2}
    model = SyncHistoryModel()
    model.set_rows([SyncLogEntry(AT, AT + timedelta(minutes=1), "done", summary, "")])

    said = model.data(model.index(0, SyncHistoryModel.COL_DETAILS), Qt.ItemDataRole.DisplayRole)

    assert said == "2 changes of yours the office server lacked were sent again"
