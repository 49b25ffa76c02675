"""Officer accounts (issue 19): a user with role officer, no team, an agency and a precinct from the
program's lists, and a way to sign in to the referral page: a password (kept as an Argon2id hash) or a
one-time sign-in link (kept as the SHA-256 of its token). An officer never holds a device or a sync
token (enrolment.py and devices.py refuse them). Every change and every sign-in is audited, never with
a password or a token."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from leaddesk.domain.ids import utcnow
from leaddesk.domain.program import CatalogueEntry
from leaddesk.server import officer_sessions, passwords, program
from leaddesk.server.audit import record_event
from leaddesk.server.db import officer, sign_in_link, user
from leaddesk.server.devices import sha256_hex
from leaddesk.server.errors import AlreadyExists, InvalidRequest, NotFound, SignInRefused
from leaddesk.server.passwords import OFFICER_COST, PasswordCost
from leaddesk.server.users import NAME_MAX, UserRow, get_user
from leaddesk.sync.protocol import Role

LINK_LIFETIME = timedelta(minutes=15)
LINK_LIFETIME_MAX = timedelta(hours=24)
# One answer for an unknown account, a wrong password and an account without a password, so nobody
# learns which officers exist.
NOT_ACCEPTED = (
    "That name and password were not accepted. Check them, or ask the LEAD program for a sign-in link."
)
LINK_NOT_USABLE = (
    "This sign-in link is not known, has been used already or has expired. Ask the LEAD program for a "
    "new one."
)
DISABLED = "This account has been disabled. Ask the LEAD program's administrator to enable it again."


@dataclass(frozen=True, slots=True)
class Officer:
    user: UserRow
    agency_code: str
    precinct: str
    has_password: bool

    @property
    def username(self) -> str:
        return self.user.username


@dataclass(frozen=True, slots=True)
class IssuedLink:
    token: str  # shown once in the printed link, never stored
    username: str
    expires_at: datetime


def _entry(entries: list[CatalogueEntry], code: str, *, what: str, listing: str) -> str:
    code = code.strip()
    offered = [e for e in entries if not e.retired]
    if not offered:
        raise InvalidRequest(
            f"The program has no {what} yet; add one first with `leaddesk-server program add {listing} "
            f'CODE "Name"`. Nothing was changed.'
        )
    if not any(e.code == code for e in offered):
        codes = ", ".join(e.code for e in offered)
        raise InvalidRequest(f"{code!r} is not one of the program's {what} ({codes}). Nothing was changed.")
    return code


def add_officer(
    conn: Connection, *, username: str, display_name: str, agency: str, precinct: str, actor: str
) -> Officer:
    """An officer of `agency` (a code of the program's referring agencies) in `precinct` (a code of its
    precincts). They sign in once given a password or a sign-in link."""
    settings = program.current(conn)
    agency = _entry(
        settings.referring_agencies, agency, what="referring agencies", listing="referring_agencies"
    )
    precinct = _entry(settings.precincts, precinct, what="precincts", listing="precincts")
    name = username.strip()
    if not name or len(name) > NAME_MAX:
        raise InvalidRequest(f"An officer needs a user name of 1 to {NAME_MAX} characters.")
    if conn.execute(select(user.c.id).where(user.c.username == name)).first():
        raise AlreadyExists(f"There is already a user named {name!r}.")
    user_id = conn.execute(
        insert(user)
        .values(
            username=name,
            display_name=display_name.strip()[:200] or name,
            role=Role.OFFICER.value,
            created_at=utcnow(),
        )
        .returning(user.c.id)
    ).scalar_one()
    conn.execute(insert(officer).values(user_id=user_id, agency_code=agency, precinct=precinct))
    record_event(
        conn,
        actor=actor,
        action="user_add",
        entity="user",
        entity_id=name,
        detail=f"role=officer agency={agency} precinct={precinct}",
    )
    return get_officer(conn, user_id=user_id)


def get_officer(conn: Connection, *, username: str | None = None, user_id: int | None = None) -> Officer:
    found = get_user(conn, username=username, user_id=user_id)
    row = conn.execute(select(officer).where(officer.c.user_id == found.id)).first()
    if found.role is not Role.OFFICER or row is None:
        raise InvalidRequest(f"{found.username} is not an officer; this is for officer accounts only.")
    return Officer(
        user=found, agency_code=row.agency_code, precinct=row.precinct, has_password=bool(row.password_hash)
    )


def officer_details(conn: Connection) -> dict[int, tuple[str, str]]:
    """Every officer's agency and precinct by user id (for `user list`)."""
    rows = conn.execute(select(officer.c.user_id, officer.c.agency_code, officer.c.precinct))
    return {r.user_id: (r.agency_code, r.precinct) for r in rows}


