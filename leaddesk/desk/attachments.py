"""Attachments in and out: a file's bytes kept encrypted beside its record, read back for viewing inside
the app, and copies saved out (an audited export). A file may be 50 MiB: screens call these through the
runner (ui/runner.py), never on the GUI thread."""

from __future__ import annotations

import os
from pathlib import Path

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.domain import Attachment


class Attachments(UseCases):
    def add(
        self, *, participant_id: str, file_name: str, media_type: str, data: bytes, description: str = ""
    ) -> Done[Attachment]:
        """Keep `data` as a new attachment (ValueError past the size limit, nothing written)."""
        return self._write(
            lambda: self._store.repos.attachments.add(
                participant_id=participant_id,
                file_name=file_name,
                media_type=media_type,
                data=data,
                description=description,
            )
        )

    def of(self, participant_id: str) -> list[Attachment]:
        """The participant's attachments, newest first."""
        found: list[Attachment] = self._store.repos.attachments.find(
            participant_id=participant_id, order_by=("created_at",), descending=True
        )
        return found

    def read(self, attachment_id: str) -> bytes:
        """The file's bytes for viewing inside the app (not an export: nothing leaves the database)."""
        return self._store.repos.attachments.read_bytes(attachment_id)

    def export(self, attachment_id: str, path: Path) -> Path:
        """Save a copy of the file at `path`, readable by the user only: an audited export (recorded as
        soon as the bytes leave the database, so even a copy that fails half-way is accounted for).
        OSError if the file cannot be written."""
        data = self._store.repos.attachments.export_bytes(attachment_id)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        return path
