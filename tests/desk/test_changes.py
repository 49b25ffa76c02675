"""A write through the desk says what it changed: the records it wrote, their participants, who wrote."""

from __future__ import annotations

import pytest

from leaddesk.desk import Desk
from leaddesk.domain import Participant, Task


def test_a_write_reports_its_records_participants_and_writer(desk: Desk, participant: Participant) -> None:
    done = desk.records.create(Task(participant_id=participant.id, title="Call the clinic"))
    assert done.changes.entities == {"task"}
    assert done.changes.record_ids == {done.value.id}
    assert done.changes.participant_ids == {participant.id}
    assert done.changes.by == desk.user
    assert done.changes.concerns(("task",), participant.id)
    assert not done.changes.concerns(("note",), participant.id)
    assert not done.changes.concerns(("task",), "someone-else")


def test_a_failed_write_changes_nothing_and_reports_nothing(desk: Desk, participant: Participant) -> None:
    before = desk.records.get("participant", participant.id)
    with pytest.raises(ValueError):
        desk.records.update("participant", participant.id, {"first_name": ""})
    assert desk.records.get("participant", participant.id) == before


def test_a_local_only_write_names_what_it_touched(desk: Desk) -> None:
    done = desk.settings.set("caseload.overdue_days", 10)
    assert done.changes.entities == {"settings"}
    assert desk.settings.get("caseload.overdue_days") == 10
