"""Any record of a participant's file, read and written the same way: the record tabs, the overview's
needs and goals, and any later tab are built on these (a new kind of record needs no new use case)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.domain import SyncedRecord


class Records(UseCases):
    def get(self, entity: str, record_id: str) -> SyncedRecord:
        record: SyncedRecord = self._store.repos.for_entity(entity).get(record_id)
        return record

    def find(
        self,
        entity: str,
        *,
        participant_id: str | None = None,
        where: Mapping[str, Any] | None = None,
        order_by: Sequence[str] | None = None,
        descending: bool = False,
        limit: int | None = None,
    ) -> list[SyncedRecord]:
        found: list[SyncedRecord] = self._store.repos.for_entity(entity).find(
            participant_id=participant_id, where=where, order_by=order_by, descending=descending, limit=limit
        )
        return found

    def create(self, record: SyncedRecord) -> Done[SyncedRecord]:
        return self._write(lambda: self._store.repos.for_entity(record.entity).create(record))

    def update(self, entity: str, record_id: str, changes: Mapping[str, Any]) -> Done[SyncedRecord]:
        return self._write(lambda: self._store.repos.for_entity(entity).update(record_id, changes))

    def delete(self, entity: str, record_id: str) -> Done[None]:
        return self._write(lambda: self._store.repos.for_entity(entity).delete(record_id))
