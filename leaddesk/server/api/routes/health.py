"""Liveness for a load balancer or the desktop app: the server answers and reaches its database."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError

from leaddesk import __version__
from leaddesk.server.api.deps import ConnDep
from leaddesk.server.api.responses import errors
from leaddesk.server.db import transaction
from leaddesk.server.errors import Unavailable
from leaddesk.server.sequence import latest_seq
from leaddesk.sync.protocol import PROTOCOL_VERSION

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    protocol_version: int
    server_version: str


@router.get("/health", responses=errors(503))
def health(conn: ConnDep) -> Health:
    """Says nothing about the data; answers only once the database does."""
    try:
        with transaction(conn, write=False):
            latest_seq(conn)
    except SQLAlchemyError:
        raise Unavailable("The server cannot reach its database.") from None
    return Health(status="ok", protocol_version=PROTOCOL_VERSION, server_version=__version__)