def set_password(
    conn: Connection, *, username: str, password: str, actor: str, cost: PasswordCost = OFFICER_COST
) -> Officer:
    """Give an officer a (new) password; their sessions elsewhere end, as after any reset."""
    found = get_officer(conn, username=username)
    passwords.check_new_password(password)
    conn.execute(
        update(officer)
        .where(officer.c.user_id == found.user.id)
        .values(password_hash=passwords.hash_password(password, cost=cost), password_set_at=utcnow())
    )
    officer_sessions.end_all(conn, user_id=found.user.id)
    record_event(conn, actor=actor, action="password_set", entity="user", entity_id=found.username)
    return get_officer(conn, user_id=found.user.id)


def issue_sign_in_link(
    conn: Connection, *, username: str, lifetime: timedelta = LINK_LIFETIME, actor: str
) -> IssuedLink:
    """A token for one sign-in within `lifetime`; only its hash is stored."""
    found = get_officer(conn, username=username)
    if found.user.disabled:
        raise InvalidRequest(
            f"{found.username} is disabled; enable them first: leaddesk-server user enable {found.username}"
        )
    if not timedelta(minutes=1) <= lifetime <= LINK_LIFETIME_MAX:
        raise InvalidRequest("A sign-in link lasts 1 minute to 24 hours. Nothing was changed.")
    token = secrets.token_urlsafe(32)
    now = utcnow()
    conn.execute(
        insert(sign_in_link).values(
            token_hash=sha256_hex(token), user_id=found.user.id, created_at=now, expires_at=now + lifetime
        )
    )
    record_event(
        conn,
        actor=actor,
        action="sign_in_link_issued",
        entity="user",
        entity_id=found.username,
        detail=f"valid {int(lifetime.total_seconds() // 60)} minutes",
    )
    return IssuedLink(token=token, username=found.username, expires_at=now + lifetime)


def check_password(conn: Connection, *, username: str, password: str) -> Officer:
    """The officer these credentials belong to; SignInRefused (one answer for every reason before the
    password matched) otherwise. It only reads: the caller audits the sign-in and starts the session in
    a write transaction of its own, so the slow hash is never computed while holding the write lock."""
    row = conn.execute(
        select(user.c.id, user.c.role, officer.c.password_hash)
        .select_from(user.join(officer, officer.c.user_id == user.c.id))
        .where(user.c.username == username.strip())
    ).first()
    stored = row.password_hash if row is not None and row.role == Role.OFFICER.value else None
    if not passwords.verify_password(password[: passwords.MAX_LENGTH], stored) or row is None:
        raise SignInRefused(NOT_ACCEPTED, why="unknown account or wrong password")
    found = get_officer(conn, user_id=row.id)
    if found.user.disabled:
        raise SignInRefused(DISABLED, why="account disabled")
    return found


def use_sign_in_link(conn: Connection, *, token: str) -> Officer:
    """Spend a sign-in link: the officer it was issued for, once, before it expires."""
    hashed = sha256_hex(token)
    now = utcnow()
    row = conn.execute(select(sign_in_link).where(sign_in_link.c.token_hash == hashed)).first()
    if row is None or row.used_at is not None or row.expires_at <= now:
        why = "unknown" if row is None else "used already" if row.used_at is not None else "expired"
        raise SignInRefused(LINK_NOT_USABLE, why=f"sign-in link {why}")
    spent = conn.execute(
        update(sign_in_link)
        .where(sign_in_link.c.token_hash == hashed, sign_in_link.c.used_at.is_(None))
        .values(used_at=now)
    ).rowcount
    if spent != 1:  # another request spent it first
        raise SignInRefused(LINK_NOT_USABLE, why="sign-in link used already")
    try:
        found = get_officer(conn, user_id=row.user_id)
    except (NotFound, InvalidRequest):
        raise SignInRefused(LINK_NOT_USABLE, why="sign-in link of no officer") from None
    if found.user.disabled:
        raise SignInRefused(DISABLED, why="account disabled")
    return found
