"""Checking every audit chain the server keeps, and pruning them past the retention period.

`verify` walks the server's own chain and each device's, from its start (genesis, or the checkpoint a
prune left) to the newest link kept apart in `audit_chain`, and names every place one does not hold: an
event changed (its hash does not recompute), removed or reordered (the next one does not follow), or
removed from the end (the chain stops short of its newest link). A device whose chain the server refused
as it arrived (see device_audit.py) is named too, until the device sends a chain that goes on again.

`prune` removes, chain by chain, the oldest events up to the first one still inside the retention
period (a laptop's clock may put an older event after a newer one: none still inside it goes), and
keeps the link the first kept event follows as the chain's checkpoint, so what is left still verifies.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.engine import Connection

from leaddesk.domain.audit_chain import (
    SERVER_CHAIN,
    ChainBreak,
    ChainCheck,
    HashedLink,
    check_chain,
    genesis_hash,
)
from leaddesk.server import chain_heads
from leaddesk.server.audit import AuditEntry, record_event
from leaddesk.server.chain_heads import ChainHead
from leaddesk.server.db import audit, audit_chain, device, device_audit, user
from leaddesk.server.device_audit import device_link

PRUNE = "audit_prune"


@dataclass(frozen=True, slots=True)
class Verification:
    checks: tuple[ChainCheck, ...]
    refusals: tuple[ChainBreak, ...]  # device chains refused as they arrived and not resumed since

    @property
    def breaks(self) -> list[ChainBreak]:
        return [b for check in self.checks for b in check.breaks] + list(self.refusals)

    @property
    def events(self) -> int:
        return sum(check.events for check in self.checks)


def _server_events(conn: Connection, *, after: int) -> Iterator[HashedLink]:
    rows = conn.execute(select(audit).where(audit.c.position > after).order_by(audit.c.position))
    for row in rows:
        entry = AuditEntry(**row._mapping)
        yield HashedLink(entry.link(), entry.prev_hash, entry.hash)


def _device_events(conn: Connection, *, chain: str) -> Iterator[HashedLink]:
    rows = conn.execute(
        select(device_audit).where(device_audit.c.chain == chain).order_by(device_audit.c.seq)
    )
    for row in rows:
        yield HashedLink(device_link(row), row.prev_hash, row.hash)


def _check(conn: Connection, head: ChainHead) -> ChainCheck:
    events = (
        _server_events(conn, after=head.start_position)
        if head.chain == SERVER_CHAIN
        else _device_events(conn, chain=head.chain)
    )
    return check_chain(
        head.chain,
        events,
        start_hash=head.start_hash,
        start_position=head.start_position,
        head_position=head.position,
        head_hash=head.hash,
    )


def verify(conn: Connection) -> Verification:
    heads = {head.chain: head for head in chain_heads.all_heads(conn)}
    if SERVER_CHAIN not in heads:  # a server that has recorded nothing yet
        start = genesis_hash(SERVER_CHAIN)
        heads[SERVER_CHAIN] = ChainHead(SERVER_CHAIN, 0, start, 0, start)
    # A device chain whose head row is gone still has its events checked, from its genesis.
    for chain in conn.execute(select(device_audit.c.chain).distinct()).scalars():
        if chain not in heads:
            start = genesis_hash(chain)
            heads[chain] = ChainHead(chain, -1, "", 0, start)
    checks = []
    for head in sorted(heads.values(), key=lambda h: (h.chain != SERVER_CHAIN, h.chain)):
        check = _check(conn, head)
        if head.position < 0:
            lost = ChainBreak(head.chain, 0, "the chain's newest link is missing from audit_chain")
            check = ChainCheck(check.chain, check.events, (*check.breaks, lost))
        checks.append(check)
    refusals = tuple(
        ChainBreak(
            h.chain,
            h.refused_seq,
            f"the server refused the device's event at position {h.refused_seq} as it arrived "
            "(see the chain_break event) and has taken nothing from it since",
        )
        for h in heads.values()
        if h.refused_seq is not None
    )
    return Verification(tuple(checks), refusals)


def device_names(conn: Connection) -> dict[str, str]:
    """Each device chain's name (the laptop's own id) as an administrator knows the laptop."""
    rows = conn.execute(
        select(device.c.clock_id, device.c.id, device.c.name, user.c.username).join(
            user, user.c.id == device.c.user_id
        )
    )
    return {r.clock_id: f'device {r.id} ("{r.name}", {r.username})' for r in rows if r.clock_id}


@dataclass(frozen=True, slots=True)
class Pruned:
    server: int = 0
    device: int = 0


def prune(conn: Connection, *, before: datetime, actor: str) -> Pruned:
    """Remove events older than `before` from the front of every chain, keep each checkpoint, and record
    the prune in the server's chain. In the caller's write transaction."""
    device_removed = 0
    for chain in conn.execute(select(audit_chain.c.chain).order_by(audit_chain.c.chain)).scalars().all():
        if chain != SERVER_CHAIN:
            device_removed += _prune_chain(conn, chain=chain, before=before)
    server_removed = _prune_chain(conn, chain=SERVER_CHAIN, before=before)
    record_event(
        conn,
        actor=actor,
        action=PRUNE,
        detail=f"removed events before {before.isoformat()}: "
        f"server={server_removed} devices={device_removed}",
    )
    return Pruned(server=server_removed, device=device_removed)


def _prune_chain(conn: Connection, *, chain: str, before: datetime) -> int:
    chain_heads.lock_head(conn, chain=chain)  # held until the transaction ends
    if chain == SERVER_CHAIN:
        table, position, where = audit, audit.c.position, audit.c.position > 0
    else:
        table, position, where = device_audit, device_audit.c.seq, device_audit.c.chain == chain
    first_kept = conn.execute(select(func.min(position)).where(where, table.c.at >= before)).scalar()
    cut = where if first_kept is None else where & (position < first_kept)
    last = conn.execute(select(position, table.c.hash).where(cut).order_by(position.desc()).limit(1)).first()
    if last is None:
        return 0
    removed = conn.execute(delete(table).where(cut)).rowcount
    chain_heads.checkpoint(conn, chain=chain, position=int(last[0]), hash=str(last[1]))
    return int(removed)
