"""The program's settings and staff roster, read-only for laptops: one small answer when unchanged.

A route of its own rather than records in the pull: settings and roster are not participant records,
have no sequence number and no team, and change by admin commands (a user joining a team changes the
roster without any record changing). A laptop asks once per sync with the version it holds as
If-None-Match and gets 304 with no body while nothing changed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Response

from leaddesk.server.api.deps import ConnDep, CurrentDevice
from leaddesk.server.api.responses import errors
from leaddesk.server.db import transaction
from leaddesk.server.roster import program_for
from leaddesk.sync.protocol import ProgramResponse

router = APIRouter(tags=["program"])


@router.get(
    "/program",
    response_model=ProgramResponse,
    responses={**errors(401, 403), 304: {"description": "unchanged since the version the laptop holds"}},
)
def program(
    conn: ConnDep,
    caller: CurrentDevice,
    if_none_match: Annotated[str | None, Header(max_length=200)] = None,
) -> Response:
    """The program's settings and the staff the device's user works with (see server/roster.py)."""
    with transaction(conn, write=False):
        answer = program_for(conn, viewer=caller.user)
    etag = f'"{answer.version}"'
    if if_none_match is not None and etag in (t.strip() for t in if_none_match.split(",")):
        return Response(status_code=304, headers={"ETag": etag})
    return Response(answer.model_dump_json(), media_type="application/json", headers={"ETag": etag})
