"""Every screen by keyboard alone: on each screen `leaddesk demo --screenshot` can show, and on every tab
of a participant's page, Tab from the first control goes through every visible, enabled control and
comes back, never resting on a hidden widget, and each control it stops at has a name a screen reader
can say (tests/ui/tab_walk.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.app import SCREENS
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.participant.disclosure_dialog import DisclosureDialog
from leaddesk.ui.screenshots import disclosure_to_show
from leaddesk.ui.unlock_page import CREATE, UNLOCK
from leaddesk.ui.workspace import PARTICIPANT
from tests.kdf import FAST_FOR_TESTS
from tests.ui.full_window import activate, module_window_fixtures
from tests.ui.tab_walk import walk_tab_order

profile_home, opened, window = module_window_fixtures("keyboard")


def report(problems: dict[str, list[str]]) -> str:
    return "\n".join(f"{screen}: {problem}" for screen, found in problems.items() for problem in found)


def settled(window: MainWindow) -> None:
    """What the screen reads off the GUI thread has arrived and is shown."""
    if window.session is not None:
        window.session.runner.wait()
    QApplication.processEvents()


def workspace_screen(page: str) -> Callable[[MainWindow], None]:
    def show(window: MainWindow) -> None:
        assert window.workspace is not None
        window.workspace.show_page(page)

    return show


def conflict_screen(window: MainWindow) -> None:
    assert window.workspace is not None
    window.workspace.show_conflicts()


# The screens of `leaddesk demo --screenshot --screen NAME` shown in the main window; the participant
# page, the disclosure dialog and the lock screen have tests of their own below.
IN_WORKSPACE: dict[str, Callable[[MainWindow], None]] = {
    "caseload": workspace_screen("caseload"),
    "today": workspace_screen("today"),
    "conference": workspace_screen("conference"),
    "search": workspace_screen("search"),
    "sync": workspace_screen("sync"),
    "conflict": conflict_screen,
    "dashboard": workspace_screen("dashboard"),
}


def test_every_screen_of_the_screenshot_list_is_walked_here() -> None:
    assert set(SCREENS) == {*IN_WORKSPACE, "participant", "disclosure", "unlock"}


def test_tab_goes_round_every_control_of_each_workspace_screen(qtbot, window: MainWindow) -> None:
    problems: dict[str, list[str]] = {}
    for screen, show in IN_WORKSPACE.items():
        show(window)
        settled(window)
        walk = walk_tab_order(window)
        assert len(walk.stops) > 3, screen  # the sections, the page's controls, the status bar's
        if walk.problems:
            problems[screen] = walk.problems
    assert not problems, report(problems)


def test_tab_goes_round_every_control_of_each_tab_of_a_participant(qtbot, window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    workspace.open_participant(workspace.caseload.model.participant_id(0))
    page = workspace.participant
    assert page is not None
    qtbot.waitUntil(lambda: page.is_open)
    problems: dict[str, list[str]] = {}
    for tab in page.tab_keys():
        page.set_current_tab(tab)
        settled(window)
        assert workspace.current_page() == PARTICIPANT
        walk = walk_tab_order(window)
        if walk.problems:
            problems[tab] = walk.problems
    assert not problems, report(problems)


def test_tab_goes_round_the_disclosure_dialog(qtbot, window: MainWindow) -> None:
    assert window.session is not None
    participant_id, recipient, purpose = disclosure_to_show(window.session.desk)
    dialog = DisclosureDialog(
        window.session, participant_id, recipient=recipient, purpose=purpose, parent=window
    )
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    settled(window)
    walk = walk_tab_order(dialog)
    assert not walk.problems, report({"disclosure": walk.problems})
    dialog.close()


def test_tab_goes_round_the_dialogs_of_the_first_hour(qtbot, window: MainWindow) -> None:
    """Connect to office… (Ctrl+Shift+O) and Quick capture (Ctrl+K)."""
    problems: dict[str, list[str]] = {}
    walked: list[str] = []

    def walk(name: str, dialog: QWidget | None) -> None:
        assert isinstance(dialog, QDialog), name
        try:
            qtbot.waitUntil(dialog.isActiveWindow)
            found = walk_tab_order(dialog).problems
            if found:
                problems[name] = found
            walked.append(name)
        finally:
            dialog.reject()  # a modal dialog left open would hold the test in its event loop

    assert window.sync is not None
    window.connect_to_office()
    walk("connect to office", window.sync.dialog)
    QTimer.singleShot(0, lambda: walk("quick capture", QApplication.activeModalWidget()))
    window.quick_capture()  # modal: the walk runs inside its event loop
    assert walked == ["connect to office", "quick capture"]
    assert not problems, report(problems)


def test_tab_goes_round_the_lock_screen(qtbot, profile_home: Path) -> None:
    """Unlocking, and the first screen of all: making a profile."""
    window = MainWindow(home=profile_home, kdf=FAST_FOR_TESTS)  # a profile there: it asks to unlock
    qtbot.addWidget(window)
    window.show()
    activate(window)
    problems: dict[str, list[str]] = {}
    for mode in (UNLOCK, CREATE):
        if mode == CREATE:
            window.unlock_page.show_create()
        QApplication.processEvents()
        assert window.unlock_page.mode == mode
        walk = walk_tab_order(window)
        if walk.problems:
            problems[mode] = walk.problems
    assert not problems, report(problems)


def test_the_walk_finds_a_trap_a_control_out_of_reach_a_nameless_one_and_an_inactive_window(qtbot) -> None:
    """The walker itself, on a small window with each fault: it must be able to fail."""
    window = QWidget()
    qtbot.addWidget(window)
    named = QLineEdit()
    label = QLabel("&Name")
    label.setBuddy(named)  # a label's buddy is named by it
    trap = QPlainTextEdit()  # Tab types a tab here instead of moving on
    trap.setAccessibleName("Note")
    after = QPushButton("Save")
    layout = QVBoxLayout(window)
    for widget in (label, named, QPushButton(), trap, after):
        layout.addWidget(widget)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    walk = walk_tab_order(window)
    assert walk.problems == [
        "Tab stays in QPlainTextEdit “Note” in QWidget",
        "QPushButton “” in QWidget has no accessible name",
        "Tab never reaches QPushButton “Save” in QWidget",
    ]
    trap.setTabChangesFocus(True)
    assert walk_tab_order(window).problems == ["QPushButton “” in QWidget has no accessible name"]

    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    with qtbot.waitActive(other):
        other.activateWindow()
    assert walk_tab_order(window).problems[0].startswith("the window is not active")
