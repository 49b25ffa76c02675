"""Each laptop's audit chain, received after its push and verified as it is stored.

A device sends its unacknowledged events oldest first. Each must follow the last event the server holds
for that device (its prev_hash is that event's hash, or the device's genesis for its first) and its hash
must recompute from its contents. The first that fails is refused, with everything after it in the
request, and the refusal is reported: to the device in the answer (its sync report says so) and in the
server's own chain as a `chain_break` naming the device and the position, once per position. Nothing
is silently accepted and nothing already held is replaced.

An event the server holds already (an answer lost on the way, a crash before the laptop marked it sent)
is taken as a duplicate if it is the same event; a different event at a position held is a refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from leaddesk.domain.audit_chain import ChainLink, link_hash
from leaddesk.domain.ids import utcnow
from leaddesk.server import chain_heads
from leaddesk.server.audit import record_event
from leaddesk.server.db import device, device_audit, transaction, user
from leaddesk.server.devices import Caller, adopt_clock_id
from leaddesk.server.errors import InvalidRequest
from leaddesk.sync.protocol import AuditEventOut, AuditRefusal, AuditUploadResponse

CHAIN_BREAK = "chain_break"


def link_of(event: AuditEventOut) -> ChainLink:
    return ChainLink(
        position=event.seq,
        event_id=event.event_id,
        at=event.at,
        user=event.user,
        device=event.device,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        participant_id=event.participant_id,
        detail=event.detail,
    )


def device_link(row: Any) -> ChainLink:
    """A stored device event (a `device_audit` row) as its hash covers it."""
    return ChainLink(
        position=int(row.seq),
        event_id=row.event_id,
        at=row.at,
        user=row.user,
        device=row.chain,
        action=row.action,
        entity=row.entity,
        entity_id=row.entity_id,
        participant_id=row.participant_id,
        detail=row.detail,
    )


def receive(conn: Connection, *, caller: Caller, events: Sequence[AuditEventOut]) -> AuditUploadResponse:
    """Store what continues the device's chain, in one transaction; refuse (and report) the first event
    that does not."""
    with transaction(conn, write=True):
        chain = _chain_of(conn, caller=caller, events=events)
        head = chain_heads.lock_head(conn, chain=chain)
        held = _held_hashes(conn, chain=chain, events=events, upto=head.position)
        rows: list[dict[str, Any]] = []
        through, last_hash = head.position, head.hash
        refused: AuditRefusal | None = None
        now = utcnow()
        for event in events:
            if event.seq <= through:
                if held.get(event.seq, event.hash) == event.hash and event.seq <= head.position:
                    continue  # held already (or pruned since): a resend
                refused = AuditRefusal(
                    seq=event.seq,
                    reason=f"event {event.seq} is not the event the server holds at that position",
                )
                break
            problem = _problem(event, follows=last_hash, after=through)
            if problem is not None:
                refused = AuditRefusal(seq=event.seq, reason=problem)
                break
            rows.append(_row(event, device_id=caller.device.id, now=now))
            through, last_hash = event.seq, event.hash
        if rows:
            conn.execute(insert(device_audit), rows)
            chain_heads.advance(conn, chain=chain, position=through, hash=last_hash)
        _report(conn, caller=caller, chain=chain, refused=refused, before=head.refused_seq, stored=bool(rows))
    return AuditUploadResponse(held_through=through, stored=len(rows), refused=refused)


def _chain_of(conn: Connection, *, caller: Caller, events: Sequence[AuditEventOut]) -> str:
    """The device's own id, which names its chain: every event must carry it, and it must be this
    enrolled device's (a device enrolled without one adopts it, as its first push would)."""
    named = {event.device for event in events}
    chain = events[0].device
    own = caller.device.clock_id or adopt_clock_id(conn, device_id=caller.device.id, clock_id=chain)
    if named != {chain} or own != chain:
        raise InvalidRequest(
            "These audit events name another device than the one sending them; nothing was stored.",
            error="audit_device_mismatch",
        )
    return chain


def _held_hashes(
    conn: Connection, *, chain: str, events: Sequence[AuditEventOut], upto: int
) -> dict[int, str]:
    seqs = [e.seq for e in events if e.seq <= upto]
    if not seqs:
        return {}
    found = conn.execute(
        select(device_audit.c.seq, device_audit.c.hash).where(
            device_audit.c.chain == chain, device_audit.c.seq.in_(seqs)
        )
    )
    return {int(seq): str(h) for seq, h in found}


def _problem(event: AuditEventOut, *, follows: str, after: int) -> str | None:
    if event.prev_hash != follows:
        return (
            f"event {event.seq} does not follow event {after}, the last the server holds from this device: "
            "the device's audit trail was changed or has a gap"
        )
    if link_hash(link_of(event), prev_hash=event.prev_hash) != event.hash:
        return f"event {event.seq} does not match its own hash: it was changed after it was written"
    return None


def _row(event: AuditEventOut, *, device_id: str, now: Any) -> dict[str, Any]:
    return {
        "chain": event.device,
        "seq": event.seq,
        "device_id": device_id,
        "event_id": event.event_id,
        "at": event.at,
        "user": event.user,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "participant_id": event.participant_id,
        "detail": event.detail,
        "prev_hash": event.prev_hash,
        "hash": event.hash,
        "received_at": now,
    }


def _report(
    conn: Connection,
    *,
    caller: Caller,
    chain: str,
    refused: AuditRefusal | None,
    before: int | None,
    stored: bool,
) -> None:
    """A refusal goes into the server's chain once per position; a chain that goes on again clears it."""
    if refused is not None and refused.seq != before:
        record_event(
            conn,
            actor=caller.user.username,
            action=CHAIN_BREAK,
            device=caller.device.id,
            entity="device_audit",
            entity_id=chain,
            detail=f"position {refused.seq}: {refused.reason}",
        )
        chain_heads.note_refused(conn, chain=chain, seq=refused.seq)
    elif refused is None and before is not None and stored:
        chain_heads.note_refused(conn, chain=chain, seq=None)


@dataclass(frozen=True, slots=True)
class DeviceEvent:
    """A laptop's audit event as the server keeps it, with the enrolled device and user that sent it."""

    at: datetime
    username: str
    device_id: str
    seq: int
    user: str
    action: str
    entity: str
    entity_id: str
    participant_id: str
    detail: str


def find_device_events(
    conn: Connection,
    *,
    username: str | None = None,
    action: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    device_id: str | None = None,
    participant: str | None = None,
    limit: int = 1000,
) -> list[DeviceEvent]:
    """The newest `limit` laptop events matching every filter given, oldest first."""
    query = select(
        device_audit.c.at,
        user.c.username,
        device_audit.c.device_id,
        device_audit.c.seq,
        device_audit.c.user,
        device_audit.c.action,
        device_audit.c.entity,
        device_audit.c.entity_id,
        device_audit.c.participant_id,
        device_audit.c.detail,
    ).select_from(
        device_audit.join(device, device.c.id == device_audit.c.device_id).join(
            user, user.c.id == device.c.user_id
        )
    )
    filters = [
        (username, user.c.username),
        (action, device_audit.c.action),
        (device_id, device_audit.c.device_id),
        (participant, device_audit.c.participant_id),
    ]
    for value, column in filters:
        if value is not None:
            query = query.where(column == value)
    if since is not None:
        query = query.where(device_audit.c.at >= since)
    if until is not None:
        query = query.where(device_audit.c.at < until)
    rows = conn.execute(query.order_by(device_audit.c.at.desc()).limit(limit)).all()
    return [DeviceEvent(**row._mapping) for row in reversed(rows)]
