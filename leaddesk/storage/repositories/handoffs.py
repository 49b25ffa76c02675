"""What the hand-off list reads (issue 19): the officers' referrals still waiting for their warm
hand-off, from the partial index of migration 0014; everyone's names and dates of birth, for the
duplicate rule (domain/duplicates.py), in one query; and what else a participant's file holds, before a
merge takes it away."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from leaddesk.domain import SYNCED_MODELS, Participant, Referral, SyncConflict
from leaddesk.domain.duplicates import Named
from leaddesk.storage.codec import table_for

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

# The partial index's own condition, word for word (0014_handoffs_waiting.sql). The query names the
# index too: without statistics SQLite would take 0013's (handoff_outcome, referred_at) index, which
# holds every staff-typed referral as well.
_WAITING = "officer_username <> '' AND handoff_outcome = 'pending' AND deleted = 0"


class HandoffQueries:
    def __init__(self, store: Store) -> None:
        self._store = store

    def waiting_ids(self, *, limit: int) -> list[str]:
        """The ids of the officers' referrals waiting for the hand-off, of participants still here,
        oldest first: the partial index alone, and the participant's row by its key."""
        sql = (
            f"SELECT id FROM referral INDEXED BY referral_officer_waiting WHERE {_WAITING}"
            " AND EXISTS (SELECT 1 FROM participant p WHERE p.id = referral.participant_id AND p.deleted = 0)"
            " ORDER BY referred_at, rid LIMIT ?"
        )
        return [row[0] for row in self._store.conn.execute(sql, (int(limit),))]

    def waiting(self, *, limit: int) -> list[Referral]:
        """Officers' referrals waiting for the hand-off, of participants still here, oldest first."""
        ids = self.waiting_ids(limit=limit)
        if not ids:
            return []
        found: list[Referral] = self._store.repos.referrals.find(where={"id": ids})
        order = {rid: n for n, rid in enumerate(ids)}
        return sorted(found, key=lambda r: order[r.id])

    def named_people(self) -> list[Named]:
        """Every participant held here, as the duplicate rule reads them."""
        rows = self._store.conn.execute(
            "SELECT id, first_name, last_name, preferred_name, aliases, date_of_birth FROM participant"
            " WHERE deleted = 0"
        )
        return [
            Named(
                id=pid,
                first_name=first,
                last_name=last,
                preferred_name=preferred,
                aliases=tuple(json.loads(aliases)),
                date_of_birth=date.fromisoformat(born) if born else None,
            )
            for pid, first, last, preferred, aliases, born in rows
        ]

    def other_records(self, participant_id: str, *, besides: frozenset[str]) -> list[str]:
        """The entities of which the participant has live records, but for those `besides`: a conflict
        counts only while it is open."""
        kinds = []
        for model in SYNCED_MODELS:
            if model is Participant or model.entity in besides:
                continue
            table = table_for(model).name
            condition = "participant_id = ? AND deleted = 0"
            if model is SyncConflict:
                condition += " AND resolved_at IS NULL"
            row = self._store.conn.execute(
                f"SELECT EXISTS (SELECT 1 FROM {table} WHERE {condition})", (participant_id,)
            ).fetchone()
            if row[0]:
                kinds.append(model.entity)
        return kinds
