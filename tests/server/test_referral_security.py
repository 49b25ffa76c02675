"""The referral page's security (issue 19), over HTTP against the real server on SQLite and PostgreSQL:
sessions renewed at sign-in and ended by expiry, sign-out and disabling; CSRF and cross-site posts
refused; rate limits on sign-ins and referrals; an officer's cookie opens no /v1 route; XSS payloads come
back escaped; an officer sees their own referrals and nobody else's, and never a case record."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import update

from leaddesk.domain import Participant
from leaddesk.domain.ids import utcnow
from leaddesk.server import users
from leaddesk.server.app import create_app
from leaddesk.server.audit import find_events
from leaddesk.server.db import officer_session
from leaddesk.server.settings import ServerSettings
from tests.server.officers_setup import PASSWORD, add_officer, on_call, program_lists
from tests.server.referral_browser import Phone, referral


@pytest.fixture
def phones(office) -> Iterator[list[Phone]]:
    """Two officers of precinct N1 (on call: team north), each with a phone not yet signed in."""
    program_lists(office.engine)
    office.team("north")
    on_call(office.engine, "N1", "north")
    add_officer(office.engine, "ofc.diaz")
    add_officer(office.engine, "ofc.lee")
    made = [Phone(office.url), Phone(office.url)]
    yield made
    for phone in made:
        phone.close()


def referrals_sent(office) -> int:
    return office.scalar("SELECT count(*) FROM officer_referral")


def test_signing_in_makes_a_new_session_whatever_cookie_came_before(office, phones) -> None:
    diaz, other = phones
    assert other.sign_in("ofc.diaz", PASSWORD).status_code == 303
    earlier = other.session()  # a real session id someone saw, and one an attacker made up
    for planted in (earlier, "attacker-chosen-session-id"):
        diaz.get("/refer/sign-in")
        diaz.plant(planted)

        answer = diaz.post("/refer/sign-in", {"username": "ofc.diaz", "password": PASSWORD})

        assert answer.status_code == 303
        assert diaz.session() not in (planted, None)
    assert diaz.get("/refer/").status_code == 200
    # The planted real one was ended by the sign-in that replaced it.
    assert other.get("/refer/").headers["location"] == "/refer/sign-in"


def test_posts_without_the_right_csrf_token_or_from_another_site_change_nothing(office, phones) -> None:
    diaz, _ = phones
    diaz.sign_in("ofc.diaz", PASSWORD)
    diaz.get("/refer/new")

    assert diaz.post("/refer/new", referral(), csrf="").status_code == 403
    assert diaz.post("/refer/new", referral(), csrf=diaz.csrf[:-2] + "xx").status_code == 403
    assert diaz.post("/refer/new", referral(), Origin="https://evil.example").status_code == 403
    assert diaz.post("/refer/new", referral(), **{"Sec-Fetch-Site": "cross-site"}).status_code == 403
    assert referrals_sent(office) == 0
    assert diaz.post("/refer/new", referral()).status_code == 303
    assert referrals_sent(office) == 1


def test_signing_in_needs_the_double_submit_token_too(office, phones) -> None:
    diaz, _ = phones
    diaz.get("/refer/sign-in")
    wrong = diaz.post("/refer/sign-in", {"username": "ofc.diaz", "password": PASSWORD}, csrf="forged")
    assert wrong.status_code == 403
    diaz.http.cookies.clear()  # a page from another site has no cookie of ours to copy
    bare = diaz.post("/refer/sign-in", {"username": "ofc.diaz", "password": PASSWORD})
    assert bare.status_code == 403
    assert diaz.session() is None


def test_a_disabled_officer_is_out_at_once(office, phones) -> None:
    diaz, _ = phones
    diaz.sign_in("ofc.diaz", PASSWORD)
    diaz.get("/refer/new")
    with office.engine.begin() as conn:
        users.set_disabled(conn, username="ofc.diaz", disabled=True, actor="t")

    refused = diaz.post("/refer/new", referral())
    assert refused.status_code == 401
    assert "Sign in" in refused.text
    assert diaz.get("/refer/").headers["location"] == "/refer/sign-in"
    again = diaz.sign_in("ofc.diaz", PASSWORD)
    assert again.status_code == 401
    assert "This account has been disabled" in again.text
    assert referrals_sent(office) == 0


@pytest.mark.parametrize("column", ["last_seen", "created_at"])
def test_a_session_ends_when_idle_or_too_old(office, phones, column) -> None:
    diaz, _ = phones
    diaz.sign_in("ofc.diaz", PASSWORD)
    assert diaz.get("/refer/").status_code == 200
    with office.engine.begin() as conn:  # the clock moved on: a shift later (or an hour idle)
        conn.execute(update(officer_session).values({column: utcnow() - timedelta(hours=13)}))

    assert diaz.get("/refer/").headers["location"] == "/refer/sign-in"
    assert office.scalar("SELECT count(*) FROM officer_session") == 0


def test_signing_out_ends_the_session_on_the_server(office, phones) -> None:
    diaz, _ = phones
    diaz.sign_in("ofc.diaz", PASSWORD)
    diaz.get("/refer/")
    session = diaz.session()

    assert diaz.post("/refer/sign-out", {}).status_code == 303

    copied = Phone(office.url)
    copied.plant(session)
    assert copied.get("/refer/").headers["location"] == "/refer/sign-in"
    copied.close()


def test_failed_sign_ins_are_limited_per_account(office, phones) -> None:
    diaz, _ = phones
    for _ in range(10):
        assert diaz.sign_in("ofc.diaz", "not the password").status_code == 401

    limited = diaz.sign_in("ofc.diaz", PASSWORD)  # even the right one, until the window ends

    assert limited.status_code == 429
    assert 0 < int(limited.headers["Retry-After"]) <= 15 * 60
    assert "Too many failed sign-ins for this account" in limited.text
    assert diaz.session() is None
    assert phones[1].sign_in("ofc.lee", PASSWORD).status_code == 303  # another account is not locked out
    with office.engine.connect() as conn:
        actions = [e.action for e in find_events(conn)]
    assert actions.count("sign_in_failed") == 10
    assert "rate_limited" in actions


def test_referrals_are_limited_per_officer(office, phones) -> None:
    diaz, lee = phones
    diaz.sign_in("ofc.diaz", PASSWORD)
    diaz.get("/refer/new")
    for _ in range(20):
        assert diaz.post("/refer/new", referral()).status_code == 303

    limited = diaz.post("/refer/new", referral(first_name="Twenty-first"))

    assert limited.status_code == 429
    assert "Too many referrals sent from this account" in limited.text
    assert 'value="Twenty-first"' in limited.text  # what was typed is still there
    assert referrals_sent(office) == 20
    lee.sign_in("ofc.lee", PASSWORD)
    assert lee.send().status_code == 303


PAYLOADS = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "</textarea><svg onload=alert(1)>",
]
TYPED = ("place", "observed", "first_name", "last_name", "alias", "person_description", "officer_contact")


def test_xss_payloads_come_back_escaped(office, phones) -> None:
    diaz, _ = phones
    diaz.sign_in("ofc.diaz", PASSWORD)
    for payload in PAYLOADS:
        shown = diaz.post("/refer/new", referral(door="", **dict.fromkeys(TYPED, payload)))  # re-shown
        assert shown.status_code == 422
        assert payload not in shown.text
        for markup in ("<script>alert", "<img", "<svg"):
            assert markup not in shown.text
        assert diaz.post("/refer/new", referral(**dict.fromkeys(TYPED, payload))).status_code == 303
    listing = diaz.get("/refer/")
    assert all(payload not in listing.text for payload in PAYLOADS)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in listing.text
    assert "script-src 'self'" in listing.headers["Content-Security-Policy"]


def test_an_officer_sees_only_their_own_referrals_and_no_case_record(office, phones) -> None:
    diaz, lee = phones
    diaz.sign_in("ofc.diaz", PASSWORD)
    lee.sign_in("ofc.lee", PASSWORD)
    diaz.send(first_name="Diazsent", last_name="Person")
    lee.send(first_name="Leesent", last_name="Person")
    office.user("casey", "north")
    laptop = office.device("casey")
    laptop.push(laptop.create(Participant(first_name="Caserecord", last_name="Only", team_id="north")))

    seen_by_diaz = diaz.get("/refer/").text + diaz.get("/refer/new").text

    assert "Diazsent" in seen_by_diaz
    assert "Leesent" not in seen_by_diaz
    assert "Caserecord" not in seen_by_diaz
    assert "Leesent" in lee.get("/refer/").text


def test_an_officer_session_opens_no_sync_route(office, phones, database_url: str) -> None:
    """Every /v1 route the app has, with a signed-in officer's cookie (and no device token): refused.
    Only /v1/health answers anyone, and says nothing but that the server is up."""
    diaz, _ = phones
    diaz.sign_in("ofc.diaz", PASSWORD)
    paths = create_app(ServerSettings(database_url=database_url)).openapi()["paths"]
    checked = []
    for path, methods in paths.items():
        assert path.startswith("/v1/")
        url = path.replace("{sha256}", "0" * 64)
        for method in methods:
            body = {"code": "ABCD-EFGH-JKMN-PQRS", "device_name": "x"} if path == "/v1/enroll" else {}
            answer = diaz.http.request(method.upper(), url, json=body, headers={"Origin": office.url})
            checked.append(path)
            if path == "/v1/health":
                assert answer.status_code == 200
                assert set(answer.json()) == {"status", "protocol_version", "server_version"}
            else:
                assert answer.status_code in (401, 403), (method, path, answer.status_code)
    assert {"/v1/pull", "/v1/push", "/v1/program", "/v1/enroll", "/v1/heartbeat"} <= set(checked)
