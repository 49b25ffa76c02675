"""Reading the audit trail (writes happen with each change, see storage/changes.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from leaddesk.domain import AuditEvent
from leaddesk.domain.audit_chain import ChainCheck, HashedLink, check_chain, genesis_hash
from leaddesk.domain.enums import AuditAction
from leaddesk.storage.audit_chain import chained_events, mark_shipped, seal_unchained, unshipped

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

_COLUMNS = "id, at, user, device, action, entity, entity_id, participant_id, detail"


class AuditLog:
    def __init__(self, store: Store) -> None:
        self._store = store

    def events(
        self,
        *,
        participant_id: str | None = None,
        action: AuditAction | None = None,
        limit: int = 500,
    ) -> list[AuditEvent]:
        clauses: list[str] = []
        params: list[Any] = []
        if participant_id is not None:
            clauses.append("participant_id = ?")
            params.append(participant_id)
        if action is not None:
            clauses.append("action = ?")
            params.append(action.value)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self._store.conn.execute(
            f"SELECT {_COLUMNS} FROM audit_event{where} ORDER BY seq DESC LIMIT ?", [*params, int(limit)]
        )
        names = _COLUMNS.split(", ")
        return [AuditEvent.model_validate(dict(zip(names, r, strict=True))) for r in rows]

    def count(self) -> int:
        return int(self._store.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0])

    def check_chain(self) -> ChainCheck:
        """This device's chain, walked from its genesis: where (if anywhere) it does not hold."""
        device = self._store.device_id
        return check_chain(device, chained_events(self._store.conn), start_hash=genesis_hash(device))

    def unshipped(self, *, limit: int) -> list[HashedLink]:
        """The oldest events the server has not acknowledged yet, chained first if the profile holds
        events from before the chain (and has written none since)."""
        if self._store.conn.execute("SELECT 1 FROM audit_event WHERE hash = '' LIMIT 1").fetchone():
            with self._store.write() as conn:
                seal_unchained(conn, chain=self._store.device_id)
        return unshipped(self._store.conn, limit=limit)

    def mark_shipped(self, *, through: int) -> None:
        with self._store.write() as conn:
            mark_shipped(conn, through=through)

    def newest_seq(self) -> int:
        return int(self._store.conn.execute("SELECT coalesce(max(seq), 0) FROM audit_event").fetchone()[0])
