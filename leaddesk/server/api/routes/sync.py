"""Push, pull, the audit trail, heartbeat and the quick check for waiting changes: the sync loop of an
enrolled device."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Query, Response

from leaddesk.domain.ids import utcnow
from leaddesk.server import device_audit, devices
from leaddesk.server.api.compression import json_response
from leaddesk.server.api.deps import ConnDep, CurrentDevice, PushingDevice
from leaddesk.server.api.responses import errors
from leaddesk.server.audit import record_event
from leaddesk.server.db import transaction
from leaddesk.server.errors import ServerBehind
from leaddesk.server.pull import pull
from leaddesk.server.push import push
from leaddesk.server.sequence import latest_seq
from leaddesk.server.waiting import anything_after
from leaddesk.sync.protocol import (
    MAX_PAGE,
    PAGE_HEADER,
    AuditUpload,
    AuditUploadResponse,
    Heartbeat,
    HeartbeatResponse,
    PageHead,
    PullResponse,
    PushRequest,
    PushResponse,
    WaitingResponse,
)

router = APIRouter(tags=["sync"])

MAX_SEQ = 2**63 - 1  # seqs are 64-bit in the database


@router.post("/push", responses=errors(401, 403, 409, 413, 415))
def push_changes(body: PushRequest, conn: ConnDep, caller: PushingDevice) -> PushResponse:
    """Merge a batch of outbox changes; each is applied, applied with a conflict kept, or rejected with a
    reason. Sending the same batch_id again replays the first answer and changes nothing."""
    return push(conn, caller=caller, request=body)


@router.post("/audit", responses=errors(401, 403, 413, 415))
def upload_audit(body: AuditUpload, conn: ConnDep, caller: PushingDevice) -> AuditUploadResponse:
    """Add the device's next audit events to its chain on the server, verified as they are stored: the
    first that does not continue the chain is refused and reported (see device_audit.py). Events the
    server holds already are taken as duplicates; `held_through` says how far it holds the chain."""
    return device_audit.receive(conn, caller=caller, events=body.events)


@router.get("/pull", response_model=PullResponse, responses=errors(401, 403, 409))
def pull_changes(
    conn: ConnDep,
    caller: CurrentDevice,
    cursor: Annotated[int, Query(ge=0, le=MAX_SEQ, description="the cursor of the last page applied")] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="most records and removals")] = MAX_PAGE,
    shared_stamps: Annotated[
        bool, Query(description="send each record's most common field stamp once, as `stamp`")
    ] = False,
    accept_encoding: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    """The records in this device's scope changed after `cursor`, and participants that left the scope.
    Asking from `cursor` says the device has applied everything up to it (see scope_history.py)."""
    if not caller.device.knows(cursor):
        raise _behind(cursor, caller.device.served_through)
    # Already JSON (see pull.py); the schema is still PullResponse's, as response_model says.
    page = pull(
        conn,
        scope=caller.user.scope,
        user_id=caller.user.id,
        cursor=cursor,
        limit=limit,
        shared_stamps=shared_stamps,
    )
    if page.cursor < cursor:  # beyond the latest seq: a device from before served_through says so too
        raise _behind(cursor, page.cursor)
    moves = caller.device.pull_moves(cursor=cursor, served=page.cursor)
    if moves or page.participants:
        with transaction(conn, write=True):
            if moves:  # committed before the page goes out, as the device may keep its cursor at once
                devices.note_pulled(conn, row=caller.device, cursor=cursor, served=page.cursor)
            if page.participants:
                # What left the office for which laptop: one event per page, never one per record. A
                # page that sends nothing (most syncs) writes nothing.
                record_event(
                    conn,
                    actor=caller.user.username,
                    action="pull",
                    device=caller.device.id,
                    detail=f"records={page.records} cursor={page.cursor} "
                    f"participants={','.join(page.participants)}",
                )
    head = PageHead(page.cursor, page.has_more, page.removals)
    return json_response(page.body, accept_encoding=accept_encoding, headers={PAGE_HEADER: head.encode()})


def _behind(cursor: int, reach: int | None) -> ServerBehind:
    return ServerBehind(
        f"This laptop has synced up to {cursor}, further than this server's records reach ({reach}): the "
        "server's database is older than the laptop's last sync, restored from a backup perhaps. Pull "
        "from 0 to fetch everything again."
    )


@router.get("/waiting", responses=errors(401, 403))
def waiting(
    conn: ConnDep,
    caller: CurrentDevice,
    cursor: Annotated[int, Query(ge=0, le=MAX_SEQ, description="the cursor of the last page applied")] = 0,
) -> WaitingResponse:
    """Whether a pull from `cursor` would bring this device anything (a record in its scope changed
    after it, or a participant that left its scope): the quick check a laptop makes every few seconds
    while online, to sync at once when there is something (see waiting.py). Reads only."""
    if not caller.device.knows(cursor):  # the pull it brings on says why (ServerBehind)
        return WaitingResponse(waiting=True)
    return WaitingResponse(
        waiting=anything_after(conn, scope=caller.user.scope, user_id=caller.user.id, cursor=cursor)
    )


@router.post("/heartbeat", responses=errors(401, 403, 413, 415))
def heartbeat(body: Heartbeat, conn: ConnDep, caller: CurrentDevice) -> HeartbeatResponse:
    """Report unsent changes and app version (for `device list`); learn the newest seq."""
    with transaction(conn, write=True):
        latest = latest_seq(conn)  # the device may pull from it: kept as handed to it (served_through)
        devices.report_state(
            conn, device_id=caller.device.id, pending=body.pending, app_version=body.app_version, told=latest
        )
    return HeartbeatResponse(server_time=utcnow(), user=caller.user.info(), latest_seq=latest)
