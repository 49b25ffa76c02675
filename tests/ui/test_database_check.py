"""Desk > Check the database…: every page checked on a worker, and the answer told in words a case
manager can act on; damage is named, and nothing is changed (DESIGN.md §3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from leaddesk.desk import Desk
from leaddesk.storage.profile import open_profile
from leaddesk.storage.store import Store
from leaddesk.ui.main_window import MainWindow
from tests.damage import PAGE, damage, lock_with_notes, middle_page
from tests.kdf import FAST_FOR_TESTS

PASSPHRASE = "correct horse battery staple"  # the `store` fixture's profile (tests/conftest.py)
PROFILE = "Casey Morgan"
WORKER_MS = 10_000


def window_on(qtbot, home: Path) -> MainWindow:
    store = open_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    window = MainWindow(home=home, desk=Desk(store), kdf=FAST_FOR_TESTS)
    qtbot.addWidget(window)
    window.show()
    return window


def check_action(window: MainWindow):
    return next(
        a for a in window.findChildren(type(window.menuBar().actions()[0])) if "Check the" in a.text()
    )


def test_a_sound_database_is_said_to_be_sound(
    qtbot, home: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock_with_notes(store)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_a: told.append(text))
    window = window_on(qtbot, home)
    action = check_action(window)
    assert action.isEnabled()

    action.trigger()
    assert window.statusBar().currentMessage() == "Checking the database…"
    qtbot.waitUntil(lambda: bool(told), timeout=WORKER_MS)

    assert told == ["No damage found: every page of this laptop's database passed its check."]
    window.lock()
    assert not action.isEnabled()  # only while a profile is open
    window.close()


def test_damage_is_named_and_nothing_is_changed(qtbot, home: Path, store: Store) -> None:
    db, _ = lock_with_notes(store)
    page = middle_page(db)
    damaged = damage(db, range(page, page + 1))
    window = window_on(qtbot, home)
    seen: list[tuple[str, str]] = []

    def read_and_close() -> None:  # the answer is modal: this runs inside its own event loop
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append((box.text(), box.detailedText()))
        box.close()

    QTimer.singleShot(0, read_and_close)
    check_action(window).trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=WORKER_MS)

    text, details = seen[0]
    assert text.startswith("The database on this laptop is damaged. Nothing has been changed.")
    assert "tell your IT administrator" in text
    assert f"HMAC verification failed for page {page + 1}" in details
    window.lock()
    window.close()
    assert db.read_bytes()[page * PAGE : (page + 1) * PAGE] == damaged[page * PAGE : (page + 1) * PAGE]
