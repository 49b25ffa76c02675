"""The keys of the first hour: Ctrl+Shift+O connects to the office, Ctrl+Shift+C opens the conflicts,
Ctrl+Shift+N adds a need on a participant's page (from any of its tabs); menus and tooltips show them;
no two keys of one window clash on any screen (tests/ui/bound_keys.py); and the status bar's conflict
count is a button that opens the conflicts, by mouse or keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QMenuBar, QTableView, QWidget

from leaddesk.ui.keys import ADD_NEED_KEYS, CONFLICTS_KEYS, CONNECT_KEYS
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.participant.overview_dialogs import NeedDialog
from leaddesk.ui.participant.page import OVERVIEW
from leaddesk.ui.sync.connect_dialog import ConnectDialog
from leaddesk.ui.sync.controller import SyncStatus
from leaddesk.ui.sync.page import CONFLICTS
from leaddesk.ui.sync.status_bar import SyncStatusBar, SyncView
from leaddesk.ui.workspace import NAV_PAGES, SYNC
from tests.kdf import FAST_FOR_TESTS
from tests.ui.bound_keys import bindings, clashes
from tests.ui.full_window import module_window_fixtures

NEW_KEYS = {CONNECT_KEYS: "Connect to office…", CONFLICTS_KEYS: "Conflicts", ADD_NEED_KEYS: "Add need…"}


profile_home, opened, window = module_window_fixtures("shortcuts")


def press(qtbot, window: QWidget, keys: str) -> None:
    """The keys, pressed where the keyboard is, as a person would."""
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(QApplication.focusWidget() or window, sequence.key(), sequence.keyboardModifiers())


def open_participant(qtbot, window: MainWindow) -> None:
    assert window.workspace is not None
    window.workspace.open_participant(window.workspace.caseload.model.participant_id(0))
    page = window.workspace.participant
    assert page is not None
    qtbot.waitUntil(lambda: page.is_open)


def test_the_new_keys_are_no_standard_key_of_this_desktop(qapp) -> None:
    """A text field's own keys (copy, undo, select a word …) stay theirs."""
    del qapp  # the desktop (its platform theme) says which keys are standard
    standard = {
        binding.toString(QKeySequence.SequenceFormat.PortableText)
        for key in QKeySequence.StandardKey
        for binding in QKeySequence.keyBindings(key)
    }
    assert standard.isdisjoint(NEW_KEYS)


def test_the_menu_shows_the_keys(window: MainWindow) -> None:
    [desk_menu] = [action.menu() for action in window.findChild(QMenuBar).actions()]
    shown = {action.text(): action.shortcut().toString() for action in desk_menu.actions() if action.text()}
    assert shown["Connect to office…"] == CONNECT_KEYS
    assert shown["Conflicts"] == CONFLICTS_KEYS


def choose_first_rows(window: MainWindow) -> None:
    """A row chosen in every table shown, as a person working there has: Edit…, Delete… and the like are
    enabled then, and their keys live."""
    assert window.session is not None
    window.session.runner.wait()  # the rows a page reads off the GUI thread
    QApplication.processEvents()
    for table in window.findChildren(QTableView):
        model = table.model()
        if table.isVisible() and model is not None and model.rowCount() and not table.selectedIndexes():
            table.selectRow(0)


def test_no_two_keys_clash_on_any_screen(qtbot, window: MainWindow, profile_home: Path) -> None:
    workspace = window.workspace
    assert workspace is not None
    found: dict[str, list[str]] = {}
    live: set[str] = set()  # every key seen live on some screen: the check sees what it should
    for page in NAV_PAGES:
        workspace.show_page(page)
        choose_first_rows(window)
        found[page] = clashes(window)
        live |= {binding.keys for binding in bindings(window)}
    open_participant(qtbot, window)
    page = workspace.participant
    assert page is not None
    for tab in page.tab_keys():
        page.set_current_tab(tab)
        choose_first_rows(window)
        found[f"participant/{tab}"] = clashes(window)
        live |= {binding.keys for binding in bindings(window)}
    locked = MainWindow(home=profile_home, kdf=FAST_FOR_TESTS)  # the lock screen, in a window of its own
    qtbot.addWidget(locked)
    locked.show()
    found["lock screen"] = clashes(locked)
    assert {screen: said for screen, said in found.items() if said} == {}
    assert {ADD_NEED_KEYS, CONFLICTS_KEYS, CONNECT_KEYS, "Ctrl+Shift+D", "Alt+D"} <= live


