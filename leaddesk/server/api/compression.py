"""Pull pages compressed with Zstandard for a client that accepts it, gzip (the app's middleware) for any
other. A new laptop's first sync is a few hundred pages of a few MB of JSON each: gzip at level 6 was a
quarter of the server's CPU for them, and undoing it a twentieth of the laptop's. Zstandard at level 3
makes a page about a fifth smaller in a sixth of the time, and is undone in well under half of it.
httpx asks for it by itself (`Accept-Encoding: …, zstd`) once the `zstandard` package is installed,
as it is with LEAD Desk."""

from __future__ import annotations

from fastapi import Response
from zstandard import ZstdCompressor

LEVEL = 3
MINIMUM_SIZE = 1024  # as the gzip middleware: below it, compressing gains less than its header costs


def accepts_zstd(accept_encoding: str | None) -> bool:
    """Whether an Accept-Encoding header lists zstd without refusing it (q=0)."""
    for item in (accept_encoding or "").split(","):
        coding, _, parameters = item.partition(";")
        if coding.strip().lower() != "zstd":
            continue
        quality = parameters.strip().lower().removeprefix("q=")
        try:
            return not parameters.strip() or float(quality) > 0
        except ValueError:
            return False
    return False


def json_response(
    body: bytes, *, accept_encoding: str | None, headers: dict[str, str] | None = None
) -> Response:
    """`body` (JSON) as the answer, with `headers`: zstd-compressed where the client accepts it and it
    is worth it; else as it is, for the gzip middleware, which leaves an answer already encoded alone."""
    if len(body) < MINIMUM_SIZE or not accepts_zstd(accept_encoding):
        return Response(body, media_type="application/json", headers=headers)
    # A compressor per answer: one is not to be shared between threads, and making it costs microseconds.
    packed = ZstdCompressor(level=LEVEL).compress(body)
    headers = {**(headers or {}), "Content-Encoding": "zstd", "Vary": "Accept-Encoding"}
    return Response(packed, media_type="application/json", headers=headers)
