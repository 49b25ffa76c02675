"""What a sync tells the app while it runs (SyncProgress, through the engine's callback) and when it
ends (SyncReport, also saved as the last sync's summary for the status bar)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from leaddesk.domain.ids import iso, utcnow


class SyncPhase(StrEnum):
    PUSH = "push"
    PULL = "pull"
    ATTACHMENTS = "attachments"
    HEARTBEAT = "heartbeat"
    DONE = "done"


@dataclass(frozen=True)
class SyncProgress:
    phase: SyncPhase
    pushed: int = 0  # changes the server has answered so far
    to_push: int = 0  # changes waiting when the sync started
    pulled: int = 0  # records received so far
    removed: int = 0  # participants taken off this device so far


@dataclass(frozen=True)
class Refusal:
    """A change the server would not store, and why; the change itself is kept in `sync_rejected`."""

    change_id: str
    entity: str
    record_id: str
    participant_id: str | None
    reason: str


@dataclass
class SyncReport:
    started_at: datetime = field(default_factory=utcnow)
    finished_at: datetime | None = None
    pushed: int = 0  # changes the server stored
    conflicts: int = 0  # of those, how many overtook a concurrent edit (kept as a conflict record)
    rejected: list[Refusal] = field(default_factory=list)
    pulled: int = 0  # records received
    applied: int = 0  # of those, how many changed something here
    skipped: list[tuple[str, str, str]] = field(default_factory=list)  # received but not applied: why
    removed: list[str] = field(default_factory=list)  # participants that left this device's scope
    kept: list[str] = field(default_factory=list)  # out of scope, kept here for their unsent work
    uploaded: int = 0  # attachment files sent
    uploads_refused: list[tuple[str, str]] = field(default_factory=list)  # (sha256, why)
    downloaded: int = 0  # attachment files received
    pending: int = 0  # changes still waiting after the sync
    audit_sent: int = 0  # audit events the server took (new to it) in this sync
    # Why the server refused this laptop's audit trail (a sentence for IT), if it did: see audit_shipping.py.
    audit_refused: str | None = None
    # The server's database was older than this laptop's last sync (restored from a backup): everything
    # was pulled again, and `reoffered` changes of this laptop's it had lost were sent again.
    server_behind: bool = False
    reoffered: int = 0
    cursor: int = 0
    cancelled: bool = False

    def summary(self) -> dict[str, Any]:
        """JSON-ready, for the status bar and the sync log (ids and counts; never record contents)."""
        data = asdict(self)
        data["started_at"] = iso(self.started_at)
        data["finished_at"] = iso(self.finished_at) if self.finished_at else None
        return data
