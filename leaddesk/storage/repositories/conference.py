"""What a case conference's agenda is suggested from, beside Today's court dates and the caseload's
not-seen filter: legal events marked to coordinate with the prosecutor, and new referrals. One query
each, participant ids only (the desk reads what it shows through the gate)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from leaddesk.domain.enums import ProsecutorCoordination
from leaddesk.domain.ids import to_utc

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

DEFAULT_LIMIT = 500


class ConferenceQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def to_coordinate(self, *, limit: int = DEFAULT_LIMIT) -> list[str]:
        """Participants with a live legal event still marked to coordinate with the prosecutor, those
        with the earliest such event first."""
        rows = self._store.conn.execute(
            "SELECT e.participant_id FROM legal_event e JOIN participant p ON p.id = e.participant_id"
            " WHERE e.prosecutor_coordination = ? AND e.deleted = 0 AND p.deleted = 0"
            " GROUP BY e.participant_id ORDER BY min(e.occurred_at) LIMIT ?",
            (ProsecutorCoordination.TO_COORDINATE.value, int(limit)),
        )
        return [str(r[0]) for r in rows]

    def referred_since(self, since: datetime, *, limit: int = DEFAULT_LIMIT) -> list[str]:
        """Participants with a live referral made at or after `since`, most recent first."""
        bound = to_utc(since).strftime("%Y-%m-%dT%H:%M:%S")  # a prefix of every stored time that second
        rows = self._store.conn.execute(
            "SELECT r.participant_id FROM referral r JOIN participant p ON p.id = r.participant_id"
            " WHERE r.referred_at >= ? AND r.deleted = 0 AND p.deleted = 0"
            " GROUP BY r.participant_id ORDER BY max(r.referred_at) DESC LIMIT ?",
            (bound, int(limit)),
        )
        return [str(r[0]) for r in rows]
