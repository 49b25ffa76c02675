"""Who is signed in to the referral page: the session cookie resolved to an officer on every request
(an expired session, or a disabled officer's, is out at once), and what signing in does (a new session
whatever cookie the browser came with, audited, the cookie set)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.engine import Connection
from starlette.responses import Response

from leaddesk.server import officer_sessions, officers
from leaddesk.server.api.deps import ConnDep, SettingsDep
from leaddesk.server.audit import record_event
from leaddesk.server.db import transaction
from leaddesk.server.errors import InvalidRequest, NotFound
from leaddesk.server.officer_sessions import Lifetime
from leaddesk.server.officers import Officer
from leaddesk.server.refer import web
from leaddesk.server.settings import ServerSettings


@dataclass(frozen=True, slots=True)
class SignedIn:
    officer: Officer
    session_id: str
    csrf: str


def lifetime(settings: ServerSettings) -> Lifetime:
    return Lifetime(
        idle=timedelta(minutes=settings.officer_idle_minutes),
        absolute=timedelta(hours=settings.officer_session_hours),
    )


def signed_in(request: Request, conn: ConnDep, settings: SettingsDep) -> SignedIn | None:
    session_id = web.cookie(request, web.SESSION_COOKIE)
    if session_id is None:
        return None
    with transaction(conn, write=True):
        session = officer_sessions.find(conn, session_id=session_id, lifetime=lifetime(settings))
        if session is None:
            return None
        try:
            found = officers.get_officer(conn, user_id=session.user_id)
        except (NotFound, InvalidRequest):
            found = None
        if found is None or found.user.disabled:
            officer_sessions.end(conn, session_id=session_id)
            actor = found.username if found is not None else ""
            record_event(conn, actor=actor, action="session_refused", detail="account disabled or gone")
            return None
    return SignedIn(officer=found, session_id=session_id, csrf=session.csrf_token)


SignedInDep = Annotated[SignedIn | None, Depends(signed_in)]


def sign_in_done(
    request: Request,
    conn: Connection,
    *,
    settings: ServerSettings,
    officer: Officer,
    how: str,
    address: str,
    then: Callable[[SignedIn], Response] | None = None,
) -> Response:
    """A new session for `officer` (the browser's old one ended: no fixation), audited; then off to the
    list, or `then`'s answer (a referral carried through the sign-in, shown again to send)."""
    with transaction(conn, write=True):
        session_id, session = officer_sessions.start(
            conn,
            user_id=officer.user.id,
            replacing=web.cookie(request, web.SESSION_COOKIE),
            lifetime=lifetime(settings),
        )
        record_event(conn, actor=officer.username, action="sign_in", detail=f"from {address} by {how}")
    signed = SignedIn(officer=officer, session_id=session_id, csrf=session.csrf_token)
    response = web.redirect(request, "/refer/") if then is None else then(signed)
    web.set_cookie(response, request, web.SESSION_COOKIE, session_id)
    return response
