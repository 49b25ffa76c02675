"""The device's recent syncs, kept in the encrypted `sync_log` table for the sync panel: how each ended,
the engine's summary (counts and record ids, never contents) and, for a failure, what the person was told."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from leaddesk.domain.ids import iso, parse_iso
from leaddesk.storage.codec import dumps

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

Outcome = Literal["done", "cancelled", "failed"]
KEEP = 200  # a few weeks of syncs every few minutes in working hours; older ones are dropped


@dataclass(frozen=True)
class SyncLogEntry:
    started_at: datetime
    finished_at: datetime
    outcome: Outcome
    summary: dict[str, Any]  # SyncReport.summary(); empty for a failure
    message: str  # for a failure: the sentence shown

    @property
    def pushed(self) -> int:
        return int(self.summary.get("pushed", 0))

    @property
    def pulled(self) -> int:
        """Records received, this laptop's own changes coming back included."""
        return int(self.summary.get("pulled", 0))

    @property
    def applied(self) -> int:
        """Of those, how many changed something here: what "came down"."""
        return int(self.summary.get("applied", 0))

    @property
    def refused(self) -> int:
        return len(self.summary.get("rejected", ()))


class SyncLog:
    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self,
        *,
        started_at: datetime,
        finished_at: datetime,
        outcome: Outcome,
        summary: dict[str, Any] | None = None,
        message: str = "",
    ) -> None:
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO sync_log (started_at, finished_at, outcome, summary, message)"
                " VALUES (?, ?, ?, ?, ?)",
                (iso(started_at), iso(finished_at), outcome, dumps(summary or {}), message),
            )
            conn.execute("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?", (KEEP,))

    def recent(self, limit: int = 50) -> list[SyncLogEntry]:
        """Newest first."""
        rows = self._store.conn.execute(
            "SELECT started_at, finished_at, outcome, summary, message FROM sync_log"
            " ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [
            SyncLogEntry(
                started_at=parse_iso(r[0]),
                finished_at=parse_iso(r[1]),
                outcome=r[2],
                summary=dict(json.loads(r[3])),
                message=r[4],
            )
            for r in rows
        ]
