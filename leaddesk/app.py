"""Composition root: parses the command line, builds the store and the main window, runs Qt."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from leaddesk import __version__
from leaddesk.demo.office import CASEY, DEMO_TEAM, ROBIN, DemoCaseManager, DemoOffice, stage_conflict, sync
from leaddesk.demo.seed import seed_store
from leaddesk.storage.paths import ENV_HOME, list_profiles, secure_umask
from leaddesk.storage.profile import create_profile, open_profile
from leaddesk.storage.store import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

DEMO_PROFILE = CASEY.profile
DEMO_PARTICIPANTS = 60
SCREENS = ("caseload", "participant", "today", "search", "unlock", "sync", "conflict")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leaddesk", description="LEAD Desk: case management for LEAD programs."
    )
    parser.add_argument("--version", action="version", version=f"LEAD Desk {__version__}")
    parser.add_argument(
        "--home", help=f"folder holding the profiles (default: ${ENV_HOME} or the user data folder)"
    )
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
        "--screenshot", metavar="PATH", help="render a screen offscreen to a PNG at PATH and exit"
    )
    demo.add_argument(
        "--screen",
        choices=SCREENS,
        default="caseload",
        help="which screen --screenshot renders (default: caseload)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    secure_umask()
    if args.command == "demo" and args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtWidgets import QApplication

    from leaddesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LEAD Desk")
    if args.command == "demo":
        return run_demo(args)
    window = MainWindow(home=args.home)
    window.show()
    return int(app.exec())


def run_demo(args: argparse.Namespace) -> int:
    """The demo: an office server on this computer, one or two demo laptops enrolled and synced with it."""
    from PySide6.QtWidgets import QApplication

    from leaddesk.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    home = Path(args.demo_home) if args.demo_home else Path(tempfile.mkdtemp(prefix="leaddesk-demo-"))
    secure_umask()
    home.mkdir(parents=True, exist_ok=True)
    office = DemoOffice(home)
    try:
        people = [CASEY, ROBIN] if args.two or args.screen == "conflict" else [CASEY]
        stores = []
        for n, who in enumerate(people):
            store = open_demo(home, who=who, participants=args.participants if n == 0 else 0)
            stores.append(store)
            office.connect(store, who)
            sync(store)  # before any window: the demo opens on a synced caseload
        if args.screenshot and args.screen == "conflict":
            stage_conflict(office, stores[0], stores[1])
        banner = (
            app.translate(
                "MainWindow",
                "Demo data: every person and record here is invented. Office server %1 on this computer; "
                "profile folder %2",
            )
            .replace("%1", office.url)
            .replace("%2", str(home))
        )
        if len(stores) > 1:
            banner += " " + app.translate(
                "MainWindow",
                "— Change the same participant's phone in both windows, press F5 in each, and open Sync "
                "(Ctrl+3) to see the conflict side by side.",
            )
        windows = [MainWindow(home=home, store=store, banner=banner) for store in stores]
        if args.screenshot:
            from leaddesk.ui.screenshots import render

            for other in windows[1:]:
                other.lock()
                other.close()
            return 0 if render(windows[0], screen=args.screen, path=Path(args.screenshot)) else 1
        place_side_by_side(windows)
        for window in windows:
            window.show()
        return int(app.exec())
    finally:
        office.stop()


def place_side_by_side(windows: Sequence[QWidget]) -> None:
    if len(windows) < 2:
        return
    screen = windows[0].screen().availableGeometry()
    width = screen.width() // len(windows)
    for n, window in enumerate(windows):
        window.setGeometry(screen.x() + n * width, screen.y() + 30, width, screen.height() - 60)
        window.setWindowTitle(f"{window.windowTitle()} ({n + 1} of {len(windows)})")


def open_demo(home: Path, *, who: DemoCaseManager = CASEY, participants: int) -> Store:
    """A demo case manager's profile in `home`, created on first use (the first one seeded with invented
    participants, queued for the office server)."""
    passphrase_file = home / f"{who.username}-demo-passphrase.txt"
    if who.profile in list_profiles(home) and passphrase_file.exists():
        return open_profile(
            who.profile, passphrase_file.read_text().strip(), home=home, user=who.display_name
        )
    passphrase = secrets.token_urlsafe(18)
    store = create_profile(who.profile, passphrase, home=home, user=who.display_name).store
    # A throw-away demo profile only: its passphrase sits beside it so `--home DIR` can reopen it.
    fd = os.open(passphrase_file, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(passphrase)
    if participants:
        seed_store(store, participants=participants, teams=(DEMO_TEAM,), share=True)
    return store


if __name__ == "__main__":
    raise SystemExit(main())
