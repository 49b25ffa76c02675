"""What quick capture keeps between sessions: the unsaved capture (an encrypted draft, so a lock or a
crash loses nothing) and the last few places typed (a per-profile setting, offered as completions)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from leaddesk.domain.enums import ContactKind
from leaddesk.storage.errors import StorageError
from leaddesk.ui.session import Session

DRAFT_KEY = "quick_capture"
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


def load_draft(session: Session) -> CaptureDraft | None:
    draft = session.store.repos.drafts.get(DRAFT_KEY)
    return CaptureDraft.from_body(draft.body) if draft is not None else None


def keep_draft(session: Session, draft: CaptureDraft) -> None:
    """Save the draft, or drop it when nothing worth keeping was typed."""
    if draft.worth_keeping:
        session.store.repos.drafts.save(
            DRAFT_KEY, kind="quick_capture", body=draft.body(), participant_id=draft.participant_id
        )
    else:
        session.store.repos.drafts.discard(DRAFT_KEY)


def recent_places(session: Session) -> list[str]:
    stored = session.setting(PLACES_KEY, [])
    return [p for p in stored if isinstance(p, str)] if isinstance(stored, list) else []


def remember_place(session: Session, place: str) -> list[str]:
    """Put `place` first in the recent places (once, whatever its case); returns the new list."""
    places = recent_places(session)
    if not place:
        return places
    places = [place, *(p for p in places if p.casefold() != place.casefold())][:RECENT_PLACES]
    with suppress(StorageError, ValueError):  # a convenience only; the capture itself is saved
        session.set_setting(PLACES_KEY, places)
    return places
