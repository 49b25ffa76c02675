"""The HTTP client of the sync protocol (sync/protocol.py) over httpx: gzip push bodies, TLS verified
against the system store or the organisation's CA bundle, retries with backoff on network trouble, and
every refusal turned into one of the exceptions in sync/errors.py."""

from __future__ import annotations

import gzip
import logging
import random
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any, NamedTuple, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from leaddesk import __version__
from leaddesk.domain.enums import RevokeMode
from leaddesk.sync.errors import (
    AccountDisabled,
    AuthenticationFailed,
    CertificateNotTrusted,
    DeviceRevoked,
    EnrollmentFailed,
    NotEnrolled,
    ProtocolMismatch,
    ServerBehind,
    ServerUnavailable,
    ServerUnreachable,
    SyncError,
    SyncRejected,
)
from leaddesk.sync.protocol import (
    API_PREFIX,
    PAGE_HEADER,
    SERVER_TIME_HEADER,
    AuditUpload,
    AuditUploadResponse,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    Heartbeat,
    HeartbeatResponse,
    PageHead,
    ProgramResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    WaitingResponse,
)

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
_jitter = random.SystemRandom()


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try before telling the user the server cannot be reached: `attempts` tries in all,
    waits growing from `base_delay` to at most `max_delay` (with full jitter, so laptops coming back
    online together do not retry in step), and never past `total` seconds since the first try."""

    attempts: int = 5
    base_delay: float = 0.5
    max_delay: float = 8.0
    total: float = 60.0

    def delay(self, retry: int) -> float:
        return _jitter.uniform(0, min(self.max_delay, self.base_delay * 2**retry))


class _Retryable(Exception):
    def __init__(self, error: Exception, *, sent: bool) -> None:
        super().__init__(str(error))
        self.error = error
        self.sent = sent  # the server may have received (and acted on) the request


def ssl_context(verify: bool | str | ssl.SSLContext) -> bool | ssl.SSLContext:
    """httpx's `verify` from ours: a CA bundle path becomes a context trusting exactly that bundle."""
    if isinstance(verify, str):
        try:
            return ssl.create_default_context(cafile=verify)
        except (OSError, ssl.SSLError) as exc:
            raise CertificateNotTrusted(f"the CA bundle {verify!r} cannot be read: {exc}") from exc
    return verify


