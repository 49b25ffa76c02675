"""Composition root: parses the command line, builds the store and the main window, runs Qt."""

from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from leaddesk import __version__
from leaddesk.demo.seed import seed_store
from leaddesk.storage.paths import ENV_HOME, list_profiles, secure_umask
from leaddesk.storage.profile import create_profile, open_profile
from leaddesk.storage.store import Store

DEMO_PROFILE = "Demo case manager"
DEMO_PARTICIPANTS = 60
SCREENS = ("caseload", "participant", "today", "search", "unlock")


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
        home = Path(args.demo_home) if args.demo_home else Path(tempfile.mkdtemp(prefix="leaddesk-demo-"))
        store = open_demo(home, participants=args.participants)
        banner = app.translate(
            "MainWindow", "Demo data: every person and record here is invented. Profile folder: %1"
        ).replace("%1", str(home))
        window = MainWindow(home=home, store=store, banner=banner)
        if args.screenshot:
            from leaddesk.ui.screenshots import render

            return 0 if render(window, screen=args.screen, path=Path(args.screenshot)) else 1
    else:
        window = MainWindow(home=args.home)
    window.show()
    return int(app.exec())


def open_demo(home: Path, *, participants: int) -> Store:
    """A demo profile in `home`, created and seeded on first use."""
    passphrase_file = home / "demo-passphrase.txt"
    if DEMO_PROFILE in list_profiles(home) and passphrase_file.exists():
        return open_profile(DEMO_PROFILE, passphrase_file.read_text().strip(), home=home)
    passphrase = secrets.token_urlsafe(18)
    store = create_profile(DEMO_PROFILE, passphrase, home=home).store
    # A throw-away demo profile only: its passphrase sits beside it so `--home DIR` can reopen it.
    fd = os.open(passphrase_file, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(passphrase)
    seed_store(store, participants=participants)
    return store


if __name__ == "__main__":
    raise SystemExit(main())
