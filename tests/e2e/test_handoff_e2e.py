"""Issue 19 on the laptop, against the real server on a loopback port (SQLite and PostgreSQL): an
officer's referral written on the server (as the referral page writes it) reaches a running laptop of
the on-call team within seconds, by the quick check and with nobody syncing; accepted on Today, the
hand-off is on the server as soon, with the participant now the case manager's; and a referral merged
into the participant it turns out to be is merged on the team's other laptops and on the server."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from leaddesk.desk import Desk
from leaddesk.domain import Participant
from leaddesk.domain.ids import utcnow
from leaddesk.storage.errors import RecordNotFound
from leaddesk.storage.profile import create_profile
from leaddesk.sync.enrolment import enroll
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.sync.controller import CHECK_KEY, SyncStatus
from leaddesk.ui.workspace import TODAY
from tests.e2e.conftest import PASSPHRASE, converged
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


def server_fields(office: Any, entity: str, record_id: str) -> dict[str, Any]:
    fields, _clocks, _seq = office.server_records()[(entity, record_id)]
    found: dict[str, Any] = json.loads(fields)
    return found


def test_accepted_on_today_the_hand_off_reaches_the_server_without_a_sync_asked(
    qtbot, office, tmp_path: Path
) -> None:
    office.user("casey", "north")
    casey = on_call_window(qtbot, office, tmp_path / "casey", "casey")
    stub, referral = officer_referral(team="north", referred_at=utcnow() - timedelta(minutes=18))
    casey.workspace.show_page(TODAY)
    panel = casey.workspace.today.handoffs

    write_on_server(office.engine, stub, referral, team="north")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=ARRIVAL_MS)  # on Today, nobody syncing
    assert panel.current() is not None
    assert panel.current().name == "Jordan Quill"
    with qtbot.waitActive(casey):
        casey.activateWindow()
    qtbot.keyClick(casey, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # Met — take them on…
    qtbot.waitUntil(lambda: panel.dialog is not None)
    assert panel.dialog is not None
    qtbot.keyClick(panel.dialog.when, Qt.Key.Key_Return)

    qtbot.waitUntil(
        lambda: server_fields(office, "referral", referral.id)["handoff_outcome"] == "met", timeout=ARRIVAL_MS
    )
    on_server = server_fields(office, "referral", referral.id)
    assert on_server["warm_handoff_at"] == on_server["handoff_outcome_at"]
    assert server_fields(office, "participant", stub.id)["case_manager"] == "casey"
    assert panel.model.rowCount() == 0


def test_a_merge_on_one_laptop_is_what_the_teams_other_laptops_hold(office) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordán", last_name="Quill", team_id="north")
    )
    casey.sync()
    stub, referral = officer_referral(team="north", first="JORDAN", last="QUILL", aliases=("Red",))
    write_on_server(office.engine, stub, referral, team="north")
    casey.sync()
    robin.sync()
    desk = Desk(casey.store)
    [waiting] = desk.handoffs.waiting()
    assert waiting.offer is not None
    assert waiting.offer.match.participant_id == jordan.id

    moved = desk.handoffs.merge(referral.id, into=jordan.id).value
    casey.sync()
    robin.sync()

    converged(casey, robin)
    on_robin = Desk(robin.store)
    assert robin.repos.participants.get(stub.id, include_deleted=True).deleted
    [still] = on_robin.handoffs.waiting()
    assert (still.id, still.participant_id, still.name, still.offer) == (
        moved.id,
        jordan.id,
        "Jordán Quill",
        None,
    )
    assert server_fields(office, "participant", stub.id)["deleted"] is True
    assert server_fields(office, "referral", referral.id)["deleted"] is True
    assert server_fields(office, "referral", moved.id)["participant_id"] == jordan.id
    assert server_fields(office, "referral", moved.id)["merged_from"] == referral.id
    assert server_fields(office, "participant", jordan.id)["aliases"] == ["Red"]  # their name matched
