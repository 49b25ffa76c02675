"""Attachments through the desk: bytes in and back out unchanged, a copy saved out readable by the user
only and audited as an export, and a file over the limit refused with nothing written."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from leaddesk.desk import Desk
from leaddesk.domain import Participant
from leaddesk.domain.enums import AuditAction
from leaddesk.domain.records import MAX_ATTACHMENT_BYTES
from leaddesk.storage.store import Store


def test_add_read_list_and_export(desk: Desk, store: Store, participant: Participant, tmp_path: Path) -> None:
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
    exports = len(store.repos.audit.events(participant_id=participant.id, action=AuditAction.EXPORT))
    target = desk.attachments.export(done.value.id, tmp_path / "copy.bin")
    assert target.read_bytes() == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    after = store.repos.audit.events(participant_id=participant.id, action=AuditAction.EXPORT)
    assert len(after) == exports + 1


def test_a_file_over_the_limit_writes_nothing(desk: Desk, participant: Participant) -> None:
    with pytest.raises(ValueError, match="limited"):
        desk.attachments.add(
            participant_id=participant.id,
            file_name="huge.bin",
            media_type="application/octet-stream",
            data=b"\0" * (MAX_ATTACHMENT_BYTES + 1),
        )
    assert desk.attachments.of(participant.id) == []
