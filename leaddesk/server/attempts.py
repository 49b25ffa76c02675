"""Failed attempts: enrolment codes that did not work and device tokens that did not match, counted per
client address, per enrolment code and per device in the database (so every server process on it sees
the same counts), each audited; past a limit the caller is told to wait (429 with Retry-After), and
that refusal is audited too.

Only failures are counted and only failures are checked against the limits: a request with a valid
token never reads or writes a counter, so a sync costs what it did, and nobody can lock a laptop out by
sending bad tokens in its name. A code that works is checked first, though (one read per enrolment,
which is rare), as a code guesser who hit the limit must learn nothing more, not even from a good code.

Officers' sign-ins on the referral page are counted the same way (failures only); their referrals are
counted every one, as a sent referral costs the on-call team's time whether or not it was honest.

Counters use a fixed window from a key's first failure: simple, and one row per key. Windows that ended
are deleted whenever a failure is counted, so the table stays as small as the recent failures.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import case, delete, select
from sqlalchemy.engine import Connection

from leaddesk.domain.ids import is_id, utcnow
from leaddesk.server.audit import record_event
from leaddesk.server.db import failed_attempt, transaction, upsert_statement
from leaddesk.server.errors import EnrolmentRefused, TooManyAttempts

WINDOW = timedelta(minutes=15)
_MINUTES = int(WINDOW.total_seconds() // 60)
ANONYMOUS = "anonymous"  # the audit's actor for a caller nobody has authenticated
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Limit:
    """How many failures of one kind one key may have in a window."""

    kind: str  # the key's prefix, and what the audit trail calls it
    failures: int
    what: str  # for the person told to wait: "failed enrolments from this network"


# A laptop types a code wrong a few times; an office behind one address enrols many laptops at once,
# but only failures count, so only a run of wrong codes from it adds up.
ENROL_BY_ADDRESS = Limit("enrol-address", 10, "failed enrolments from this network")
# Per code whether or not it exists, so a known code and an unknown one reach the limit alike.
ENROL_BY_CODE = Limit("enrol-code", 5, "failed enrolments with this code")
# A laptop with a stale token fails once per sync; ten in a window is someone trying tokens.
TOKEN_BY_DEVICE = Limit("token-device", 10, "failed sign-ins for this device")
# An office's address is shared by its laptops, several of which may hold stale tokens at once.
TOKEN_BY_ADDRESS = Limit("token-address", 30, "failed sign-ins from this network")

# Officers signing in on the referral page (issue 19): a password typed wrong on a phone a few times is
# ordinary; ten on one account is someone guessing it. Officers on one mobile network share addresses.
SIGN_IN_BY_ACCOUNT = Limit("signin-account", 10, "failed sign-ins for this account")
SIGN_IN_BY_ADDRESS = Limit("signin-address", 30, "failed sign-ins from this network")
# Referrals sent, every one counted (not only failures): an officer refers a few people in a shift; a
# script filling the on-call team's laptops with invented referrals is what this stops.
REFER_BY_OFFICER = Limit("refer-officer", 20, "referrals sent from this account")
REFER_BY_ADDRESS = Limit("refer-address", 60, "referrals sent from this network")

Keys = Sequence[tuple[Limit, str]]


def limited(conn: Connection, *, keys: Keys, address: str, actor: str = ANONYMOUS) -> TooManyAttempts | None:
    """The refusal to give (audited) if any of `keys` is at its limit now; None if none is. Call it in a
    write transaction, before the attempt, so a caller at the limit learns nothing from it."""
    now = utcnow()
    blocked = _blocked(conn, keys=keys, now=now)
    if blocked is None:
        return None
    return _refuse(conn, blocked=blocked, address=address, device="", now=now, actor=actor)


def count(conn: Connection, *, keys: Keys) -> None:
    """One more attempt against each of `keys`, in the caller's write transaction."""
    _count(conn, keys=keys, now=utcnow())


def guarded_enrolment(conn: Connection, *, code_key: str, address: str, enrol: Callable[[], T]) -> T:
    """`enrol()` in one write transaction, unless this address or code is at its limit of failures;
    a refusal (EnrolmentRefused) is counted and audited in a transaction of its own, then raised."""
    keys = [(ENROL_BY_ADDRESS, address), (ENROL_BY_CODE, code_key)]
    now = utcnow()
    try:
        with transaction(conn, write=True):
            blocked = _blocked(conn, keys=keys, now=now)
            if blocked is None:
                return enrol()
            limited = _refuse(conn, blocked=blocked, address=address, device="", now=now)
    except EnrolmentRefused as refusal:
        with transaction(conn, write=True):
            _count(conn, keys=keys, now=now)
            record_event(
                conn, actor=ANONYMOUS, action="enroll_refused", detail=f"from {address}: {refusal.why}"
            )
        raise
    raise limited


