"""Officers' browser sessions on the referral page: a random id in a cookie (the database keeps only its
SHA-256, so a copy of it signs nobody in), a CSRF token every form of the session carries, and an idle
and an absolute expiry.

A session exists only once an officer has signed in, and signing in always makes a new one, whatever
session cookie the browser came with (which is ended): an id someone planted or saw before the sign-in
never becomes a signed-in one (session fixation). Before sign-in the forms are protected by a
double-submit cookie instead (refer/web.py), so nobody can fill this table without a password.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.engine import Connection

from leaddesk.domain.ids import utcnow
from leaddesk.server.db import officer_session
from leaddesk.server.devices import sha256_hex

# last_seen moves at most this often, so most page views stay reads.
TOUCH_EVERY = timedelta(seconds=60)


@dataclass(frozen=True, slots=True)
class Lifetime:
    """How long a session lasts: `idle` since its last request, and `absolute` since its sign-in."""

    idle: timedelta
    absolute: timedelta


@dataclass(frozen=True, slots=True)
class Session:
    user_id: int
    csrf_token: str
    created_at: datetime
    last_seen: datetime


def start(
    conn: Connection, *, user_id: int, replacing: str | None, lifetime: Lifetime
) -> tuple[str, Session]:
    """A new session for `user_id` (its id, shown once to the browser, and the session); the session the
    browser came with, if any, is ended. Expired sessions of everyone are removed on the way."""
    if replacing:
        end(conn, session_id=replacing)
    now = utcnow()
    conn.execute(
        delete(officer_session).where(
            or_(
                officer_session.c.last_seen <= now - lifetime.idle,
                officer_session.c.created_at <= now - lifetime.absolute,
            )
        )
    )
    session_id = secrets.token_urlsafe(32)
    made = Session(user_id=user_id, csrf_token=secrets.token_urlsafe(32), created_at=now, last_seen=now)
    conn.execute(
        insert(officer_session).values(
            id_hash=sha256_hex(session_id),
            user_id=user_id,
            csrf_token=made.csrf_token,
            created_at=now,
            last_seen=now,
        )
    )
    return session_id, made


def find(conn: Connection, *, session_id: str, lifetime: Lifetime) -> Session | None:
    """The live session with this id, its last_seen moved on; None (and an expired one removed) otherwise.
    Call in a write transaction."""
    hashed = sha256_hex(session_id)
    row = conn.execute(select(officer_session).where(officer_session.c.id_hash == hashed)).first()
    if row is None:
        return None
    now = utcnow()
    if row.last_seen <= now - lifetime.idle or row.created_at <= now - lifetime.absolute:
        conn.execute(delete(officer_session).where(officer_session.c.id_hash == hashed))
        return None
    if now - row.last_seen >= TOUCH_EVERY:
        conn.execute(update(officer_session).where(officer_session.c.id_hash == hashed).values(last_seen=now))
    return Session(user_id=row.user_id, csrf_token=row.csrf_token, created_at=row.created_at, last_seen=now)


def end(conn: Connection, *, session_id: str) -> None:
    conn.execute(delete(officer_session).where(officer_session.c.id_hash == sha256_hex(session_id)))


def end_all(conn: Connection, *, user_id: int) -> int:
    """End every session of an officer (a new password); how many there were."""
    return int(conn.execute(delete(officer_session).where(officer_session.c.user_id == user_id)).rowcount)
