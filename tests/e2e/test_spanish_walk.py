"""The Spanish walk: the app as `leaddesk demo --language es` opens it (its look, a synced demo caseload,
a conflict, the team's supervisor), offscreen, screen by screen: every `--screen` of the demo, each tab
of a participant's page and the form behind its Add button, and the main dialogs. On each, every text a
person sees or hears (labels, buttons, tabs, column headers, menus, tooltips, placeholders, window
titles, list items, accessible names) must be Spanish, and no label, button or row of tabs may be too
narrow for its text. A failure lists each English text with where it is, ready to translate."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from leaddesk.app import SCREENS, dressed, main, open_demo
from leaddesk.demo.office import CASEY, ROBIN, SUPERVISOR, DemoOffice, stage_conflict, sync
from leaddesk.demo.synthetic import DEMO_TEAM
from leaddesk.desk import Desk
from leaddesk.desk.preferences import Language, Preferences
from leaddesk.desk.report_calendar import Preset
from leaddesk.ui import screenshots
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.new_participant import NewParticipantDialog
from leaddesk.ui.participant.disclosure_dialog import DisclosureDialog
from leaddesk.ui.participant.page import ParticipantPage
from leaddesk.ui.quick_capture import QuickCaptureDialog
from leaddesk.ui.screenshots import HEIGHT, WIDTH, disclosure_to_show, participant_to_show
from leaddesk.ui.screenshots_conference import stage_meeting
from leaddesk.ui.settings_dialog import SettingsDialog
from leaddesk.ui.sync.connect_dialog import ConnectDialog
from leaddesk.ui.sync.page import CONFLICTS, HISTORY
from leaddesk.ui.unlock_page import ChangePassphraseDialog
from leaddesk.ui.workspace import CASELOAD, DASHBOARD, SEARCH, SYNC, TODAY
from tests.e2e.english_left import English, cut_off, texts_of

pytestmark = pytest.mark.walk
PARTICIPANTS = 12
SHOTS = "LEADDESK_WALK_SHOTS"  # a folder: each stop of the walk is saved there as a PNG too
RECORD_TABS = ("contacts", "services", "legal", "housing", "outcomes", "screening", "consents",
               "disclosures", "conferences", "attachments", "tasks")  # fmt: skip
FORMS = ("contacts", "services", "legal", "housing", "outcomes", "consents", "attachments", "tasks")


@dataclass
class Walk:
    home: Path
    casey: MainWindow
    supervisor: MainWindow
    participant_id: str = ""

    @property
    def page(self) -> ParticipantPage:
        workspace = self.casey.workspace
        assert workspace is not None
        if workspace.participant is None or workspace.participant.participant_id != self.participant_id:
            workspace.open_participant(self.participant_id)
            wait(self.casey)
        assert workspace.participant is not None
        return workspace.participant


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def wait(window: MainWindow) -> None:
    """Until what the window asked of its workers has come back and is shown, a sync it started after a
    save included (its progress rewrites the status bar's line, laid out only at the next turn)."""
    assert window.session is not None
    window.session.runner.wait()
    deadline = time.monotonic() + 60
    while window.sync is not None and window.sync.controller.running and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    window.session.runner.wait()
    settle()


@pytest.fixture(scope="module")
def english() -> English:
    return English()


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[Walk]:
    """The demo of `leaddesk demo --language es`: Casey's laptop with a conflict Robin's edit made, and
    the team's supervisor's, both synced, each in its main window at the screenshots' size."""
    home = tmp_path_factory.mktemp("walk")
    office = DemoOffice(home)
    stores = []
    windows: list[MainWindow] = []
    try:
        with dressed(qapp, look="light", language=Language.SPANISH):
            for who, participants in ((CASEY, PARTICIPANTS), (ROBIN, 0), (SUPERVISOR, 0)):
                stores.append(open_demo(home, who=who, participants=participants))
                office.connect(stores[-1], who)
                sync(stores[-1])
            stage_conflict(office, stores[0], stores[1])
            sync(stores[2])
            windows = [MainWindow(home=home, desk=Desk(store)) for store in (stores[0], stores[2])]
            for window in windows:
                window.resize(WIDTH, HEIGHT)
                window.show()
            settle()
            found = Walk(home=home, casey=windows[0], supervisor=windows[1])
            found.participant_id = participant_to_show(found.casey)
            yield found
    finally:
        for window in windows:
            window.close()  # locks: the desk closes its store
        for store in stores:
            store.close()
        office.stop()


# -- the stops of the walk: each shows something and gives what to read ---------------------------


def _screen(walk: Walk, key: str) -> list[QWidget]:
    workspace = walk.casey.workspace
    assert workspace is not None
    if key == "conference":
        stage_meeting(workspace)
    elif key == "search":
        workspace.show_page(SEARCH)
        workspace.search.run_query("housing")
    elif key in ("sync", "conflict"):
        workspace.show_page(SYNC)
        workspace.sync.tabs.setCurrentIndex(CONFLICTS if key == "conflict" else HISTORY)
    else:
        workspace.show_page({"caseload": CASELOAD, "today": TODAY}[key])
    wait(walk.casey)
    return [walk.casey]  # the whole window: its menus, its status bar and the page


def _participant(walk: Walk, tab: str = "") -> list[QWidget]:
    page = walk.page
    if tab:
        page.set_current_tab(tab)
        page.record_tab(tab)
    wait(walk.casey)
    return [page]


def _unlock(walk: Walk) -> list[QWidget]:
    """The lock screen of the demo folder, in a window of its own (the walk's windows stay open)."""
    window = MainWindow(home=walk.home)
    window.resize(WIDTH, HEIGHT)
    window.show()
    settle()
    return [window]


def _dashboard(walk: Walk) -> list[QWidget]:
    """The supervisor's dashboard for a year, and the PCG report saved from it."""
    workspace = walk.supervisor.workspace
    assert workspace is not None
    workspace.show_page(DASHBOARD)
    page = workspace.dashboard
    page.period.setCurrentIndex(page.period.findData(Preset.LAST_12_MONTHS.value))
    wait(walk.supervisor)
    page.exports.save_pdf(walk.home / "pcg.pdf")
    wait(walk.supervisor)
    assert page.exports.notice.isVisible()
    return [walk.supervisor]


def _dialog(walk: Walk, which: str) -> list[QWidget]:
    session = walk.casey.session
    assert session is not None
    page = walk.page
    dialogs: dict[str, Callable[[], QDialog]] = {
        "new participant": lambda: NewParticipantDialog(session, team=DEMO_TEAM),
        "add need": lambda: page.overview.need_dialog(),
        "add goal": lambda: page.overview.goal_dialog(),
        "quick capture": lambda: QuickCaptureDialog(session, participant_id=walk.participant_id),
        "connect to office": lambda: ConnectDialog(session.desk.sibling_opener()),
        "settings": lambda: SettingsDialog(Preferences(home=walk.home)),
        "disclosure": lambda: _disclosure(walk),
        "change passphrase": lambda: ChangePassphraseDialog(
            profiles=walk.casey.profiles, folder=session.desk.profile.folder, name=session.desk.profile.name
        ),
    }
    if which in ("edit details", "change status"):
        (page.edit_details if which == "edit details" else page.change_status)()
        assert page.dialog is not None
        dialog = page.dialog
    elif which == "form: referral":
        dialog = page.record_tab("screening").referral.form()  # type: ignore[attr-defined]
    elif which.startswith("form: "):
        dialog = page.record_tab(which.removeprefix("form: ")).add_form()  # type: ignore[attr-defined]
    else:
        dialog = dialogs[which]()
    dialog.show()
    wait(walk.casey)
    return [dialog]


def _disclosure(walk: Walk) -> QDialog:
    session = walk.casey.session
    assert session is not None
    participant_id, recipient, purpose = disclosure_to_show(session.desk)
    return DisclosureDialog(session, participant_id, recipient=recipient, purpose=purpose)


STOPS: dict[str, Callable[[Walk], list[QWidget]]] = {
    **{screen: (lambda walk, key=screen: _screen(walk, key)) for screen in SCREENS
       if screen not in ("participant", "unlock", "dashboard", "disclosure")},
    "unlock": _unlock,
    "dashboard": _dashboard,
    "participant": _participant,
    **{f"participant: {tab}": (lambda walk, tab=tab: _participant(walk, tab)) for tab in RECORD_TABS},
    **{name: (lambda walk, name=name: _dialog(walk, name)) for name in (
        "new participant", "add need", "add goal", "quick capture", "connect to office", "settings",
        "disclosure", "change passphrase", "edit details", "change status", "form: referral",
        *(f"form: {tab}" for tab in FORMS))},
}  # fmt: skip


def test_the_demo_opens_in_the_language_asked_for(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`leaddesk demo --language es --screenshot …` renders in Spanish, and gives the language back."""
    seen: dict[str, str] = {}
    render = screenshots.render

    def looking(window: MainWindow, *, screen: str, path: Path) -> bool:
        seen.update(menu=window.menuBar().actions()[0].text(), locale=QLocale().name())
        return render(window, screen=screen, path=path)

    monkeypatch.setattr(screenshots, "render", looking)
    png = tmp_path / "participant.png"
    argv = ["demo", "--language", "es", "--home", str(tmp_path / "demo"), "--participants", "3"]
    assert main([*argv, "--screenshot", str(png), "--screen", "participant"]) == 0
    assert seen == {"menu": "Escr&itorio", "locale": "es_US"}  # not &E: the record tabs' &Eliminar… has it
    assert png.stat().st_size > 10_000
    assert QLocale().name() == "en_US"  # the tests' own, given back (tests/conftest.py)


def test_the_walk_stops_at_every_screen_the_demo_renders() -> None:
    stops = {name.partition(":")[0] for name in STOPS}
    assert set(SCREENS) <= stops | {"disclosure"}


@pytest.mark.parametrize("stop", list(STOPS))
def test_every_text_is_spanish_and_fits(walk: Walk, english: English, stop: str) -> None:
    roots = STOPS[stop](walk)
    try:
        if SHOTS in os.environ:  # to look at the screens as a Spanish reader would
            for n, root in enumerate(roots):
                root.grab().save(str(Path(os.environ[SHOTS]) / f"{stop.replace(': ', '-')}-{n}.png"))
        left = sorted(
            {f"{seen.where}: {seen.text!r} — {why}" for root in roots for seen in texts_of(root)
             if (why := english.why(seen.text, words=not seen.is_value))}
        )  # fmt: skip
        narrow = sorted({problem for root in roots for problem in cut_off(root)})
    finally:
        for root in roots:
            if root.isWindow() and root not in (walk.casey, walk.supervisor):
                root.close()
                root.deleteLater()
        settle()
    assert left == [], f"English left on “{stop}”:\n" + "\n".join(left)
    assert narrow == [], f"Cut off on “{stop}”:\n" + "\n".join(narrow)
