"""Two laptops change the same participant's phone through Edit details…, each offline from the other,
both sync with the real server, and the conflict is settled from the Sync page's conflict panel: both
laptops end with the chosen phone, on screen and stored, and no open conflict (issue 13's acceptance)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from leaddesk.domain import Participant
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.participant.details_dialog import DetailsDialog
from leaddesk.ui.participant.page import ParticipantPage
from leaddesk.ui.workspace import SYNC
from tests.e2e.test_sync_app import open_window, sync_and_wait, two_laptops_of_one_team

__all__ = ["open_window"]  # the fixture, used here


def edit_phone(qtbot: Any, window: MainWindow, participant: Participant, phone: str) -> ParticipantPage:
    """Open the participant on this laptop and change their phone in Edit details…."""
    window.workspace.open_participant(participant.id)
    page = window.workspace.participant
    assert page is not None
    qtbot.waitUntil(lambda: page.is_open, timeout=5_000)
    qtbot.mouseClick(page.header.edit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, DetailsDialog)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, phone)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=5_000)
    assert page.header.phone_label.text() == f"Phone: {phone}"
    return page


def stored_phone(window: MainWindow, participant: Participant) -> str:
    return window.session.desk.participants.get(participant.id).phone


def test_a_phone_changed_on_two_laptops_is_settled_from_the_conflict_panel(
    qtbot, office, open_window
) -> None:
    casey, robin, jordan = two_laptops_of_one_team(office, open_window)
    sync_and_wait(qtbot, casey)
    sync_and_wait(qtbot, robin)

    edit_phone(qtbot, casey, jordan, "555-0142")
    edit_phone(qtbot, robin, jordan, "555-0199")
    for window in (casey, robin, casey):
        sync_and_wait(qtbot, window)

    robin.workspace.show_page(SYNC)
    panel = robin.workspace.sync.conflicts
    assert panel.count == 1
    assert (panel.mine.value.text(), panel.theirs.value.text()) == ("555-0199", "555-0142")
    qtbot.mouseClick(panel.theirs.keep, Qt.MouseButton.LeftButton)  # Robin keeps Casey's number
    assert panel.count == 0

    sync_and_wait(qtbot, robin)
    sync_and_wait(qtbot, casey)
    for window in (casey, robin):
        assert stored_phone(window, jordan) == "555-0142"
        assert window.session.desk.syncing.facts().conflicts == 0
        assert "conflict" not in window.sync_state.text()
    page = casey.workspace.participant
    assert page is not None
    assert page.header.phone_label.text() == "Phone: 555-0142"
