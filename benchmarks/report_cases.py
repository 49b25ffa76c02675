"""report_pcg: `leaddesk-server report pcg` for the whole program's last year on the benchmark caseload
(5,000 participants, 250,000 notes in the full run), stored in a server database as the sync cases
store it: the records read from the database, every measure computed, the PDF and the CSV tables
written and the export audited, as the command does after Python has started."""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.dataset import Dataset
from benchmarks.harness import Result, summarise, time_calls

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

BUDGET_S = 5.0
ROUNDS = 3  # each full-size round takes seconds: three, after the one that measures the phases


def report_pcg(data: Dataset) -> Result:
    from benchmarks.server_setup import admin_setup, load_server, team_names
    from leaddesk.demo.program import configure_program
    from leaddesk.server.cli_report import run_pcg
    from leaddesk.server.db import make_engine, transaction

    with tempfile.TemporaryDirectory(prefix="leaddesk-report-") as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'server.db'}"
        admin_setup(url, devices=0, teams=team_names(data))
        _, total = load_server(url, data)
        engine = make_engine(url)
        try:
            with engine.connect() as conn, transaction(conn, write=True):
                configure_program(conn, actor="bench")  # the labels the demo's codes come from
            args = argparse.Namespace(
                start=data.today - timedelta(days=364),
                end=data.today,
                pdf=folder / "pcg.pdf",
                csv=folder / "tables",
                team=None,
                time_zone=None,
            )
            phases = _phases(engine, args)
            samples = time_calls([lambda: run_pcg(args, engine, actor="bench")], rounds=ROUNDS, warmup=0)
        finally:
            engine.dispose()
    result = summarise("report_pcg", samples, budget_s=BUDGET_S)
    result.note = (
        f"the last year of {data.size.participants:,} participants ({total:,} records stored): "
        + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in phases.items())
    )
    result.extra.update({f"{name}_s": round(seconds, 3) for name, seconds in phases.items()})
    return result


def _phases(engine: Engine, args: argparse.Namespace) -> dict[str, float]:
    """One run taken apart: reading the records, computing, writing the PDF and CSVs."""
    from leaddesk.domain.clock import local_today
    from leaddesk.reports import compute
    from leaddesk.reports.pcg import write_pcg
    from leaddesk.server.db import transaction
    from leaddesk.server.report_data import many_objects, program_data

    took: dict[str, float] = {}
    with engine.connect() as conn, many_objects():
        start = time.perf_counter()
        with transaction(conn, write=False):
            data = program_data(conn, team=None, tz=None, start=args.start, end=args.end)
        took["read"] = time.perf_counter() - start
        start = time.perf_counter()
        report = compute(data, period_start=args.start, period_end=args.end)
        took["compute"] = time.perf_counter() - start
    start = time.perf_counter()
    write_pcg(report, pdf=args.pdf, csv_folder=args.csv, made_on=local_today())
    took["write"] = time.perf_counter() - start
    return took
