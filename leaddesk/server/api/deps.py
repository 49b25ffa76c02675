"""What route handlers are given: the settings, a database connection, and the calling device."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Connection, Engine

from leaddesk.server import attempts, devices
from leaddesk.server.db import transaction
from leaddesk.server.devices import Caller
from leaddesk.server.errors import AccountDisabled, DeviceRevoked, Unauthenticated
from leaddesk.server.settings import ServerSettings


def get_settings(request: Request) -> ServerSettings:
    settings: ServerSettings = request.app.state.settings
    return settings


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
EngineDep = Annotated[Engine, Depends(get_engine)]


async def connection_slot(request: Request) -> AsyncIterator[None]:
    """A turn to hold one of the pool's connections (engines.connection_slots), waited for on the event
    loop; given back after the connection is."""
    slots: asyncio.Semaphore | None = request.app.state.connection_slots
    if slots is None:
        yield
        return
    async with slots:
        yield


def get_conn(engine: EngineDep, _turn: Annotated[None, Depends(connection_slot)]) -> Iterator[Connection]:
    with engine.connect() as conn:
        yield conn


ConnDep = Annotated[Connection, Depends(get_conn)]


def client_address(request: Request) -> str:
    """Who is asking, for counting failed attempts: the peer's address (behind a proxy on this machine,
    the address the proxy forwarded for, as uvicorn reads X-Forwarded-For from 127.0.0.1)."""
    return request.client.host if request.client is not None else "unknown"


AddressDep = Annotated[str, Depends(client_address)]

_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="DeviceToken",
    description="The token an enrolment returned: `Authorization: Bearer <device id>.<secret>`.",
)
TokenDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def _caller(
    conn: Connection, credentials: HTTPAuthorizationCredentials | None, address: str, *, retired_ok: bool
) -> Caller:
    token = credentials.credentials if credentials is not None else None
    try:
        if token is None:
            raise Unauthenticated("This request needs a device token (Authorization: Bearer …).")
        with transaction(conn, write=False):
            caller = devices.authenticate(conn, token=token, allow_retired=retired_ok)
    except Unauthenticated:
        limited = attempts.failed_token(conn, token=token, address=address)
        if limited is not None:
            raise limited from None
        raise
    except (DeviceRevoked, AccountDisabled) as refused:
        attempts.refused_device(conn, token=token or "", address=address, why=refused.error)
        raise
    # At most one write, and none on most requests: the first one confirms the token, later ones move
    # last_seen now and then.
    if caller.confirms is not None:
        with transaction(conn, write=True):
            devices.confirm_token(conn, caller=caller)
    elif devices.due_for_touch(caller.device):
        with transaction(conn, write=True):
            devices.touch(conn, device_id=caller.device.id)
    return caller


def current_device(conn: ConnDep, credentials: TokenDep, address: AddressDep) -> Caller:
    """An enrolled device that has not been revoked."""
    return _caller(conn, credentials, address, retired_ok=False)


def pushing_device(conn: ConnDep, credentials: TokenDep, address: AddressDep) -> Caller:
    """An enrolled device, or a retired one sending what it still holds (DESIGN.md §4 point 7)."""
    return _caller(conn, credentials, address, retired_ok=True)


CurrentDevice = Annotated[Caller, Depends(current_device)]
PushingDevice = Annotated[Caller, Depends(pushing_device)]
