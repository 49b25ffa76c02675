"""What `leaddesk demo` tells the terminal it was started from while it sets up: one line per step, as
the step begins (flushed at once, so a pipe or a slow terminal shows it then), so the seconds before the
window opens are never silent and the demo passphrase is there to copy. A screenshot run is quiet: a
script called it, and its output is the picture."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from leaddesk.ui.text import fill, translate


class DemoProgress:
    """Says each step of the demo's start to `out` (stdout), or nothing when `out` is None."""

    def __init__(self, out: TextIO | None) -> None:
        self._out = out

    def say(self, line: str) -> None:
        if self._out is None:
            return
        try:
            print(fill(translate("DemoProgress", "LEAD Desk demo: %1"), line), file=self._out, flush=True)
        except BrokenPipeError:
            self._out = None  # nobody reads any more (`leaddesk demo | head -3`): the demo goes on, quietly

    @staticmethod
    def refuse_open_elsewhere(name: str, home: Path) -> None:
        """Why the demo will not start, on stderr even for a screenshot: the folder is in use."""
        print(
            fill(
                translate(
                    "DemoProgress",
                    "LEAD Desk demo: %1's profile in %2 is open in another LEAD Desk window. Close that "
                    "demo first, or give another --home.",
                ),
                name,
                home,
            ),
            file=sys.stderr,
        )

    def starting_office(self) -> None:
        self.say(translate("DemoProgress", "starting the office server on this computer…"))

    def office_running(self, url: str, *, data: Path) -> None:
        self.say(fill(translate("DemoProgress", "office server running at %1 (its data: %2)"), url, data))

    def profile_ready(self, name: str, *, folder: Path, passphrase: str) -> None:
        self.say(fill(translate("DemoProgress", "%1's profile folder: %2"), name, folder))
        self.say(
            fill(
                translate("DemoProgress", "%1's demo passphrase (to unlock after a lock): %2"),
                name,
                passphrase,
            )
        )

    def building_caseload(self, participants: int) -> None:
        self.say(
            fill(translate("DemoProgress", "building the invented caseload: %1 participants…"), participants)
        )

    def syncing(self, name: str) -> None:
        self.say(fill(translate("DemoProgress", "syncing %1's laptop with the office server…"), name))

    def windows_open(self, windows: int, *, folder: Path, throw_away: bool) -> None:
        if windows == 1:
            line = translate("DemoProgress", "the window is open. Close it or press Ctrl+C to end the demo.")
        else:
            line = translate(
                "DemoProgress", "the windows are open. Close them or press Ctrl+C to end the demo."
            )
        if throw_away:
            line += " " + fill(
                translate("DemoProgress", "The demo folder %1 is removed then (--home DIR keeps one)."),
                folder,
            )
        self.say(line)
