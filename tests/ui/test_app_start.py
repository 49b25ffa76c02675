"""Starting the app: the first run creates a profile (with the production key derivation, on a worker)
and opens the workspace; later runs unlock it and show the caseload."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from leaddesk.domain import Participant
from leaddesk.storage.errors import ProfileNotFound
from leaddesk.storage.paths import list_profiles
from leaddesk.storage.profile import open_profile
from leaddesk.storage.store import Store
from leaddesk.storage.vault import PRODUCTION
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.unlock_page import CREATE, RECOVERY_KEY, UNLOCK
from tests.kdf import FAST_FOR_TESTS

NAME = "Robin Ash"
PASSPHRASE = "river stone lantern"
STORE_PASSPHRASE = "correct horse battery staple"  # the `store` fixture's profile (tests/conftest.py)
WORKER_MS = 15_000


def test_first_run_creates_a_profile_and_opens_the_workspace(qtbot, home: Path) -> None:
    window = MainWindow(home=home)
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    assert window.is_locked
    assert page.mode == CREATE
    assert window.sync_state.text() == "Locked"

    form = page.create_form
    qtbot.keyClicks(form.name, NAME)
    qtbot.keyClicks(form.fields.passphrase, PASSPHRASE)
    qtbot.keyClicks(form.fields.repeat, PASSPHRASE)
    qtbot.keyClick(form.fields.repeat, Qt.Key.Key_Return)
    assert form.busy  # production Argon2id runs on the worker; the window keeps painting
    qtbot.waitUntil(lambda: page.mode == RECOVERY_KEY, timeout=WORKER_MS)
    assert window.is_locked  # nothing is open until the recovery key is acknowledged

    page.recovery_panel.stored.setChecked(True)
    qtbot.mouseClick(page.recovery_panel.proceed, Qt.MouseButton.LeftButton)
    assert not window.is_locked
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.caseload.model.rowCount() == 0
    assert "not connected to a server" in window.sync_state.text()
    assert NAME in window.windowTitle()
    assert list_profiles(home) == [NAME]

    store = window.session.desk._store
    window.close()
    assert not store.is_open
    wraps = json.loads((home / "profiles" / NAME / "vault.json").read_text())["wraps"]
    assert wraps[0]["kdf"]["memory_cost"] == PRODUCTION.memory_cost  # the real cost, not the test one
    reopened = open_profile(NAME, PASSPHRASE, home=home)
    assert reopened.user == NAME
    reopened.close()


def test_later_runs_unlock_and_show_the_caseload(qtbot, home: Path, store: Store) -> None:
    store.repos.participants.create(Participant(first_name="Lee", last_name="Marrow", team_id="north"))
    store.close()
    window = MainWindow(home=home, kdf=FAST_FOR_TESTS)
    qtbot.addWidget(window)
    window.show()
    form = window.unlock_page.unlock_form
    assert window.unlock_page.mode == UNLOCK

    qtbot.keyClicks(form.passphrase, "not the passphrase")
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not form.busy, timeout=WORKER_MS)
    assert window.is_locked
    assert form.message.text() == "That passphrase is not right for this profile."

    form.passphrase.clear()
    qtbot.keyClicks(form.passphrase, STORE_PASSPHRASE)
    qtbot.keyClick(form.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=WORKER_MS)
    assert window.workspace.caseload.model.rowCount() == 1
    window.close()
    assert window.is_locked


def test_a_missing_profile_is_named_in_the_error(home: Path) -> None:
    with pytest.raises(ProfileNotFound, match="Nobody"):
        open_profile("Nobody", PASSPHRASE, home=home)
