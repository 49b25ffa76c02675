"""Syncing from the desktop app, through its real widgets, against the real server on a loopback port:
connecting with a code, a change reaching a second laptop, a conflict shown on both and resolved on one,
a lost laptop wiped and told so, a disabled account told so and kept, and disconnecting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from leaddesk.desk import Desk
from leaddesk.domain import CaseNote, Participant
from leaddesk.domain.enums import RevokeMode
from leaddesk.server import devices, users
from leaddesk.storage.paths import list_profiles
from leaddesk.storage.profile import create_profile
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.sync.enrolment import enroll
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.sync.controller import INTERVAL_KEY, SyncStatus
from leaddesk.ui.sync.page import CONFLICTS
from leaddesk.ui.unlock_page import CREATE
from leaddesk.ui.workspace import SYNC
from tests.e2e.conftest import FAST_RETRY, PASSPHRASE
from tests.kdf import FAST_FOR_TESTS

SYNC_MS = 30_000
NEVER_MINUTES = 24 * 60  # no timed syncs in tests: each one is asked for


def sync_window(home: Path, store: Store, *, interval_minutes: int = NEVER_MINUTES) -> MainWindow:
    """The app on `store`, syncing every `interval_minutes` (the profile's own setting), and saying
    "offline" within a test's patience: its controller retries quickly (set before its first sync)."""
    store.repos.settings.set(INTERVAL_KEY, interval_minutes)
    window = MainWindow(home=home, desk=Desk(store), kdf=FAST_FOR_TESTS)
    assert window.sync is not None
    window.sync.controller.retry = FAST_RETRY
    return window


@pytest.fixture
def open_window(qtbot: Any, office: Any, tmp_path: Path) -> Callable[..., MainWindow]:
    """A case manager's app on a fresh profile of their own folder; enrolled if `enrolled`."""

    def make(username: str, *, enrolled: bool = True) -> MainWindow:
        home = tmp_path / username
        store = create_profile(
            username.title(), PASSPHRASE, home=home, user=username.title(), kdf=FAST_FOR_TESTS
        ).store
        if enrolled:
            enroll(store, office.url, office.code(username), f"{username}'s laptop")
        window = sync_window(home, store)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def press_f5(qtbot: Any, window: MainWindow) -> None:
    """The Sync now shortcut, in the window that has the keyboard (as a person would press it)."""
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.sync is not None
    with qtbot.waitSignal(window.sync.controller.finished, timeout=SYNC_MS):
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F5)


def sync_and_wait(qtbot: Any, window: MainWindow) -> None:
    assert window.sync is not None
    controller = window.sync.controller
    press_f5(qtbot, window)
    assert controller.status is SyncStatus.IDLE, controller.message


def two_laptops_of_one_team(
    office: Any, open_window: Callable[..., MainWindow]
) -> tuple[MainWindow, MainWindow, Participant]:
    """Casey's and Robin's windows, both of team north and enrolled, and a participant Casey just
    created (not yet synced)."""
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = open_window("casey"), open_window("robin")
    jordan = casey.session.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    return casey, robin, jordan


def test_connect_with_a_code_then_a_change_reaches_the_second_laptop(qtbot, office, open_window) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey = open_window("casey", enrolled=False)
    assert "not connected to a server" in casey.sync_state.text()
    assert casey.sync_bar.action.text() == "Connect to office…"

    qtbot.mouseClick(casey.sync_bar.action, Qt.MouseButton.LeftButton)
    dialog = casey.sync.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.server, office.url)
    qtbot.keyClicks(dialog.code, office.code("casey"))
    controller = casey.sync.controller
    with qtbot.waitSignal(controller.finished, timeout=SYNC_MS):  # connecting starts the first sync
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert casey.sync.dialog is None
    assert Replica(casey.session.desk._store).enrolment is not None
    assert casey.sync_state.text().startswith("Synced at")

    jordan = casey.session.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    assert "1 change waiting to sync" in casey.sync_state.text()
    sync_and_wait(qtbot, casey)
    assert "nothing waiting to sync" in casey.sync_state.text()

    robin = open_window("robin")
    robin.workspace.show_page("caseload")
    assert robin.workspace.caseload.model.rowCount() == 0
    sync_and_wait(qtbot, robin)
    qtbot.waitUntil(lambda: robin.workspace.caseload.model.rowCount() == 1, timeout=5_000)
    assert robin.workspace.caseload.model.participant_id(0) == jordan.id

    robin.workspace.show_page(SYNC)
    history = robin.workspace.sync.history
    assert history.rowCount() == 1
    assert history.index(0, history.COL_RESULT).data() == "Synced"
    assert history.index(0, history.COL_RECEIVED).data() == "1"


