"""The error answers each route documents in the OpenAPI schema, all of them an ErrorBody."""

from __future__ import annotations

from typing import Any

from leaddesk.sync.protocol import ErrorBody

_MEANING = {
    400: "The body is not valid gzip, or cannot be read as JSON at all",
    401: "No device token, or one the server does not know",
    403: "The device is revoked (see revoke_mode), or the enrolment code is spent or expired",
    404: "Nothing here for this device",
    409: (
        "A batch id reused by another device; or a pull from a cursor this server never handed out "
        "(server_behind: its database was restored from a backup older than the device's last sync)"
    ),
    413: "The body is over the size limit (after gzip)",
    415: "A Content-Encoding other than gzip",
    422: "The body or parameters do not follow the protocol",
    429: "Too many failed attempts (enrolment codes, device tokens) for now; Retry-After says how long",
    503: "The server cannot reach its database",
}


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a route: the given statuses plus 400 and 422 (and 429 wherever a token is checked,
    as failed ones are limited), each described and typed as ErrorBody."""
    # Declaring 422 ourselves also keeps FastAPI from documenting its own validation body.
    limited = {429} if 401 in statuses else set()
    return {
        s: {"model": ErrorBody, "description": _MEANING[s]} for s in sorted({*statuses, *limited, 400, 422})
    }
