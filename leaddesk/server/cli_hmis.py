"""`leaddesk-server export hmis`: the program's HMIS CSV FY2026 export for its Continuum of Care
(docs/hmis.md), from the server's records through the disclosure gate, written as a folder or a .zip.

An HMIS export is a disclosure: the audit trail gets one `export` event for the export (who, the
period, how many went identified, de-identified or were left out, what was held back, the files'
SHA-256) and, for each participant sent identified, a `disclosure` event naming the recipient and the
purpose (42 CFR 2.25: `leaddesk-server audit --participant ID` shows it). The events are written once
the files are complete and before they are put in place, so a file anyone could take away is always in
the trail; bad input is refused before anything is read, and nothing is written for it."""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias
from uuid import uuid4

from sqlalchemy.engine import Engine

from leaddesk import __version__
from leaddesk.domain.ids import utcnow
from leaddesk.domain.program import HmisWithoutConsent
from leaddesk.reports.hmis import (
    ExportNotWritten,
    HmisExport,
    HmisRefused,
    HmisRequest,
    build_export,
    write_export,
)
from leaddesk.reports.hmis.gate import PURPOSE
from leaddesk.reports.hmis.writer import Written
from leaddesk.reports.pcg import day_text
from leaddesk.server.audit import DISCLOSURE, EXPORT, record_event
from leaddesk.server.cli_report import add_period_arguments
from leaddesk.server.db import is_postgres, transaction
from leaddesk.server.errors import InvalidRequest
from leaddesk.server.hmis_data import hmis_data
from leaddesk.server.report_data import many_objects

if TYPE_CHECKING:  # argparse's action type is generic only to type checkers
    Verbs: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]

CHOICES = {"leave-out": HmisWithoutConsent.LEAVE_OUT, "de-identify": HmisWithoutConsent.DEIDENTIFY}


def add_export_verbs(verbs: Verbs, verb: argparse.ArgumentParser) -> None:
    """`export hmis` under `verbs`; `verb` is the parent parser every verb shares (--database-url)."""
    sub = verbs.add_parser("export", help="exports for outside systems: hmis").add_subparsers(
        dest="subverb", required=True
    )
    text = (
        "HUD's HMIS CSV (FY2026) for the Continuum of Care: a folder, or a .zip when PATH ends so; only "
        "what consents to HMIS reporting allow (audited as an export and a disclosure)"
    )
    hmis = sub.add_parser("hmis", parents=[verb], help=text, description=text)
    add_period_arguments(hmis)
    hmis.add_argument("--out", type=Path, required=True, metavar="PATH",
                      help="a new folder, or a file ending in .zip")  # fmt: skip
    hmis.add_argument(
        "--without-consent",
        choices=list(CHOICES),
        help="participants no consent lets the program report to the HMIS: leave them out, or send them "
        "de-identified (default: the program's setting hmis_export.without_consent)",
    )


def run_hmis(args: argparse.Namespace, engine: Engine, *, actor: str) -> tuple[HmisExport, Written]:
    """Read, build, write and audit; InvalidRequest with nothing written for bad input."""
    if args.end < args.start:
        raise InvalidRequest(
            f"The export's period ends ({args.end.isoformat()}) before it starts ({args.start.isoformat()}); "
            "give the earlier date first. Nothing was written."
        )
    exported_at = utcnow()
    request = HmisRequest(
        start=args.start, end=args.end, export_id=uuid4().hex, exported_at=exported_at, tz=args.time_zone,
        without_consent=CHOICES[args.without_consent] if args.without_consent else None,
        software_version=__version__,
    )  # fmt: skip
    with engine.connect() as conn:
        if is_postgres(conn):  # one snapshot for every entity read
            conn.execution_options(isolation_level="REPEATABLE READ")
        with many_objects():
            with transaction(conn, write=False):
                data = hmis_data(conn)
            try:
                export = build_export(data, request)
            except HmisRefused as exc:
                raise InvalidRequest(f"{exc} Nothing was written.") from None
        recipient = data.settings.hmis_export.recipient_code

        def audit(written: Written) -> None:
            with transaction(conn, write=True):
                record_event(conn, actor=actor, action=EXPORT, entity="hmis", entity_id=export.export_id,
                             detail=_detail(export, args=args, written=written))  # fmt: skip
                sent = Counter(
                    r["PersonalID"] for rows in export.files.values() for r in rows if "PersonalID" in r
                )
                for pid in export.identified:
                    record_event(
                        conn, actor=actor, action=DISCLOSURE, entity="hmis", entity_id=export.export_id,
                        participant_id=pid, detail=f"recipient={recipient} purpose={PURPOSE.value} "
                        f"delivery=file rows={sent[pid.replace('-', '')]}",
                    )  # fmt: skip

        try:
            written = write_export(export, args.out, record=audit)
        except ExportNotWritten as exc:
            raise InvalidRequest(str(exc)) from None
    return export, written


def _detail(export: HmisExport, *, args: argparse.Namespace, written: Written) -> str:
    c = export.counts
    return (
        f"hmis {args.start.isoformat()}..{args.end.isoformat()} export={export.export_id} "
        f"identified={c.identified} deidentified={c.deidentified} left_out={c.left_out} "
        f"withheld={c.withheld} withheld_sud={c.withheld_sud} files={written.files} {written.path.name} "
        f"sha256={written.digest}"
    )


def describe(export: HmisExport, written: Written, *, start: date, end: date) -> str:
    c = export.counts
    lines = [
        f"Wrote the HMIS CSV export (FY2026) for {day_text(start)} to {day_text(end)} to {written.path} "
        f"(ExportID {export.export_id}, SHA-256 {written.digest}).",
        f"Participants: {c.identified} identified; of those no consent covers for HMIS reporting, "
        f"{c.deidentified} de-identified and {c.left_out} left out.",
    ]
    if c.withheld:
        lines.append(
            f"Held back by the consents: {c.withheld} record(s), {c.withheld_sud} of them substance use."
        )
    if c.without_episode:
        lines.append(
            f"Not sent: {c.without_episode} participant(s) with no episode recorded (Correct episode…)."
        )
    if c.services_without_hud_type:
        lines.append(
            f"Not sent: {c.services_without_hud_type} service(s) of a kind HUD's lists have no place for."
        )
    return "\n".join(lines)
