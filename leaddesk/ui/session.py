"""The unlocked profile as the screens see it: its desk, one-line mutations, the runner for what may take
a while, and a signal after each change so every screen can decide for itself whether to redraw (the way
Anki's operations work)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from leaddesk.desk import EVERYTHING, Changes, Desk, Done
from leaddesk.domain import Addendum, Attachment, CaseNote, SyncConflict, SyncedRecord
from leaddesk.storage.conflicts import Choice
from leaddesk.storage.store import Store
from leaddesk.ui.runner import Runner

# What screens hear after a write: the records it changed (desk/changes.py). Kept under the old name for
# the screens that import it.
Change = Changes
SYNCED = EVERYTHING
T = TypeVar("T")


class Session(QObject):
    """One unlocked profile for the screens: its desk on the GUI thread (quick reads and writes), the
    runner for slow ones, and `changed`, emitted with a write's Changes once it has committed."""

    changed = Signal(object)  # Changes

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = Runner(desk.sibling_opener(), on_changes=self.announce, parent=self)
        self._held: list[Changes] | None = None

    @property
    def store(self) -> Store:
        """The store itself, for the screens not yet reading through the desk."""
        return self.desk._store

    def apply(self, done: Done[T]) -> T:
        """A write's value, after telling every screen what it changed."""
        self.announce(done.changes)
        return done.value

    def announce(self, changes: Changes) -> None:
        if changes.is_empty:
            return
        if self._held is not None:
            self._held.append(changes)
        else:
            self.changed.emit(changes)

    def close(self) -> None:
        """Lock: finish what runs, close every connection (the workers' on their threads), drop the key."""
        self.runner.stop()
        self.desk.close()

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
        return self.apply(self.desk.records.create(record))

    def update(self, entity: str, record_id: str, changes: Mapping[str, Any]) -> SyncedRecord:
        return self.apply(self.desk.records.update(entity, record_id, changes))

    def delete(self, entity: str, record_id: str) -> None:
        self.apply(self.desk.records.delete(entity, record_id))

    def sign_note(self, note_id: str) -> CaseNote:
        return self.apply(self.desk.notes.sign(note_id))

    def add_addendum(self, note_id: str, text: str) -> Addendum:
        return self.apply(self.desk.notes.add_addendum(note_id, text))

    def add_attachment(
        self, *, participant_id: str, file_name: str, media_type: str, data: bytes, description: str = ""
    ) -> Attachment:
        return self.apply(
            self.desk.attachments.add(
                participant_id=participant_id,
                file_name=file_name,
                media_type=media_type,
                data=data,
                description=description,
            )
        )

    def resolve_conflict(self, conflict_id: str, *, choice: Choice, value: Any = None) -> SyncConflict:
        """Settle a sync conflict: the field and the conflict change together."""
        return self.apply(self.desk.conflicts.resolve(conflict_id, choice=choice, value=value))

    def reapply_refused(self, change_id: str) -> None:
        """Make a change the server refused again, as a new edit here."""
        self.apply(self.desk.syncing.reapply_refused(change_id))

    def announce_sync(self) -> None:
        """A sync brought records in (on its own connection): every screen re-reads what it shows."""
        self.announce(EVERYTHING)

    def setting(self, key: str, default: Any = None) -> Any:
        return self.desk.settings.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.apply(self.desk.settings.set(key, value))
