"""Locking: after idle time, on request, with a dialog open; the screen keeps nothing of the session, the
unlock page is ready for the same profile, and unlocking brings the user back where they were."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from leaddesk.desk import Desk
from leaddesk.domain import Participant
from leaddesk.storage.profile import open_profile
from leaddesk.storage.store import Store
from leaddesk.ui.idle import IdleWatcher
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.unlock_page import CREATE, UNLOCK
from leaddesk.ui.workspace import TODAY
from tests.damage import damage, lock_with_notes, middle_page
from tests.kdf import FAST_FOR_TESTS

PASSPHRASE = "correct horse battery staple"  # the `store` fixture's profile (tests/conftest.py)
PROFILE = "Casey Morgan"
WORKER_MS = 10_000


def open_window(qtbot, home: Path, store: Store, **kw: object) -> MainWindow:
    window = MainWindow(home=home, desk=Desk(store), kdf=FAST_FOR_TESTS, **kw)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    field = window.unlock_page.unlock_form.passphrase
    qtbot.keyClicks(field, passphrase)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=WORKER_MS)


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person could read on `root` and on any window of the application."""
    texts = []
    for top in {root, *QApplication.topLevelWidgets()}:
        if not top.isVisible():
            continue
        texts.append(top.windowTitle())
        for widget in top.findChildren(QWidget):
            if widget.isVisible() and isinstance(widget, QLabel | QLineEdit):
                texts.append(widget.text())
    return texts


def test_idle_lock_then_back_on_the_same_page(qtbot, home: Path, store: Store) -> None:
    window = open_window(qtbot, home, store)
    window.idle.set_timeout(200)  # minutes in the field (the profile's lock.idle_minutes)
    window.workspace.show_page(TODAY)
    before = window.workspace
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)

    assert not store.is_open
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.mode == UNLOCK
    assert window.workspace is None
    qtbot.waitUntil(lambda: not shiboken6.isValid(before))  # destroyed, not merely hidden
    assert window.windowTitle() == "LEAD Desk — locked"
    assert window.sync_state.text() == "Locked"
    assert "Locked at" in window.unlock_page.unlock_form.note.text()

    unlock(qtbot, window)
    assert window.workspace.current_page() == TODAY
    assert window.session.desk._store.user == PROFILE
    window.close()
    assert window.is_locked


def test_the_lock_screen_carries_the_windows_unlock_hint(qtbot, home: Path, store: Store) -> None:
    window = open_window(qtbot, home, store, unlock_hint="This is a demo profile: its passphrase is xyz")
    window.lock()
    note = window.unlock_page.unlock_form.note
    assert note.isVisibleTo(window)
    assert note.text().startswith("Locked at")
    assert note.text().endswith("This is a demo profile: its passphrase is xyz")
    unlock(qtbot, window)
    window.close()


def test_activity_keeps_the_session_open(qtbot, home: Path, store: Store) -> None:
    window = open_window(qtbot, home, store)
    window.idle.set_timeout(1_000)
    started = time.monotonic()
    for _ in range(12):
        qtbot.wait(100)  # a busy machine may stretch these, but not to ten times as long
        qtbot.keyClick(window.workspace.nav, Qt.Key.Key_Down)
    assert time.monotonic() - started > 1.0
    assert not window.is_locked  # over a second has passed, never one without input
    qtbot.waitUntil(lambda: window.is_locked, timeout=3000)


def test_a_lock_from_any_state_lands_on_unlock_for_that_profile(qtbot, home: Path, store: Store) -> None:
    window = open_window(qtbot, home, store)
    page = window.unlock_page
    page.show_create()  # e.g. someone began a new profile on this page earlier
    assert page.mode == CREATE
    page.create_form.name.setText("Half typed")
    page.unlock_form.passphrase.setText("left over")

    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked
    assert page.mode == UNLOCK
    assert page.unlock_form.current_name() == PROFILE
    assert page.unlock_form.current_profile() == store.db_path.parent
    assert page.unlock_form.passphrase.text() == ""
    assert page.create_form.name.text() == ""
    qtbot.waitUntil(lambda: page.unlock_form.passphrase.hasFocus())
    unlock(qtbot, window)
    window.close()


