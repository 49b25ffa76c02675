"""Attachment bytes, stored and served by their SHA-256. Any enrolled device may upload; a download is
served only to a device whose scope holds a live attachment record naming that hash."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.engine import Connection

from leaddesk.domain.ids import utcnow
from leaddesk.server.audit import record_event
from leaddesk.server.db import attachment_blob, insert_ignoring_duplicate, record
from leaddesk.server.devices import Caller
from leaddesk.server.errors import InvalidRequest, NotFound
from leaddesk.server.records import ATTACHMENT


def store_blob(conn: Connection, *, sha256: str, content: bytes) -> bool:
    """Keep the bytes if they hash to `sha256`; True if they were new (a repeat upload is fine)."""
    actual = hashlib.sha256(content).hexdigest()
    if actual != sha256:
        raise InvalidRequest(
            "The uploaded bytes do not match their SHA-256; the file was damaged on the way.",
            error="hash_mismatch",
            detail={"expected": sha256, "received": actual},
        )
    return insert_ignoring_duplicate(
        conn,
        attachment_blob,
        {"sha256": sha256, "content": content, "size": len(content), "stored_at": utcnow()},
    )


def has_blob(conn: Connection, *, sha256: str) -> bool:
    return (
        conn.execute(select(attachment_blob.c.sha256).where(attachment_blob.c.sha256 == sha256)).first()
        is not None
    )


def blob_for(conn: Connection, *, sha256: str, caller: Caller) -> bytes:
    """The bytes, if an attachment in the caller's scope names them. Out of scope and absent look the
    same, so a device learns nothing about files it may not see."""
    scope = caller.user.scope
    referenced = select(record.c.record_id, record.c.participant_id).where(
        record.c.entity == ATTACHMENT, record.c.attachment_sha256 == sha256
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
