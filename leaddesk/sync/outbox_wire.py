"""An outbox entry as a push carries it, and as the sync report names it when it is refused."""

from __future__ import annotations

from leaddesk.storage.repositories.outbox import OutboxEntry
from leaddesk.sync.protocol import Change
from leaddesk.sync.report import Refusal


def change_of(entry: OutboxEntry) -> Change:
    """An outbox entry as it travels in a push."""
    return Change(
        change_id=entry.change_id,
        entity=entry.entity,
        record_id=entry.record_id,
        participant_id=entry.participant_id,
        op=entry.op,  # the outbox table CHECKs that it is one of the three
        fields=entry.fields,
        clocks=entry.clocks,
        base=entry.base,
        resolves=entry.resolves,
        seen=entry.seen,
    )


def refusal_of(entry: OutboxEntry, reason: str) -> Refusal:
    return Refusal(entry.change_id, entry.entity, entry.record_id, entry.participant_id, reason)
