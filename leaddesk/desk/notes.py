"""Case notes: the timeline a page at a time, saving, signing and addenda (a signed note is final; a
correction is an addendum), and drafts — unsaved text kept encrypted on this laptop only, never synced."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.domain import Addendum, CaseNote, Contact
from leaddesk.storage.errors import RecordNotFound
from leaddesk.storage.repositories.drafts import Draft
from leaddesk.storage.store import Store

__all__ = ["DRAFT", "Draft", "Notes", "Timeline", "TimelineNote"]

DRAFT = "draft"  # the Changes entity of a draft written or discarded (local-only, no record)


@dataclass(frozen=True)
class TimelineNote:
    """A note as the timeline lists it, with how many addenda it has."""

    note: CaseNote
    addenda: int = 0

    @property
    def id(self) -> str:
        return self.note.id


class Timeline:
    """A participant's notes, newest first, a page at a time (the paged notes model's source). Each page
    is one indexed query plus one for its addenda: quick enough for the GUI thread."""

    def __init__(self, store: Store, participant_id: str) -> None:
        self._store = store
        self.participant_id = participant_id

    def count(self) -> int:
        return self._store.repos.notes.count(participant_id=self.participant_id)

    def page(self, *, offset: int, limit: int) -> list[TimelineNote]:
        notes = self._store.repos.notes.timeline(self.participant_id, limit=limit, offset=offset)
        return with_addenda(self._store, notes)


def with_addenda(store: Store, notes: list[CaseNote]) -> list[TimelineNote]:
    """`notes` with their addenda counts, in one query (only signed notes can have addenda)."""
    signed = [n.id for n in notes if n.is_signed]
    counts: Counter[str] = Counter()
    if signed:
        counts.update(a.note_id for a in store.repos.addenda.find(where={"note_id": signed}))
    return [TimelineNote(n, counts[n.id]) for n in notes]


class Notes(UseCases):
    # -- reading -----------------------------------------------------------------------------------

    def timeline(self, participant_id: str) -> Timeline:
        return Timeline(self._store, participant_id)

    def count(self, participant_id: str) -> int:
        return self._store.repos.notes.count(participant_id=participant_id)

    def count_for_contact(self, contact_id: str) -> int:
        """How many notes are linked to a contact (deleting it would leave them unlinked)."""
        return self._store.repos.notes.count(where={"contact_id": contact_id})

    def get(self, note_id: str) -> CaseNote:
        note: CaseNote = self._store.repos.notes.get(note_id)
        return note

    def addenda(self, note_id: str) -> list[Addendum]:
        return self._store.repos.notes.addenda.for_note(note_id)

    def contacts_to_link(
        self, participant_id: str, *, limit: int, linked: str | None = None
    ) -> list[Contact]:
        """The participant's latest contacts, newest first, for linking a note to one; the contact the
        note is already linked to is added when it is older than those."""
        repo = self._store.repos.contacts
        contacts: list[Contact] = repo.find(
            participant_id=participant_id, order_by=("occurred_at",), descending=True, limit=limit
        )
        if linked and all(c.id != linked for c in contacts):
            with contextlib.suppress(RecordNotFound):
                contacts.append(repo.get(linked))
        return contacts

    # -- writing -----------------------------------------------------------------------------------

    def create(self, participant_id: str, values: Mapping[str, Any]) -> Done[CaseNote]:
        """A new, unsigned note (ValidationError or DomainError if `values` break a rule)."""
        return self._write(
            lambda: self._store.repos.notes.create(CaseNote(participant_id=participant_id, **values))
        )

    def update(self, note_id: str, values: Mapping[str, Any]) -> Done[CaseNote]:
        """Change an unsigned note (a signed one is refused: corrections are addenda)."""
        return self._write(lambda: self._store.repos.notes.update(note_id, values))

    def sign(self, note_id: str) -> Done[CaseNote]:
        return self._write(lambda: self._store.repos.notes.sign(note_id))

    def add_addendum(self, note_id: str, text: str) -> Done[Addendum]:
        return self._write(lambda: self._store.repos.notes.add_addendum(note_id, text))

    # -- drafts ------------------------------------------------------------------------------------

    def draft(self, key: str) -> Draft | None:
        return self._store.repos.drafts.get(key)

    def drafts_of(self, participant_id: str) -> list[Draft]:
        """The participant's note drafts, newest first."""
        return [
            d
            for d in self._store.repos.drafts.all()
            if d.kind == "note" and d.participant_id == participant_id
        ]

    def save_draft(self, key: str, *, participant_id: str, body: Mapping[str, Any]) -> Done[None]:
        """Keep unsaved text (ValueError past the draft size limit)."""
        return self._write(
            lambda: self._store.repos.drafts.save(
                key, kind="note", body=dict(body), participant_id=participant_id
            ),
            also=(DRAFT,),
        )

    def discard_draft(self, key: str) -> Done[None]:
        return self._write(lambda: self._store.repos.drafts.discard(key), also=(DRAFT,))
