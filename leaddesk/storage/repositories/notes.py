"""Case notes and their addenda: a signed note is immutable, a correction is a new addendum row."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.domain import Addendum, CaseNote
from leaddesk.domain.enums import AuditAction
from leaddesk.domain.errors import DomainError
from leaddesk.domain.ids import utcnow
from leaddesk.domain.notes import ensure_editable, new_addendum, sign_note
from leaddesk.storage.repositories.records import ImmutableField, RecordRepository

if TYPE_CHECKING:
    from leaddesk.storage.store import Store


class AddendumRepository(RecordRepository[Addendum]):
    default_order = ("signed_at",)

    def __init__(self, store: Store) -> None:
        super().__init__(store, Addendum)

    def check_create(self, record: Addendum) -> None:
        note = self._store.repos.notes.get(record.note_id)
        if not note.is_signed or note.participant_id != record.participant_id:
            raise DomainError("An addendum belongs to a signed note of the same participant.")

    def check_update(self, current: Addendum, updated: Addendum) -> None:
        raise ImmutableField("addendum", "text")

    def check_delete(self, current: Addendum) -> None:
        raise DomainError("An addendum is part of the signed record and cannot be deleted.")

    def for_note(self, note_id: str) -> list[Addendum]:
        return self.find(where={"note_id": note_id})


class NoteRepository(RecordRepository[CaseNote]):
    def __init__(self, store: Store, addenda: AddendumRepository) -> None:
        super().__init__(store, CaseNote)
        self.addenda = addenda

    def check_create(self, record: CaseNote) -> None:
        if record.is_signed:
            raise DomainError("A note is saved first and then signed.")

    def check_update(self, current: CaseNote, updated: CaseNote) -> None:
        ensure_editable(current)
        if updated.is_signed:
            raise DomainError("Sign a note with sign(), which records who signed it.")

    def check_delete(self, current: CaseNote) -> None:
        ensure_editable(current)

    def sign(self, note_id: str) -> CaseNote:
        """Sign as the profile's user; from then on the note is immutable."""
        with self._store.write() as conn:
            signed = sign_note(self.get(note_id), by=self._store.user, at=utcnow())
            # The signed text goes with the signature, edited from the stamps seen here: the server can
            # then tell an edit this laptop never saw from one it signed, and keep what was signed.
            fields = ["signed_by", "signed_at", "updated_at", *sorted(CaseNote.signed_fields)]
            self._write_fields(conn, signed, fields, op="update", action=AuditAction.SIGN)
        return signed

    def add_addendum(self, note_id: str, text: str) -> Addendum:
        with self._store.write():
            addendum = new_addendum(self.get(note_id), text=text, by=self._store.user, at=utcnow())
            return self.addenda.create(addendum)

    def timeline(self, participant_id: str, *, limit: int | None = None, offset: int = 0) -> list[CaseNote]:
        """A participant's notes, newest first."""
        return self.find(
            participant_id=participant_id,
            order_by=("created_at",),
            descending=True,
            limit=limit,
            offset=offset,
        )
