"""The caseload item model offscreen (build it, serve the first screenful), and the peak memory of a
process that unlocks the profile and holds the whole caseload open in that model."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from benchmarks.dataset import Dataset
from benchmarks.harness import Result, child_env, summarise, time_calls, unavailable
from leaddesk.storage.store import Store

SCREEN_ROWS = 30
# What a QTableView asks of each visible cell while it paints.
PAINT_ROLES = (0, 1, 6, 7, 8, 9, 10, 13)  # Display, Decoration, Font, TextAlignment, Background, …


def ui_caseload_model(store: Store, data: Dataset) -> Result:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from leaddesk.desk import Desk
    from leaddesk.ui.caseload_model import CaseloadModel

    _app = QApplication.instance() or QApplication([])
    pages = Desk(store).caseload.pages

    def build_and_serve() -> None:
        model = CaseloadModel(pages)
        for row in range(min(SCREEN_ROWS, model.rowCount())):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                for role in PAINT_ROLES:
                    model.data(index, role)

    samples = time_calls([build_and_serve], rounds=data.size.rounds * 2)
    return summarise(
        "ui_caseload_model",
        samples,
        budget_s=0.1,
        note="model built + 30 rows × 7 columns × paint roles; budget = a filter keystroke",
    )


def memory(data: Dataset) -> Result:
    """Peak RSS (VmHWM) of a fresh process: unlock with production Argon2id (64 MiB), the
    caseload model over the whole caseload (every fetchMore page), a table view painting it offscreen."""
    command = [sys.executable, "-m", "benchmarks.memory_probe", str(data.home)]
    env = child_env(QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        return unavailable("memory_peak_rss", f"probe failed: {done.stderr.strip()[-300:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    result = summarise("memory_peak_rss", [seconds])
    result.median_s = result.p95_s = None  # a size, not a time: see value / unit
    result.note = (
        f"peak {report['peak_rss_mib']:.0f} MiB: {report['before_open_mib']:.0f} before unlock (Qt, "
        f"Python), Argon2id's 64 on top; {report['after_mib']:.0f} with all {report['rows']:,} rows loaded"
    )
    result.extra.update(value=round(report["peak_rss_mib"], 1), unit="MiB", probe=report)
    return result
