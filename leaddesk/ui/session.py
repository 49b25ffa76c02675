"""The unlocked profile as the screens see it: the store, one-line mutations, and a signal after
each change so every screen can decide for itself whether to redraw (the way Anki's operations work)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from leaddesk.domain import Addendum, Attachment, CaseNote, SyncConflict, SyncedRecord
from leaddesk.domain.base import ParticipantRecord
from leaddesk.storage.conflicts import Choice, resolve_conflict
from leaddesk.storage.refusals import reapply_refused
from leaddesk.storage.store import Store

ANY = "*"  # in a Change: any entity, record or participant (a sync may have touched anything)


@dataclass(frozen=True)
class Change:
    entity: str
    record_id: str
    participant_id: str

    @property
    def is_bulk(self) -> bool:
        """Many records may have changed at once (a sync): screens re-read what they show."""
        return self.entity == ANY

    def concerns(self, entities: Collection[str], participant_id: str | None = None) -> bool:
        """Does this change touch one of `entities` (of `participant_id`, if given)?"""
        if participant_id is not None and self.participant_id not in (ANY, participant_id):
            return False
        return self.entity == ANY or self.entity in entities

    def is_record(self, record_id: str) -> bool:
        return self.record_id in (ANY, record_id)


SYNCED = Change(entity=ANY, record_id=ANY, participant_id=ANY)


class Session(QObject):
    changed = Signal(object)  # Change

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._held: list[Change] | None = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Several mutations as one: all land or none do, and screens hear of them only after the commit."""
        if self._held is not None:
            yield
            return
        self._held = []
        try:
            with self.store.write():
                yield
            held = self._held
        finally:
            self._held = None
        for change in held:
            self.changed.emit(change)

    @property
    def user(self) -> str:
        return self.store.user

    def create(self, record: SyncedRecord) -> SyncedRecord:
        saved = self.store.repos.for_entity(record.entity).create(record)
        self._announce(saved)
        return saved

    def update(self, entity: str, record_id: str, changes: Mapping[str, Any]) -> SyncedRecord:
        saved = self.store.repos.for_entity(entity).update(record_id, changes)
        self._announce(saved)
        return saved

    def delete(self, entity: str, record_id: str) -> None:
        repo = self.store.repos.for_entity(entity)
        record = repo.get(record_id)
        repo.delete(record_id)
        self._announce(record)

    def sign_note(self, note_id: str) -> CaseNote:
        signed = self.store.repos.notes.sign(note_id)
        self._announce(signed)
        return signed

    def add_addendum(self, note_id: str, text: str) -> Addendum:
        addendum = self.store.repos.notes.add_addendum(note_id, text)
        self._announce(addendum)
        return addendum

    def add_attachment(
        self, *, participant_id: str, file_name: str, media_type: str, data: bytes, description: str = ""
    ) -> Attachment:
        saved = self.store.repos.attachments.add(
            participant_id=participant_id,
            file_name=file_name,
            media_type=media_type,
            data=data,
            description=description,
        )
        self._announce(saved)
        return saved

    def resolve_conflict(self, conflict_id: str, *, choice: Choice, value: Any = None) -> SyncConflict:
        """Settle a sync conflict (see storage.conflicts): the field and the conflict change together."""
        resolved = resolve_conflict(self.store, conflict_id, choice=choice, value=value)
        self._announce(resolved)
        self.changed.emit(
            Change(
                entity=resolved.record_entity,
                record_id=resolved.record_id,
                participant_id=resolved.participant_id,
            )
        )
        return resolved

    def reapply_refused(self, change_id: str) -> None:
        """Make a change the server refused again, as a new edit here (see storage.refusals)."""
        reapply_refused(self.store, change_id)
        self.changed.emit(SYNCED)

    def announce_sync(self) -> None:
        """A sync brought records in (on its own connection): every screen re-reads what it shows."""
        self.changed.emit(SYNCED)

    def setting(self, key: str, default: Any = None) -> Any:
        return self.store.repos.settings.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.store.repos.settings.set(key, value)

    def _announce(self, record: SyncedRecord) -> None:
        participant_id = record.participant_id if isinstance(record, ParticipantRecord) else record.id
        change = Change(entity=record.entity, record_id=record.id, participant_id=participant_id)
        if self._held is not None:
            self._held.append(change)
        else:
            self.changed.emit(change)
