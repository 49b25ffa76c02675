"""The app as a case manager uses it, through the real main window: an idle lock in the middle of a
note keeps the text, and `leaddesk demo --screenshot` renders every screen with real content."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from leaddesk.app import SCREENS, main
from leaddesk.desk import Desk
from leaddesk.domain import Participant
from leaddesk.storage.store import Store
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.workspace import PARTICIPANT
from tests.kdf import FAST_FOR_TESTS

PASSPHRASE = "correct horse battery staple"  # the `store` fixture's profile (tests/conftest.py)
UNSAVED = "Met under the bridge at dawn; asked about detox beds"


def test_an_idle_lock_in_the_middle_of_a_note_keeps_the_text(qtbot, home: Path, store: Store) -> None:
    person = store.repos.participants.create(
        Participant(first_name="Rowan", last_name="Tallis", team_id="north")
    )
    window = MainWindow(home=home, desk=Desk(store), kdf=FAST_FOR_TESTS)
    qtbot.addWidget(window)
    window.show()
    window.workspace.open_participant(person.id)
    window.workspace.participant.start_new_note()
    editor = window.workspace.participant.notes.editor
    # Short from here: on a loaded machine the set-up alone can take longer than the short timeout,
    # and the first key press after a timeout locks (and is swallowed) rather than typing.
    window.idle.set_timeout(400)
    window.idle.start()
    qtbot.keyClicks(editor.data_edit, UNSAVED)  # typing keeps the idle timer from firing

    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert not store.is_open
    field = window.unlock_page.unlock_form.passphrase
    qtbot.keyClicks(field, PASSPHRASE)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10_000)

    assert window.workspace.current_page() == PARTICIPANT
    page = window.workspace.participant
    assert page.participant_id == person.id
    # The page reopens off the GUI thread; the draft is brought back once its file is shown.
    qtbot.waitUntil(lambda: page.notes.editor.data_edit.toPlainText() == UNSAVED, timeout=5000)
    assert window.session.desk._store.repos.notes.count() == 0  # still a draft, not a saved note
    window.close()


@pytest.mark.parametrize("screen", SCREENS)
def test_demo_screenshots_show_real_content(tmp_path: Path, qapp, screen: str) -> None:
    del qapp
    png = tmp_path / f"{screen}.png"
    home = tmp_path / "demo"
    code = main(
        ["demo", "--home", str(home), "--participants", "12", "--screenshot", str(png), "--screen", screen]
    )
    assert code == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)
    # A blank or nearly blank grab has a handful of colours; a screen with text and tables has many.
    colours = Counter(image.pixel(x, y) for x in range(0, 1366, 7) for y in range(0, 768, 7))
    assert len(colours) > 20
    assert colours.most_common(1)[0][1] < 0.95 * sum(colours.values())
