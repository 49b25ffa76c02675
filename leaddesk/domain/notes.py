"""DAP case notes, signing and addenda: narrative text is never overwritten once signed."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar, Self

from pydantic import model_validator

from leaddesk.domain.base import (
    LongText,
    ParticipantRecord,
    RecordId,
    RequiredShortText,
    ShortText,
    UtcDateTime,
)
from leaddesk.domain.errors import DomainError, NoteSigned


class CaseNote(ParticipantRecord):
    """A DAP note: Data (what was seen and said), Assessment (what it means), Plan (what happens next)."""

    entity: ClassVar[str] = "note"
    # A signature (who, when) and the content it covers are one fact: this person signed this text then.
    signature: ClassVar[tuple[str, ...]] = ("signed_at", "signed_by")
    # What a signature covers: the note as signed, which no edit, here or from another laptop, changes.
    signed_fields: ClassVar[frozenset[str]] = frozenset(
        {"contact_id", "data", "assessment", "plan", "sensitive_sud", "deleted"}
    )

    contact_id: RecordId | None = None
    data: LongText = ""
    assessment: LongText = ""
    plan: LongText = ""
    sensitive_sud: bool = False  # 42 CFR Part 2 information: disclosed only under a valid consent
    signed_by: ShortText = ""
    signed_at: UtcDateTime | None = None

    @model_validator(mode="after")
    def _signature_whole(self) -> Self:
        if bool(self.signed_by) != (self.signed_at is not None):
            raise ValueError("signed_by: a signature needs both who signed and when")
        return self

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def is_empty(self) -> bool:
        return not (self.data.strip() or self.assessment.strip() or self.plan.strip())

    @property
    def text(self) -> str:
        return "\n\n".join(part for part in (self.data, self.assessment, self.plan) if part)


class Addendum(ParticipantRecord):
    """A correction or addition to a signed note, itself signed by whoever wrote it."""

    entity: ClassVar[str] = "addendum"
    immutable_fields: ClassVar[frozenset[str]] = ParticipantRecord.immutable_fields | {
        "note_id",
        "text",
        "signed_by",
        "signed_at",
    }

    note_id: RecordId
    text: LongText
    signed_by: RequiredShortText
    signed_at: UtcDateTime

    @model_validator(mode="after")
    def _has_text(self) -> Self:
        if not self.text.strip():
            raise ValueError("text: an addendum needs text")
        return self


def ensure_editable(note: CaseNote) -> None:
    if note.is_signed:
        raise NoteSigned(note.id)


def sign_note(note: CaseNote, *, by: str, at: datetime) -> CaseNote:
    """The signed copy of a note; signing an empty or already signed note is refused."""
    ensure_editable(note)
    if note.is_empty:
        raise DomainError("An empty note cannot be signed.")
    if not by.strip():
        raise DomainError("A note is signed by a named person.")
    return note.with_changes(signed_by=by.strip(), signed_at=at, updated_at=at)


def new_addendum(note: CaseNote, *, text: str, by: str, at: datetime) -> Addendum:
    """An addendum to a signed note; an unsigned note is simply edited instead."""
    if not note.is_signed:
        raise DomainError("Only a signed note takes an addendum; edit the unsigned note instead.")
    if note.deleted:
        raise DomainError("A deleted note takes no addendum.")
    return Addendum(
        participant_id=note.participant_id,
        note_id=note.id,
        text=text,
        signed_by=by,
        signed_at=at,
        created_by=by,
        created_at=at,
        updated_at=at,
    )
