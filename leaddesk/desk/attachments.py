"""Attachments in and out: a file's bytes kept encrypted beside its record, and copies saved out."""

from __future__ import annotations

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.domain import Attachment


class Attachments(UseCases):
    def add(
        self, *, participant_id: str, file_name: str, media_type: str, data: bytes, description: str = ""
    ) -> Done[Attachment]:
        return self._write(
            lambda: self._store.repos.attachments.add(
                participant_id=participant_id,
                file_name=file_name,
                media_type=media_type,
                data=data,
                description=description,
            )
        )
