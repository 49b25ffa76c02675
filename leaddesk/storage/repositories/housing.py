"""Housing history: dated living situations, each change a new entry so the history stays whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.domain import HousingStatus
from leaddesk.storage.repositories.records import RecordRepository

if TYPE_CHECKING:
    from leaddesk.storage.store import Store


class HousingRepository(RecordRepository[HousingStatus]):
    default_order = ("effective_on", "created_at")

    def __init__(self, store: Store) -> None:
        super().__init__(store, HousingStatus)

    def history(self, participant_id: str) -> list[HousingStatus]:
        """Newest first."""
        return self.find(participant_id=participant_id, descending=True)

    def current(self, participant_id: str) -> HousingStatus | None:
        latest = self.find(participant_id=participant_id, descending=True, limit=1)
        return latest[0] if latest else None