class SyncClient:
    """One device's connection to its sync server; not shared between threads."""

    def __init__(
        self,
        base_url: str,
        *,
        token: str | None = None,
        verify: bool | str | ssl.SSLContext = True,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.retry = retry or RetryPolicy()
        # Told the server's clock (ms since the epoch) and the round trip (ms) of every answer that says it.
        self.on_server_time: Callable[[int, int], None] | None = None
        self._http = httpx.Client(
            base_url=self.base_url + API_PREFIX,
            verify=ssl_context(verify),
            timeout=timeout,
            transport=transport,
            headers={"User-Agent": f"LEADDesk/{__version__}"},
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SyncClient:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- the protocol ------------------------------------------------------------------------------

    def enroll(
        self, code: str, device_name: str, app_version: str = __version__, *, clock_id: str | None = None
    ) -> EnrollResponse:
        """Trade a one-time code for this device's token. The code is spent on arrival; with this laptop's
        `clock_id` the server answers a second try with a new token for the device the first one made, so
        a request that may have arrived is retried. Without it a retry could only be told "used"."""
        body = EnrollRequest(code=code, device_name=device_name, app_version=app_version, clock_id=clock_id)
        response = self._request(
            "POST", "/enroll", auth=False, retry_sent=clock_id is not None, json=body.model_dump(mode="json")
        )
        return _parse(EnrollResponse, response)

    def push(self, request: PushRequest) -> PushResponse:
        """Send a batch; safe to repeat (the server answers a repeated batch id with its first answer)."""
        data = gzip.compress(request.model_dump_json().encode(), compresslevel=6, mtime=0)
        headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
        return _parse(PushResponse, self._request("POST", "/push", content=data, headers=headers))

    def upload_audit(self, upload: AuditUpload) -> AuditUploadResponse:
        """Send audit events; safe to repeat (events the server holds already are duplicates)."""
        data = gzip.compress(upload.model_dump_json().encode(), compresslevel=6, mtime=0)
        headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
        return _parse(AuditUploadResponse, self._request("POST", "/audit", content=data, headers=headers))

    def pull(self, cursor: int, limit: int) -> PullResponse:
        return read_page(self.pull_page(cursor, limit).body)

    def pull_page(self, cursor: int, limit: int) -> RawPage:
        """A pull page as it came, not read yet, with what its header says of it (sync/pages.py)."""
        params = {"cursor": cursor, "limit": limit, "shared_stamps": "true"}  # see RecordState.stamp
        response = self._request("GET", "/pull", params=params)
        return RawPage(response.content, PageHead.decode(response.headers.get(PAGE_HEADER)))

    def waiting(self, cursor: int) -> bool:
        """Whether a pull from `cursor` would bring anything (the quick check; a few bytes each way)."""
        return _parse(WaitingResponse, self._request("GET", "/waiting", params={"cursor": cursor})).waiting

    def heartbeat(self, *, pending: int, app_version: str = __version__) -> HeartbeatResponse:
        body = Heartbeat(pending=pending, app_version=app_version)
        response = self._request("POST", "/heartbeat", json=body.model_dump(mode="json"))
        return _parse(HeartbeatResponse, response)

    def program(self, *, held: str | None) -> ProgramResponse | None:
        """The program's settings and roster, or None if they are still the version `held`."""
        headers = {"If-None-Match": f'"{held}"'} if held else {}
        response = self._request("GET", "/program", headers=headers)
        return None if response.status_code == 304 else _parse(ProgramResponse, response)

    def put_attachment(self, sha256: str, data: bytes, *, participant_id: str) -> None:
        """Upload a file's bytes for the participant its attachment record is on (see protocol.py)."""
        # Not gzipped: attachments are mostly photos and PDFs, compressed already.
        headers = {"Content-Type": "application/octet-stream"}
        params = {"participant_id": participant_id}
        self._request("PUT", f"/attachments/{sha256}", content=data, headers=headers, params=params)

    def get_attachment(self, sha256: str) -> bytes | None:
        """The file's bytes, or None if the server has none in this device's scope (yet)."""
        try:
            return self._request("GET", f"/attachments/{sha256}").content
        except SyncRejected as exc:
            if exc.status == 404:
                return None
            raise

    # -- plumbing ----------------------------------------------------------------------------------

    def _request(
        self, method: str, path: str, *, auth: bool = True, retry_sent: bool = True, **kwargs: Any
    ) -> httpx.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        if auth:
            if not self._token:
                raise NotEnrolled()
            headers["Authorization"] = f"Bearer {self._token}"
        deadline = time.monotonic() + self.retry.total
        retry = 0
        while True:
            try:
                return self._attempt(method, path, headers=headers, **kwargs)
            except _Retryable as failure:
                delay = self.retry.delay(retry)
                retry += 1
                give_up = (
                    retry >= self.retry.attempts
                    or (failure.sent and not retry_sent)
                    or time.monotonic() + delay > deadline
                )
                if give_up:
                    raise _final(failure.error) from failure.error
                log.info("sync %s %s failed (%s); retry %d in %.2f s", method, path, failure, retry, delay)
                time.sleep(delay)

    def _attempt(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        started = time.monotonic()
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.ConnectError as exc:
            if _certificate_problem(exc):
                raise CertificateNotTrusted(str(exc)) from exc
            raise _Retryable(exc, sent=False) from exc
        except httpx.ConnectTimeout as exc:
            raise _Retryable(exc, sent=False) from exc
        except httpx.TransportError as exc:  # read/write errors and timeouts, a dropped connection
            raise _Retryable(exc, sent=True) from exc
        self._note_server_time(response, round_trip_ms=int((time.monotonic() - started) * 1000))
        if response.status_code >= 500:
            raise _Retryable(_refusal(response), sent=True)
        if response.status_code >= 400:
            raise _refusal(response)
        return response

    def _note_server_time(self, response: httpx.Response, *, round_trip_ms: int) -> None:
        text = response.headers.get(SERVER_TIME_HEADER, "")
        if self.on_server_time is not None and text.isdigit() and len(text) <= 15:
            self.on_server_time(int(text), round_trip_ms)


def _certificate_problem(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _final(error: Exception) -> Exception:
    """What a caller sees once retrying is over."""
    if isinstance(error, SyncRejected):
        return error
    return ServerUnreachable()


def _error_body(response: httpx.Response) -> ErrorBody | None:
    try:
        return ErrorBody.model_validate_json(response.content)
    except ValidationError:
        return None  # a proxy's HTML page, say


def _refusal(response: httpx.Response) -> SyncError:
    status, body = response.status_code, _error_body(response)
    if status >= 500:
        return ServerUnavailable(status, body)
    if status == 401:
        return AuthenticationFailed(body.message) if body else AuthenticationFailed()
    if status == 403 and body is not None and body.error == "device_revoked":
        # A revocation without a mode is treated as "retired": a final push first never loses work.
        return DeviceRevoked(body.revoke_mode or RevokeMode.RETIRED, body.message)
    if status == 403 and body is not None and body.error == "user_disabled":
        return AccountDisabled()  # our own words: the server's are written for any client
    if status == 403 and body is not None and body.error.startswith("enrolment_code"):
        return EnrollmentFailed(body.error, body.message)
    if status == 409 and body is not None and body.error == "server_behind":
        return ServerBehind(status, body)
    return SyncRejected(status, body)


class RawPage(NamedTuple):
    body: bytes  # the page's JSON
    head: PageHead | None  # what its header says it ends with (None from servers before the header)


def read_page(body: bytes) -> PullResponse:
    """A pull page's JSON read; ProtocolMismatch if it is not one."""
    return _parse_json(PullResponse, body)


def _parse(model: type[M], response: httpx.Response) -> M:
    return _parse_json(model, response.content)


def _parse_json(model: type[M], content: bytes) -> M:
    try:
        return model.model_validate_json(content)
    except ValidationError as exc:
        raise ProtocolMismatch(f"{model.__name__}: {exc.error_count()} problem(s)") from exc
