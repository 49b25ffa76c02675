"""`leaddesk-server audit`: the trail (the server's own events and every laptop's) filtered and printed
oldest first; `--verify` checks every chain and exits non-zero naming each break; `--prune` removes
events past the retention period, keeping the chains verifiable."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.engine import Connection

from leaddesk.domain.audit_chain import SERVER_CHAIN
from leaddesk.domain.ids import utcnow
from leaddesk.server import audit, audit_verify, device_audit
from leaddesk.server.errors import ServerError
from leaddesk.server.settings import ServerSettings

if TYPE_CHECKING:  # argparse's action type is generic only to type checkers
    from leaddesk.server.cli_program import VerbMaker, Verbs


class ChainBroken(ServerError):
    """`audit --verify` found a break: the command exits non-zero."""

    status = 409
    error = "audit_chain_broken"


def add_audit_verb(
    verbs: Verbs,
    verb: VerbMaker,
    *,
    parse_time: Callable[[str], datetime],
    env: Callable[[str], str],
) -> None:
    trail = verb(verbs, "audit", "show the audit trail (the server's and every laptop's), oldest first")
    trail.add_argument("--user", help="only what this user (or cli:<login> for admins) did")
    trail.add_argument(
        "--action",
        help="only this action, e.g. push, pull, token_refused, device_refused, chain_break, disclosure, "
        "export, enroll, device_revoke, move_team, user_teams, or a laptop's view, create, update, unlock",
    )
    trail.add_argument("--since", type=parse_time, help="only from this date (YYYY-MM-DD) or ISO time on")
    trail.add_argument("--until", type=parse_time, help="only before this date (YYYY-MM-DD) or ISO time")
    trail.add_argument("--device", help="only what this device (its id, as `device list` shows) did or got")
    trail.add_argument(
        "--participant", help="only events about this participant id (pulls that sent them too)"
    )
    trail.add_argument("--limit", type=int, default=1000, help="at most this many, the newest (1000)")
    checks = trail.add_mutually_exclusive_group()
    checks.add_argument(
        "--verify",
        action="store_true",
        help="check the server's chain and every laptop's; exits non-zero naming each break",
    )
    checks.add_argument(
        "--prune",
        action="store_true",
        help="remove events older than the retention period, keeping every chain verifiable",
    )
    trail.add_argument(
        "--retention-days",
        type=int,
        help=f"how long events are kept, for --prune (env {env('audit_retention_days')}; 2192, six years)",
    )


def run_audit(args: argparse.Namespace, settings: ServerSettings, conn: Connection, actor: str) -> None:
    if args.verify:
        _verify(conn)
    elif args.prune:
        _prune(conn, settings=settings, actor=actor)
    else:
        _list(args, conn)


def _stamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def _list(args: argparse.Namespace, conn: Connection) -> None:
    filters = {"action": args.action, "since": args.since, "until": args.until, "limit": args.limit}
    server = audit.find_events(
        conn, actor=args.user, device=args.device, participant=args.participant, **filters
    )
    laptops = device_audit.find_device_events(
        conn, username=args.user, device_id=args.device, participant=args.participant, **filters
    )
    lines = [
        (e.at, e.position, [_stamp(e.at), e.actor, e.action, "server", f"{e.entity} {e.entity_id}".strip(),
                            e.device, e.participant_id, e.detail])
        for e in server
    ] + [
        (e.at, e.seq, [_stamp(e.at), e.username, e.action, "laptop", f"{e.entity} {e.entity_id}".strip(),
                       e.device_id, e.participant_id, e.detail])
        for e in laptops
    ]  # fmt: skip
    lines.sort(key=lambda line: (line[0], line[1]))
    rows = [cells for _, _, cells in lines[-args.limit :]]
    header = ["AT (UTC)", "WHO", "ACTION", "FROM", "WHAT", "DEVICE", "PARTICIPANT", "DETAIL"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def _verify(conn: Connection) -> None:
    found = audit_verify.verify(conn)
    names = audit_verify.device_names(conn)

    def named(chain: str) -> str:
        if chain == SERVER_CHAIN:
            return "the server's own chain"
        return names.get(chain, f"device chain {chain} (no enrolled device has that id)")

    breaks = found.breaks
    for problem in breaks:
        print(f"BREAK  {named(problem.chain)}, position {problem.position}: {problem.problem}")
    devices = [c for c in found.checks if c.chain != SERVER_CHAIN]
    server = next(c for c in found.checks if c.chain == SERVER_CHAIN)
    summary = (
        f"the server's chain ({server.events} events) and {len(devices)} laptop chain(s) "
        f"({sum(c.events for c in devices)} events)"
    )
    if breaks:
        raise ChainBroken(f"The audit trail does not verify: {len(breaks)} break(s) in {summary}.")
    print(f"OK: {summary} verify.")


def _prune(conn: Connection, *, settings: ServerSettings, actor: str) -> None:
    before = utcnow() - timedelta(days=settings.audit_retention_days)
    pruned = audit_verify.prune(conn, before=before, actor=actor)
    print(
        f"Removed {pruned.server} server event(s) and {pruned.device} laptop event(s) from before "
        f"{_stamp(before)} UTC ({settings.audit_retention_days} days); every chain keeps its checkpoint."
    )
