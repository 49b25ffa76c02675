"""Enrolment: one-time codes an admin issues, traded by a laptop for a device token.

Neither a code nor a token is ever stored: only the SHA-256 of each, so a copy of the database lets
nobody enrol a laptop or pose as one.

One enrolment may be answered more than once: the network can deliver the same request twice, and a
laptop whose answer was lost asks again (same code, same clock id). Only one answer reaches the laptop,
and the server cannot know which, so every answer's token works until one of them is first used: the
first answer's is the device's token, each later one a spare, and the first authenticated request
(whichever token it carries) confirms that token and retires the rest (devices.confirm_token). Replacing
the token on each repeat instead left a laptop that got the first answer with a token that was 401 for
good. An idempotency key would need the answer (the token) reproducible, so kept or derivable on the
server; spares keep only hashes, as the device's own token.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.engine import Connection, Row

from leaddesk.domain.ids import new_id, utcnow
from leaddesk.server.audit import record_event
from leaddesk.server.db import device, enrolment_code, spare_token
from leaddesk.server.devices import sha256_hex
from leaddesk.server.errors import AccountDisabled, EnrolmentRefused, InvalidRequest
from leaddesk.server.sequence import latest_seq
from leaddesk.server.users import UserRow, get_user
from leaddesk.sync.protocol import Role

# Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand survives.
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_LENGTH = 16  # 80 random bits
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "-": None, " ": None})
# Answers to repeats of one enrolment beyond the first: a laptop's retries (five tries, each maybe sent
# twice by a faulty network) stay well inside; a code-holder replaying it without end does not.
MAX_SPARE_TOKENS = 12
# One answer for a code nobody issued and for one already used: two answers would tell someone trying
# codes which of them exist.
NOT_USABLE = (
    "This enrolment code is not known or has been used already. Check it, or ask your administrator "
    "for a new one."
)


def normalise_code(code: str) -> str:
    return code.upper().translate(_LOOKALIKES)


def code_hash(code: str) -> str:
    """What the database knows a code by (as typed: case, dashes and look-alike letters do not matter)."""
    return sha256_hex(normalise_code(code))


@dataclass(frozen=True, slots=True)
class IssuedCode:
    code: str  # shown once to the admin, never stored
    username: str
    device_name: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class Enrolment:
    device_id: str
    token: str  # shown once to the device, never stored
    user: UserRow


def issue_code(
    conn: Connection, *, username: str, device_name: str, lifetime: timedelta, actor: str
) -> IssuedCode:
    """A one-time code an admin hands to a user, to enrol one named device within `lifetime`."""
    found = get_user(conn, username=username)
    if found.role is Role.OFFICER:
        raise InvalidRequest(
            f"{found.username} is an officer: officers never enrol a device or sync. They sign in to the "
            "referral page (/refer/) with a password or a link from "
            f"`leaddesk-server user sign-in-link {found.username}`."
        )
    if found.disabled:
        raise InvalidRequest(
            f"{found.username} is disabled; enable them first: leaddesk-server user enable {found.username}"
        )
    name = device_name.strip()[:100] or "device"
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(_CODE_LENGTH))
    now = utcnow()
    conn.execute(
        insert(enrolment_code).values(
            code_hash=sha256_hex(raw),
            user_id=found.id,
            device_name=name,
            created_at=now,
            expires_at=now + lifetime,
        )
    )
    record_event(
        conn, actor=actor, action="enrolment_code", entity="user", entity_id=found.username, detail=name
    )
    shown = "-".join(raw[i : i + 4] for i in range(0, _CODE_LENGTH, 4))
    return IssuedCode(code=shown, username=found.username, device_name=name, expires_at=now + lifetime)


def enroll(
    conn: Connection, *, code: str, device_name: str, app_version: str, clock_id: str | None = None
) -> Enrolment:
    """Trade a code for a device token. The code is spent on arrival, whether or not the answer reaches the
    device; the same laptop (`clock_id`) asking again gets a token for the device it made (see
    `_enrol_again`); anyone else gets the answer an unknown code gets."""
    hashed = code_hash(code)
    now = utcnow()
    row, made = _code_and_device(conn, hashed=hashed)
    if row is None or row.used_at is not None:
        again = None if row is None else _enrol_again(conn, row, made, clock_id=clock_id, now=now)
        if again is not None:
            return again
        raise EnrolmentRefused(NOT_USABLE, why="code not known" if row is None else "code used already")
    if row.expires_at <= now:
        raise EnrolmentRefused(
            "This enrolment code has expired. Ask your administrator for a new one.",
            why="code expired",
            error="enrolment_code_expired",
        )
    owner = get_user(conn, user_id=row.user_id)
    if owner.role is Role.OFFICER:  # no code is issued for one (issue_code); never a device either way
        raise EnrolmentRefused(NOT_USABLE, why="code of an officer account")
    if owner.disabled:
        raise AccountDisabled()
    device_id = new_id()
    # Spend the code only if nobody spent it since we read it: two laptops racing get one device.
    spent = conn.execute(
        update(enrolment_code)
        .where(enrolment_code.c.code_hash == hashed, enrolment_code.c.used_at.is_(None))
        .values(used_at=now, device_id=device_id)
    ).rowcount
    if spent != 1:
        # Another request spent it while this one waited (on PostgreSQL both read it unspent): if that
        # was a copy of this one, this is a repeat like any other, read now that the copy committed.
        row, made = _code_and_device(conn, hashed=hashed)
        again = None if row is None else _enrol_again(conn, row, made, clock_id=clock_id, now=now)
        if again is not None:
            return again
        raise EnrolmentRefused(NOT_USABLE, why="code used already")
    secret = secrets.token_urlsafe(32)
    conn.execute(
        insert(device).values(
            id=device_id,
            user_id=row.user_id,
            # The admin's name for the laptop is what `device list` should show; the app's is a fallback.
            name=row.device_name or device_name.strip()[:100],
            token_hash=sha256_hex(secret),
            enrolled_at=now,
            last_seen=now,
            pending=0,
            app_version=app_version,
            clock_id=clock_id,
            # Nothing that left its user's scope before now can be on it: it was never pulled here. So a
            # change about such a participant is not taken as written before the move (scope_history.py).
            pulled_through=latest_seq(conn),
            served_through=latest_seq(conn),  # the laptop starts from 0: every cursor up to here is known
        )
    )
    owner = get_user(conn, user_id=row.user_id)
    record_event(conn, actor=owner.username, action="enroll", device=device_id, detail=row.device_name)
    return Enrolment(device_id=device_id, token=f"{device_id}.{secret}", user=owner)


def _code_and_device(conn: Connection, *, hashed: str) -> tuple[Row[Any] | None, Row[Any] | None]:
    """The code and the device it was traded for. The device is looked up even when there is none, so
    an unknown code and a used one take the same steps to the same answer."""
    row = conn.execute(select(enrolment_code).where(enrolment_code.c.code_hash == hashed)).first()
    made_id = row.device_id if row is not None and row.device_id is not None else ""
    made = conn.execute(select(device).where(device.c.id == made_id)).first()
    return row, made


def _enrol_again(
    conn: Connection, code_row: Row[Any], made: Row[Any] | None, *, clock_id: str | None, now: datetime
) -> Enrolment | None:
    """A repeat of the enrolment that spent this code: the same laptop (`clock_id`) asking again because
    its answer was lost (a cut connection, a timeout), or the network delivering its request twice.
    Within the code's lifetime, if the device that code made has this laptop's clock id, is not revoked
    and none of its tokens has been used yet, the answer is a spare token for that device (see the
    module's docstring). Whoever holds the code could have enrolled with it anyway; this adds nothing to
    what the code allows, and leaves no orphan device behind a lost answer."""
    if clock_id is None or code_row.expires_at <= now:
        return None
    if (
        made is None
        or made.clock_id != clock_id
        or made.revoke_mode is not None
        or made.confirmed_at is not None  # a token of it has been used: it did arrive
    ):
        return None
    spares = conn.execute(
        select(func.count()).select_from(spare_token).where(spare_token.c.device_id == made.id)
    ).scalar_one()
    if spares >= MAX_SPARE_TOKENS:
        return None
    secret = secrets.token_urlsafe(32)
    conn.execute(insert(spare_token).values(token_hash=sha256_hex(secret), device_id=made.id, issued_at=now))
    owner = get_user(conn, user_id=made.user_id)
    record_event(
        conn,
        actor=owner.username,
        action="enroll",
        device=made.id,
        detail=f"{made.name} (again: the same laptop asked again, or its request came twice)",
    )
    return Enrolment(device_id=made.id, token=f"{made.id}.{secret}", user=owner)
