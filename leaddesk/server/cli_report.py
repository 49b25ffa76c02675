"""`leaddesk-server report pcg`: the Policy Coordinating Group's report for the whole program (or one
team), computed from the server's records with the same `reports.compute` the app uses, written as a PDF
and as CSV tables, suppressed for an outside audience, and audited as an export.

The records are read in one transaction that sees a single moment of the database (a push arriving
meanwhile is in the next report, never in half of this one); the audit entry is written after the
files are."""

from __future__ import annotations

import argparse
from datetime import date, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.engine import Connection, Engine

from leaddesk.domain.clock import local_today
from leaddesk.reports import Period, ProgramReport, ReportRefused, compute
from leaddesk.reports.csv_tables import ExportFailed
from leaddesk.reports.fonts import FontMissing
from leaddesk.reports.pcg import period_text, write_pcg
from leaddesk.server import users
from leaddesk.server.audit import record_event
from leaddesk.server.db import is_postgres, mapped_reads, transaction
from leaddesk.server.errors import InvalidRequest, NotFound
from leaddesk.server.report_data import many_objects, program_data

if TYPE_CHECKING:  # argparse's action type is generic only to type checkers
    Verbs: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def parse_zone(text: str) -> tzinfo:
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time zone this computer knows (give an IANA name, e.g. America/Los_Angeles)"
        ) from None


def add_period_arguments(parser: argparse.ArgumentParser) -> None:
    """--from and --to (the period's days, both included) and --time-zone (the program's calendar), as
    every report and export asks them."""
    parser.add_argument("--from", dest="start", type=parse_day, required=True, metavar="DATE",
                        help="the period's first day, YYYY-MM-DD")  # fmt: skip
    parser.add_argument("--to", dest="end", type=parse_day, required=True, metavar="DATE",
                        help="the period's last day, YYYY-MM-DD (included)")  # fmt: skip
    parser.add_argument(
        "--time-zone",
        type=parse_zone,
        metavar="ZONE",
        help="the program's calendar, e.g. America/Los_Angeles, in which times become days (default: "
        "this computer's own zone, as on the laptops)",
    )


def add_report_verbs(verbs: Verbs, verb: argparse.ArgumentParser) -> None:
    """`report pcg` under `verbs`; `verb` is the parent parser every verb shares (--database-url)."""
    sub = verbs.add_parser("report", help="program reports: pcg").add_subparsers(
        dest="subverb", required=True
    )
    text = (
        "the Policy Coordinating Group's report for a period: a PDF and every table as CSV, cells of 1 to "
        "10 shown as <11 (audited as an export)"
    )
    pcg = sub.add_parser("pcg", parents=[verb], help=text, description=text)
    add_period_arguments(pcg)
    pcg.add_argument("--pdf", type=Path, metavar="PATH", help="write the report as a PDF here")
    pcg.add_argument(
        "--csv", type=Path, metavar="DIR", help="write every table as a CSV file into this folder"
    )
    pcg.add_argument("--team", help="only this team's participants (default: the whole program)")


def run_pcg(args: argparse.Namespace, engine: Engine, *, actor: str) -> ProgramReport:
    """Read, compute, write, audit; the report made. InvalidRequest or NotFound, with nothing written,
    for a bad period, an unknown team or no output asked for."""
    if args.pdf is None and args.csv is None:
        raise InvalidRequest(
            "Say where the report goes: --pdf PATH, --csv DIR, or both. Nothing was written."
        )
    try:
        Period(args.start, args.end)  # a period the wrong way round is told before anything is read
    except ReportRefused as exc:
        raise InvalidRequest(f"{exc} Nothing was written.") from None
    with engine.connect() as conn:
        report = _computed(conn, start=args.start, end=args.end, team=args.team, tz=args.time_zone)
        try:
            written = write_pcg(report, pdf=args.pdf, csv_folder=args.csv, made_on=local_today())
        except ExportFailed as exc:
            raise InvalidRequest(str(exc)) from None
        except FontMissing as exc:
            raise InvalidRequest(str(exc)) from None
        except OSError as exc:
            raise InvalidRequest(
                f"The report could not be written to {args.pdf} ({exc.strerror or exc}); check the path "
                "and that you may write there."
            ) from None
        with transaction(conn, write=True):
            detail = (
                f"pcg {args.start.isoformat()}..{args.end.isoformat()} team={args.team or 'all'} "
                f"files={len(written)} " + " ".join(p.name for p in written[:3])
            )
            record_event(conn, actor=actor, action="export", entity="report", detail=detail)
    return report


def _computed(
    conn: Connection, *, start: date, end: date, team: str | None, tz: tzinfo | None
) -> ProgramReport:
    if is_postgres(conn):  # one snapshot for every entity read
        conn.execution_options(isolation_level="REPEATABLE READ")
    with many_objects(), mapped_reads(conn):
        with transaction(conn, write=False):
            if team is not None and not users.team_exists(conn, name=team):
                known = ", ".join(users.list_teams(conn)) or "none yet"
                raise NotFound(f"There is no team {team!r} (teams: {known}). Nothing was written.")
            data = program_data(conn, team=team, tz=tz, start=start, end=end)
        report = compute(data, period_start=start, period_end=end, team=team)
        # Freed while the collector is still off, the records take their count of new objects with
        # them; alive when it came back on, they set off a pass over every one of them (0.3 s).
        del data
    return report


def describe(report: ProgramReport, args: argparse.Namespace) -> str:
    where = [f"PDF {args.pdf}"] if args.pdf else []
    where += [f"CSV tables in {args.csv}"] if args.csv else []
    who = f"team {report.team}" if report.team else "the whole program"
    return (
        f"Wrote the PCG report for {period_text(report)}, {who} ({report.participants:,} participants): "
        f"{' and '.join(where)}. Counts of 1 to 10 are shown as <11."
    )
