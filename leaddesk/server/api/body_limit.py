"""Request bodies, bounded before anything parses them: a size limit on the wire, gzip undone with the
same limit on what comes out (so a small zip bomb is refused, not inflated), and the plain body handed on.

Pure ASGI rather than a FastAPI dependency, so the routes keep their declared pydantic bodies (and the
OpenAPI schema describes them) while every body still passes through here first.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from leaddesk.server.api.errors import error_response

ATTACHMENT_PREFIX = "/v1/attachments/"
REFER_PREFIX = "/refer/"
# The referral form: three texts of 2,000 characters, percent-encoded (up to 9 bytes a character), and
# the short fields; nothing an officer types comes near it.
REFER_BODY_MAX = 64 * 1024


class TooLarge(Exception):
    pass


class BadEncoding(Exception):
    pass


def gunzip_limited(data: bytes, *, limit: int) -> bytes:
    """The gzip stream's content, refusing to produce more than `limit` bytes of it."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        # max_length=0 would mean "no limit"; limit + 1 - len(out) stays at least 1 in this loop.
        out = bytearray(inflater.decompress(data, limit + 1))
        while inflater.unconsumed_tail and len(out) <= limit:
            out += inflater.decompress(inflater.unconsumed_tail, limit + 1 - len(out))
    except zlib.error as exc:
        raise BadEncoding(f"the gzip body is damaged ({exc})") from None
    if len(out) > limit:
        raise TooLarge
    if not inflater.eof or inflater.unused_data:
        raise BadEncoding("the gzip body is cut short or has bytes after its end")
    return bytes(out)


class BodyLimit:
    def __init__(self, app: ASGIApp, *, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        headers = {k.lower(): v for k, v in scope["headers"]}
        encoding = headers.get(b"content-encoding", b"identity").decode("latin-1").strip().lower()
        length = headers.get(b"content-length")
        refusal = None
        if encoding not in ("identity", "gzip"):
            refusal = (
                415,
                "unsupported_encoding",
                f"Content-Encoding {encoding!r} is not accepted; use gzip.",
            )
        elif length is not None and length.isdigit() and int(length) > limit:
            refusal = self._too_large(limit)
        if refusal is not None:
            await self._refuse(refusal, scope, receive, send)
            return

        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > limit:
                await self._refuse(self._too_large(limit), scope, receive, send)
                return
        if encoding == "gzip":
            try:
                # Inflating up to 16 MiB takes tens of ms: off the event loop, so other requests go on.
                body = bytearray(await run_in_threadpool(gunzip_limited, bytes(body), limit=limit))
            except TooLarge:
                await self._refuse(self._too_large(limit), scope, receive, send)
                return
            except BadEncoding as exc:
                refusal = (400, "bad_encoding", f"The request body is not valid gzip: {exc}.")
                await self._refuse(refusal, scope, receive, send)
                return
        dropped = (b"content-encoding", b"content-length")
        inner_scope = dict(scope)
        inner_scope["headers"] = [
            *((k, v) for k, v in scope["headers"] if k.lower() not in dropped),
            (b"content-length", str(len(body)).encode()),
        ]
        await self.app(inner_scope, _replay(bytes(body), receive), send)

    @staticmethod
    def _too_large(limit: int) -> tuple[int, str, str]:
        return 413, "payload_too_large", f"The request body is over the limit of {limit} bytes (after gzip)."

    @staticmethod
    async def _refuse(refusal: tuple[int, str, str], scope: Scope, receive: Receive, send: Send) -> None:
        status, error, message = refusal
        # Connection: close, as the rest of a refused body is never read.
        response = error_response(status, error=error, message=message, headers={"Connection": "close"})
        await response(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: wait for the client to disconnect, as Starlette expects

    return replay
