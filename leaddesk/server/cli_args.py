"""The command line of `leaddesk-server`: every verb, its arguments and its help (cli.py runs them)."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.engine import Connection

from leaddesk import __version__
from leaddesk.domain.enums import RevokeMode
from leaddesk.server.cli_audit import add_audit_verb
from leaddesk.server.cli_hmis import add_export_verbs
from leaddesk.server.cli_officer import add_officer_arguments, add_officer_verbs
from leaddesk.server.cli_program import add_program_verbs
from leaddesk.server.cli_report import add_report_verbs
from leaddesk.server.settings import ServerSettings
from leaddesk.sync.protocol import Role

ENV = ServerSettings.env_name
Handler = Callable[[argparse.Namespace, ServerSettings, Connection], None]


@dataclass(frozen=True)
class AddedVerb:
    """A verb the installed command adds to the server's own: `seed-demo` needs the demo generator, which
    the server may not import (DESIGN.md §1), so leaddesk.demo composes it and hands it in. It runs, as
    every admin verb does, inside one write transaction."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Handler


def parse_since(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD) or ISO time") from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


def parse_capacity(text: str) -> int | None:
    if text.strip().lower() == "standard":
        return None
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of participants or 'standard'") from None


def build_parser(added: Sequence[AddedVerb] = ()) -> argparse.ArgumentParser:
    # --database-url works before or after the verb; SUPPRESS keeps a later default from hiding it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        help=f"SQLAlchemy URL of the server database (env {ENV('database_url')}; default: "
        "sqlite:///./leaddesk-server.db; PostgreSQL as postgresql+psycopg://user:password@host/db)",
    )
    parser = argparse.ArgumentParser(
        prog="leaddesk-server",
        parents=[common],
        description="The LEAD Desk office sync server and its admin commands.",
    )
    parser.add_argument("--version", action="version", version=f"leaddesk-server {__version__}")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="COMMAND")

    def verb(
        sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, text: str
    ) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], help=text, description=text)

    verb(verbs, "init", "create or upgrade the database schema (also done at every start)")
    serve = verb(verbs, "serve", "run the sync server")
    serve.add_argument("--host", help=f"address to listen on (env {ENV('host')}; default 127.0.0.1)")
    serve.add_argument("--port", type=int, help=f"port to listen on (env {ENV('port')}; default 8765)")
    serve.add_argument(
        "--workers",
        type=int,
        help=f"server processes sharing the port, PostgreSQL only (env {ENV('workers')}; default 1)",
    )
    serve.add_argument("--tls-cert", help=f"PEM certificate chain for HTTPS (env {ENV('tls_cert')})")
    serve.add_argument("--tls-key", help=f"PEM private key for HTTPS (env {ENV('tls_key')})")

    team = verbs.add_parser("team", help="teams: add, list").add_subparsers(dest="subverb", required=True)
    verb(team, "add", "add a team; a participant's team_id names one").add_argument("name")
    verb(team, "list", "list the teams")

    user = verbs.add_parser(
        "user", help="users: add, list, teams, capacity, disable, enable, set-password, sign-in-link"
    ).add_subparsers(dest="subverb", required=True)
    add = verb(user, "add", "add a user with a role and their teams")
    add.add_argument("username", help="the name the user signs in with")
    add.add_argument("--team", action="append", default=[], help="a team of theirs; repeat for several")
    add.add_argument("--role", required=True, choices=[r.value for r in Role], help="what they may see")
    add.add_argument(
        "--name", "--display-name", dest="name", default="", help='display name, e.g. "Casey Morgan"'
    )
    add_officer_arguments(add)
    verb(user, "list", "list users, their roles, teams and whether they are disabled")
    teams = verb(user, "teams", "add a user to teams or take them out of teams, in one go")
    teams.add_argument("username")
    teams.add_argument(
        "--add", action="append", default=[], metavar="TEAM", help="join this team; repeatable"
    )
    teams.add_argument(
        "--remove",
        action="append",
        default=[],
        metavar="TEAM",
        help="leave this team: at their next sync, their laptops send up unsent work about its participants,"
        " then remove those participants and everything of theirs; repeatable",
    )
    capacity = verb(user, "capacity", "how many open participants a case manager carries (caseload warnings)")
    capacity.add_argument("username")
    capacity.add_argument(
        "capacity", type=parse_capacity, help="a number of participants, or 'standard' for the program's"
    )
    disable = verb(
        user, "disable", "refuse every device of a user at once, wiping nothing (undo: user enable)"
    )
    disable.add_argument("username")
    verb(user, "enable", "let a disabled user's devices sync again").add_argument("username")
    add_officer_verbs(user, verb)

    enroll = verb(verbs, "enroll", "print a one-time code that enrols one device for a user")
    enroll.add_argument("username")
    enroll.add_argument("--device-name", required=True, help="how `device list` will name the laptop")
    enroll.add_argument(
        "--hours", type=float, help=f"how long the code stays valid (env {ENV('enrolment_code_hours')}; 72)"
    )

    device = verbs.add_parser("device", help="devices: list, revoke, revoke-all").add_subparsers(
        dest="subverb", required=True
    )
    verb(device, "list", "each device: user, last seen, changes pending on it, app version, revocation")
    revoke = verb(device, "revoke", "stop a device's token at once")
    revoke.add_argument("device_id")
    revoke_all = verb(device, "revoke-all", "stop the tokens of every device of a user at once")
    revoke_all.add_argument("username")
    for command in (revoke, revoke_all):
        command.add_argument(
            "--mode",
            required=True,
            choices=[m.value for m in RevokeMode],
            help="lost: it wipes its data at next contact; retired: it may push what it holds once (until a"
            " batch that leaves nothing behind, or a day after its first push), then wipes",
        )

    blobs = verbs.add_parser("blobs", help="attachment files: gc").add_subparsers(
        dest="subverb", required=True
    )
    gc = verb(blobs, "gc", "remove attachment files no record names (serve also does this every hour)")
    gc.add_argument(
        "--grace-hours",
        type=float,
        help=f"keep files uploaded or named within this many hours (env {ENV('blob_grace_hours')}; 168)",
    )

    add_program_verbs(verbs, verb)
    add_report_verbs(verbs, common)
    add_export_verbs(verbs, common)

    add_audit_verb(verbs, verb, parse_time=parse_since, env=ENV)
    for extra in added:
        extra.arguments(verb(verbs, extra.name, extra.help))
    return parser
