"""Case notes: the timeline, saving, signing and addenda (a signed note is final; a correction is an
addendum)."""

from __future__ import annotations

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.domain import Addendum, CaseNote


class Notes(UseCases):
    def sign(self, note_id: str) -> Done[CaseNote]:
        return self._write(lambda: self._store.repos.notes.sign(note_id))

    def add_addendum(self, note_id: str, text: str) -> Done[Addendum]:
        return self._write(lambda: self._store.repos.notes.add_addendum(note_id, text))
