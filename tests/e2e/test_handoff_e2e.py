"""Issue 19 on the laptop, against the real server on a loopback port (SQLite and PostgreSQL): an
officer's referral written on the server reaches a running laptop of the on-call team within seconds,
by the quick check and with nobody syncing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from leaddesk.desk import Desk
from leaddesk.storage.errors import RecordNotFound
from leaddesk.storage.profile import create_profile
from leaddesk.sync.enrolment import enroll
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.sync.controller import CHECK_KEY, SyncStatus
from tests.e2e.conftest import PASSPHRASE
from tests.e2e.officer_referrals import write_on_server
from tests.e2e.test_sync_app import SYNC_MS, sync_window
from tests.kdf import FAST_FOR_TESTS
from tests.officer_referral import officer_referral

ARRIVAL_MS = 8_000  # "within seconds": a check each second, then one sync


def on_call_window(qtbot: Any, office: Any, home: Path, username: str) -> MainWindow:
    """The case manager's app, enrolled and synced once, checking with the server every second (the
    field's is every 20 s) and never syncing on its timer."""
    store = create_profile(
        username.title(), PASSPHRASE, home=home, user=username.title(), kdf=FAST_FOR_TESTS
    ).store
    enroll(store, office.url, office.code(username), f"{username}'s laptop")
    store.repos.settings.set(CHECK_KEY, 1)
    window = sync_window(home, store)
    qtbot.addWidget(window)
    assert window.sync is not None
    with qtbot.waitSignal(window.sync.controller.finished, timeout=SYNC_MS):
        window.show()  # the sync shortly after unlock
    assert window.sync.controller.status is SyncStatus.IDLE
    return window


def holds(desk: Desk, participant_id: str) -> bool:
    try:
        desk.participants.get(participant_id)
    except RecordNotFound:
        return False
    return True


def test_a_referral_written_on_the_server_reaches_the_running_laptop_without_a_sync_asked(
    qtbot, office, tmp_path: Path
) -> None:
    office.user("casey", "north")
    casey = on_call_window(qtbot, office, tmp_path / "casey", "casey")
    stub, referral = officer_referral(team="north")

    write_on_server(office.engine, stub, referral, team="north")

    desk = casey.session.desk
    qtbot.waitUntil(lambda: holds(desk, stub.id), timeout=ARRIVAL_MS)
    assert desk.records.get("referral", referral.id).model_dump() == referral.model_dump()
