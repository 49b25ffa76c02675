"""The server's append-only audit trail: admin actions, enrolments, pushes, pulls (which participants'
records went to which device), failed authentications, moves between teams, attachment downloads, and
the disclosures and exports laptops report. It names records by id and never holds their contents.

Every event is a link of the server's own hash chain (domain/audit_chain.py, chain_heads.py says how
writers take turns), so `leaddesk-server audit --verify` shows any event changed or removed later.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, or_, select
from sqlalchemy.engine import Connection

from leaddesk.domain.audit_chain import SERVER_CHAIN, ChainLink, link_hash
from leaddesk.domain.ids import utcnow
from leaddesk.server import chain_heads
from leaddesk.server.db import audit

# The hooks for what leaves the program (42 CFR Part 2 §2.25 accounting, and exports of identified data):
# whatever reports a disclosure or an export to the server records it under these actions.
DISCLOSURE = "disclosure"
EXPORT = "export"
DETAIL_MAX = 100_000  # a pull's participant ids; the column is unbounded text


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
    position: int
    prev_hash: str
    hash: str

    def link(self) -> ChainLink:
        return server_link(
            position=self.position,
            at=self.at,
            actor=self.actor,
            device=self.device,
            action=self.action,
            entity=self.entity,
            entity_id=self.entity_id,
            participant_id=self.participant_id,
            detail=self.detail,
        )


def server_link(
    *,
    position: int,
    at: datetime,
    actor: str,
    device: str,
    action: str,
    entity: str,
    entity_id: str,
    participant_id: str,
    detail: str,
) -> ChainLink:
    """What the hash of a server event covers (its row id is only where the database put it)."""
    return ChainLink(
        position=position,
        event_id="",
        at=at,
        user=actor,
        device=device,
        action=action,
        entity=entity,
        entity_id=entity_id,
        participant_id=participant_id,
        detail=detail,
    )


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
    """Add an event to the server's chain, in the caller's write transaction. Call it after the other
    locks the transaction takes (chain_heads.py): the chain stays locked until the transaction ends."""
    values: dict[str, Any] = {
        "at": at or utcnow(),
        "actor": actor[:100],
        "device": device,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "participant_id": participant_id,
        "detail": detail[:DETAIL_MAX],
    }
    head = chain_heads.lock_head(conn, chain=SERVER_CHAIN)
    position = head.position + 1
    own = link_hash(server_link(position=position, **values), prev_hash=head.hash)
    conn.execute(insert(audit).values(**values, position=position, prev_hash=head.hash, hash=own))
    chain_heads.advance(conn, chain=SERVER_CHAIN, position=position, hash=own)


def record_disclosure(
    conn: Connection,
    *,
    actor: str,
    device: str,
    participant_id: str,
    disclosure_id: str,
    fields: Mapping[str, Any],
) -> None:
    """The hook for a disclosure (a disclosure record a device reported, `fields` as pushed): one event
    in the chain, saying to whom, why, how and how many items (never the items)."""
    items = fields.get("items") or {}
    count = sum(len(ids) for ids in items.values()) if isinstance(items, dict) else 0
    detail = (
        f"recipient={fields.get('recipient_code') or fields.get('recipient', '')} "
        f"purpose={fields.get('purpose', '')} delivery={fields.get('delivery', '')} items={count}"
    )
    record_event(
        conn,
        actor=actor,
        action=DISCLOSURE,
        device=device,
        entity="disclosure",
        entity_id=disclosure_id,
        participant_id=participant_id,
        detail=detail,
    )


def record_export(
    conn: Connection, *, actor: str, device: str = "", participant_id: str = "", detail: str
) -> None:
    """The hook for an export of identified data (what was exported, by whom): one event in the chain."""
    record_event(
        conn, actor=actor, action=EXPORT, device=device, participant_id=participant_id, detail=detail
    )


def find_events(
    conn: Connection,
    *,
    actor: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    device: str | None = None,
    participant: str | None = None,
    limit: int = 1000,
) -> list[AuditEntry]:
    """The newest `limit` entries matching every filter given, oldest first. `participant` also finds
    the pulls that sent the participant's records (their ids are in the detail)."""
    query = select(audit)
    if actor is not None:
        query = query.where(audit.c.actor == actor)
    if action is not None:
        query = query.where(audit.c.action == action)
    if since is not None:
        query = query.where(audit.c.at >= since)
    if until is not None:
        query = query.where(audit.c.at < until)
    if device is not None:
        query = query.where(audit.c.device == device)
    if participant is not None:
        query = query.where(
            or_(audit.c.participant_id == participant, audit.c.detail.contains(participant, autoescape=True))
        )
    rows = conn.execute(query.order_by(audit.c.position.desc()).limit(limit)).all()
    return [AuditEntry(**row._mapping) for row in reversed(rows)]
