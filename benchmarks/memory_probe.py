"""Run by benchmarks.ui_cases.memory in its own process: unlock the benchmark profile, open the caseload
model and a view over it, fetch every page, and print the peak RSS as JSON on the last line."""

from __future__ import annotations

import json
import os
import resource
import sys
from pathlib import Path


def _status_mib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def _max_rss_mib() -> float:
    """The process's peak RSS. VmHWM rather than getrusage's ru_maxrss, which a child keeps from the
    parent it was forked from (the benchmark, holding a gigabyte of page cache) across exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main(home: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from benchmarks.dataset import PASSPHRASE, PROFILE
    from leaddesk.desk import Desk
    from leaddesk.storage.paths import profile_dir
    from leaddesk.storage.profile import open_store, unlock_key
    from leaddesk.ui.caseload_model import CaseloadModel

    app = QApplication.instance() or QApplication([])
    before = _max_rss_mib()
    store = open_store(unlock_key(profile_dir(PROFILE, Path(home)), PASSPHRASE))
    model = CaseloadModel(Desk(store).caseload.pages)
    view = QTableView()
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    while model.canFetchMore():
        model.fetchMore()
        view.scrollToBottom()
        app.processEvents()
    peak = _max_rss_mib()
    after = _status_mib("VmRSS")
    rows = model.rowCount()
    view.close()
    store.close(audit=False)
    print(json.dumps({"peak_rss_mib": peak, "before_open_mib": before, "after_mib": after, "rows": rows}))


if __name__ == "__main__":
    main(sys.argv[1])