def failed_token(conn: Connection, *, token: str | None, address: str) -> TooManyAttempts | None:
    """A request whose token did not authenticate (or that had none): counted and audited, or, if the
    address or the device the token names is at its limit already, the refusal to give instead (also
    audited). The caller raises either that or its own Unauthenticated."""
    device_id = (token or "").partition(".")[0]
    named = device_id if is_id(device_id) else ""
    keys: list[tuple[Limit, str]] = [(TOKEN_BY_ADDRESS, address)]
    if named:
        keys.append((TOKEN_BY_DEVICE, named))
    now = utcnow()
    with transaction(conn, write=True):
        blocked = _blocked(conn, keys=keys, now=now)
        if blocked is not None:
            return _refuse(conn, blocked=blocked, address=address, device=named, now=now)
        _count(conn, keys=keys, now=now)
        why = "no device token" if token is None else "a device token that does not match"
        detail = f"from {address}: {why}"
        record_event(conn, actor=ANONYMOUS, action="token_refused", device=named, detail=detail)
    return None


def refused_device(conn: Connection, *, token: str, address: str, why: str) -> None:
    """A valid token of a device that may not sync (revoked, or its user disabled): audited, not counted
    (it is no guess, and a lost laptop must still be told to wipe at every contact)."""
    named = token.partition(".")[0]
    with transaction(conn, write=True):
        record_event(
            conn, actor=ANONYMOUS, action="device_refused", device=named if is_id(named) else "",
            detail=f"from {address}: {why}",
        )  # fmt: skip


def _key(limit: Limit, value: str) -> str:
    return f"{limit.kind}:{value}"[:120]


def _blocked(conn: Connection, *, keys: Keys, now: datetime) -> tuple[Limit, timedelta] | None:
    """The first limit reached among `keys`, with how long until its window ends; None if none is."""
    by_key = {_key(limit, value): limit for limit, value in keys}
    rows = conn.execute(
        select(failed_attempt).where(
            failed_attempt.c.key.in_(list(by_key)), failed_attempt.c.window_start > now - WINDOW
        )
    ).all()
    for row in rows:
        limit = by_key[row.key]
        if row.failures >= limit.failures:
            return limit, row.window_start + WINDOW - now
    return None


def _count(conn: Connection, *, keys: Keys, now: datetime) -> None:
    """One more failure for each key: a new window if the key's last one has ended."""
    ended = now - WINDOW
    for limit, value in keys:
        # One statement, so two processes counting the same key at once both count.
        stmt = upsert_statement(conn, failed_attempt).values(
            key=_key(limit, value), window_start=now, failures=1
        )
        over = failed_attempt.c.window_start <= ended  # the key's window has ended: start a new one
        stmt = stmt.on_conflict_do_update(
            index_elements=[failed_attempt.c.key],
            set_={
                "failures": case((over, 1), else_=failed_attempt.c.failures + 1),
                "window_start": case((over, stmt.excluded.window_start), else_=failed_attempt.c.window_start),
            },
        )
        conn.execute(stmt)
    conn.execute(delete(failed_attempt).where(failed_attempt.c.window_start <= ended))


def _refuse(
    conn: Connection,
    *,
    blocked: tuple[Limit, timedelta],
    address: str,
    device: str,
    now: datetime,
    actor: str = ANONYMOUS,
) -> TooManyAttempts:
    limit, left = blocked
    seconds = max(1, math.ceil(left.total_seconds()))
    minutes = max(1, math.ceil(seconds / 60))
    record_event(
        conn,
        actor=actor,
        action="rate_limited",
        device=device,
        detail=f"from {address}: {limit.failures} {limit.kind} failures in {_MINUTES} minutes; "
        f"refused for {seconds} s",
        at=now,
    )
    return TooManyAttempts(
        f"Too many {limit.what} ({limit.failures} in {_MINUTES} minutes). "
        f"Try again in {minutes} minute{'s' if minutes != 1 else ''}.",
        retry_after=seconds,
    )