def test_connect_to_office_by_its_key(qtbot, window: MainWindow) -> None:
    press(qtbot, window, CONNECT_KEYS)
    assert window.sync is not None
    dialog = window.sync.dialog
    assert isinstance(dialog, ConnectDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert clashes(dialog) == []
    dialog.reject()


def test_conflicts_by_their_key_from_another_page(qtbot, window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    open_participant(qtbot, window)
    press(qtbot, window, CONFLICTS_KEYS)
    assert workspace.current_page() == SYNC
    assert workspace.sync.tabs.currentIndex() == CONFLICTS
    assert workspace.sync.conflicts.table.hasFocus()  # the keyboard is in the list of conflicts
    assert workspace.sync.conflicts.count == 1


def test_add_need_by_its_key_from_another_tab(qtbot, window: MainWindow) -> None:
    open_participant(qtbot, window)
    page = window.workspace.participant  # type: ignore[union-attr]
    page.set_current_tab("notes")
    seen: list[NeedDialog] = []

    def close_the_dialog() -> None:  # Add need… is modal: this runs inside its own event loop
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, NeedDialog):
            seen.append(dialog)
            assert clashes(dialog) == []
            dialog.reject()

    QTimer.singleShot(0, close_the_dialog)
    press(qtbot, window, ADD_NEED_KEYS)
    assert len(seen) == 1
    assert page.current_tab() == OVERVIEW  # where the new need will show among the others
    assert ADD_NEED_KEYS in page.overview.add_need_button.toolTip()


def test_the_conflict_count_is_a_button_that_opens_the_conflicts(qtbot, window: MainWindow) -> None:
    workspace = window.workspace
    assert workspace is not None
    bar = window.sync_bar
    assert bar.conflicts.isVisible()
    assert bar.conflicts.text() == "1 conflict to resolve"
    said = QAccessible.queryAccessibleInterface(bar.conflicts)
    assert said.text(QAccessible.Text.Name) == "1 conflict to resolve"  # what a screen reader says
    assert said.role() == QAccessible.Role.Button
    assert CONFLICTS_KEYS in bar.conflicts.toolTip()
    assert "conflict" not in bar.label.text()  # said once, by the button
    qtbot.mouseClick(bar.conflicts, Qt.MouseButton.LeftButton)
    assert workspace.current_page() == SYNC
    assert workspace.sync.tabs.currentIndex() == CONFLICTS

    workspace.show_page("caseload")
    workspace.sync.tabs.setCurrentIndex(0)
    bar.conflicts.setFocus(Qt.FocusReason.TabFocusReason)  # Tab reaches it (test_keyboard_walk.py)
    qtbot.keyClick(bar.conflicts, Qt.Key.Key_Space)
    assert workspace.current_page() == SYNC
    assert workspace.sync.tabs.currentIndex() == CONFLICTS


def test_the_conflict_button_says_how_many_and_goes_with_the_last(qtbot) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    for conflicts, text in ((2, "2 conflicts to resolve"), (1, "1 conflict to resolve"), (0, "")):
        bar.show_view(SyncView(status=SyncStatus.IDLE, waiting=0, conflicts=conflicts))
        assert bar.conflicts.isVisible() == bool(conflicts)
        assert bar.conflicts.text() == text
    bar.show_locked()
    assert not bar.conflicts.isVisible()
