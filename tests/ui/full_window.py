"""A main window over a small but complete profile, for the tests that go through every screen as a
person at the keyboard would (the tab walk, the shortcuts): invented participants with every kind of
record, the demo program's lists and roster, a supervisor's enrolment (the most controls: Reassign,
the team chooser, the PCG export) and one open conflict.

The profile is made once per test module (`make_profile`), and a window opened on it (`open_window`)
serves the module's tests, each putting it where it needs it; closing it locks and closes its store."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from leaddesk.demo.office import DEMO_TEAM, caseload_staff
from leaddesk.demo.program import DEMO_PROGRAM
from leaddesk.demo.seed import seed_store
from leaddesk.desk import Desk
from leaddesk.desk.syncing import RetryPolicy
from leaddesk.domain import SyncConflict
from leaddesk.domain.clock import Stamp
from leaddesk.domain.program import StaffMember
from leaddesk.storage.profile import create_profile, open_profile
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState
from leaddesk.ui.main_window import MainWindow
from tests.kdf import FAST_FOR_TESTS

NAME = "Drew Santos"
PASSPHRASE = "a passphrase for the keyboard tests"
PARTICIPANTS = 8
OTHER_DEVICE = "0b5e1c2d-0000-4000-8000-00000000beef"
ONE_TRY = RetryPolicy(attempts=1, base_delay=0.0, max_delay=0.0, total=5.0)


def make_profile(home: Path) -> None:
    """Create and fill the profile in `home` (about half a second), then close it."""
    store = create_profile(NAME, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS, user=NAME).store
    try:
        staff = caseload_staff(PARTICIPANTS)
        seed_store(store, participants=PARTICIPANTS, teams=(DEMO_TEAM,), case_managers=staff)
        roster = [
            StaffMember(username=f"staff{n}", display_name=name, role="case_manager", teams=[DEMO_TEAM])
            for n, name in enumerate(staff or [])
        ]
        store.repos.program.replace(version="k" * 32, settings=DEMO_PROGRAM, roster=roster)
        user = EnrolledUser(username="drew.santos", display_name=NAME, role="supervisor", teams=(DEMO_TEAM,))
        SyncState(store).save_enrolment(
            Enrolment("https://office.test", "d-1", token="t", ca_bundle=None, user=user)
        )
        participant = store.repos.participants.caseload(limit=1)[0]
        mine = store.clock.now()
        store.repos.conflicts.create(
            SyncConflict(
                participant_id=participant.id,
                record_entity="participant",
                record_id=participant.id,
                field="phone",
                kept_value="555-0101",
                kept_stamp=mine.encode(),
                kept_by="Drew Santos",
                other_value="555-0199",
                other_stamp=Stamp(mine.hlc - (60_000 << 16), OTHER_DEVICE).encode(),
                other_by="Robin Lee",
                detected_at=datetime.now(UTC),
            )
        )
    finally:
        store.close(audit=False)


def open_window(home: Path) -> MainWindow:
    """The profile unlocked in a main window of the screenshots' size, shown and active, after its first
    sync (the office is unreachable, so: offline, at once) so the status bar holds still from here."""
    store = open_profile(NAME, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS, user=NAME)
    window = MainWindow(home=home, desk=Desk(store), kdf=FAST_FOR_TESTS)
    window.resize(1366, 768)
    window.show()
    assert window.sync is not None
    window.sync.controller.retry = ONE_TRY
    window.sync.controller.sync_now()
    wait_for(lambda: window.sync is not None and not window.sync.controller.running)
    activate(window)
    return window


def activate(window: QWidget) -> None:
    """Make `window` the active one, as a click on it would (offscreen, a closed dialog gives the
    activation back to nobody)."""
    window.activateWindow()
    wait_for(lambda: QApplication.activeWindow() is window)


def wait_for(condition: Callable[[], bool], *, seconds: float = 10.0) -> None:
    """Let Qt work until `condition` holds (for a fixture, where qtbot is not at hand)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "waited in vain"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def module_window_fixtures(label: str) -> tuple[Any, Any, Any]:
    """The fixtures of a test module that shares one whole window: `profile_home` (a profile made once
    for the module), `opened` (the window open on it for the module) and `window` (that window, active
    again for each test, as a test's dialog may have taken the activation). Assign them in the module:
    `profile_home, opened, window = module_window_fixtures("keyboard")`."""

    @pytest.fixture(scope="module", name="profile_home")
    def profile_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
        home = tmp_path_factory.mktemp(label)
        make_profile(home)
        return home

    @pytest.fixture(scope="module", name="opened")
    def opened(qapp: QApplication, profile_home: Path) -> Iterator[MainWindow]:
        del qapp
        window = open_window(profile_home)
        yield window
        window.close()

    @pytest.fixture(name="window")
    def window(opened: MainWindow) -> MainWindow:
        activate(opened)
        return opened

    return profile_home, opened, window
