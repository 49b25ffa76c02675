"""Attachments and the audit trail."""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from leaddesk.domain.base import (
    DomainModel,
    ParticipantRecord,
    RecordId,
    RequiredShortText,
    ShortText,
    UtcDateTime,
)
from leaddesk.domain.enums import AuditAction
from leaddesk.domain.ids import new_id, utcnow

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


class Attachment(ParticipantRecord):
    """A file's description; its bytes are kept encrypted apart and synced by their SHA-256."""

    entity: ClassVar[str] = "attachment"
    immutable_fields: ClassVar[frozenset[str]] = ParticipantRecord.immutable_fields | {
        "sha256",
        "size",
        "media_type",
    }

    file_name: RequiredShortText
    media_type: str = Field(pattern=r"^[\w.+-]+/[\w.+-]+$", max_length=100)
    size: int = Field(ge=0, le=MAX_ATTACHMENT_BYTES)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    description: ShortText = ""


class AuditEvent(DomainModel):
    """Append-only: who did what to which record, from which device, and when."""

    id: RecordId = Field(default_factory=new_id)
    at: UtcDateTime = Field(default_factory=utcnow)
    user: ShortText
    device: ShortText
    action: AuditAction
    entity: ShortText = ""
    entity_id: str = ""
    participant_id: str = ""
    detail: ShortText = ""
