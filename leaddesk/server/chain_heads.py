"""The newest link of each audit chain the server keeps (its own, and each device's), in `audit_chain`.

Why a row per chain, locked. Each event's hash covers the one before it, so two transactions adding to
one chain at once must take turns: both would otherwise chain from the same link and fork it. Adding
to a chain first locks its row (`SELECT … FOR UPDATE` on PostgreSQL; on SQLite the write transaction
holds the database's one write lock) and keeps it until commit. Callers add to a chain as the last thing
they lock in a transaction (after the push's sequence lock, after any device row), so the locks are
always taken in one order and never deadlock. The row also keeps the chain's newest position and hash
apart from the events, so events removed from a chain's end show at verification, and the checkpoint a
prune leaves (the link the first kept event follows).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from leaddesk.domain.audit_chain import genesis_hash
from leaddesk.server.db import audit_chain, insert_ignoring_duplicate


@dataclass(frozen=True, slots=True)
class ChainHead:
    chain: str
    position: int
    hash: str
    start_position: int
    start_hash: str
    refused_seq: int | None = None


def _head(row: object) -> ChainHead:
    m = row._mapping  # type: ignore[attr-defined]
    return ChainHead(
        chain=m["chain"],
        position=int(m["position"]),
        hash=m["hash"],
        start_position=int(m["start_position"]),
        start_hash=m["start_hash"],
        refused_seq=None if m["refused_seq"] is None else int(m["refused_seq"]),
    )


def lock_head(conn: Connection, *, chain: str) -> ChainHead:
    """The chain's newest link, locked until the transaction ends; a new chain starts at its genesis."""
    start = genesis_hash(chain)
    insert_ignoring_duplicate(
        conn,
        audit_chain,
        {"chain": chain, "position": 0, "hash": start, "start_position": 0, "start_hash": start},
    )
    row = conn.execute(select(audit_chain).where(audit_chain.c.chain == chain).with_for_update()).one()
    return _head(row)


def advance(conn: Connection, *, chain: str, position: int, hash: str) -> None:
    conn.execute(update(audit_chain).where(audit_chain.c.chain == chain).values(position=position, hash=hash))


def note_refused(conn: Connection, *, chain: str, seq: int | None) -> None:
    conn.execute(update(audit_chain).where(audit_chain.c.chain == chain).values(refused_seq=seq))


def checkpoint(conn: Connection, *, chain: str, position: int, hash: str) -> None:
    """Events up to `position` were pruned; the first kept one follows `hash`."""
    conn.execute(
        update(audit_chain)
        .where(audit_chain.c.chain == chain)
        .values(start_position=position, start_hash=hash)
    )


def all_heads(conn: Connection) -> list[ChainHead]:
    return [_head(row) for row in conn.execute(select(audit_chain).order_by(audit_chain.c.chain))]
