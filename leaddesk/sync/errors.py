"""What can go wrong when a device syncs, as exceptions the app can tell a case manager about.

Each message is a sentence a person can act on; details for the log (status, error code) sit in
attributes, never record contents or the device token.
"""

from __future__ import annotations

from leaddesk.domain.enums import RevokeMode
from leaddesk.sync.protocol import ErrorBody


class SyncError(Exception):
    """Base of every sync failure."""


class NotEnrolled(SyncError):
    """This profile has no device token yet: enrol it with a code from the administrator."""

    def __init__(self, message: str = "This laptop is not enrolled with a sync server yet.") -> None:
        super().__init__(message)


class AuthenticationFailed(NotEnrolled):
    """The server does not accept this device's token (it was never valid, or the server was reset)."""

    def __init__(
        self, message: str = "The sync server no longer recognises this laptop. Enrol it again."
    ) -> None:
        super().__init__(message)


class ServerUnreachable(SyncError):
    """No answer: no network, the server is down, or every try timed out."""

    def __init__(self, message: str = "The sync server cannot be reached. Your work is kept here.") -> None:
        super().__init__(message)


class CertificateNotTrusted(ServerUnreachable):
    """The server's TLS certificate is not signed by a CA this device trusts (or names another host)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "The sync server's certificate is not trusted. Ask your IT contact for the organisation's "
            "CA certificate bundle."
        )
        self.detail = detail


class DeviceRevoked(SyncError):
    """An administrator revoked this device: "lost" means wipe now, "retired" allows a final push."""

    def __init__(self, mode: RevokeMode, message: str = "") -> None:
        default = (
            "This laptop was reported lost; its data is being removed."
            if mode is RevokeMode.LOST
            else "This laptop was retired; its unsent work will be sent and its data removed."
        )
        super().__init__(message or default)
        self.mode = mode


class AccountDisabled(SyncError):
    """The user this laptop syncs for has been disabled on the server: nothing goes up or comes down,
    and nothing here is wiped, until the user is enabled again."""

    def __init__(
        self,
        message: str = "Your account has been switched off on the office server, so this laptop cannot "
        "sync. Everything on this laptop stays here; ask your supervisor or IT to switch it back on.",
    ) -> None:
        super().__init__(message)


class EnrollmentFailed(SyncError):
    """The enrolment code was refused: unknown, already used or expired (`reason` is the server's code)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class SyncRejected(SyncError):
    """The server refused a request (4xx, or 5xx after every retry); `body` is its ErrorBody if any."""

    def __init__(self, status: int, body: ErrorBody | None = None) -> None:
        message = body.message if body is not None else f"The sync server refused the request ({status})."
        super().__init__(message)
        self.status = status
        self.body = body

    @property
    def error(self) -> str:
        return self.body.error if self.body is not None else f"http_{self.status}"


class ServerUnavailable(SyncRejected):
    """The server answered but failed (5xx) on every try, e.g. it could not reach its database."""


class ServerBehind(SyncRejected):
    """A pull from this laptop's cursor was refused as one the server never handed out, or the server's
    latest seq is below one a push of this laptop's was stored under: its database was restored from a
    backup taken before this laptop's last sync. The engine catches it and fetches everything again,
    giving back what this laptop wrote that the server lost (storage/reoffer.py)."""


class ProtocolMismatch(SyncError):
    """The server's answer does not follow the protocol this app speaks (a different version?)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "The sync server's answer could not be understood; the app or the server may need an update."
        )
        self.detail = detail


class MassRemovalBlocked(SyncError):
    """A pull would take most of this device's participants off it; nothing of that page was applied.
    Syncing again with allow_mass_removal=True goes ahead once a person has agreed."""

    def __init__(self, *, removing: int, total: int) -> None:
        super().__init__(
            f"The server asks to remove {removing} of the {total} participants on this laptop "
            "(for example after a change of teams). Nothing was removed; confirm to go ahead."
        )
        self.removing = removing
        self.total = total


class UnsentWorkKept(SyncError):
    """Participants are leaving this laptop but some of their changes could not be sent yet: nothing was
    removed, and the next sync sends them and tries again."""

    def __init__(self) -> None:
        super().__init__(
            "Some changes about participants who are leaving this laptop could not be sent yet. Nothing "
            "was removed; the next sync tries again."
        )
