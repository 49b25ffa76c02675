"""Devices: token checks, heartbeats, how far each has pulled, revocation, and a retired device's final
push. Enrolment (codes traded for tokens) is in enrolment.py.

A token is never stored: only its SHA-256, so a copy of the database lets nobody pose as a laptop. Until
a device's first authenticated request, it may hold spare tokens (the answers to repeats of its
enrolment, see enrolment.py); that request confirms one token and retires the rest.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, delete, select, update
from sqlalchemy.engine import Connection, Row

from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import is_id, utcnow
from leaddesk.server.audit import record_event
from leaddesk.server.db import device, spare_token, user
from leaddesk.server.errors import (
    AccountDisabled,
    DeviceRevoked,
    NotFound,
    Unauthenticated,
)
from leaddesk.server.users import UserRow, get_user
from leaddesk.sync.protocol import Role

# A device's last_seen moves at most this often on a pull, so a quiet sync stays a read.
LAST_SEEN_GRANULARITY = timedelta(seconds=30)
MAX_PENDING = 2**31 - 1  # the pending column is a 32-bit integer
# How long a retired device may go on pushing after its first push since retirement, if it never sends
# a batch that says it is the last (see `retired_push`).
RETIRED_PUSH_WINDOW = timedelta(hours=24)
FINAL_PUSH_DONE = (
    "This device was retired and has sent its final changes; the server takes nothing more from it. "
    "Its data must be wiped."
)


def sha256_hex(text: str) -> str:
    """What the database keeps of a secret (a code, a token): its SHA-256, never the secret itself."""
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class DeviceRow:
    id: str
    user_id: int
    name: str
    enrolled_at: datetime
    last_seen: datetime | None
    pending: int
    app_version: str
    revoked_at: datetime | None
    revoke_mode: RevokeMode | None
    clock_id: str | None = None  # the device id in its field stamps
    confirmed_at: datetime | None = None  # when a token of its enrolment was first used
    pulled_through: int = 0  # the highest cursor it has pulled from: it has applied everything up to it
    served_through: int | None = None  # highest cursor handed to it (page end, heartbeat seq; None: unknown)
    final_push_by: datetime | None = None  # retired: its pushes are taken until then (`retired_push`)

    def knows(self, cursor: int) -> bool:
        """Whether `cursor` is one this server could have handed the device: none beyond the highest page
        end or heartbeat seq it was given (a database restored from an older backup has handed out less
        than the device holds)."""
        return self.served_through is None or cursor <= self.served_through

    def pull_moves(self, *, cursor: int, served: int) -> bool:
        """Whether a pull from `cursor` whose page ends at `served` moves what is kept of the device."""
        return cursor > self.pulled_through or self.served_through is None or served > self.served_through

    def final_push_done(self, *, now: datetime) -> bool:
        """A retired device whose last chance to push has passed."""
        return (
            self.revoke_mode is RevokeMode.RETIRED
            and self.final_push_by is not None
            and self.final_push_by <= now
        )


@dataclass(frozen=True, slots=True)
class Caller:
    """An authenticated request's device and the user it belongs to; `confirms` is the hash of the token
    it came with if this is the device's first authenticated request (see confirm_token)."""

    device: DeviceRow
    user: UserRow
    confirms: str | None = None


def _device_row(row: Row[Any]) -> DeviceRow:
    m = row._mapping
    return DeviceRow(
        id=m["id"],
        user_id=m["user_id"],
        name=m["name"],
        enrolled_at=m["enrolled_at"],
        last_seen=m["last_seen"],
        pending=m["pending"],
        app_version=m["app_version"],
        revoked_at=m["revoked_at"],
        revoke_mode=RevokeMode(m["revoke_mode"]) if m["revoke_mode"] else None,
        clock_id=m["clock_id"],
        confirmed_at=m["confirmed_at"],
        pulled_through=int(m["pulled_through"]),
        served_through=None if m["served_through"] is None else int(m["served_through"]),
        final_push_by=m["final_push_by"],
    )


