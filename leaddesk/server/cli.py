"""`leaddesk-server`: run the office sync server and administer it (teams, users, enrolment codes,
devices, attachment files, the audit trail) and make the program's reports. Every admin action and
every report is written to the audit trail."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial

from pydantic import ValidationError
from sqlalchemy.engine import Connection, Engine

from leaddesk.domain.enums import RevokeMode
from leaddesk.server import blob_gc, cli_hmis, cli_officer, cli_report, devices, enrolment, officers, users
from leaddesk.server.cli_args import AddedVerb, Handler, build_parser
from leaddesk.server.cli_audit import run_audit
from leaddesk.server.cli_program import PROGRAM_HANDLERS, ProgramHandler
from leaddesk.server.db import transaction
from leaddesk.server.errors import InvalidRequest, ServerError
from leaddesk.server.migrate import current_revision
from leaddesk.server.settings import ServerSettings
from leaddesk.server.startup import check_tls, check_workers, listen, open_database, shown_url
from leaddesk.sync.protocol import Role


def _when(value: datetime | None) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if value else "never"


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name in a bare container
        return "cli"


def cli_actor() -> str:
    """Who runs this command, as the audit trail names them: for verbs added from outside (AddedVerb)."""
    return _actor()


def _settings(args: argparse.Namespace) -> ServerSettings:
    flags = {
        "database_url": getattr(args, "database_url", None),
        "host": getattr(args, "host", None),
        "port": getattr(args, "port", None),
        "workers": getattr(args, "workers", None),
        "tls_cert": getattr(args, "tls_cert", None),
        "tls_key": getattr(args, "tls_key", None),
        "enrolment_code_hours": getattr(args, "hours", None),
        "blob_grace_hours": getattr(args, "grace_hours", None),
        "audit_retention_days": getattr(args, "retention_days", None),
    }
    return ServerSettings.from_env(**flags)


def _serve(settings: ServerSettings) -> None:
    from leaddesk.server.app import create_app
    from leaddesk.server.running import serve

    # Everything that can stop the start is tried here first, so it is a sentence, not uvicorn's log;
    # the schema is migrated here too, once, before any worker starts.
    check_workers(settings)
    open_database(settings.database_url).dispose()
    check_tls(settings)
    sock = listen(settings)
    scheme = "https" if settings.tls_cert else "http"
    workers = f", {settings.workers} worker processes" if settings.workers > 1 else ""
    print(f"LEAD Desk sync server on {scheme}://{settings.host}:{sock.getsockname()[1]}{workers}", flush=True)
    serve(
        # Each worker process builds its own app (its own engine and pool) from the same settings.
        partial(create_app, settings) if settings.workers > 1 else create_app(settings),
        sock=sock,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        tls_cert=settings.tls_cert,
        tls_key=settings.tls_key,
    )


def _table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _run(
    args: argparse.Namespace, settings: ServerSettings, handlers: Mapping[tuple[str, str | None], Handler]
) -> None:
    if args.verb == "serve":
        _serve(settings)
        return
    engine = open_database(settings.database_url)
    try:
        if (args.verb, getattr(args, "subverb", None)) == ("blobs", "gc"):
            _blobs_gc(settings, engine)  # transactions of its own, a chunk at a time
            return
        if (args.verb, getattr(args, "subverb", None)) == ("report", "pcg"):
            report = cli_report.run_pcg(args, engine, actor=_actor())  # reads, then writes its audit entry
            print(cli_report.describe(report, args))
            return
        if (args.verb, getattr(args, "subverb", None)) == ("export", "hmis"):
            export, written = cli_hmis.run_hmis(args, engine, actor=_actor())  # audits before placing
            print(cli_hmis.describe(export, written, start=args.start, end=args.end))
            return
        with engine.connect() as conn, transaction(conn, write=True):
            handler = handlers[(args.verb, getattr(args, "subverb", None))]
            handler(args, settings, conn)
    finally:
        engine.dispose()


def _init(_args: argparse.Namespace, settings: ServerSettings, conn: Connection) -> None:
    shown = shown_url(settings.database_url)
    print(f"Database ready at {shown} (schema {current_revision(conn.engine)}).")


def _team_add(args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    print(f"Added team {users.add_team(conn, name=args.name, actor=_actor())}.")


def _team_list(_args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    for name in users.list_teams(conn):
        print(name)


def _user_add(args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    if Role(args.role) is Role.OFFICER:
        cli_officer.add_officer(args, conn, _actor())
        return
    if args.agency or args.precinct:
        raise InvalidRequest("--agency and --precinct are for officers (--role officer) only.")
    added = users.add_user(
        conn,
        username=args.username,
        role=Role(args.role),
        teams=args.team,
        display_name=args.name,
        actor=_actor(),
    )
    teams = ", ".join(added.teams) or "all teams"
    print(f"Added user {added.username} ({added.display_name}), {added.role.value}, in {teams}.")


def _user_list(_args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    beat = {uid: f"agency {a}, precinct {p}" for uid, (a, p) in officers.officer_details(conn).items()}
    rows = [
        [
            u.username,
            u.display_name,
            u.role.value,
            beat.get(u.id) or ", ".join(u.teams),
            "standard" if u.caseload_capacity is None else str(u.caseload_capacity),
            f"disabled {_when(u.disabled_at)}" if u.disabled else "active",
        ]
        for u in users.list_users(conn)
    ]
    _table(rows, ["USER", "NAME", "ROLE", "TEAMS", "CAPACITY", "STATUS"])


def _user_teams(args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    change = users.change_teams(
        conn, username=args.username, add=args.add, remove=args.remove, actor=_actor()
    )
    done = [f"added {', '.join(change.added)}"] if change.added else []
    done += [f"removed {', '.join(change.removed)}"] if change.removed else []
    teams = ", ".join(change.user.teams) or "no team"
    print(f"{change.user.username} is now in {teams} ({'; '.join(done)}).")
    if change.removed:
        print(
            f"{change.leaving} participant(s) leave their laptops at the next sync, after any unsent work "
            "about them has gone up."
        )


def _user_capacity(args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    found = users.set_capacity(conn, username=args.username, capacity=args.capacity, actor=_actor())
    carries = (
        "the program's caseload standard"
        if found.caseload_capacity is None
        else (f"{found.caseload_capacity} participants")
    )
    print(f"{found.username} now carries {carries}; laptops get it at their next sync.")


def _user_disable(args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    found = users.set_disabled(conn, username=args.username, disabled=True, actor=_actor())
    print(
        f"Disabled {found.username}: every device of theirs is refused from now on, and nothing on them is "
        f"wiped. `leaddesk-server user enable {found.username}` undoes it."
    )


def _user_enable(args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    found = users.set_disabled(conn, username=args.username, disabled=False, actor=_actor())
    print(f"Enabled {found.username}: their devices sync again.")


def _enroll(args: argparse.Namespace, settings: ServerSettings, conn: Connection) -> None:
    hours = settings.enrolment_code_hours
    issued = enrolment.issue_code(
        conn,
        username=args.username,
        device_name=args.device_name,
        lifetime=timedelta(hours=hours),
        actor=_actor(),
    )
    print(f'Enrolment code for {issued.username}\'s device "{issued.device_name}":')
    print()
    print(f"    {issued.code}")
    print()
    print(f"Valid until {_when(issued.expires_at)} ({hours:g} hours), once. Type it into LEAD Desk on that")
    print("laptop; it is not stored anywhere, so a lost code is replaced by running this again.")


def _device_list(_args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    rows = []
    for listing in devices.list_devices(conn):
        d = listing.device
        status = f"revoked ({d.revoke_mode.value}) {_when(d.revoked_at)}" if d.revoke_mode else "active"
        rows.append(
            [listing.username, d.name, d.id, _when(d.last_seen), str(d.pending), d.app_version or "-", status]
        )
    _table(rows, ["USER", "DEVICE", "ID", "LAST SEEN", "PENDING", "APP VERSION", "STATUS"])


def _device_revoke(args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    mode = RevokeMode(args.mode)
    revoked = devices.revoke(conn, device_id=args.device_id, mode=mode, actor=_actor())
    then = (
        "it will wipe its data at its next contact"
        if mode is RevokeMode.LOST
        else "it may send what it still holds, then wipes its data"
    )
    print(f"Revoked device {revoked.id} ({revoked.name}) as {mode.value}: {then}.")


def _blobs_gc(settings: ServerSettings, engine: Engine) -> None:
    grace = timedelta(hours=settings.blob_grace_hours)
    collected = blob_gc.collect_audited(engine, grace=grace, actor=_actor(), always=True)
    print(f"Removed {collected.describe(grace=grace)}.")


def _device_revoke_all(args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    mode = RevokeMode(args.mode)
    revoked = devices.revoke_all(conn, username=args.username, mode=mode, actor=_actor())
    if not revoked:
        print(f"{args.username} has no device left to revoke as {mode.value}; nothing changed.")
        return
    then = (
        "they wipe their data at their next contact"
        if mode is RevokeMode.LOST
        else "each may send what it still holds once, then wipes its data"
    )
    print(f"Revoked {len(revoked)} device(s) of {args.username} as {mode.value}: {then}.")
    for d in revoked:
        print(f"  {d.id}  {d.name}")


def _audit(args: argparse.Namespace, settings: ServerSettings, conn: Connection) -> None:
    run_audit(args, settings, conn, _actor())


def _program(handler: ProgramHandler) -> Handler:
    return lambda args, _settings, conn: handler(args, conn, _actor())


_HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("init", None): _init,
    ("team", "add"): _team_add,
    ("team", "list"): _team_list,
    ("user", "add"): _user_add,
    ("user", "list"): _user_list,
    ("user", "teams"): _user_teams,
    ("user", "capacity"): _user_capacity,
    ("user", "disable"): _user_disable,
    ("user", "enable"): _user_enable,
    ("user", "set-password"): lambda args, _settings, conn: cli_officer.set_password(args, conn, _actor()),
    ("user", "sign-in-link"): lambda args, settings, conn: cli_officer.sign_in_link(
        args, settings, conn, _actor()
    ),
    ("enroll", None): _enroll,
    ("device", "list"): _device_list,
    ("device", "revoke"): _device_revoke,
    ("device", "revoke-all"): _device_revoke_all,
    ("audit", None): _audit,
    **{("program", verb): _program(handler) for verb, handler in PROGRAM_HANDLERS.items()},
}


def main(argv: Sequence[str] | None = None, *, added: Sequence[AddedVerb] = ()) -> int:
    """Run one verb; `added` are verbs a composition root brings (the installed command's seed-demo)."""
    args = build_parser(added).parse_args(argv)
    handlers: dict[tuple[str, str | None], Handler] = {**_HANDLERS}
    handlers.update(((extra.name, None), extra.run) for extra in added)
    try:
        settings = _settings(args)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = ".".join(str(p) for p in problem["loc"])
        print(f"leaddesk-server: bad setting {where}: {problem['msg']}", file=sys.stderr)
        return 2
    try:
        _run(args, settings, handlers)
    except ServerError as exc:
        print(f"leaddesk-server: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
