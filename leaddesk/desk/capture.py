"""Quick capture: a contact in the field and its note, saved in one step (one transaction: both
records, their outbox entries and audit events, and the end of the draft — or none of it), the
unsaved capture kept as an encrypted draft so a lock or a crash loses nothing, and the last few places
typed (a per-profile setting, offered as completions)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import NOTHING, Done
from leaddesk.desk.settings import SETTINGS
from leaddesk.domain import CaseNote, Contact
from leaddesk.domain.enums import ContactKind
from leaddesk.storage.errors import StorageError

DRAFT_KEY = "quick_capture"
DRAFTS = "draft"  # the Changes entity of a draft written or dropped
PLACES_KEY = "capture.recent_places"
RECENT_PLACES = 8
DEFAULT_MINUTES = 15


@dataclass(frozen=True)
class CaptureDraft:
    participant_id: str | None
    participant_text: str
    kind: ContactKind
    place: str
    minutes: int
    when: datetime | None
    note: str

    @property
    def worth_keeping(self) -> bool:
        return bool(self.note.strip() or self.place.strip())

    def body(self) -> dict[str, Any]:
        return {**asdict(self), "kind": self.kind.value, "when": self.when.isoformat() if self.when else None}

    @classmethod
    def from_body(cls, body: dict[str, Any]) -> CaptureDraft:
        """Whatever was kept, read defensively: a draft from an older version must not stop the dialog."""
        kind = body.get("kind")
        when = body.get("when")
        try:
            parsed_when = datetime.fromisoformat(when) if isinstance(when, str) else None
        except ValueError:
            parsed_when = None
        minutes = body.get("minutes")
        participant_id = body.get("participant_id")
        return cls(
            participant_id=participant_id if isinstance(participant_id, str) else None,
            participant_text=str(body.get("participant_text", "")),
            kind=ContactKind(kind) if kind in set(ContactKind) else ContactKind.STREET,
            place=str(body.get("place", "")),
            minutes=minutes if isinstance(minutes, int) else DEFAULT_MINUTES,
            when=parsed_when if parsed_when and parsed_when.tzinfo else None,
            note=str(body.get("note", "")),
        )


@dataclass(frozen=True)
class Captured:
    contact: Contact
    note: CaseNote


class Capture(UseCases):
    def save(
        self,
        *,
        participant_id: str,
        kind: ContactKind,
        occurred_at: datetime,
        minutes: int,
        place: str,
        text: str,
    ) -> Done[Captured]:
        """The contact and its note (the text as the note's Data) together, and the draft gone; a
        value the records refuse raises before anything is written."""
        contact = Contact(
            participant_id=participant_id, occurred_at=occurred_at, minutes=minutes, place=place, kind=kind
        )
        note = CaseNote(participant_id=participant_id, contact_id=contact.id, data=text)
        repos = self._store.repos

        def write() -> Captured:
            saved = Captured(repos.contacts.create(contact), repos.notes.create(note))
            repos.drafts.discard(DRAFT_KEY)
            return saved

        return self._write(write, also=(DRAFTS,))

    def draft(self) -> CaptureDraft | None:
        draft = self._store.repos.drafts.get(DRAFT_KEY)
        return CaptureDraft.from_body(draft.body) if draft is not None else None

    def keep_draft(self, draft: CaptureDraft) -> Done[None]:
        """Save the draft, or drop it when nothing worth keeping was typed."""
        drafts = self._store.repos.drafts
        if draft.worth_keeping:
            body = draft.body()
            return self._write(
                lambda: drafts.save(
                    DRAFT_KEY, kind="quick_capture", body=body, participant_id=draft.participant_id
                ),
                also=(DRAFTS,),
            )
        return self.discard_draft()

    def discard_draft(self) -> Done[None]:
        return self._write(lambda: self._store.repos.drafts.discard(DRAFT_KEY), also=(DRAFTS,))

    def recent_places(self) -> list[str]:
        stored = self._store.repos.settings.get(PLACES_KEY, [])
        return [p for p in stored if isinstance(p, str)] if isinstance(stored, list) else []

    def remember_place(self, place: str) -> Done[list[str]]:
        """Put `place` first in the recent places (once, whatever its case); the value is the new list.
        A convenience only: if it cannot be stored, the list is the one before."""
        places = self.recent_places()
        if not place:
            return Done(places, NOTHING)
        places = [place, *(p for p in places if p.casefold() != place.casefold())][:RECENT_PLACES]

        def write() -> list[str]:
            self._store.repos.settings.set(PLACES_KEY, places)
            return places

        with suppress(StorageError, ValueError):
            return self._write(write, also=(SETTINGS,))
        return Done(self.recent_places(), NOTHING)
