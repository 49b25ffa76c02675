"""Attachment files as a device sends them in the server tests: an upload for a participant, and the
record that names it."""

from __future__ import annotations

import hashlib

import httpx

from leaddesk.domain import Attachment, Participant


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def upload(device, content: bytes, *, pid: str | None) -> httpx.Response:
    """PUT the bytes for participant `pid` (None: without naming one, as an old client would)."""
    params = {} if pid is None else {"participant_id": pid}
    return device.http.put(f"/v1/attachments/{sha(content)}", content=content, params=params)


def attachment(person: Participant, content: bytes, *, name: str = "consent.pdf") -> Attachment:
    return Attachment(
        participant_id=person.id,
        file_name=name,
        media_type="application/pdf",
        size=len(content),
        sha256=sha(content),
    )
