"""Composition root: parses the command line, builds the store and the main window, runs Qt."""

from __future__ import annotations

import argparse
import os
import secrets
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from leaddesk import __version__
from leaddesk.demo.handoffs import seed_handoffs
from leaddesk.demo.office import (
    CASEY,
    DEMO_TEAM,
    ROBIN,
    SERVER_FILE,
    SUPERVISOR,
    DemoOffice,
    DemoUser,
    caseload_staff,
    open_elsewhere,
    stage_conflict,
    sync,
)
from leaddesk.demo.progress import DemoProgress
from leaddesk.demo.seed import seed_store
from leaddesk.desk import Desk
from leaddesk.desk.preferences import Language, Preferences
from leaddesk.storage.paths import ENV_HOME, list_profiles, secure_umask
from leaddesk.storage.profile import create_profile, open_profile
from leaddesk.storage.store import Store
from leaddesk.ui.text import fill

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from leaddesk.ui.main_window import MainWindow

DEMO_PROFILE = CASEY.profile
DEMO_PARTICIPANTS = 60
SCREENS = (
    "caseload", "participant", "today", "conference", "search", "unlock", "sync", "conflict", "disclosure",
    "dashboard",
)  # fmt: skip
LOOKS = ("system", "light", "dark")
LANGUAGES = tuple(language.value for language in Language)
LANGUAGE_HELP = (
    "the screens' language: the computer's (system), English or Spanish (default: as chosen in Settings)"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leaddesk", description="LEAD Desk: case management for LEAD programs."
    )
    parser.add_argument("--version", action="version", version=f"LEAD Desk {__version__}")
    parser.add_argument(
        "--home", help=f"folder holding the profiles (default: ${ENV_HOME} or the user data folder)"
    )
    parser.add_argument(
        "--look", choices=LOOKS, default="system", help="light or dark, or follow the system (the default)"
    )
    parser.add_argument("--language", choices=LANGUAGES, help=LANGUAGE_HELP)
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser(
        "demo", help="open the app on a throw-away profile filled with invented participants"
    )
    demo.add_argument(
        "--home", dest="demo_home", help="keep the demo profile in this folder instead of a temporary one"
    )
    demo.add_argument(
        "--participants", type=int, default=DEMO_PARTICIPANTS, help="how many invented participants"
    )
    demo.add_argument(
        "--two",
        action="store_true",
        help="open two case managers of one team side by side, to edit on both, sync and see a conflict",
    )
    demo.add_argument(
        "--supervisor",
        action="store_true",
        help="open the team's supervisor beside the case manager: the dashboard for the whole team",
    )
    demo.add_argument(
        "--screenshot", metavar="PATH", help="render a screen offscreen to a PNG at PATH and exit"
    )
    demo.add_argument(
        "--screen",
        choices=SCREENS,
        default="caseload",
        help="which screen --screenshot renders (default: caseload)",
    )
    demo.add_argument("--look", dest="demo_look", choices=LOOKS, help="light or dark, or follow the system")
    demo.add_argument("--language", dest="demo_language", choices=LANGUAGES, help=LANGUAGE_HELP)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    secure_umask()
    if args.command == "demo" and args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from leaddesk.ui.xcb_libraries import xcb_problem

    problem = xcb_problem()  # before Qt, which would abort the process on it
    if problem:
        print(problem, file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication

    from leaddesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("LEAD Desk")
    language = chosen_language(args)
    with dressed(app, look=getattr(args, "demo_look", None) or args.look, language=language):
        if args.command == "demo":
            return run_demo(args)
        window = MainWindow(home=args.home)
        window.show()
        return int(app.exec())


def chosen_language(args: argparse.Namespace) -> Language:
    """`--language` (after `demo` or before it), else what Settings saved for the profiles folder the
    window opens (a demo's own folder: a throw-away demo follows the computer)."""
    given = getattr(args, "demo_language", None) or args.language
    if given:
        return Language(given)
    if args.command == "demo":
        return Preferences(home=args.demo_home).language() if args.demo_home else Language.SYSTEM
    return Preferences(home=args.home).language()


@contextmanager
def dressed(app: QApplication, *, look: str, language: Language = Language.SYSTEM) -> Iterator[None]:
    """The app's icon, its language (the translation and the way dates and numbers are written) and the
    look, following the system's light or dark setting live; a QApplication that was already there
    (tests call main()) is left as it was found."""
    from leaddesk.ui.icons import app_icon
    from leaddesk.ui.language import speak
    from leaddesk.ui.look import Choice, Look

    icon = app.windowIcon()
    app.setWindowIcon(app_icon())  # every window's, and the taskbar's
    spoken = speak(app, language)
    follower = Look(app, choice=Choice(look))
    try:
        yield
    finally:
        follower.stop()
        spoken.stop()
        app.setWindowIcon(icon)


def run_demo(args: argparse.Namespace) -> int:
    """The demo: an office server on this computer, one or two demo laptops enrolled and synced with it.
    A temporary demo folder is removed when the demo ends; one given with `--home DIR` stays."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    secure_umask()
    home = Path(args.demo_home) if args.demo_home else Path(tempfile.mkdtemp(prefix="leaddesk-demo-"))
    home.mkdir(parents=True, exist_ok=True)
    people = demo_people(args)
    if busy := open_elsewhere(home, people):
        # Before the office starts: a second demo on one folder would run a second server on its data.
        DemoProgress.refuse_open_elsewhere(busy.display_name, home)
        return 1
    stores: list[Store] = []
    office: DemoOffice | None = None
    ending = Ending()
    progress = DemoProgress(None if args.screenshot else sys.stdout)  # a screenshot's output is its PNG
    try:
        with ending.handling():
            progress.starting_office()
            office = DemoOffice(home)
            progress.office_running(office.url, data=home / SERVER_FILE)
            for n, who in enumerate(people):
                ending.check()
                participants = args.participants if n == 0 else 0
                store = open_demo(home, who=who, participants=participants, progress=progress)
                stores.append(store)
                ending.check()
                office.connect(store, who)
                progress.syncing(who.display_name)
                sync(store)  # before any window: the demo opens on a synced caseload
            if seed_handoffs(office.database_url, stores[0], team=DEMO_TEAM):
                for store in stores:  # officers' referrals waiting on Today, pulled as a real one is
                    sync(store)
            if args.screenshot and args.screen == "conflict":
                stage_conflict(office, stores[0], stores[1])
            ending.check()
            laptops = dict(zip(people, stores, strict=True))
            windows = demo_windows(app, office, home, laptops, throw_away=not args.demo_home)
            ending.windows.extend(windows)
            if args.screenshot:
                from leaddesk.ui.screenshots import render

                shown = windows[-1] if args.screen == "dashboard" else windows[0]  # the supervisor's
                for other in windows:
                    if other is not shown:
                        other.lock()
                        other.close()
                return 0 if render(shown, screen=args.screen, path=Path(args.screenshot)) else 1
            place_side_by_side(windows)
            for window in windows:
                window.show()
            from PySide6.QtCore import QTimer

            # From inside the event loop, so that it is true when read: the windows are up and answering.
            QTimer.singleShot(
                0, lambda: progress.windows_open(len(windows), folder=home, throw_away=not args.demo_home)
            )
            return int(app.exec())
    finally:
        if office is not None:
            office.stop()
        for store in stores:
            store.close()  # a no-op for a window that locked on closing
        if not args.demo_home:
            shutil.rmtree(home, ignore_errors=True)


def demo_people(args: argparse.Namespace) -> list[DemoUser]:
    """Whose laptops the demo opens: Casey's (seeded with the participants) first, then a colleague's
    for a conflict, or the supervisor's, whose dashboard shows the whole team."""
    if args.two or args.screen == "conflict":
        return [CASEY, ROBIN]
    if args.supervisor or (args.screenshot and args.screen == "dashboard"):
        return [CASEY, SUPERVISOR]
    return [CASEY]


def demo_windows(
    app: QCoreApplication,
    office: DemoOffice,
    home: Path,
    laptops: dict[DemoUser, Store],
    *,
    throw_away: bool,
) -> list[MainWindow]:
    """A main window per demo laptop, under a banner saying it is demo data and where it lives; the lock
    screen says the demo profile's passphrase."""
    from leaddesk.ui.main_window import MainWindow

    banner = fill(
        app.translate(
            "MainWindow",
            "Demo data: every person and record here is invented. Office server %1 on this computer; "
            "profile folder %2",
        ),
        office.url,
        str(home),
    )
    if throw_away:
        banner += " " + app.translate("MainWindow", "(removed when the demo ends; --home DIR keeps one)")
    if SUPERVISOR in laptops:
        banner += " " + fill(
            app.translate(
                "MainWindow",
                "— The second window is the team's supervisor, %1: Dashboard (Ctrl+5) shows the whole "
                "team's figures, where a case manager's shows their own participants.",
            ),
            SUPERVISOR.display_name,
        )
    elif len(laptops) > 1:
        banner += " " + app.translate(
            "MainWindow",
            "— Open the same participant in both windows, change their phone with Edit details… "
            "(Ctrl+Shift+D) in each, press F5 in each, and open Sync (Ctrl+3) to settle the conflict "
            "side by side.",
        )
    hint = app.translate("MainWindow", "This is a demo profile: its passphrase is %1")
    return [
        MainWindow(
            home=home, desk=Desk(store), banner=banner, unlock_hint=fill(hint, demo_passphrase(home, who))
        )
        for who, store in laptops.items()
    ]


class Ending:
    """Ctrl+C or a SIGTERM ends the demo cleanly. The handler only takes note: Python runs it between any
    two bytecodes, maybe in the middle of a write, so the work is done at safe points. While setting up,
    `check()` between steps stops there (the `finally` tidies up); once the windows are up, they close from
    the event loop as the Quit command would (locking, so drafts are kept). A timer gives Python a chance
    to see a signal while Qt waits."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self.windows: list[QWidget] = []

    @contextmanager
    def handling(self) -> Iterator[None]:
        from PySide6.QtCore import QTimer

        previous = {sig: signal.signal(sig, self._note) for sig in (signal.SIGINT, signal.SIGTERM)}
        tick = QTimer()
        tick.timeout.connect(lambda: None)
        tick.start(250)
        try:
            yield
        finally:
            tick.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _note(self, signum: int, _frame: object) -> None:
        from PySide6.QtCore import QTimer

        self.signum = signum
        QTimer.singleShot(0, self._close_windows)

    def _close_windows(self) -> None:
        from PySide6.QtCore import QCoreApplication

        for window in self.windows:
            window.close()
        QCoreApplication.quit()

    def check(self) -> None:
        if self.signum is not None:
            raise SystemExit(128 + self.signum)


def place_side_by_side(windows: Sequence[QWidget]) -> None:
    if len(windows) < 2:
        return
    screen = windows[0].screen().availableGeometry()
    width = screen.width() // len(windows)
    for n, window in enumerate(windows):
        window.setGeometry(screen.x() + n * width, screen.y() + 30, width, screen.height() - 60)
        window.setWindowTitle(f"{window.windowTitle()} ({n + 1} of {len(windows)})")


def _passphrase_file(home: Path, who: DemoUser) -> Path:
    return home / f"{who.username}-demo-passphrase.txt"


def demo_passphrase(home: Path, who: DemoUser) -> str:
    return _passphrase_file(home, who).read_text().strip()


def open_demo(
    home: Path, *, who: DemoUser = CASEY, participants: int, progress: DemoProgress | None = None
) -> Store:
    """A demo case manager's profile in `home`, created on first use (the first one seeded with invented
    participants, queued for the office server)."""
    progress = progress or DemoProgress(None)
    passphrase_file = _passphrase_file(home, who)
    if who.profile in list_profiles(home) and passphrase_file.exists():
        passphrase = demo_passphrase(home, who)
        store = open_profile(who.profile, passphrase, home=home, user=who.display_name)
        progress.profile_ready(who.display_name, folder=store.db_path.parent, passphrase=passphrase)
        return store
    passphrase = secrets.token_urlsafe(18)
    store = create_profile(who.profile, passphrase, home=home, user=who.display_name).store
    # A throw-away demo profile only: its passphrase sits beside it so `--home DIR` can reopen it.
    fd = os.open(passphrase_file, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(passphrase)
    progress.profile_ready(who.display_name, folder=store.db_path.parent, passphrase=passphrase)
    if participants:
        progress.building_caseload(participants)
        seed_store(
            store, participants=participants, teams=(DEMO_TEAM,), case_managers=caseload_staff(participants),
            share=True,
        )  # fmt: skip
    return store


if __name__ == "__main__":
    raise SystemExit(main())
