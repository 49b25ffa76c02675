"""The installed `leaddesk-server` command: the server's own verbs plus `seed-demo`, which fills a server
that holds no records yet with the desktop demo's invented caseload, so an admin can try the server's
commands on a realistic program.

Composed here rather than in leaddesk.server: the generator is the demo's, and DESIGN.md §1 keeps the
server to domain, reports and the wire format. The server receives only domain values from it (staff
members and records, through server/caseload_import.py), so moving the generator is not needed and the
desktop demo's output stays as it was.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import date

from sqlalchemy.engine import Connection

from leaddesk.demo import program as demo_program
from leaddesk.demo.bundle import CaseManager
from leaddesk.demo.synthetic import (
    DEMO_NOTES_PER_PARTICIPANT,
    DEMO_SEED,
    DEMO_TEAM,
    MAX_PARTICIPANTS,
    caseload,
)
from leaddesk.domain import SyncedRecord
from leaddesk.domain.base import NAME_MAX
from leaddesk.domain.program import StaffMember
from leaddesk.server import cli
from leaddesk.server.caseload_import import ImportSummary, import_caseload
from leaddesk.server.cli_args import AddedVerb
from leaddesk.server.settings import ServerSettings

# The device id the seeded records' field stamps carry: no laptop's, so no conflict names a person for them.
SEED_WRITER = "seed-demo"
CASE_MANAGER = "case_manager"  # the server's role name, as StaffMember carries it (server checks it)


def demo_staff(case_managers: Sequence[CaseManager]) -> list[StaffMember]:
    return [
        StaffMember(username=m.username, display_name=m.name, role=CASE_MANAGER, teams=[m.team_id])
        for m in case_managers
    ]


def seed_server(
    conn: Connection,
    *,
    participants: int,
    seed: int = DEMO_SEED,
    teams: Sequence[str] = (DEMO_TEAM,),
    notes_per_participant: float = DEMO_NOTES_PER_PARTICIPANT,
    today: date | None = None,
    actor: str,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[StaffMember], ImportSummary]:
    """Store the caseload `leaddesk demo` (demo.seed.seed_store) makes with the same arguments, inside the
    caller's write transaction; its case managers become users, and a server not configured yet gets
    the demo program's settings, whose lists the records' codes come from. Refused (DatabaseNotEmpty),
    changing nothing, if the server holds records already."""
    made = caseload(
        seed=seed,
        participants=participants,
        notes_per_participant=notes_per_participant,
        teams=teams,
        today=today,
    )
    staff = demo_staff(made.staff)

    def records() -> Iterator[SyncedRecord]:
        for bundle in made.bundles:
            yield from bundle.records()

    summary = import_caseload(
        conn,
        staff=staff,
        caseload=records(),
        writer=SEED_WRITER,
        actor=actor,
        source=f"seed-demo seed={seed}",
        progress=progress,
    )
    demo_program.configure_program(conn, actor=actor)
    return staff, summary


def _participant_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 1 <= value <= MAX_PARTICIPANTS:
        raise argparse.ArgumentTypeError(f"give 1 to {MAX_PARTICIPANTS:,} participants, not {value:,}")
    return value


def _team_name(text: str) -> str:
    name = text.strip()
    if not 1 <= len(name) <= NAME_MAX:
        raise argparse.ArgumentTypeError(f"a team needs a name of 1 to {NAME_MAX} characters")
    return name


def _arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--participants", type=_participant_count, required=True, metavar="N", help="how many participants"
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEMO_SEED,
        help=f"which invented caseload (default {DEMO_SEED}, the demo's)",
    )
    parser.add_argument(
        "--team",
        type=_team_name,
        action="append",
        metavar="TEAM",
        help=f"a team to deal the case managers into; repeat for several (default: {DEMO_TEAM}, as the demo)",
    )


def _progress_lines(total: int) -> Callable[[int], None]:
    """A line once the import may start and at each tenth of the way: a few seconds per hundred
    participants is long enough to wonder whether anything is happening."""
    shown = -1

    def show(done: int) -> None:
        nonlocal shown
        tenth = done * 10 // total
        if done == 0:
            print(f"Making {total:,} invented participants and storing them…", flush=True)
        elif shown < tenth < 10:
            print(f"  {done:,} of {total:,}", flush=True)
        shown = max(shown, tenth)

    return show


def _seed_demo(args: argparse.Namespace, _settings: ServerSettings, conn: Connection) -> None:
    started = time.perf_counter()
    teams = args.team or [DEMO_TEAM]
    staff, summary = seed_server(
        conn,
        participants=args.participants,
        seed=args.seed,
        teams=teams,
        actor=cli.cli_actor(),
        progress=_progress_lines(args.participants),
    )
    took = time.perf_counter() - started
    print(
        f"Seeded {summary['participant']:,} invented participants (seed {args.seed}) in {', '.join(teams)}: "
        f"{summary.total:,} records, seqs {summary.first_seq:,} to {summary.last_seq:,}, in {took:.1f} s."
    )
    print("  " + ", ".join(f"{entity} {n:,}" for entity, n in summary.counts.items()))
    if summary.teams_added:
        print(f"Added team(s) {', '.join(summary.teams_added)}.")
    added = set(summary.users_added)
    if added:
        print(f"Added {len(added)} case manager(s), each with the participants the caseload gives them:")
    for member in staff:
        if member.username in added:
            print(f"  {member.username}  {member.display_name}  ({', '.join(member.teams)})")
    if summary.users_found:
        print(f"Already there, left as they were: {', '.join(summary.users_found)}.")
    print('Enrol a laptop as one of them: leaddesk-server enroll USERNAME --device-name "Demo laptop"')


SEED_DEMO = AddedVerb(
    name="seed-demo",
    help="fill a server that holds no records yet with the desktop demo's invented caseload, its teams and"
    " case managers (refused, changing nothing, where records are already there)",
    arguments=_arguments,
    run=_seed_demo,
)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, added=(SEED_DEMO,))


if __name__ == "__main__":
    raise SystemExit(main())
