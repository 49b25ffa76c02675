"""Unsaved text that survives a lock, a crash or a restart — inside the encrypted database, never synced."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from leaddesk.domain.ids import iso, utcnow
from leaddesk.storage.changes import check_participant_here

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

MAX_DRAFT_CHARS = 200_000


@dataclass(frozen=True)
class Draft:
    key: str  # what the draft belongs to, e.g. "note:<participant id>" or "note-edit:<note id>"
    kind: str
    participant_id: str | None
    body: dict[str, Any]
    updated_at: str


class DraftRepository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def save(self, key: str, *, kind: str, body: dict[str, Any], participant_id: str | None = None) -> None:
        text = json.dumps(body, ensure_ascii=False)
        if len(text) > MAX_DRAFT_CHARS:
            raise ValueError(f"body: a draft is limited to {MAX_DRAFT_CHARS} characters")
        # Not a record change: no outbox entry and no audit event, just durable keystrokes.
        with self._store.write() as conn:
            if participant_id is not None:
                check_participant_here(conn, participant_id)  # a removal takes drafts; none may follow it
            conn.execute(
                "INSERT INTO draft (key, participant_id, kind, body, updated_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET participant_id = excluded.participant_id,"
                " kind = excluded.kind, body = excluded.body, updated_at = excluded.updated_at",
                (key, participant_id, kind, text, iso(utcnow())),
            )

    def get(self, key: str) -> Draft | None:
        row = self._store.conn.execute(
            "SELECT key, kind, participant_id, body, updated_at FROM draft WHERE key = ?", (key,)
        ).fetchone()
        return _draft(row) if row else None

    def all(self) -> list[Draft]:
        rows = self._store.conn.execute(
            "SELECT key, kind, participant_id, body, updated_at FROM draft ORDER BY updated_at DESC"
        )
        return [_draft(r) for r in rows]

    def discard(self, key: str) -> None:
        with self._store.write() as conn:
            conn.execute("DELETE FROM draft WHERE key = ?", (key,))


def _draft(row: Any) -> Draft:
    return Draft(key=row[0], kind=row[1], participant_id=row[2], body=json.loads(row[3]), updated_at=row[4])
