"""The server's append-only audit trail: admin actions, enrolments, pushes, moves between teams and
attachment downloads. It names records by id and never holds their contents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from leaddesk.domain.ids import utcnow
from leaddesk.server.db import audit


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    device: str
    action: str
    entity: str
    entity_id: str
    participant_id: str
    detail: str


def record_event(
    conn: Connection,
    *,
    actor: str,
    action: str,
    device: str = "",
    entity: str = "",
    entity_id: str = "",
    participant_id: str = "",
    detail: str = "",
    at: datetime | None = None,
) -> None:
    conn.execute(
        insert(audit).values(
            at=at or utcnow(),
            actor=actor[:100],
            device=device,
            action=action,
            entity=entity,
            entity_id=entity_id,
            participant_id=participant_id,
            detail=detail[:500],
        )
    )


def find_events(
    conn: Connection,
    *,
    actor: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    limit: int = 1000,
) -> list[AuditEntry]:
    """The newest `limit` entries matching every filter given, oldest first."""
    query = select(audit)
    if actor is not None:
        query = query.where(audit.c.actor == actor)
    if action is not None:
        query = query.where(audit.c.action == action)
    if since is not None:
        query = query.where(audit.c.at >= since)
    rows = conn.execute(query.order_by(audit.c.id.desc()).limit(limit)).all()
    return [AuditEntry(**row._mapping) for row in reversed(rows)]
