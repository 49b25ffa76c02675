"""Real windows: `leaddesk demo` as a person runs it, on an X display (Debian's Xvfb) with Qt's xcb
platform rather than offscreen, once in the light look and once in the dark. When the demo says its
window is open, another X client grabs the screen (tests/x_screen_grab.py): the X server's own pixels,
which must be a real picture — many colours, the look's window, base and text colours, the dark one
darker than the light — and the demo then ends cleanly on SIGTERM.

Marked `xvfb`: two demos at once, on two displays, take some seconds. With LEADDESK_REAL_WINDOWS=DIR
the pictures are kept there, of the demo's usual caseload (how README's real-window pictures are made:
LEADDESK_REAL_WINDOWS=docs/screenshots)."""

from __future__ import annotations

import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from leaddesk.ui.look import Scheme, variant
from tests.xvfb import XCB_MISSING, missing, xvfb

pytestmark = pytest.mark.xvfb

KEEP_ENV = "LEADDESK_REAL_WINDOWS"
WIDTH, HEIGHT = 1366, 768  # the screen; the demo's window, placed by no window manager, fills it
LOOKS = (Scheme.LIGHT, Scheme.DARK)
OPEN_SECONDS = 120
STEP = 3  # every third pixel of every third row: some 116,000 of them
GRAB = Path(__file__).resolve().parents[1] / "x_screen_grab.py"


def colours(image: QImage) -> Counter[str]:
    return Counter(
        image.pixelColor(x, y).name()
        for y in range(0, image.height(), STEP)
        for x in range(0, image.width(), STEP)
    )


def lightness(counted: Counter[str]) -> float:
    total = sum(counted.values())
    return sum(QColor(name).lightnessF() * n for name, n in counted.items()) / total


class Demo:
    """`leaddesk demo --look LOOK` on `display`, its output read line by line as it comes."""

    def __init__(self, look: Scheme, *, display: str, tmp: Path | None, participants: int) -> None:
        """`tmp`: where the demo's folder goes (None: the system's temporary folder, as for README)."""
        self.look = look
        self.env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        if tmp is not None:
            self.env["TMPDIR"] = str(tmp)
        command = [sys.executable, "-m", "leaddesk.app", "demo", "--participants", str(participants)]
        self.process = subprocess.Popen(
            [*command, "--look", look.value],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.errors: list[str] = []
        assert self.process.stdout is not None
        assert self.process.stderr is not None
        out, err = self.process.stdout, self.process.stderr
        self.readers = [
            threading.Thread(target=lambda: [self.lines.put(line) for line in out], daemon=True),
            threading.Thread(target=lambda: self.errors.extend(err), daemon=True),
        ]
        for reader in self.readers:
            reader.start()

    def wait_for_window(self) -> None:
        """Until the demo says its window is open (or ends: then why)."""
        deadline = time.monotonic() + OPEN_SECONDS
        while self.process.poll() is None or not self.lines.empty():
            try:
                line = self.lines.get(timeout=0.5)  # a look now and then at whether it still runs
            except queue.Empty:
                if time.monotonic() > deadline:
                    self.end()
                    pytest.fail(f"the {self.look} demo never said its window was open")
                continue
            if line.startswith("LEAD Desk demo: the window is open"):
                return
        self.end()
        errors = "".join(self.errors)
        if XCB_MISSING in errors and "could not connect to display" not in errors:  # not its libraries
            missing("Qt's xcb platform cannot load its X libraries")
        pytest.fail(f"the {self.look} demo ended before its window opened: {errors[-2000:]}")

    def grab(self, out: Path) -> None:
        done = subprocess.run(
            [sys.executable, str(GRAB), str(out)], env=self.env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, f"nothing settled on the {self.look} screen: {done.stderr[-2000:]}"

    def end(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)
        for reader in self.readers:
            reader.join(timeout=10)


def test_the_demo_opens_real_windows_in_the_light_and_the_dark_look(tmp_path: Path, qapp) -> None:
    del qapp  # the looks' palettes are Qt's
    keep = os.environ.get(KEEP_ENV)
    shots = {look: tmp_path / f"real-window-{look.value}.png" for look in LOOKS}
    with ExitStack() as stack:
        # Both at once, each on a display of its own: each spends most of its time building its caseload.
        demos = [
            Demo(
                look,
                display=stack.enter_context(xvfb(width=WIDTH, height=HEIGHT)),
                tmp=None if keep else tmp_path,
                participants=60 if keep else 8,
            )
            for look in LOOKS
        ]
        for demo in demos:
            stack.callback(demo.end)  # whatever happens, no demo outlives its display
        for demo in demos:
            demo.wait_for_window()
            demo.grab(shots[demo.look])
            demo.end()
            assert "Traceback" not in "".join(demo.errors), "".join(demo.errors)
            assert demo.process.returncode in (0, 128 + signal.SIGTERM), "".join(demo.errors)

    seen = {look: colours(QImage(str(path))) for look, path in shots.items()}
    for look, path in shots.items():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (WIDTH, HEIGHT)
        counted = seen[look]
        assert len(counted) > 200, look  # a picture, not a blank or a flat fill
        palette = variant(look).palette
        common = [name for name, _ in counted.most_common(5)]
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert palette.color(role).name() in common, (look, role, common)
        assert palette.color(QPalette.ColorRole.WindowText).name() in counted, look  # the words
    assert lightness(seen[Scheme.LIGHT]) > lightness(seen[Scheme.DARK]) + 0.3
    if keep:
        for path in shots.values():
            shutil.copy(path, Path(keep) / path.name)
