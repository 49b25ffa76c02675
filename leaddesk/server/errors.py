"""What the server refuses, as exceptions the API turns into an ErrorBody and the CLI into a message."""

from __future__ import annotations

from typing import Any, ClassVar

from leaddesk.domain.enums import RevokeMode


class ServerError(Exception):
    """A refusal a person can act on: an HTTP status, a stable code and a sentence."""

    status: int = 400
    error: str = "bad_request"
    headers: ClassVar[dict[str, str] | None] = None

    def __init__(
        self,
        message: str,
        *,
        error: str | None = None,
        detail: Any = None,
        revoke_mode: RevokeMode | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail
        self.revoke_mode = revoke_mode
        if error is not None:
            self.error = error

    def response_headers(self) -> dict[str, str] | None:
        return self.headers


class NotFound(ServerError):
    status = 404
    error = "not_found"


class AlreadyExists(ServerError):
    status = 409
    error = "already_exists"


class ServerBehind(ServerError):
    """A pull from a cursor this database never handed the device: it was restored from a backup taken
    before the device's last sync (or the device synced with another server)."""

    status = 409
    error = "server_behind"


class Unauthenticated(ServerError):
    status = 401
    error = "unauthenticated"
    headers: ClassVar[dict[str, str] | None] = {"WWW-Authenticate": "Bearer"}


class EnrolmentRefused(ServerError):
    """A code that is unknown or used (one answer for both, so nobody learns which codes exist), or
    expired; `error` says which of the two answers, `why` (for the audit trail only) exactly what."""

    status = 403
    error = "enrolment_code_invalid"

    def __init__(self, message: str, *, why: str, error: str | None = None) -> None:
        super().__init__(message, error=error)
        self.why = why


class SignInRefused(ServerError):
    """An officer's sign-in on the referral page that did not work: `why` is for the audit trail only."""

    status = 401
    error = "sign_in_refused"

    def __init__(self, message: str, *, why: str) -> None:
        super().__init__(message)
        self.why = why


class TooManyAttempts(ServerError):
    """Too many failed attempts from this address, with this code or for this device, for now."""

    status = 429
    error = "too_many_attempts"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after

    def response_headers(self) -> dict[str, str] | None:
        return {"Retry-After": str(self.retry_after)}


class DeviceRevoked(ServerError):
    status = 403
    error = "device_revoked"

    def __init__(self, mode: RevokeMode, *, message: str | None = None) -> None:
        what = (
            "was reported lost; its data must be wiped"
            if mode is RevokeMode.LOST
            else "was retired; it may send what it holds, then its data must be wiped"
        )
        super().__init__(message or f"This device {what}.", revoke_mode=mode)


class AccountDisabled(ServerError):
    """The device's user has been disabled: every device of theirs is refused, and nothing is wiped."""

    status = 403
    error = "user_disabled"

    def __init__(self) -> None:
        super().__init__(
            "The account this device syncs for has been disabled on the server. Nothing was sent or "
            "received, and nothing on the device is wiped; ask your supervisor or IT to enable it again."
        )


class PayloadTooLarge(ServerError):
    status = 413
    error = "payload_too_large"


class Unavailable(ServerError):
    status = 503
    error = "unavailable"


class InvalidRequest(ServerError):
    status = 422
    error = "invalid_request"