def test_a_conflict_shows_on_both_laptops_and_resolving_it_on_one_clears_the_other(
    qtbot, office, open_window
) -> None:
    casey, robin, jordan = two_laptops_of_one_team(office, open_window)
    sync_and_wait(qtbot, casey)
    sync_and_wait(qtbot, robin)

    casey.session.update("participant", jordan.id, {"phone": "555-1111"})
    robin.session.update("participant", jordan.id, {"phone": "555-2222"})
    for window in (casey, robin, casey):
        sync_and_wait(qtbot, window)

    panels = []
    for window, mine, theirs in ((casey, "555-1111", "555-2222"), (robin, "555-2222", "555-1111")):
        assert window.sync_bar.conflicts.text() == "1 conflict to resolve"  # a button that opens them
        assert window.sync_bar.conflicts.isVisible()
        window.workspace.show_page(SYNC)
        panel = window.workspace.sync.conflicts
        assert panel.count == 1
        assert window.workspace.sync.tabs.tabText(1) == "Conflicts (1)"
        assert panel.mine.value.text() == mine
        assert panel.theirs.value.text() == theirs
        assert panel.mine.who.text().startswith(window.windowTitle().split("— ")[1])
        panels.append(panel)

    qtbot.mouseClick(panels[1].mine.keep, Qt.MouseButton.LeftButton)  # Robin keeps Robin's number
    assert panels[1].count == 0
    assert robin.session.desk._store.repos.participants.get(jordan.id).phone == "555-2222"
    sync_and_wait(qtbot, robin)
    assert panels[0].count == 1  # Casey's laptop has not heard yet
    sync_and_wait(qtbot, casey)
    assert panels[0].count == 0
    assert not casey.sync_bar.conflicts.isVisible()
    assert casey.session.desk._store.repos.participants.get(jordan.id).phone == "555-2222"


def test_a_lost_laptop_is_wiped_and_told_so(qtbot, office, open_window, tmp_path: Path) -> None:
    office.user("casey", "north")
    casey = open_window("casey")
    casey.session.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    sync_and_wait(qtbot, casey)
    folder = casey.session.desk._store.db_path.parent
    enrolment = Replica(casey.session.desk._store).enrolment
    assert enrolment is not None

    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=enrolment.device_id, mode=RevokeMode.LOST, actor="test")
    press_f5(qtbot, casey)
    qtbot.waitUntil(lambda: not folder.exists(), timeout=SYNC_MS)
    assert casey.is_locked
    page = casey.unlock_page
    qtbot.waitUntil(lambda: "reported lost" in page.create_form.message.text(), timeout=5_000)
    assert page.mode == CREATE  # no profile is left on this laptop
    assert list_profiles(tmp_path / "casey") == []


def test_a_retired_laptop_sends_its_unsent_work_then_is_wiped_and_told_so(
    qtbot, office, open_window, tmp_path: Path
) -> None:
    office.user("casey", "north")
    casey = open_window("casey")
    sync_and_wait(qtbot, casey)
    folder = casey.session.desk._store.db_path.parent
    enrolment = Replica(casey.session.desk._store).enrolment
    assert enrolment is not None
    with office.engine.begin() as conn:
        devices.revoke(conn, device_id=enrolment.device_id, mode=RevokeMode.RETIRED, actor="test")
    last = casey.session.create(Participant(first_name="Remy", last_name="Ash", team_id="north"))
    press_f5(qtbot, casey)
    qtbot.waitUntil(lambda: not folder.exists(), timeout=SYNC_MS)
    qtbot.waitUntil(lambda: "retired" in casey.unlock_page.create_form.message.text(), timeout=5_000)
    assert "unsent work was sent" in casey.unlock_page.create_form.message.text()
    assert ("participant", last.id) in office.server_records()


