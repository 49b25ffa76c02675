"""Attachment bytes by content hash: upload for one participant (verified against the hash, within the
device's quota) and download (only of files belonging to a participant in the device's scope)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import utcnow
from leaddesk.server import attachments
from leaddesk.server.api.deps import ConnDep, CurrentDevice, PushingDevice, SettingsDep
from leaddesk.server.api.responses import errors
from leaddesk.server.db import transaction
from leaddesk.server.devices import FINAL_PUSH_DONE
from leaddesk.server.errors import DeviceRevoked
from leaddesk.sync.protocol import ErrorBody, Id

router = APIRouter(tags=["attachments"])

Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="lowercase hex SHA-256 of the bytes")]
ForParticipant = Annotated[
    Id,
    Query(
        description="the participant the file is attached to: one in this device's scope, or one the "
        "server does not hold yet (pushed right after the file)"
    ),
]
_BINARY = {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}


async def raw_body(request: Request) -> bytes:
    # Bounded and un-gzipped by BodyLimit before it gets here; the handler itself runs in a worker thread.
    return await request.body()


RawBody = Annotated[bytes, Depends(raw_body)]


@router.put(
    "/attachments/{sha256}",
    status_code=204,
    response_class=Response,
    responses={
        204: {"description": "Stored (or already there) for this participant"},
        **errors(401, 403, 404, 415),
        404: {"model": ErrorBody, "description": "The participant is not available to this device"},
        413: {
            "model": ErrorBody,
            "description": "The file is over the size limit, or would take the device past its storage "
            "quota (error quota_exceeded)",
        },
    },
    openapi_extra={"requestBody": {"required": True, "content": _BINARY}},
)
def upload(
    sha256: Sha256,
    participant_id: ForParticipant,
    content: RawBody,
    conn: ConnDep,
    caller: PushingDevice,
    settings: SettingsDep,
) -> Response:
    """Store a file's bytes under their SHA-256, for one participant; a repeat upload is accepted and
    changes nothing. An attachment record naming the file is accepted only on a participant it was
    uploaded for (or from the device that uploaded it). A retired device may still upload, as its final
    push may name attachments; once its final push is done, only a repeat (its final batch sent again
    after a lost answer uploads again first)."""
    with transaction(conn, write=True):
        if caller.device.final_push_done(now=utcnow()) and not attachments.has_blob(conn, sha256=sha256):
            raise DeviceRevoked(RevokeMode.RETIRED, message=FINAL_PUSH_DONE)
        attachments.store_upload(
            conn,
            caller=caller,
            sha256=sha256,
            participant_id=participant_id,
            content=content,
            quota=settings.device_quota_bytes,
        )
    return Response(status_code=204)


@router.get(
    "/attachments/{sha256}",
    response_class=Response,
    responses={200: {"description": "The file's bytes", "content": _BINARY}, **errors(401, 403, 404)},
)
def download(sha256: Sha256, conn: ConnDep, caller: CurrentDevice) -> Response:
    """A file's bytes, if a live attachment record in this device's scope names them and they were
    uploaded for that record's participant."""
    with transaction(conn, write=True):  # the download goes into the audit trail
        content = attachments.blob_for(conn, sha256=sha256, caller=caller)
    return Response(content, media_type="application/octet-stream")
