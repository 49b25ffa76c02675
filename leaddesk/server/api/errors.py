"""Every refusal as an ErrorBody: our own errors, FastAPI's validation errors, Starlette's 404/405 and,
should one slip through, an unexpected exception (as a 500 that names no internals)."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute, Match

from leaddesk.domain.enums import RevokeMode
from leaddesk.server.errors import ServerError
from leaddesk.sync.protocol import ErrorBody

log = logging.getLogger(__name__)

_CODES = {
    400: "bad_request",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    429: "too_many_attempts",
}


def error_response(
    status: int,
    *,
    error: str,
    message: str,
    detail: Any = None,
    revoke_mode: RevokeMode | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = ErrorBody(error=error, message=message, detail=detail, revoke_mode=revoke_mode)
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def _validation_problems(exc: RequestValidationError) -> list[dict[str, Any]]:
    # Only where and what: the rejected input is left out, so record contents never echo back or into logs.
    return [
        {
            "loc": [str(p) for p in e.get("loc", ())],
            "msg": str(e.get("msg", "")).removeprefix("Value error, "),  # our validators' own sentences
            "type": str(e.get("type")),
        }
        for e in exc.errors()
    ]


async def _server_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ServerError)
    return error_response(
        exc.status,
        error=exc.error,
        message=exc.message,
        detail=exc.detail,
        revoke_mode=exc.revoke_mode,
        headers=exc.response_headers(),
    )


async def _invalid(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = _validation_problems(exc)
    first = problems[0] if problems else {"loc": [], "msg": "invalid request"}
    where = ".".join(p for p in first["loc"] if p != "body")
    what = f"{where}: {first['msg']}" if where else first["msg"]
    return error_response(
        422,
        error="invalid_request",
        message=f"The request does not follow the sync protocol: {what}",
        detail=problems,
    )


def _allowed_methods(request: Request) -> str:
    """Every method the path takes. Starlette names only those of the first route that matched the
    path, which is wrong where two routes share it (PUT and GET of an attachment)."""
    methods: set[str] = set()
    for route in request.app.routes:
        if isinstance(route, BaseRoute) and route.matches(request.scope)[0] is not Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    return ", ".join(sorted(methods))


# FastAPI's words when Python's JSON reader gave up on a body for another reason than bad syntax.
_UNPARSED = "There was an error parsing the body"


async def _http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request)
    message = str(exc.detail)
    if exc.status_code == 400 and message == _UNPARSED:
        message = (
            "The request body cannot be read as JSON: it is not UTF-8, nests too deeply, or holds a "
            "number with too many digits."
        )
    return error_response(
        exc.status_code,
        error=_CODES.get(exc.status_code, f"http_{exc.status_code}"),
        message=message,
        headers=headers,
    )


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, error="internal_error", message="The server failed; the error is in its log.")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ServerError, _server_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)
