"""`leaddesk-server user …` for officer accounts (issue 19): adding one with its agency and precinct,
giving it a password, and printing a one-time sign-in link. cli.py runs them in one write transaction
each. A password is read without echo (or from standard input when that is not a terminal) and is never
printed or logged."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, timedelta
from typing import TYPE_CHECKING, TypeAlias

from sqlalchemy.engine import Connection

from leaddesk.server import officers
from leaddesk.server.errors import InvalidRequest
from leaddesk.server.settings import ServerSettings

if TYPE_CHECKING:  # argparse's action type is generic only to type checkers
    from collections.abc import Callable

    Verbs: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
    VerbMaker: TypeAlias = Callable[[Verbs, str, str], argparse.ArgumentParser]

REFER_PATH = "/refer/"


def add_officer_arguments(add: argparse.ArgumentParser) -> None:
    """`user add`'s options for an officer."""
    add.add_argument("--agency", help="an officer's agency: a code of the program's referring_agencies")
    add.add_argument("--precinct", help="an officer's precinct: a code of the program's precincts")


def add_officer_verbs(user: Verbs, verb: VerbMaker) -> None:
    password = verb(user, "set-password", "give an officer a password for the referral page (asked twice)")
    password.add_argument("username")
    link = verb(user, "sign-in-link", "print a one-time link that signs an officer in to the referral page")
    link.add_argument("username")
    link.add_argument("--minutes", type=float, default=15.0, help="how long the link works (default 15)")
    link.add_argument(
        "--url",
        help=f"the address officers reach this server at (env {ServerSettings.env_name('public_url')}; "
        "default: the host and port it serves on)",
    )


def add_officer(args: argparse.Namespace, conn: Connection, actor: str) -> None:
    if not args.agency or not args.precinct:
        raise InvalidRequest(
            "An officer needs --agency CODE and --precinct CODE (codes of the program's lists)."
        )
    if args.team:
        raise InvalidRequest(
            "An officer belongs to no team: their referrals go to the team on call for their precinct "
            "(`leaddesk-server program on-call`)."
        )
    added = officers.add_officer(
        conn,
        username=args.username,
        display_name=args.name,
        agency=args.agency,
        precinct=args.precinct,
        actor=actor,
    )
    print(
        f"Added officer {added.username} ({added.user.display_name}), agency {added.agency_code}, precinct "
        f"{added.precinct}. Give them a password (`user set-password {added.username}`) or a sign-in link "
        f"(`user sign-in-link {added.username}`)."
    )


def read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("New password: ")
    if getpass.getpass("The same password again: ") != first:
        raise InvalidRequest("The two passwords differ. Nothing was changed.")
    return first


def set_password(args: argparse.Namespace, conn: Connection, actor: str) -> None:
    officers.get_officer(conn, username=args.username)  # a sentence before asking, if not an officer
    found = officers.set_password(conn, username=args.username, password=read_password(), actor=actor)
    print(f"Set a new password for {found.username}; any session of theirs elsewhere has ended.")


def public_url(settings: ServerSettings, given: str | None) -> str:
    if given or settings.public_url:
        return (given or settings.public_url).rstrip("/")
    scheme = "https" if settings.tls_cert else "http"
    return f"{scheme}://{settings.host}:{settings.port}"


def sign_in_link(args: argparse.Namespace, settings: ServerSettings, conn: Connection, actor: str) -> None:
    issued = officers.issue_sign_in_link(
        conn, username=args.username, lifetime=timedelta(minutes=args.minutes), actor=actor
    )
    until = issued.expires_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"Sign-in link for {issued.username}, once, until {until}:")
    print()
    print(f"    {public_url(settings, args.url)}{REFER_PATH}link/{issued.token}")
    print()
    print("It is not stored anywhere; send it to the officer only, and make another if it is lost.")
