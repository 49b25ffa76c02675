"""What a device remembers about syncing, in the encrypted database's `sync_state` table: the server,
its device id and token (which never leave the database), the CA bundle, the user, the pull cursor and
the last sync. Plain key/value rows written in the store's transactions."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from leaddesk.domain.ids import iso, parse_iso, utcnow
from leaddesk.storage.codec import dumps
from leaddesk.storage.database import Connection
from leaddesk.storage.sync_log import SyncLog

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

# The keys of sync_state this module owns (the store keeps its clock there too, as "hlc_last").
SERVER_URL = "server_url"
SERVER_DEVICE_ID = "server_device_id"
DEVICE_TOKEN = "device_token"  # noqa: S105 -- the key under which the token is kept, not a token
CA_BUNDLE = "ca_bundle"
USER = "user"
CURSOR = "cursor"
LAST_SYNC_AT = "last_sync_at"
LAST_SYNC_SUMMARY = "last_sync_summary"
REOFFER = "reoffer"  # set while a re-offer pass is under way (reoffer.py)
# The highest change sequence a push of this laptop's was stored under (PushResponse.seq): a server whose
# latest seq is below it was restored from an older backup, even if no cursor here gives that away.
PUSHED_SEQ = "pushed_seq"


@dataclass(frozen=True)
class EnrolledUser:
    """Who this device syncs as, as the server last said: kept as the JSON the server sent."""

    username: str
    display_name: str
    role: str  # case_manager, supervisor or admin
    teams: tuple[str, ...]

    @classmethod
    def from_json(cls, text: str) -> EnrolledUser:
        data = json.loads(text)
        return cls(
            username=str(data["username"]),
            display_name=str(data.get("display_name", "")),
            role=str(data["role"]),
            teams=tuple(str(t) for t in data.get("teams", ())),
        )

    def to_json(self) -> str:
        fields = {"username": self.username, "display_name": self.display_name, "role": self.role}
        return dumps({**fields, "teams": list(self.teams)})


@dataclass(frozen=True)
class Enrolment:
    """What this device needs to talk to its server; made by `enroll`, read by every sync."""

    server_url: str
    device_id: str  # the server's id for this device
    token: str = field(repr=False)
    ca_bundle: str | None  # a PEM file of the organisation's CA; None: the system's trust store
    user: EnrolledUser


class SyncState:
    """The device's sync state in `sync_state`: server, device token, cursor, last sync."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def state(self, key: str) -> str | None:
        row = self._store.conn.execute("SELECT value FROM sync_state WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def save_state(self, values: Mapping[str, str | None]) -> None:
        """Write (or, for None, remove) several state values in one transaction."""
        with self._store.write() as conn:
            for key, value in values.items():
                write_state(conn, key, value)

    @property
    def enrolment(self) -> Enrolment | None:
        url, device_id, token, user = (
            self.state(k) for k in (SERVER_URL, SERVER_DEVICE_ID, DEVICE_TOKEN, USER)
        )
        if not (url and device_id and token and user):
            return None
        info = EnrolledUser.from_json(user)
        return Enrolment(url, device_id, token=token, ca_bundle=self.state(CA_BUNDLE), user=info)

    def save_enrolment(self, enrolment: Enrolment) -> None:
        # A new enrolment may be with another server, whose seqs mean nothing here: pull from the start.
        # A laptop that already holds records makes that pull a re-offer pass (reoffer.py), giving back
        # what it wrote that the server lacks: enrolled again after the office server was restored from
        # a backup older than its first enrolment, say, its earlier pushes are gone from there.
        with self._store.write() as conn:
            holds = conn.execute("SELECT 1 FROM participant LIMIT 1").fetchone() is not None
            conn.execute("DELETE FROM sync_reoffer_seen")
            values = {
                SERVER_URL: enrolment.server_url,
                SERVER_DEVICE_ID: enrolment.device_id,
                DEVICE_TOKEN: enrolment.token,
                CA_BUNDLE: enrolment.ca_bundle,
                USER: enrolment.user.to_json(),
                CURSOR: "0",
                REOFFER: "1" if holds else None,
                PUSHED_SEQ: None,  # so are the seqs its pushes were stored under
            }
            for key, value in values.items():
                write_state(conn, key, value)

    def save_user(self, user: EnrolledUser) -> None:
        self.save_state({USER: user.to_json()})

    @property
    def cursor(self) -> int:
        return int(self.state(CURSOR) or 0)

    def record_sync(self, summary: Mapping[str, Any], *, at: datetime | None = None) -> None:
        """A sync that ended without an error (finished, or cancelled part way): the status bar's "last
        synced", and a line in the sync log."""
        at = at or utcnow()
        started = summary.get("started_at")
        with self._store.write():
            self.save_state({LAST_SYNC_AT: iso(at), LAST_SYNC_SUMMARY: dumps(summary)})
            SyncLog(self._store).add(
                started_at=parse_iso(started) if isinstance(started, str) else at,
                finished_at=at,
                outcome="cancelled" if summary.get("cancelled") else "done",
                summary=dict(summary),
            )

    def forget_enrolment(self) -> None:
        """Disconnect this device from its server: the token and server details go; the records, the
        unsent changes and the sync log stay (encrypted, as ever), ready for a later enrolment."""
        forgotten = (SERVER_URL, SERVER_DEVICE_ID, DEVICE_TOKEN, CA_BUNDLE, USER, CURSOR, PUSHED_SEQ)
        self.save_state(dict.fromkeys(forgotten))

    @property
    def last_sync_at(self) -> datetime | None:
        text = self.state(LAST_SYNC_AT)
        return parse_iso(text) if text else None

    @property
    def last_sync_summary(self) -> dict[str, Any] | None:
        text = self.state(LAST_SYNC_SUMMARY)
        return dict(json.loads(text)) if text else None


def write_state(conn: Connection, key: str, value: str | None) -> None:
    if value is None:
        conn.execute("DELETE FROM sync_state WHERE key = ?", (key,))
    else:
        conn.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
