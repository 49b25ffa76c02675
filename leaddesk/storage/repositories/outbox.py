"""Reading the outbox: the changes made here that the server has not acknowledged yet."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from leaddesk.storage.store import Store


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    change_id: str
    entity: str
    record_id: str
    participant_id: str | None
    op: str
    fields: dict[str, Any]
    clocks: dict[str, str]
    base: dict[str, str | None]
    created_at: str


class Outbox:
    def __init__(self, store: Store) -> None:
        self._store = store

    def pending(self, *, after_seq: int = 0, limit: int = 1000) -> list[OutboxEntry]:
        rows = self._store.conn.execute(
            "SELECT seq, change_id, entity, record_id, participant_id, op, fields, clocks, base, created_at"
            " FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?",
            (after_seq, limit),
        )
        return [
            OutboxEntry(
                seq=r[0],
                change_id=r[1],
                entity=r[2],
                record_id=r[3],
                participant_id=r[4],
                op=r[5],
                fields=json.loads(r[6]),
                clocks=json.loads(r[7]),
                base=json.loads(r[8]),
                created_at=r[9],
            )
            for r in rows
        ]

    def count(self) -> int:
        return int(self._store.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])

    def acknowledge(self, change_ids: list[str]) -> None:
        """Drop entries the server has stored; only ever called with ids the server confirmed."""
        with self._store.write() as conn:
            conn.executemany("DELETE FROM sync_outbox WHERE change_id = ?", [(c,) for c in change_ids])
