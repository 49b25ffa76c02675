"""The referral page's routes under /refer/ (left out of the sync API's OpenAPI schema): sign in with a
password or a one-time link, the officer's list, the referral form, sign out, and the page's two static
files. Thin: officers.py, officer_sessions.py and officer_referrals.py do the work; session.py resolves
who is signed in."""

from __future__ import annotations

from importlib import resources
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from starlette.responses import Response

from leaddesk.domain.ids import utcnow
from leaddesk.server import attempts, officer_referrals, officer_sessions, officers, program
from leaddesk.server.api.deps import AddressDep, ConnDep, SettingsDep
from leaddesk.server.attempts import (
    REFER_BY_ADDRESS,
    REFER_BY_OFFICER,
    SIGN_IN_BY_ACCOUNT,
    SIGN_IN_BY_ADDRESS,
)
from leaddesk.server.audit import record_event
from leaddesk.server.db import transaction
from leaddesk.server.errors import SignInRefused
from leaddesk.server.officer_referrals import NoTeamOnCall
from leaddesk.server.refer import pages, web
from leaddesk.server.refer.form import FIELDS, UnreadableForm, check, read_form
from leaddesk.server.refer.session import SignedIn, SignedInDep, sign_in_done

router = APIRouter(prefix="/refer", include_in_schema=False)
SIGNED_IN_AGAIN = "Signed in again. Nothing has been sent yet: check the referral and send it."
STATIC = {"refer.css": "text/css; charset=utf-8", "refer.js": "text/javascript; charset=utf-8"}


async def posted(request: Request) -> dict[str, str] | None:
    """The posted form's fields; None for a body that is no form (the body's size is bounded already)."""
    try:
        return read_form(await request.body())
    except UnreadableForm:
        return None


FormDep = Annotated[dict[str, str] | None, Depends(posted)]


def _refused_post(request: Request, form: dict[str, str] | None, expected: str | None) -> Response | None:
    """The answer to a POST that fails the same-origin or CSRF check; None if it passes."""
    if form is None:
        return web.page(
            request, pages.message_page("Not sent", "The form could not be read. Try again."), status=400
        )
    if not web.same_origin(request) or not web.tokens_match(expected, form.get(pages.CSRF_FIELD)):
        sentence = (
            "This form has expired or did not come from this site. Go back, reload the page and try again."
        )
        return web.page(request, pages.message_page("Not sent", sentence), status=403)
    return None


@router.get("/")
def home(request: Request, conn: ConnDep, signed: SignedInDep) -> Response:
    if signed is None:
        return web.redirect(request, "/refer/sign-in")
    with transaction(conn, write=True):
        listed = officer_referrals.list_for(conn, officer=signed.officer, on=utcnow().date())
    sent = request.query_params.get("sent") == "1"
    body = pages.list_page(officer=signed.officer, csrf=signed.csrf, referrals=listed, sent=sent)
    return web.page(request, body)


@router.get("/sign-in")
def sign_in_form(request: Request, signed: SignedInDep) -> Response:
    if signed is not None:
        return web.redirect(request, "/refer/")
    token, fresh = web.double_submit_token(request)
    response = web.page(request, pages.sign_in_page(csrf=token))
    if fresh:
        web.set_cookie(response, request, web.CSRF_COOKIE, token)
    return response


@router.post("/sign-in")
def sign_in(
    request: Request, conn: ConnDep, settings: SettingsDep, address: AddressDep, form: FormDep
) -> Response:
    refused = _refused_post(request, form, web.cookie(request, web.CSRF_COOKIE))
    if refused is not None or form is None:
        return refused or Response(status_code=400)
    username = form.get("username", "").strip()[:100]
    keys = [(SIGN_IN_BY_ADDRESS, address), (SIGN_IN_BY_ACCOUNT, username.lower())]
    csrf = web.cookie(request, web.CSRF_COOKIE) or ""
    carried = _carried(form)
    with transaction(conn, write=True):
        limited = attempts.limited(conn, keys=keys, address=address)
    if limited is not None:
        body = pages.sign_in_page(csrf=csrf, username=username, error=limited.message, carried=carried)
        return web.page(request, body, status=429, headers=limited.response_headers())
    try:
        with transaction(conn, write=False):
            found = officers.check_password(conn, username=username, password=form.get("password", ""))
    except SignInRefused as refusal:
        _count_failure(conn, keys=keys, address=address, why=refusal.why, account=username)
        body = pages.sign_in_page(csrf=csrf, username=username, error=refusal.message, carried=carried)
        return web.page(request, body, status=401)

    def show_again(signed: SignedIn) -> Response:
        with transaction(conn, write=False):
            settings_now = program.current(conn)
        again = pages.form_page(officer=signed.officer, csrf=signed.csrf, settings=settings_now,
                                values=carried, errors={}, problem=SIGNED_IN_AGAIN)  # fmt: skip
        return web.page(request, again)

    return sign_in_done(
        request, conn, settings=settings, officer=found, how="password", address=address,
        then=show_again if carried else None,
    )  # fmt: skip


def _carried(form: dict[str, str]) -> dict[str, str]:
    """A referral carried through the sign-in form (pages.CARRY), its known fields only."""
    known = {*FIELDS, "utc_offset"}
    return {
        name[len(pages.CARRY) :]: value
        for name, value in form.items()
        if name.startswith(pages.CARRY) and name[len(pages.CARRY) :] in known
    }


