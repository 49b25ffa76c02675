"""What sync tells a case manager, in plain words: errors, the status bar's line and counts. One place,
so the status bar, the sync panel and the connect dialog say the same thing the same way."""

from __future__ import annotations

from datetime import datetime

from leaddesk.domain.clock import local_today
from leaddesk.sync.errors import (
    AccountDisabled,
    AuthenticationFailed,
    CertificateNotTrusted,
    DeviceRevoked,
    EnrollmentFailed,
    MassRemovalBlocked,
    NotEnrolled,
    ProtocolMismatch,
    ServerUnavailable,
    ServerUnreachable,
    SyncRejected,
    UnsentWorkKept,
)
from leaddesk.ui.display import clock, day_time, local, plural
from leaddesk.ui.text import fill, translate


def describe_sync_error(exc: BaseException) -> str:
    """A sentence a case manager can act on (the details go to the log, never record contents)."""
    if isinstance(exc, CertificateNotTrusted):
        return translate(
            "sync",
            "The server's security certificate is not trusted by this laptop. If your organisation uses "
            "its own certificates, ask IT for its CA bundle and choose it when connecting.",
        )
    if isinstance(exc, ServerUnreachable):
        return translate(
            "sync", "The office server cannot be reached. Your work is kept here and goes up later."
        )
    if isinstance(exc, EnrollmentFailed):
        if exc.reason.endswith("expired"):
            return translate("sync", "This enrolment code has expired. Ask IT for a new one.")
        # The server gives one answer for an unknown code and a used one, so as not to tell which exist.
        return translate(
            "sync",
            "This enrolment code is not known or has been used already. Check it for typing mistakes, "
            "or ask IT for a new one.",
        )
    if isinstance(exc, AuthenticationFailed):
        return translate(
            "sync", "The office server no longer recognises this laptop. Connect it again with a new code."
        )
    if isinstance(exc, NotEnrolled):
        return translate("sync", "This laptop is not connected to an office server yet.")
    if isinstance(exc, DeviceRevoked | MassRemovalBlocked | AccountDisabled | UnsentWorkKept):
        return str(exc)  # their own messages are written for the person already
    if isinstance(exc, ProtocolMismatch):
        return translate(
            "sync", "The office server's answer could not be understood; the app may need an update."
        )
    if isinstance(exc, ServerUnavailable):
        return translate(
            "sync", "The office server has a problem right now. Your work is kept here; try again later."
        )
    if isinstance(exc, SyncRejected):
        return fill(translate("sync", "The office server refused the sync: %1"), str(exc))
    return fill(
        translate("sync", "The sync stopped with an unexpected error (%1). Your work is kept here."),
        type(exc).__name__,
    )


def waiting_text(count: int) -> str:
    if count == 0:
        return translate("sync", "nothing waiting to sync")
    return plural(translate("sync", "%n change(s) waiting to sync", None, count), count)


def clock_time(value: datetime) -> str:
    """2:05 PM today, else Mar 4, 2025 2:05 PM (local time, as the language writes them)."""
    shown = local(value)
    if shown.date() == local_today():
        return clock(shown)
    return day_time(shown)
