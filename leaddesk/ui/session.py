"""The unlocked profile as the screens see it: its desk, one-line mutations, the runner for what may take
a while, and a signal after each change so every screen can decide for itself whether to redraw (the way
Anki's operations work)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from leaddesk.desk import EVERYTHING, Changes, Desk, Done
from leaddesk.desk.conflicts import Choice
from leaddesk.domain import Addendum, SyncConflict, SyncedRecord
from leaddesk.ui.runner import Runner

T = TypeVar("T")


class Session(QObject):
    """One unlocked profile for the screens: its desk on the GUI thread (quick reads and writes), the
    runner for slow ones, and `changed`, emitted with a write's Changes once it has committed."""

    changed = Signal(object)  # Changes

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.runner = Runner(desk.sibling_opener(), on_changes=self.announce, parent=self)

    def apply(self, done: Done[T]) -> T:
        """A write's value, after telling every screen what it changed."""
        self.announce(done.changes)
        return done.value

    def announce(self, changes: Changes) -> None:
        if not changes.is_empty:
            self.changed.emit(changes)

    def close(self) -> None:
        """Lock: finish what runs, close every connection (the workers' on their threads), drop the key."""
        self.runner.stop()
        self.desk.close()

    @property
    def user(self) -> str:
        return self.desk.user

    def create(self, record: SyncedRecord) -> SyncedRecord:
        return self.apply(self.desk.records.create(record))

    def update(self, entity: str, record_id: str, changes: Mapping[str, Any]) -> SyncedRecord:
        return self.apply(self.desk.records.update(entity, record_id, changes))

    def delete(self, entity: str, record_id: str) -> None:
        self.apply(self.desk.records.delete(entity, record_id))

    def add_addendum(self, note_id: str, text: str) -> Addendum:
        return self.apply(self.desk.notes.add_addendum(note_id, text))

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