def _count_failure(conn: ConnDep, *, keys: attempts.Keys, address: str, why: str, account: str) -> None:
    with transaction(conn, write=True):
        attempts.count(conn, keys=keys)
        record_event(
            conn, actor=attempts.ANONYMOUS, action="sign_in_failed", entity="user", entity_id=account,
            detail=f"from {address}: {why}",
        )  # fmt: skip


@router.get("/link/{token}")
def link_form(request: Request, token: str) -> Response:
    csrf, fresh = web.double_submit_token(request)
    response = web.page(request, pages.link_page(csrf=csrf, token=token[: web.TOKEN_MAX]))
    if fresh:
        web.set_cookie(response, request, web.CSRF_COOKIE, csrf)
    return response


@router.post("/link/{token}")
def link_sign_in(
    request: Request, token: str, conn: ConnDep, settings: SettingsDep, address: AddressDep, form: FormDep
) -> Response:
    refused = _refused_post(request, form, web.cookie(request, web.CSRF_COOKIE))
    if refused is not None:
        return refused
    keys = [(SIGN_IN_BY_ADDRESS, address)]
    with transaction(conn, write=True):
        limited = attempts.limited(conn, keys=keys, address=address)
    if limited is not None:
        body = pages.link_page(csrf="", token="", error=limited.message)
        return web.page(request, body, status=429, headers=limited.response_headers())
    try:
        with transaction(conn, write=True):
            found = officers.use_sign_in_link(conn, token=token[: web.TOKEN_MAX])
            record_event(
                conn,
                actor=found.username,
                action="sign_in_link_used",
                entity="user",
                entity_id=found.username,
            )
    except SignInRefused as refusal:
        _count_failure(conn, keys=keys, address=address, why=refusal.why, account="")
        return web.page(request, pages.link_page(csrf="", token="", error=refusal.message), status=401)
    return sign_in_done(request, conn, settings=settings, officer=found, how="link", address=address)


@router.post("/sign-out")
def sign_out(request: Request, conn: ConnDep, signed: SignedInDep, form: FormDep) -> Response:
    if signed is None:
        return web.redirect(request, "/refer/sign-in")
    refused = _refused_post(request, form, signed.csrf)
    if refused is not None:
        return refused
    with transaction(conn, write=True):
        officer_sessions.end(conn, session_id=signed.session_id)
        record_event(conn, actor=signed.officer.username, action="sign_out")
    response = web.redirect(request, "/refer/sign-in")
    web.clear_cookie(response, request, web.SESSION_COOKIE)
    return response


@router.get("/new")
def referral_form(request: Request, conn: ConnDep, signed: SignedInDep) -> Response:
    if signed is None:
        return web.redirect(request, "/refer/sign-in")
    with transaction(conn, write=False):
        settings = program.current(conn)
    body = pages.form_page(officer=signed.officer, csrf=signed.csrf, settings=settings, values={}, errors={})
    return web.page(request, body)


@router.post("/new")
def send_referral(
    request: Request, conn: ConnDep, signed: SignedInDep, address: AddressDep, form: FormDep
) -> Response:
    if signed is None:
        return _signed_out_while_typing(request, form)
    refused = _refused_post(request, form, signed.csrf)
    if refused is not None or form is None:
        return refused or Response(status_code=400)
    with transaction(conn, write=False):
        settings = program.current(conn)
    checked = check(form, settings=settings)

    def again(status: int, problem: str | None = None, headers: dict[str, str] | None = None) -> Response:
        body = pages.form_page(officer=signed.officer, csrf=signed.csrf, settings=settings, values=form,
                               errors=checked.errors, problem=problem)  # fmt: skip
        return web.page(request, body, status=status, headers=headers)

    if checked.sent is None:
        return again(422)
    keys = [(REFER_BY_OFFICER, signed.officer.username), (REFER_BY_ADDRESS, address)]
    try:
        with transaction(conn, write=True):
            limited = attempts.limited(conn, keys=keys, address=address, actor=signed.officer.username)
            if limited is None:
                officer_referrals.submit(conn, officer=signed.officer, sent=checked.sent)
                attempts.count(conn, keys=keys)
    except NoTeamOnCall as refusal:
        with transaction(conn, write=True):
            record_event(conn, actor=signed.officer.username, action="referral_refused", detail=refusal.error)
        return again(409, refusal.message)
    if limited is not None:
        return again(429, limited.message, limited.response_headers())
    return web.redirect(request, "/refer/?sent=1")


def _signed_out_while_typing(request: Request, form: dict[str, str] | None) -> Response:
    """A referral posted after its session ended (idle, or signed out elsewhere): nothing is sent, and
    the sign-in form carries what was typed, to show it again once signed in. Nothing of it is kept on
    the server meanwhile."""
    if form is None or not web.same_origin(request):
        return web.redirect(request, "/refer/sign-in")
    token, fresh = web.double_submit_token(request)
    carried = {name: form[name] for name in (*FIELDS, "utc_offset") if name in form}
    response = web.page(request, pages.sign_in_page(csrf=token, carried=carried), status=401)
    if fresh:
        web.set_cookie(response, request, web.CSRF_COOKIE, token)
    return response


@router.get("/static/{name}")
def static(request: Request, name: str) -> Response:
    if name not in STATIC:
        return web.page(request, pages.message_page("Not found", "There is no such page."), status=404)
    content = resources.files("leaddesk.server.refer").joinpath("static", name).read_bytes()
    response = Response(content, media_type=STATIC[name])
    response.headers.update({**web.HEADERS, "Cache-Control": "public, max-age=3600"})
    return response
