"""The audit trail's hash chain, shared by the laptop (one chain per device) and the office server (one
chain of its own, and a copy of every device's): each event carries the hash of the one before it, so
changing, removing or reordering any event breaks every link after it.

An event's hash is SHA-256 over a canonical JSON array of its position, its fields and the previous
hash; the first event of a chain follows a fixed genesis value that names the chain (a device's own id,
or "server"), so one device's events can never pass for another's. A pruned chain starts from a
checkpoint instead: the hash its first kept event follows.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from leaddesk.domain.ids import iso

CHAIN_VERSION = "leaddesk-audit-chain-1"
SERVER_CHAIN = "server"  # the name of the server's own chain (device chains are named by device id)
HASH_LENGTH = 64


@dataclass(frozen=True, slots=True)
class ChainLink:
    """What the hash of one event covers: everything about it but the hashes themselves."""

    position: int  # the device's audit seq, or the server chain's position
    event_id: str
    at: datetime
    user: str
    device: str
    action: str
    entity: str = ""
    entity_id: str = ""
    participant_id: str = ""
    detail: str = ""


@dataclass(frozen=True, slots=True)
class HashedLink:
    """An event as stored: its link, the hash it claims to follow and the hash it claims to have."""

    link: ChainLink
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """Where a chain does not hold, and what is wrong there, in a sentence for the administrator."""

    chain: str
    position: int
    problem: str


@dataclass(frozen=True, slots=True)
class ChainCheck:
    chain: str
    events: int
    breaks: tuple[ChainBreak, ...]


def genesis_hash(chain: str) -> str:
    """What the first event of `chain` follows."""
    return hashlib.sha256(f"{CHAIN_VERSION}|genesis|{chain}".encode()).hexdigest()


def link_hash(link: ChainLink, *, prev_hash: str) -> str:
    body = [
        CHAIN_VERSION,
        prev_hash,
        link.position,
        link.event_id,
        iso(link.at),
        link.user,
        link.device,
        link.action,
        link.entity,
        link.entity_id,
        link.participant_id,
        link.detail,
    ]
    encoded = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode()).hexdigest()


def check_chain(
    chain: str,
    events: Iterable[HashedLink],
    *,
    start_hash: str,
    start_position: int = 0,
    head_position: int | None = None,
    head_hash: str | None = None,
) -> ChainCheck:
    """Walk one chain's events in position order from `start_hash` (genesis, or a prune's checkpoint,
    which also gives `start_position`, the last position pruned).

    A link that does not follow the one before names the place an event was removed or reordered; a
    hash that does not recompute names an event changed after it was written. `head_position` and
    `head_hash`, where the chain's newest link is kept apart, show events removed from the end."""
    breaks: list[ChainBreak] = []
    expected, last_position, count = start_hash, start_position, 0
    for event in events:
        count += 1
        position = event.link.position
        if event.prev_hash != expected:
            breaks.append(
                ChainBreak(
                    chain,
                    position,
                    f"the event at position {position} does not follow the one before it "
                    f"(position {last_position}): an event between them was removed or changed",
                )
            )
        if link_hash(event.link, prev_hash=event.prev_hash) != event.hash:
            breaks.append(
                ChainBreak(
                    chain, position, f"the event at position {position} was changed after it was written"
                )
            )
        expected, last_position = event.hash, position
    if (
        head_position is not None
        and head_hash is not None
        and (last_position, expected)
        != (
            head_position,
            head_hash,
        )
    ):
        breaks.append(
            ChainBreak(
                chain,
                last_position,
                f"the chain ends at position {last_position}, but its newest event was at position "
                f"{head_position}: events at its end were removed",
            )
        )
    return ChainCheck(chain, count, tuple(breaks))
