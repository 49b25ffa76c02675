"""The workspace's navigation: a participant page stays up while the focus comes and goes (a dialog,
the window activated again), and the sections list still takes the person back where they click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from leaddesk.desk import Desk
from leaddesk.domain import Participant
from leaddesk.storage.store import Store
from leaddesk.ui.session import Session
from leaddesk.ui.workspace import CASELOAD, PARTICIPANT, TODAY, Workspace


def test_a_dialog_coming_and_going_keeps_the_participant_open(
    qtbot, store: Store, participant: Participant
) -> None:
    workspace = Workspace(Session(Desk(store)))
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.open_participant(participant.id)
    workspace.nav.setFocus()
    box = QMessageBox(QMessageBox.Icon.Question, "LEAD Desk", "Go on?", parent=workspace)
    box.open()
    qtbot.waitUntil(lambda: box.isAncestorOf(QApplication.focusWidget()))  # the focus went to the box
    box.done(0)
    with qtbot.waitActive(workspace):  # the window active again, as a desktop makes it when a dialog goes
        workspace.activateWindow()
    workspace.nav.setFocus()
    # The focus is back on the sections list: the moment a list without a current row makes its first
    # row current, which would swap the participant for the caseload.
    qtbot.waitUntil(workspace.nav.hasFocus)
    assert workspace.current_page() == PARTICIPANT
    assert workspace.stack.currentWidget() is workspace.participant
    assert workspace.nav.selectedItems() == []  # no section looks chosen behind the participant


def test_clicking_a_section_behind_the_participant_goes_to_it(
    qtbot, store: Store, participant: Participant
) -> None:
    workspace = Workspace(Session(Desk(store)))
    qtbot.addWidget(workspace)
    workspace.show()
    for section, row in ((CASELOAD, 0), (TODAY, 1)):
        workspace.show_page(section)
        workspace.open_participant(participant.id)
        rect = workspace.nav.visualItemRect(workspace.nav.item(row))
        qtbot.mouseClick(workspace.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert workspace.current_page() == section
        assert workspace.nav.item(row).isSelected()
    workspace.open_participant(participant.id)
    workspace.show_page(TODAY)  # from the keyboard shortcut, to the section that was current
    assert workspace.current_page() == TODAY
