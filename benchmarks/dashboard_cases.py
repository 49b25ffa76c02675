"""Opening the dashboard on the encrypted store: what a supervisor's laptop does off the GUI thread
before the charts can show — every record the shown measures count, read in bulk, and the program
measures computed from them (leaddesk/desk/reports.py) — for the period the page opens on."""

from __future__ import annotations

import time

from benchmarks.dataset import Dataset
from benchmarks.harness import Result, summarise, time_calls
from leaddesk.desk import Desk
from leaddesk.desk.report_calendar import DEFAULT_PRESET, Preset, preset_period
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState

TEAMS = ("north", "south")  # the synthetic caseload's (leaddesk.demo.seed)


def dashboard_open(store: Store, data: Dataset) -> Result:
    """As a supervisor of both teams (an enrolment is written for the case and forgotten after it)."""
    supervisor = EnrolledUser(
        username="bench.supervisor", display_name="Bench", role="supervisor", teams=TEAMS
    )
    state = SyncState(store)
    state.save_enrolment(
        Enrolment("https://office.invalid", "bench", token="-", ca_bundle=None, user=supervisor)
    )
    try:
        desk = Desk(store)
        start, end = preset_period(DEFAULT_PRESET, today=data.today)
        shown = desk.reports.dashboard(start=start, end=end)
        samples = time_calls([lambda: desk.reports.dashboard(start=start, end=end)], rounds=data.size.rounds)
        year = preset_period(Preset.LAST_12_MONTHS, today=data.today)
        began = time.perf_counter()
        desk.reports.dashboard(start=year[0], end=year[1])
        year_s = time.perf_counter() - began
    finally:
        state.forget_enrolment()
    result = summarise(
        "dashboard_open",
        samples,
        budget_s=1.0,
        note=(
            f"supervisor, all teams, {DEFAULT_PRESET.value.replace('_', ' ')}: {shown.participants:,} "
            f"participants; the last 12 months took {year_s:.2f} s"
        ),
    )
    result.extra.update(participants=shown.participants, last_12_months_s=round(year_s, 3))
    return result