def test_nothing_of_the_session_stays_on_screen(qtbot, home: Path, store: Store) -> None:
    store.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quillfeather", team_id="north")
    )
    window = open_window(qtbot, home, store)
    window.workspace.show_page("caseload")
    qtbot.waitUntil(lambda: window.workspace.caseload.model.rowCount() == 1)
    note = QDialog(window)  # a non-modal window of the session, like a viewer
    QVBoxLayout(note).addWidget(QLabel("Jordan Quillfeather — note"))
    note.show()
    window.statusBar().showMessage("Saved Quillfeather")
    assert any("Quillfeather" in text for text in visible_texts(window))

    window.lock()
    assert not note.isVisible()
    assert not any("Quillfeather" in text for text in visible_texts(window))
    assert window.statusBar().currentMessage() == ""


def test_a_modal_dialog_is_closed_by_the_lock(qtbot, home: Path, store: Store) -> None:
    window = open_window(qtbot, home, store)
    # The lock arrives while the change-passphrase dialog runs its own event loop, as an idle lock would.
    QTimer.singleShot(100, window.lock)
    guard = QTimer(window)  # if the lock failed to end the dialog, fail instead of hanging
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: [d.reject() for d in window.findChildren(QDialog) if d.isVisible()])
    guard.start(3000)
    window.change_passphrase()  # returns only when the dialog's exec() has ended
    assert guard.isActive()
    guard.stop()
    assert window.is_locked
    assert not [w for w in window.findChildren(QDialog) if w.isVisible()]
    unlock(qtbot, window)  # the old passphrase still works: nothing was changed
    window.close()


class FakeClocks:
    def __init__(self) -> None:
        self.monotonic = 100.0
        self.wall = 1_700_000_000.0


def test_idle_counts_time_asleep_and_swallows_the_wake_up_key(qtbot) -> None:
    clocks = FakeClocks()
    watcher = IdleWatcher(60_000, monotonic=lambda: clocks.monotonic, wall=lambda: clocks.wall)
    fired: list[bool] = []
    watcher.timed_out.connect(lambda: fired.append(True))
    watcher.start()
    target = QObject()
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")

    clocks.monotonic += 30
    clocks.wall += 30
    assert watcher.eventFilter(target, key) is False  # activity: passed on, countdown restarts
    clocks.monotonic += 50
    clocks.wall += 50
    watcher._check_idle()
    assert not fired  # 50 s since the key press

    clocks.wall += 3600  # the lid was closed: the monotonic clock stood still
    assert watcher.eventFilter(target, key) is True  # the wake-up key press locks and goes no further
    assert fired == [True]
    assert not watcher.active

    watcher.start()
    clocks.wall -= 7200  # the wall clock set back: the monotonic clock still counts
    clocks.monotonic += 61
    watcher._check_idle()
    assert fired == [True, True]


def test_a_lock_on_a_damaged_database_still_clears_the_screen(
    qtbot, home: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLCipher turns a database read-only once a page fails its check, so neither the user's place nor
    the lock can be recorded: the screen is cleared and the key dropped all the same, and the person is
    told why their place was not kept."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: told.append(text))
    db, _ = lock_with_notes(store, last_name="Quillfeather")
    damage(db, range(middle_page(db), middle_page(db) + 1))
    damaged = open_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    window = open_window(qtbot, home, damaged)
    window.workspace.show_page("caseload")
    qtbot.waitUntil(lambda: window.workspace.caseload.model.rowCount() == 1)
    assert damaged.integrity_problems()  # reading every page meets the damage, as opening a note might

    window.lock()

    assert window.is_locked
    assert window.stack.currentWidget() is window.unlock_page
    assert not damaged.is_open
    assert not any("Quillfeather" in text for text in visible_texts(window))
    assert len(told) == 1, told
    assert "the database on this laptop may be damaged" in told[0]
    window.close()