def authenticate(conn: Connection, *, token: str, allow_retired: bool = False) -> Caller:
    """The device a bearer token belongs to; a revoked one is refused with how it was revoked."""
    device_id, _, secret = token.partition(".")
    if not is_id(device_id) or not secret:
        raise Unauthenticated("This device token is not valid. Enrol the device again.")
    row = conn.execute(select(device).where(device.c.id == device_id)).first()
    presented = sha256_hex(secret)
    # Compare even when the device is unknown, so the answer takes as long either way.
    expected = row.token_hash if row is not None else sha256_hex("")
    matches = hmac.compare_digest(expected, presented) and row is not None
    if not matches and row is not None and row.confirmed_at is None:
        # Only until a token is first used: an unconfirmed device may hold spares (see the docstring).
        matches = _is_spare(conn, device_id=row.id, token_hash=presented)
    if not matches or row is None:
        raise Unauthenticated("This device token is not valid. Enrol the device again.")
    found = _device_row(row)
    owner = get_user(conn, user_id=found.user_id)
    if owner.role is Role.OFFICER:  # an officer never syncs, whatever device row the database holds
        raise Unauthenticated("This device token is not valid. Enrol the device again.")
    # A lost laptop is told to wipe whatever else holds; a disabled user's laptops are refused, wiping
    # nothing, until the user is enabled again (a retired one's final push included).
    if found.revoke_mode is RevokeMode.LOST:
        raise DeviceRevoked(found.revoke_mode)
    if owner.disabled:
        raise AccountDisabled()
    if found.revoke_mode is RevokeMode.RETIRED and not allow_retired:
        raise DeviceRevoked(found.revoke_mode)
    confirms = presented if found.confirmed_at is None else None
    return Caller(device=found, user=owner, confirms=confirms)


def _is_spare(conn: Connection, *, device_id: str, token_hash: str) -> bool:
    found = conn.execute(
        select(spare_token.c.token_hash).where(
            spare_token.c.device_id == device_id, spare_token.c.token_hash == token_hash
        )
    ).first()
    return found is not None


def confirm_token(conn: Connection, *, caller: Caller) -> None:
    """The device's first authenticated request: the token it came with is the device's token from now
    on, and every other answer to its enrolment stops working. Unauthenticated if another of its tokens
    was confirmed first (two different answers used at once: only one laptop holds any of them)."""
    assert caller.confirms is not None
    now = utcnow()
    confirmed = conn.execute(
        update(device)
        .where(device.c.id == caller.device.id, device.c.confirmed_at.is_(None))
        .values(token_hash=caller.confirms, confirmed_at=now, last_seen=now)
    ).rowcount
    if confirmed != 1:
        current = conn.execute(select(device.c.token_hash).where(device.c.id == caller.device.id)).scalar()
        if current != caller.confirms:
            raise Unauthenticated("This device token is not valid. Enrol the device again.")
    conn.execute(delete(spare_token).where(spare_token.c.device_id == caller.device.id))


def adopt_clock_id(conn: Connection, *, device_id: str, clock_id: str) -> str | None:
    """For a device enrolled without a clock id: the one its first push is stamped with, unless another
    device already has it (then None, and the push is refused)."""
    taken = conn.execute(
        select(device.c.id).where(device.c.clock_id == clock_id, device.c.id != device_id)
    ).first()
    if taken is not None:
        return None
    conn.execute(
        update(device).where(device.c.id == device_id, device.c.clock_id.is_(None)).values(clock_id=clock_id)
    )
    return clock_id


def get_device(conn: Connection, *, device_id: str) -> DeviceRow:
    row = conn.execute(select(device).where(device.c.id == device_id)).first()
    if row is None:
        raise NotFound(f"No device with id {device_id!r}; `leaddesk-server device list` shows them.")
    return _device_row(row)


def report_state(
    conn: Connection, *, device_id: str, pending: int, app_version: str, told: int | None = None
) -> None:
    """What the device said at its last contact: unsent changes and app version, for the supervisor;
    `told`, a seq the answer hands it (a heartbeat's latest), which it may pull from from then on."""
    # The protocol puts no upper bound on `pending`; a count past the column's range says no more.
    values: dict[str, Any] = {
        "pending": min(pending, MAX_PENDING),
        "app_version": app_version[:200],
        "last_seen": utcnow(),
    }
    if told is not None:
        values["served_through"] = _highest(device.c.served_through, told)
    conn.execute(update(device).where(device.c.id == device_id).values(**values))


