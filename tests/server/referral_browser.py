"""An officer's phone reduced to HTTP: a cookie jar, the CSRF token of the page last shown, and the
referral page's forms posted as a browser posts them (same origin, form-encoded)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from html import unescape
from typing import Any

import httpx

CSRF = re.compile(r'name="csrf_token" value="([^"]*)"')


def referral(**changes: str) -> dict[str, str]:
    """A complete referral form, as an officer fills it in (the phone's clock: a few minutes ago)."""
    when = (datetime.now() - timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M")
    form = {
        "door": "arrest_diversion",
        "referred_at": when,
        "place": "5th and Pine, by the bus shelter",
        "observed": "Sitting in the doorway, possession of a small amount",
        "offence_category": "DRUG",
        "first_name": "Sam",
        "last_name": "Rivera",
        "alias": "Sammy",
        "person_description": "Green jacket, grey backpack",
        "agreed_to_meet": "yes",
        "officer_contact": "Radio 4-Adam-12",
    }
    form.update(changes)
    return form


class Phone:
    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, follow_redirects=False, timeout=60)
        self.csrf = ""

    def get(self, path: str) -> httpx.Response:
        answer = self.http.get(path)
        found = CSRF.search(answer.text)
        if found:
            self.csrf = unescape(found.group(1))
        return answer

    def post(
        self, path: str, form: dict[str, Any], *, csrf: str | None = None, **headers: str
    ) -> httpx.Response:
        data = {"csrf_token": self.csrf if csrf is None else csrf, **form}
        return self.http.post(path, data=data, headers={"Origin": self.url, **headers})

    def sign_in(self, username: str, password: str) -> httpx.Response:
        self.get("/refer/sign-in")
        answer = self.post("/refer/sign-in", {"username": username, "password": password})
        if answer.status_code == 303:
            self.get("/refer/")  # the signed-in session's own CSRF token, as the browser lands there
        return answer

    def plant(self, session_id: str) -> None:
        """A session cookie put into this browser from elsewhere, as the server would have set it."""
        self.http.cookies.set("leaddesk-session", session_id, domain="127.0.0.1", path="/")

    def session(self) -> str | None:
        return self.http.cookies.get("leaddesk-session")

    def send(self, **changes: str) -> httpx.Response:
        self.get("/refer/new")
        return self.post("/refer/new", referral(**changes))

    def close(self) -> None:
        self.http.close()