def test_a_disabled_account_is_told_plainly_and_nothing_is_wiped(qtbot, office, open_window) -> None:
    office.user("casey", "north")
    casey = open_window("casey")
    sync_and_wait(qtbot, casey)
    with office.engine.begin() as conn:
        users.set_disabled(conn, username="casey", disabled=True, actor="test")
    jordan = casey.session.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))

    press_f5(qtbot, casey)

    assert casey.sync is not None
    assert casey.sync.controller.status is SyncStatus.FAILED
    casey.workspace.show_page(SYNC)
    shown = casey.workspace.sync.state.text()
    assert "Your account has been switched off on the office server, so this laptop cannot sync." in shown
    assert "Everything on this laptop stays here" in shown
    assert not casey.is_locked
    assert casey.session.desk._store.repos.participants.get(jordan.id).first_name == "Jordan"
    assert "1 change waiting to sync" in casey.sync_state.text()


def test_disconnecting_keeps_the_records_and_unsent_work(qtbot, office, open_window) -> None:
    office.user("casey", "north")
    casey = open_window("casey")
    jordan = casey.session.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    casey.workspace.show_page(SYNC)
    page = casey.workspace.sync
    assert page.disconnect_button.isVisible()
    qtbot.mouseClick(page.disconnect_button, Qt.MouseButton.LeftButton)
    box = casey.sync.question
    assert isinstance(box, QMessageBox)
    assert "Not sent yet: 1 change." in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    agree = next(b for b in box.buttons() if b is not cancel)
    qtbot.mouseClick(agree, Qt.MouseButton.LeftButton)

    store = casey.session.desk._store
    assert Replica(store).enrolment is None
    assert store.repos.participants.get(jordan.id).first_name == "Jordan"
    assert store.repos.outbox.count() == 1
    assert "not connected to a server" in casey.sync_state.text()
    assert page.connect_button.isVisible()
    assert not page.disconnect_button.isVisible()


@pytest.mark.parametrize(
    ("address", "code", "expected"),
    [
        ("http://sync.example.org", "ABCD-EFGH", "must start with https://"),
        ("{url}", "WRONG-CODE-1", "not known"),
        ("http://127.0.0.1:9", "ABCD-EFGH", "cannot be reached"),
    ],
)
def test_connecting_explains_what_went_wrong(qtbot, office, open_window, address, code, expected) -> None:
    casey = open_window("casey", enrolled=False)
    casey.connect_to_office()
    dialog = casey.sync.dialog
    qtbot.keyClicks(dialog.server, address.format(url=office.url))
    qtbot.keyClicks(dialog.code, code)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and expected in dialog.message.text(), timeout=SYNC_MS)
    assert dialog.isVisible()
    assert Replica(casey.session.desk._store).enrolment is None


def test_a_signed_notes_set_aside_text_is_added_as_an_addendum_from_the_conflict_view(
    qtbot, office, open_window
) -> None:
    casey, robin, jordan = two_laptops_of_one_team(office, open_window)
    note = casey.session.create(CaseNote(participant_id=jordan.id, data="Met at the shelter."))
    sync_and_wait(qtbot, casey)
    sync_and_wait(qtbot, robin)
    casey.session.apply(casey.session.desk.notes.sign(note.id))
    robin.session.update("note", note.id, {"data": "Robin's version of the visit."})
    for window in (casey, robin, casey):
        sync_and_wait(qtbot, window)

    robin.workspace.show_page(SYNC)
    robin.workspace.sync.tabs.setCurrentIndex(CONFLICTS)
    panel = robin.workspace.sync.conflicts
    assert panel.count == 1
    assert panel.signed_note.isVisible()
    assert not panel.edited.isVisible()
    assert panel.mine.value.text() == "Robin's version of the visit."
    assert panel.mine.keep.text() == "Add as my addendum"
    assert panel.theirs.keep.text() == "Keep as signed"
    qtbot.mouseClick(panel.mine.keep, Qt.MouseButton.LeftButton)
    assert panel.count == 0
    sync_and_wait(qtbot, robin)
    sync_and_wait(qtbot, casey)
    store = casey.session.desk._store
    assert store.repos.notes.get(note.id).data == "Met at the shelter."
    [addendum] = store.repos.notes.addenda.for_note(note.id)
    assert "Robin's version of the visit." in addendum.text
    assert casey.workspace.sync.conflicts.count == 0
