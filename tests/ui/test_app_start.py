"""Starting the app: first run creates a profile, later runs unlock it and show the caseload."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from leaddesk.domain import Participant
from leaddesk.storage.errors import ProfileNotFound
from leaddesk.storage.profile import open_profile
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.unlock_dialog import RecoveryKeyDialog, UnlockDialog

PASSPHRASE = "river stone lantern"


def press_ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_first_run_creates_then_unlocks(qtbot, home: Path, monkeypatch) -> None:
    shown: list[str] = []
    # A modal exec() would block the test; record the key the dialog was about to show instead.
    monkeypatch.setattr(RecoveryKeyDialog, "exec", lambda self: shown.append(self.findChild(QLineEdit).text()))
    dialog = UnlockDialog(home=home)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Robin Ash")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE + "x")
    press_ok(dialog)
    assert dialog.store is None
    assert "not the same" in dialog.error.text()

    dialog.confirm.clear()
    qtbot.keyClicks(dialog.confirm, PASSPHRASE)
    press_ok(dialog)
    assert dialog.store is not None
    assert len(shown) == 1 and len(shown[0].split("-")) == 8
    dialog.store.repos.participants.create(Participant(first_name="Lee", last_name="Marrow", team_id="north"))
    dialog.store.close()

    again = UnlockDialog(home=home)
    qtbot.addWidget(again)
    assert again.profile.currentText() == "Robin Ash"
    qtbot.keyClicks(again.passphrase, "wrong passphrase here")
    press_ok(again)
    assert again.store is None
    assert "not right" in again.error.text()
    again.passphrase.clear()
    qtbot.keyClicks(again.passphrase, PASSPHRASE)
    press_ok(again)
    assert again.store is not None

    window = MainWindow(again.store)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 1
    qtbot.keyClicks(window.search, "zzz")
    assert window.model.rowCount() == 0
    window.search.clear()
    qtbot.keyClicks(window.search, "marr")
    assert window.model.rowCount() == 1
    assert "not connected to a server" in window.sync_state.text()
    window.close()
    assert not again.store.is_open


def test_recovery_key_dialog_needs_confirmation(qtbot) -> None:
    dialog = RecoveryKeyDialog("ABCD-EFGH")
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.stored.setChecked(True)
    assert ok.isEnabled()


def test_a_missing_profile_is_named_in_the_error(home: Path) -> None:
    with pytest.raises(ProfileNotFound, match="Nobody"):
        open_profile("Nobody", PASSPHRASE, home=home)
