"""The device's audit chain in its database: each event is written with the hash of the one before it
and its own (domain/audit_chain.py), in the transaction that writes the event, so no event is ever
stored unchained; the events a profile held before the chain existed are chained, in order, by the first
event written after the upgrade. The sync ships them to the server (`unshipped`, `mark_shipped`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from leaddesk.domain.audit_chain import ChainLink, HashedLink, genesis_hash, link_hash
from leaddesk.domain.ids import parse_iso
from leaddesk.storage.database import Connection

_LINK_COLUMNS = "seq, id, at, user, device, action, entity, entity_id, participant_id, detail"


@dataclass(frozen=True, slots=True)
class NewEvent:
    event_id: str
    at: str  # ISO text, as stored
    user: str
    device: str
    action: str
    entity: str
    entity_id: str
    participant_id: str
    detail: str


def _link(row: Sequence[Any]) -> ChainLink:
    seq, event_id, at, user, device, action, entity, entity_id, participant_id, detail = row
    return ChainLink(
        position=int(seq),
        event_id=str(event_id),
        at=parse_iso(str(at)),
        user=str(user),
        device=str(device),
        action=str(action),
        entity=str(entity),
        entity_id=str(entity_id),
        participant_id=str(participant_id),
        detail=str(detail),
    )


def append_chained(conn: Connection, event: NewEvent) -> int:
    """Write one event at the end of the chain, inside the caller's transaction; returns its seq.

    The chain's last link is read in the same (IMMEDIATE) transaction as the write, so two connections
    of one profile writing at once take turns and never chain from the same event."""
    last = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    if last is not None and last[1] == "":
        seal_unchained(conn, chain=event.device)
        last = conn.execute("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    seq = int(last[0]) + 1 if last is not None else 1
    prev_hash = str(last[1]) if last is not None else genesis_hash(event.device)
    link = ChainLink(
        position=seq,
        event_id=event.event_id,
        at=parse_iso(event.at),
        user=event.user,
        device=event.device,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        participant_id=event.participant_id,
        detail=event.detail,
    )
    conn.execute(
        "INSERT INTO audit_event (seq, id, at, user, device, action, entity, entity_id, participant_id,"
        " detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            seq,
            event.event_id,
            event.at,
            event.user,
            event.device,
            event.action,
            event.entity,
            event.entity_id,
            event.participant_id,
            event.detail,
            prev_hash,
            link_hash(link, prev_hash=prev_hash),
        ),
    )
    return seq


def seal_unchained(conn: Connection, *, chain: str) -> int:
    """Chain, in seq order, the events written before this profile had a chain (hash = ''); inside the
    caller's transaction. Returns how many it chained."""
    rows = conn.execute(f"SELECT {_LINK_COLUMNS} FROM audit_event WHERE hash = '' ORDER BY seq").fetchall()
    if not rows:
        return 0
    before = conn.execute(
        "SELECT hash FROM audit_event WHERE seq < ? ORDER BY seq DESC LIMIT 1", (rows[0][0],)
    ).fetchone()
    prev_hash = str(before[0]) if before is not None else genesis_hash(chain)
    updates = []
    for row in rows:
        own = link_hash(_link(row), prev_hash=prev_hash)
        updates.append((prev_hash, own, row[0]))
        prev_hash = own
    conn.executemany("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE seq = ?", updates)
    return len(updates)


def chained_events(conn: Connection) -> Iterator[HashedLink]:
    """Every event with the hashes it holds, in chain order."""
    for row in conn.execute(f"SELECT {_LINK_COLUMNS}, prev_hash, hash FROM audit_event ORDER BY seq"):
        yield HashedLink(_link(row[:10]), str(row[10]), str(row[11]))


def unshipped(conn: Connection, *, limit: int) -> list[HashedLink]:
    """The oldest events the server has not acknowledged, in chain order (chained ones only)."""
    rows = conn.execute(
        f"SELECT {_LINK_COLUMNS}, prev_hash, hash FROM audit_event WHERE pushed = 0 AND hash != ''"
        " ORDER BY seq LIMIT ?",
        (int(limit),),
    ).fetchall()
    return [HashedLink(_link(row[:10]), str(row[10]), str(row[11])) for row in rows]


def mark_shipped(conn: Connection, *, through: int) -> None:
    """The server holds the chain up to seq `through`: those events never need sending again."""
    conn.execute("UPDATE audit_event SET pushed = 1 WHERE pushed = 0 AND seq <= ?", (int(through),))
