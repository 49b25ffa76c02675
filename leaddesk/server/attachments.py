"""Attachment bytes, stored by their SHA-256 and belonging to participants (DESIGN.md §4 point 6: knowing a
hash grants nothing).

Every upload names the participant it is for, and `attachment_owner` keeps (file, participant, device).
A device may upload for a participant in its scope, or for one the server does not hold yet (the device
is about to push it: participant ids are UUIDv7 made on the device and cannot be guessed). A new attachment
record on participant P naming file S is accepted only if S was uploaded for P, or by this very device (it
holds the bytes); otherwise a device could name another team's hash on its own participant and download
that file. A download needs a live attachment record in the caller's scope naming S, with S belonging to
that record's participant; scope follows the participant's current team, so a move between teams moves
its files' visibility with it.

Each device may keep `device_quota_bytes` of files that no other device uploaded too. Files that no live
record names are removed after a grace period (blob_gc.py).
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import exists, func, select, update
from sqlalchemy.engine import Connection

from leaddesk.domain.ids import utcnow
from leaddesk.server.audit import record_event
from leaddesk.server.db import attachment_blob, attachment_owner, device, insert_ignoring_duplicate, record
from leaddesk.server.devices import Caller
from leaddesk.server.errors import InvalidRequest, NotFound, PayloadTooLarge
from leaddesk.server.records import ATTACHMENT, PARTICIPANT
from leaddesk.server.scope_history import may_write

# One reason whether the file is on the server for someone else or not at all: a device must not learn
# that a hash it names exists in another team.
NOT_UPLOADED = (
    "sha256: the file's bytes were not uploaded for this participant; if this laptop's upload was refused "
    "(too large, or over its storage quota on the server), its sync report says why"
)
_MB = 1024 * 1024


def check_hash(*, sha256: str, content: bytes) -> None:
    actual = hashlib.sha256(content).hexdigest()
    if actual != sha256:
        raise InvalidRequest(
            "The uploaded bytes do not match their SHA-256; the file was damaged on the way.",
            error="hash_mismatch",
            detail={"expected": sha256, "received": actual},
        )


def store_upload(
    conn: Connection, *, caller: Caller, sha256: str, participant_id: str, content: bytes, quota: int
) -> None:
    """Keep the bytes for `participant_id` if they hash to `sha256`; a repeat upload is fine (and starts
    the file's grace period again). Refused if the participant is on the server outside the caller's
    scope (as if absent), or if the file would take the device past `quota`."""
    check_hash(sha256=sha256, content=content)
    team = conn.execute(
        select(record.c.team).where(record.c.entity == PARTICIPANT, record.c.record_id == participant_id)
    ).scalar()
    if team is not None and not may_write(
        conn,
        user_id=caller.user.id,
        scope=caller.user.scope,
        device_id=caller.device.id,
        participant_id=participant_id,
        team_now=team,
    ):
        raise NotFound("No participant with this id is available to this device.")
    # One upload at a time per device on PostgreSQL (SQLite has one writer anyway), so two parallel
    # uploads cannot both fit under the quota.
    conn.execute(select(device.c.id).where(device.c.id == caller.device.id).with_for_update())
    now = utcnow()
    # Refresh first: garbage collection deletes only files still old when it deletes them, so an upload
    # racing it either keeps the file or, once it is gone, stores it again below.
    kept = conn.execute(
        update(attachment_blob).where(attachment_blob.c.sha256 == sha256).values(stored_at=now)
    ).rowcount
    if not kept:
        used = device_usage(conn, device_id=caller.device.id)
        if used + len(content) > quota:
            raise PayloadTooLarge(
                f"This {len(content) / _MB:.1f} MB file would take this laptop past its storage on the "
                f"server ({used / _MB:.1f} MB of {quota / _MB:.1f} MB are files only it uploaded), so it "
                "was not stored. Ask IT to raise the quota (LEADDESK_SERVER_DEVICE_QUOTA_BYTES).",
                error="quota_exceeded",
                detail={"used": used, "quota": quota, "size": len(content)},
            )
        insert_ignoring_duplicate(
            conn,
            attachment_blob,
            {"sha256": sha256, "content": content, "size": len(content), "stored_at": now},
        )
    _own(
        conn,
        sha256=sha256,
        participant_id=participant_id,
        device_id=caller.device.id,
        size=len(content),
        at=now,
    )


def _own(
    conn: Connection, *, sha256: str, participant_id: str, device_id: str, size: int, at: datetime
) -> None:
    key = (
        (attachment_owner.c.sha256 == sha256)
        & (attachment_owner.c.participant_id == participant_id)
        & (attachment_owner.c.device_id == device_id)
    )
    if not conn.execute(update(attachment_owner).where(key).values(at=at)).rowcount:
        insert_ignoring_duplicate(
            conn,
            attachment_owner,
            {
                "sha256": sha256,
                "participant_id": participant_id,
                "device_id": device_id,
                "size": size,
                "at": at,
            },
        )


def device_usage(conn: Connection, *, device_id: str) -> int:
    """Bytes of the files this device uploaded that no other device uploaded too."""
    mine, other = attachment_owner.alias("mine"), attachment_owner.alias("other")
    shared = exists().where(other.c.sha256 == mine.c.sha256, other.c.device_id != device_id)
    files = select(mine.c.sha256, mine.c.size).where(mine.c.device_id == device_id, ~shared).distinct()
    sizes = files.subquery()
    return int(conn.execute(select(func.coalesce(func.sum(sizes.c.size), 0))).scalar_one())


def claim(conn: Connection, *, sha256: str, participant_id: str, device_id: str, at: datetime) -> str | None:
    """Whether a new attachment record on `participant_id` may name `sha256`: None if so (and the file
    now belongs to that participant too), else the reason to refuse the record."""
    owners = conn.execute(
        select(
            attachment_owner.c.participant_id, attachment_owner.c.device_id, attachment_owner.c.size
        ).where(attachment_owner.c.sha256 == sha256)
    ).all()
    if any(o.participant_id == participant_id for o in owners):
        return None
    uploaded = next((o for o in owners if o.device_id == device_id), None)
    if uploaded is None:
        return NOT_UPLOADED
    # The same as an upload of it for this participant (this device's may commit meanwhile: _own
    # updates or ignores the duplicate).
    _own(conn, sha256=sha256, participant_id=participant_id, device_id=device_id, size=uploaded.size, at=at)
    return None


def has_blob(conn: Connection, *, sha256: str) -> bool:
    return (
        conn.execute(select(attachment_blob.c.sha256).where(attachment_blob.c.sha256 == sha256)).first()
        is not None
    )


def blob_for(conn: Connection, *, sha256: str, caller: Caller) -> bytes:
    """The bytes, if a live attachment record in the caller's scope names them and they belong to that
    record's participant. Out of scope and absent look the same, so a device learns nothing about files
    it may not see."""
    scope = caller.user.scope
    belongs = exists().where(
        attachment_owner.c.sha256 == sha256, attachment_owner.c.participant_id == record.c.participant_id
    )
    referenced = select(record.c.record_id, record.c.participant_id).where(
        record.c.entity == ATTACHMENT, record.c.attachment_sha256 == sha256, belongs
    )
    if not scope.everything:
        referenced = referenced.where(record.c.team.in_(sorted(scope.teams)))
    owner = conn.execute(referenced.limit(1)).first()
    content = None
    if owner is not None:
        content = conn.execute(
            select(attachment_blob.c.content).where(attachment_blob.c.sha256 == sha256)
        ).scalar()
    if owner is None or content is None:
        raise NotFound("No attachment with this hash is available to this device.")
    record_event(
        conn,
        actor=caller.user.username,
        device=caller.device.id,
        action="attachment_download",
        entity=ATTACHMENT,
        entity_id=owner.record_id,
        participant_id=owner.participant_id,
    )
    return bytes(content)
