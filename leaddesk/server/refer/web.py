"""What every answer of the referral page carries and checks: its cookies (HttpOnly, SameSite=Strict,
Secure and the __Host- prefix when served over TLS), security headers (a strict Content-Security-Policy,
no caching of pages that name people, no referrer to other sites), and the checks a POST must pass: same
origin, and a CSRF token compared in constant time (the session's own once signed in; before that a
double-submit cookie, which the __Host- prefix keeps other sites and subdomains from setting)."""

from __future__ import annotations

import hmac
import secrets

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from leaddesk.server.refer.html import Html

SESSION_COOKIE = "leaddesk-session"
CSRF_COOKIE = "leaddesk-csrf"
TOKEN_MAX = 100  # our tokens are 43 characters; anything far longer is not one of ours
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # Not no-referrer: under it browsers post forms with "Origin: null", and the same-origin check fails.
    # same-origin still sends nothing (no sign-in link's path) to any other site.
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def over_tls(request: Request) -> bool:
    return request.url.scheme == "https"


def cookie_name(base: str, request: Request) -> str:
    """The __Host- prefix (Secure, Path=/, no Domain: only this host may set it) wherever TLS allows it."""
    return f"__Host-{base}" if over_tls(request) else base


def cookie(request: Request, base: str) -> str | None:
    value = request.cookies.get(cookie_name(base, request))
    return value if value and len(value) <= TOKEN_MAX else None


def set_cookie(response: Response, request: Request, base: str, value: str) -> None:
    name = cookie_name(base, request)
    response.set_cookie(name, value, httponly=True, secure=over_tls(request), samesite="strict", path="/")


def clear_cookie(response: Response, request: Request, base: str) -> None:
    response.delete_cookie(
        cookie_name(base, request), httponly=True, secure=over_tls(request), samesite="strict", path="/"
    )


def secured(response: Response, request: Request) -> Response:
    response.headers.update(HEADERS)
    if over_tls(request):
        response.headers["Strict-Transport-Security"] = "max-age=31536000"
    return response


def page(
    request: Request, body: Html, *, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    return secured(HTMLResponse(body, status_code=status, headers=headers), request)


def redirect(request: Request, to: str) -> Response:
    return secured(RedirectResponse(to, status_code=303), request)


def same_origin(request: Request) -> bool:
    """A POST from our own pages: browsers send Origin (and Sec-Fetch-Site) with every form post."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    return origin is None or origin == f"{request.url.scheme}://{request.url.netloc}"


def tokens_match(expected: str | None, given: str | None) -> bool:
    if not expected or not given or len(given) > TOKEN_MAX:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def double_submit_token(request: Request) -> tuple[str, bool]:
    """The pre-sign-in CSRF token: the browser's cookie, or a new one (True: set the cookie)."""
    held = cookie(request, CSRF_COOKIE)
    return (held, False) if held else (secrets.token_urlsafe(32), True)
