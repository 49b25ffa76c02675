"""More of syncing from the app: the organisation's CA bundle in the connect dialog, a sync soon after
unlock, Cancel, locking mid-sync, a participant moved away while open, and the question before a sync
removes most of the laptop's participants."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from leaddesk.demo.seed import seed_store
from leaddesk.domain import Participant
from leaddesk.server.app import create_app
from leaddesk.server.running import ServerThread
from leaddesk.server.settings import ServerSettings
from leaddesk.storage.profile import create_profile
from leaddesk.storage.replica import Replica
from leaddesk.sync.enrolment import enroll
from leaddesk.sync.protocol import Role
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.sync.controller import SyncStatus
from leaddesk.ui.workspace import CASELOAD, PARTICIPANT
from tests.backends import tls_files
from tests.e2e.conftest import PASSPHRASE
from tests.e2e.test_sync_app import SYNC_MS, press_f5, sync_window
from tests.kdf import FAST_FOR_TESTS


def window_for(qtbot: Any, home: Path, *, store: Any = None, **options: Any) -> MainWindow:
    if store is None:
        store = create_profile("Casey", PASSPHRASE, home=home, user="Casey", kdf=FAST_FOR_TESTS).store
    window = sync_window(home, store, **options)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_organisations_ca_bundle_is_what_makes_its_server_trusted(
    qtbot, office, database_url: str, tmp_path: Path
) -> None:
    tls = tls_files(tmp_path)
    cert, key, bundle = tls.cert, tls.key, tls.ca
    office.user("casey", "north")
    settings = ServerSettings(database_url=database_url, tls_cert=cert, tls_key=key)
    with ServerThread(create_app(settings), tls_cert=cert, tls_key=key) as secure:
        casey = window_for(qtbot, tmp_path / "casey")
        casey.connect_to_office()
        dialog = casey.sync.dialog
        qtbot.keyClicks(dialog.server, secure.url)
        qtbot.keyClicks(dialog.code, office.code("casey"))
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.message.text()), timeout=SYNC_MS)
        assert "certificate is not trusted" in dialog.message.text()
        assert Replica(casey.session.desk._store).enrolment is None

        qtbot.keyClicks(dialog.ca_bundle, str(bundle))
        with qtbot.waitSignal(casey.sync.controller.finished, timeout=SYNC_MS):
            qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        enrolment = Replica(casey.session.desk._store).enrolment
        assert enrolment is not None
        assert enrolment.ca_bundle == str(bundle)
        assert casey.sync.controller.status is SyncStatus.IDLE
        casey.close()  # its connection would hold the server's shutdown


def test_unlocking_syncs_shortly_after_and_the_timer_keeps_syncing(qtbot, office, tmp_path: Path) -> None:
    office.user("casey", "north")
    store = create_profile("Casey", PASSPHRASE, home=tmp_path, user="Casey", kdf=FAST_FOR_TESTS).store
    enroll(store, office.url, office.code("casey"), "casey's laptop")
    store.repos.participants.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    casey = window_for(qtbot, tmp_path, store=store)
    controller = casey.sync.controller
    controller.interval_ms = 1_500  # minutes in the field; before the sync after unlock schedules the next
    with qtbot.waitSignal(controller.finished, timeout=SYNC_MS):
        pass  # nothing pressed: the sync after unlock
    assert store.repos.outbox.count() == 0
    casey.session.create(Participant(first_name="Remy", last_name="Ash", team_id="north"))
    with qtbot.waitSignal(controller.finished, timeout=SYNC_MS):
        pass  # nor here: the next timed sync
    assert store.repos.outbox.count() == 0
    assert len(office.server_records()) == 2


def test_cancel_stops_part_way_and_the_next_sync_finishes(qtbot, office, tmp_path: Path) -> None:
    office.user("casey", "north")
    store = create_profile("Casey", PASSPHRASE, home=tmp_path, user="Casey", kdf=FAST_FOR_TESTS).store
    seed_store(store, participants=12, notes_per_participant=30, teams=("north",), share=True)
    enroll(store, office.url, office.code("casey"), "casey's laptop")
    casey = window_for(qtbot, tmp_path, store=store)
    controller = casey.sync.controller
    waiting = store.repos.outbox.count()
    bar = casey.sync_bar
    seen: list[bool] = []

    def cancel_at_first_batch(_progress: object) -> None:
        if not seen:
            seen.append(bar.cancel.isVisible() and bar.bar.isVisible())
            qtbot.mouseClick(bar.cancel, Qt.MouseButton.LeftButton)

    controller.progress.connect(cancel_at_first_batch)
    press_f5(qtbot, casey)
    controller.progress.disconnect(cancel_at_first_batch)
    assert seen == [True]  # progress and Cancel showed while it ran
    assert not bar.cancel.isVisible()
    assert 0 < store.repos.outbox.count() < waiting
    casey.workspace.sync.refresh()
    history = casey.workspace.sync.history
    assert history.index(0, history.COL_RESULT).data() == "Cancelled"
    press_f5(qtbot, casey)
    assert store.repos.outbox.count() == 0


def test_locking_during_a_sync_closes_everything_and_unlocking_carries_on(
    qtbot, office, tmp_path: Path
) -> None:
    office.user("casey", "north")
    store = create_profile("Casey", PASSPHRASE, home=tmp_path, user="Casey", kdf=FAST_FOR_TESTS).store
    seed_store(store, participants=12, notes_per_participant=30, teams=("north",), share=True)
    enroll(store, office.url, office.code("casey"), "casey's laptop")
    casey = window_for(qtbot, tmp_path, store=store)
    controller = casey.sync.controller
    with qtbot.waitSignal(controller.progress, timeout=SYNC_MS):
        controller.sync_now()
    casey.lock()
    assert casey.is_locked
    assert not store.is_open
    # The last connection to close folds the WAL away: none is left open, the sync worker's included.
    assert not store.db_path.with_name(store.db_path.name + "-wal").exists()

    form = casey.unlock_page.unlock_form
    qtbot.keyClicks(form.passphrase, PASSPHRASE)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not casey.is_locked, timeout=SYNC_MS)
    with qtbot.waitSignal(casey.sync.controller.finished, timeout=SYNC_MS):
        pass  # the sync after unlock picks up where the cancelled one stopped
    assert casey.session.desk._store.repos.outbox.count() == 0


def test_an_open_participant_moved_to_another_team_closes_and_a_mass_removal_asks_first(
    qtbot, office, tmp_path: Path
) -> None:
    office.user("casey", "north")
    office.user("robin", "north", "south", role=Role.SUPERVISOR)  # who may move people between them
    robin = office.laptop("robin")
    people = [
        robin.repos.participants.create(Participant(first_name=n, last_name="Quill", team_id="north"))
        for n in ("Jordan", "Remy", "Alex", "Sky")
    ]
    robin.sync()
    store = create_profile("Casey", PASSPHRASE, home=tmp_path, user="Casey", kdf=FAST_FOR_TESTS).store
    enroll(store, office.url, office.code("casey"), "casey's laptop")
    casey = window_for(qtbot, tmp_path, store=store)
    press_f5(qtbot, casey)
    casey.workspace.open_participant(people[0].id)

    robin.repos.participants.update(people[0].id, {"team_id": "south"})
    robin.sync()
    press_f5(qtbot, casey)
    assert casey.workspace.participant is None
    assert casey.workspace.current_page() == CASELOAD
    assert "no longer shared with your team" in casey.statusBar().currentMessage()
    qtbot.waitUntil(lambda: casey.workspace.caseload.model.rowCount() == 3, timeout=5_000)

    for person in people[1:]:  # then most of the rest at once: the sync stops and asks
        robin.repos.participants.update(person.id, {"team_id": "south"})
    robin.sync()
    casey.workspace.open_participant(people[1].id)
    casey.workspace.nav.setFocus()  # where the focus rests after opening someone from a list
    press_f5(qtbot, casey)
    box = casey.sync.question
    assert isinstance(box, QMessageBox)
    assert "remove 3 of the 3 participants" in box.text()
    assert store.repos.participants.caseload_count() == 3  # nothing removed before the answer
    assert casey.workspace.current_page() == PARTICIPANT
    agree = next(b for b in box.buttons() if b is not box.button(QMessageBox.StandardButton.Cancel))
    with qtbot.waitSignal(casey.sync.controller.finished, timeout=SYNC_MS):
        qtbot.mouseClick(agree, Qt.MouseButton.LeftButton)
    assert store.repos.participants.caseload_count() == 0
    assert casey.workspace.participant is None
