"""What every write leaves behind in its own transaction: one outbox entry and one (chained) audit event."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from leaddesk.domain.enums import AuditAction
from leaddesk.domain.ids import iso, new_id, utcnow
from leaddesk.storage.audit_chain import NewEvent, append_chained
from leaddesk.storage.codec import dumps
from leaddesk.storage.database import Connection
from leaddesk.storage.errors import ParticipantLeaving

Op = Literal["create", "update", "delete"]


def append_outbox(
    conn: Connection,
    *,
    entity: str,
    record_id: str,
    participant_id: str | None,
    op: Op,
    fields: Mapping[str, Any],
    clocks: Mapping[str, str],
    base: Mapping[str, str | None],
    resolves: str | None = None,
    seen: str | None = None,
) -> str:
    """Queue a change for the server; cleared only once the server acknowledges it. `resolves` names the
    conflict this change settles, if it is a resolution; `seen` is the version of the record it was
    written on (merge.version_of), for an update or a delete."""
    change_id = new_id()
    conn.execute(
        "INSERT INTO sync_outbox (change_id, entity, record_id, participant_id, op, fields, clocks, base,"
        " created_at, resolves, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            change_id,
            entity,
            record_id,
            participant_id,
            op,
            dumps(fields),
            dumps(clocks),
            dumps(base),
            iso(utcnow()),
            resolves,
            seen,
        ),
    )
    return change_id


def check_participant_here(conn: Connection, participant_id: str) -> None:
    """Refuse to save anything about a participant this laptop no longer holds, or is taking off (a sync
    marks them in `sync_leaving` before it sends their unsent work): the change could never reach the
    server, and would be left behind with nobody to see it. Run inside the write's transaction, so a sync
    marking the participant in between makes it wait and then refuses it."""
    here, leaving = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM participant WHERE id = ?),"
        " EXISTS (SELECT 1 FROM sync_leaving WHERE participant_id = ?)",
        (participant_id, participant_id),
    ).fetchone()
    if leaving or not here:
        raise ParticipantLeaving(participant_id)


def append_audit(
    conn: Connection,
    *,
    user: str,
    device: str,
    action: AuditAction,
    entity: str = "",
    entity_id: str = "",
    participant_id: str = "",
    detail: str = "",
) -> str:
    """Record who did what; the audit log is append-only, hash-chained (audit_chain.py) and never carries
    record contents."""
    event_id = new_id()
    append_chained(
        conn,
        NewEvent(
            event_id=event_id,
            at=iso(utcnow()),
            # Within what the server takes (protocol.AuditEventOut): a chained event is never cut later.
            user=user[:200],
            device=device,
            action=action.value,
            entity=entity[:100],
            entity_id=entity_id[:100],
            participant_id=participant_id[:100],
            detail=detail[:500],
        ),
    )
    return event_id
