"""Attachments in: a file's bytes kept encrypted beside its record, and read back for viewing inside the
app. A copy saved out of the app is a disclosure and goes through the gate (desk/disclosure.py
`save_attachment_copy`). A file may be 50 MiB: screens call these through the runner (ui/runner.py),
never on the GUI thread."""

from __future__ import annotations

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
