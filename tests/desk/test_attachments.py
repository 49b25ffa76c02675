"""Attachments through the desk: bytes in and back unchanged, and a file over the limit refused with
nothing written. (A copy saved out is a disclosure: tests/desk/test_disclosure.py.)"""

from __future__ import annotations

import pytest

from leaddesk.desk import Desk
from leaddesk.domain import Participant
from leaddesk.domain.enums import AuditAction
from leaddesk.domain.records import MAX_ATTACHMENT_BYTES
from leaddesk.storage.store import Store


def test_add_read_and_list(desk: Desk, store: Store, participant: Participant) -> None:
    data = bytes(range(256)) * 64
    done = desk.attachments.add(
        participant_id=participant.id,
        file_name="letter.bin",
        media_type="application/octet-stream",
        data=data,
    )
    assert done.changes.entities == {"attachment"}
    assert done.changes.participant_ids == {participant.id}
    assert desk.attachments.read(done.value.id) == data
    assert [a.id for a in desk.attachments.of(participant.id)] == [done.value.id]
    # Reading to show it inside the app is not an export.
    assert store.repos.audit.events(participant_id=participant.id, action=AuditAction.EXPORT) == []


def test_a_file_over_the_limit_writes_nothing(desk: Desk, participant: Participant) -> None:
    with pytest.raises(ValueError, match="limited"):
        desk.attachments.add(
            participant_id=participant.id,
            file_name="huge.bin",
            media_type="application/octet-stream",
            data=b"\0" * (MAX_ATTACHMENT_BYTES + 1),
        )
    assert desk.attachments.of(participant.id) == []
