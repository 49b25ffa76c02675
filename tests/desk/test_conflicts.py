"""Open conflicts through the desk: both sides with who and when, the choices offered, rule conflicts,
and settling one."""

from __future__ import annotations

from datetime import UTC, datetime

from leaddesk.desk import Desk
from leaddesk.desk.conflicts import CONFLICT
from leaddesk.domain import Participant, SyncConflict
from leaddesk.domain.clock import Stamp
from leaddesk.domain.enums import ConflictKind

OTHER_DEVICE = "0b5e1c2d-0000-4000-8000-00000000beef"


def conflict_on_phone(desk: Desk, participant: Participant, **overrides: object) -> SyncConflict:
    """Robin's phone number (another laptop) set aside against the one written here."""
    mine = desk._store.clock.now()
    theirs = Stamp(mine.hlc - (60_000 << 16), OTHER_DEVICE)  # a minute earlier
    fields: dict[str, object] = {
        "participant_id": participant.id,
        "record_entity": "participant",
        "record_id": participant.id,
        "field": "phone",
        "kept_value": "555-0101",
        "kept_stamp": mine.encode(),
        "kept_by": "Casey",
        "other_value": "555-0199",
        "other_stamp": theirs.encode(),
        "other_by": "Robin",
        "detected_at": datetime.now(UTC),
    }
    fields.update(overrides)
    return desk._store.repos.conflicts.create(SyncConflict(**fields))  # type: ignore[arg-type]


def test_an_open_conflict_shows_both_sides_and_the_choices(desk: Desk, participant: Participant) -> None:
    conflict = conflict_on_phone(desk, participant)
    [row] = desk.conflicts.open_rows()
    assert row.conflict.id == conflict.id
    assert row.participant == participant.display_name
    assert (row.mine.value, row.mine.by, row.mine.in_force) == ("555-0101", "Casey", True)
    assert (row.theirs.value, row.theirs.by, row.theirs.in_force) == ("555-0199", "Robin", False)
    assert row.theirs.written_at is not None
    assert row.mine.written_at is not None
    assert row.theirs.written_at < row.mine.written_at
    assert row.options == ("mine", "theirs", "edited")
    assert not row.is_rule
    assert not row.signed_note
    assert row.fields == ("phone",)
    assert desk.conflicts.count_open() == 1 == desk.syncing.facts().conflicts


def test_a_rule_conflict_offers_only_either_whole_change(desk: Desk, participant: Participant) -> None:
    conflict_on_phone(
        desk,
        participant,
        field="",
        kind=ConflictKind.RULE,
        reason="exit date before engagement",
        kept_value={"status": "active"},
        other_value={"status": "exited", "exit_date": "2025-01-02"},
    )
    [row] = desk.conflicts.open_rows()
    assert row.is_rule
    assert row.options == ("mine", "theirs")
    assert row.fields == ("exit_date", "status")


def test_a_conflict_of_a_participant_no_longer_here_has_no_name(desk: Desk, participant: Participant) -> None:
    conflict_on_phone(desk, participant)
    desk._store.conn.execute("DELETE FROM participant WHERE id = ?", (participant.id,))
    [row] = desk.conflicts.open_rows()
    assert row.participant is None


def test_settling_a_conflict_writes_the_value_and_closes_it(desk: Desk, participant: Participant) -> None:
    conflict = conflict_on_phone(desk, participant)
    done = desk.conflicts.resolve(conflict.id, choice="theirs")
    assert CONFLICT in done.changes.entities
    assert "participant" in done.changes.entities
    assert desk.records.get("participant", participant.id).phone == "555-0199"  # type: ignore[attr-defined]
    assert desk.conflicts.open_rows() == []
