"""What the demo tells its terminal (leaddesk/demo/progress.py): each step one flushed line, and nothing
lost when nobody reads any more (the subprocess test in tests/e2e/test_demo_office.py reads them live)."""

from __future__ import annotations

import io
from pathlib import Path

from leaddesk.demo.progress import DemoProgress


class ClosedPipe(io.StringIO):
    """A terminal whose reader has gone (`leaddesk demo | head -1` after head exits)."""

    writes = 0

    def write(self, text: str) -> int:
        ClosedPipe.writes += 1
        raise BrokenPipeError(32, "Broken pipe")


def test_each_step_is_one_line(qapp) -> None:
    del qapp  # the lines are translated
    out = io.StringIO()
    progress = DemoProgress(out)
    progress.building_caseload(60)
    progress.windows_open(2, folder=Path("/tmp/demo"), throw_away=False)
    assert out.getvalue().splitlines() == [
        "LEAD Desk demo: building the invented caseload: 60 participants…",
        "LEAD Desk demo: the windows are open. Close them or press Ctrl+C to end the demo.",
    ]


def test_a_reader_gone_silences_the_demo_without_stopping_it(qapp) -> None:
    del qapp
    progress = DemoProgress(ClosedPipe())
    progress.starting_office()  # no BrokenPipeError out of here: the demo goes on
    progress.syncing("Casey Morgan")
    assert ClosedPipe.writes == 1  # and it stops trying
