"""Enrolment: a one-time code from an admin, traded for this device's token."""

from __future__ import annotations

from fastapi import APIRouter

from leaddesk.domain.ids import utcnow
from leaddesk.server import attempts, enrolment
from leaddesk.server.api.deps import AddressDep, ConnDep
from leaddesk.server.api.responses import errors
from leaddesk.sync.protocol import EnrollRequest, EnrollResponse

router = APIRouter(tags=["devices"])


@router.post("/enroll", responses=errors(403, 413, 415, 429))
def enroll(body: EnrollRequest, conn: ConnDep, address: AddressDep) -> EnrollResponse:
    """Trade a one-time enrolment code for a device token (shown once; the server keeps only its hash).
    Failed attempts are counted per address and per code; past a limit the answer is 429 for a while."""
    answer = attempts.guarded_enrolment(
        conn,
        code_key=enrolment.code_hash(body.code),
        address=address,
        enrol=lambda: enrolment.enroll(
            conn,
            code=body.code,
            device_name=body.device_name,
            app_version=body.app_version,
            clock_id=body.clock_id,
        ),
    )
    return EnrollResponse(
        device_id=answer.device_id,
        device_token=answer.token,
        user=answer.user.info(),
        server_time=utcnow(),
    )
