"""Attachments and the audit trail."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from leaddesk.domain.base import (
    DomainModel,
    ParticipantRecord,
    RecordId,
    RequiredShortText,
    ShortText,
    UtcDateTime,
)
from leaddesk.domain.enums import AuditAction, ConflictKind
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


class SyncConflict(ParticipantRecord):
    """Two people changed the same field concurrently: the winner is in force, the other value is kept
    here, side by side, until someone resolves it. Conflicts sync to the team like any record.

    A "rule" conflict is a whole change set aside because, merged with a concurrent one, it would have
    broken a rule across fields (`reason` says which): `field` is empty and both values are dicts of the
    fields the change touched, the record's as they stand and the set-aside change's."""

    entity: ClassVar[str] = "conflict"
    immutable_fields: ClassVar[frozenset[str]] = ParticipantRecord.immutable_fields | {
        "record_entity",
        "record_id",
        "field",
        "kept_value",
        "kept_stamp",
        "kept_by",
        "other_value",
        "other_stamp",
        "other_by",
        "detected_at",
        "kind",
        "reason",
        "other_author",
    }

    record_entity: ShortText
    record_id: RecordId
    field: ShortText
    kept_value: Any = None
    kept_stamp: ShortText
    kept_by: ShortText = ""
    other_value: Any = None
    other_stamp: ShortText
    other_by: ShortText = ""
    detected_at: UtcDateTime
    resolved_at: UtcDateTime | None = None
    resolved_by: ShortText = ""
    resolution: ShortText = ""  # "kept", "theirs", "edited", "addendum"
    kind: ConflictKind = ConflictKind.FIELD
    reason: ShortText = ""
    other_author: ShortText = ""  # the username of whoever wrote the set-aside value

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None
