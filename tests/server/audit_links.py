"""A device's audit chain as a laptop sends it to `/v1/audit`, for the server tests."""

from __future__ import annotations

from datetime import UTC, datetime

from leaddesk.domain.audit_chain import ChainLink, genesis_hash, link_hash
from leaddesk.domain.ids import iso, new_id


def chained(device: str, count: int, *, start: int = 1, prev: str | None = None, at: datetime | None = None):
    """`count` events of `device`'s chain from position `start`, as a laptop would send them."""
    prev = prev or genesis_hash(device)
    events = []
    for seq in range(start, start + count):
        link = ChainLink(
            position=seq, event_id=new_id(), at=at or datetime.now(UTC), user="casey", device=device,
            action="view", entity="participant", entity_id=new_id(), detail=f"event {seq}",
        )  # fmt: skip
        own = link_hash(link, prev_hash=prev)
        events.append({
            "seq": seq, "event_id": link.event_id, "at": iso(link.at), "user": link.user, "device": device,
            "action": link.action, "entity": link.entity, "entity_id": link.entity_id, "participant_id": "",
            "detail": link.detail, "prev_hash": prev, "hash": own,
        })  # fmt: skip
        prev = own
    return events