def due_for_touch(current: DeviceRow) -> bool:
    return current.last_seen is None or utcnow() - current.last_seen >= LAST_SEEN_GRANULARITY


def touch(conn: Connection, *, device_id: str) -> None:
    conn.execute(update(device).where(device.c.id == device_id).values(last_seen=utcnow()))


def note_pulled(conn: Connection, *, row: DeviceRow, cursor: int, served: int) -> None:
    """A pull from `cursor` says the device has applied everything up to it, and the page it gets ends at
    `served`: keep the highest of each (`served_through` before the page goes out: the device may store
    that cursor as soon as it has the page). Worth a write only where `row.pull_moves` says so."""
    conn.execute(
        update(device)
        .where(device.c.id == row.id)
        .values(
            pulled_through=_highest(device.c.pulled_through, cursor),
            served_through=_highest(device.c.served_through, served),
        )
    )


def _highest(column: Any, value: int) -> Any:
    """The column's new value: `value` where it is higher than the stored one (or none is stored)."""
    return case((column.is_(None) | (column < value), value), else_=column)


def retired_push(conn: Connection, *, device_id: str, final: bool, now: datetime) -> None:
    """Let a retired device's push in, or refuse it: "it may send its pending work once, then nothing".

    Once means: until it sends a batch after which, by its own count, nothing is left to send
    (`final`: PushRequest.pending no more than the batch holds), or until a day after its first push since
    it was retired, whichever comes first. After that every push is refused (a repeat of a batch already
    answered is still answered, by the caller, as it changes nothing). The day bounds a device that never
    says it is done, while a laptop that was offline for weeks when it was retired still gets its turn:
    the clock starts at its first push, not at the revocation. Call under the push's sequence lock."""
    row = get_device(conn, device_id=device_id)
    if row.final_push_done(now=now):
        raise DeviceRevoked(RevokeMode.RETIRED, message=FINAL_PUSH_DONE)
    closes = now if final else (row.final_push_by or now + RETIRED_PUSH_WINDOW)
    if closes != row.final_push_by:
        conn.execute(update(device).where(device.c.id == device_id).values(final_push_by=closes))


def revoke(conn: Connection, *, device_id: str, mode: RevokeMode, actor: str) -> DeviceRow:
    """Stop a device's token at once; "lost" refuses everything, "retired" still takes a final push."""
    get_device(conn, device_id=device_id)
    conn.execute(
        update(device).where(device.c.id == device_id).values(revoked_at=utcnow(), revoke_mode=mode.value)
    )
    record_event(
        conn, actor=actor, action="device_revoke", device=device_id, entity="device", detail=mode.value
    )
    return get_device(conn, device_id=device_id)


def revoke_all(conn: Connection, *, username: str, mode: RevokeMode, actor: str) -> list[DeviceRow]:
    """Revoke every device of a user that this changes: all of them, but a lost one stays lost (it is not
    given a final push by a later "retired"). Returns the devices revoked now."""
    owner = get_user(conn, username=username)
    rows = conn.execute(select(device).where(device.c.user_id == owner.id).order_by(device.c.enrolled_at))
    changed = [
        revoke(conn, device_id=d.id, mode=mode, actor=actor)
        for d in map(_device_row, rows.all())
        if d.revoke_mode is not mode and d.revoke_mode is not RevokeMode.LOST
    ]
    record_event(
        conn,
        actor=actor,
        action="device_revoke_all",
        entity="user",
        entity_id=owner.username,
        detail=f"{mode.value} devices={len(changed)}",
    )
    return changed


@dataclass(frozen=True, slots=True)
class DeviceListing:
    device: DeviceRow
    username: str


def list_devices(conn: Connection) -> list[DeviceListing]:
    rows = conn.execute(
        select(device, user.c.username)
        .join(user, user.c.id == device.c.user_id)
        .order_by(user.c.username, device.c.enrolled_at)
    ).all()
    return [DeviceListing(device=_device_row(r), username=r.username) for r in rows]
