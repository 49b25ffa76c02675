"""Attachments: the description syncs as a record, the bytes live once per SHA-256 inside the database."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from leaddesk.domain import Attachment
from leaddesk.domain.enums import AuditAction
from leaddesk.domain.records import MAX_ATTACHMENT_BYTES
from leaddesk.storage.errors import RecordNotFound
from leaddesk.storage.repositories.records import RecordRepository

if TYPE_CHECKING:
    from leaddesk.storage.store import Store


class AttachmentRepository(RecordRepository[Attachment]):
    def __init__(self, store: Store) -> None:
        super().__init__(store, Attachment)

    def add(
        self,
        *,
        participant_id: str,
        file_name: str,
        media_type: str,
        data: bytes,
        description: str = "",
    ) -> Attachment:
        if len(data) > MAX_ATTACHMENT_BYTES:
            raise ValueError(f"data: an attachment is limited to {MAX_ATTACHMENT_BYTES // (1024 * 1024)} MB")
        digest = hashlib.sha256(data).hexdigest()
        record = Attachment(
            participant_id=participant_id,
            file_name=file_name,
            media_type=media_type,
            size=len(data),
            sha256=digest,
            description=description,
        )
        with self._store.write() as conn:
            conn.execute("INSERT OR IGNORE INTO attachment_blob (sha256, data) VALUES (?, ?)", (digest, data))
            return self.create(record)

    def has_bytes(self, sha256: str) -> bool:
        row = self._store.conn.execute("SELECT 1 FROM attachment_blob WHERE sha256 = ?", (sha256,)).fetchone()
        return row is not None

    def read_bytes(self, attachment_id: str) -> bytes:
        """The file's bytes, for viewing inside the app."""
        attachment = self.get(attachment_id)
        row = self._store.conn.execute(
            "SELECT data FROM attachment_blob WHERE sha256 = ?", (attachment.sha256,)
        ).fetchone()
        if row is None:
            raise RecordNotFound("attachment file", attachment.sha256)
        return bytes(row[0])

    def export_bytes(self, attachment_id: str) -> bytes:
        """The bytes for saving a copy outside the app: an audited export."""
        data = self.read_bytes(attachment_id)
        attachment = self.get(attachment_id)
        self._store.audit_event(
            AuditAction.EXPORT,
            entity="attachment",
            entity_id=attachment_id,
            participant_id=attachment.participant_id,
        )
        return data
