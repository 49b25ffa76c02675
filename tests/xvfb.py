"""Debian's Xvfb for the tests that show real windows: an X server of its own for a test, on a display
number it picks itself (-displayfd), so tests running at once never share one.

What it needs are Debian packages (XVFB_PACKAGES: the server, and the X libraries Qt's xcb plugin loads
that a machine without a desktop lacks). Missing, a test fails in CI (CI=true: .ci/run installs them, so
CI never skips what it cannot show) and is skipped elsewhere; either way it says what to install."""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

import pytest

XVFB_PACKAGES = "xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
XCB_MISSING = 'Could not load the Qt platform plugin "xcb"'  # what Qt says when a library is missing
START_SECONDS = 20


def missing(what: str) -> None:
    """Fail in CI, skip elsewhere, naming the packages."""
    reason = f"{what}: apt-get install -y {XVFB_PACKAGES} (.ci/run does)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def xvfb_binary() -> str:
    found = shutil.which("Xvfb")
    if found is None:
        missing("Xvfb is needed to show real windows")
    assert found is not None
    return found


@contextmanager
def xvfb(*, width: int, height: int) -> Iterator[str]:
    """An Xvfb screen of `width`x`height` at 24 bits; yields its DISPLAY (":3"), stops it after."""
    binary = xvfb_binary()
    read, write = os.pipe()
    # The server's messages go to a file, not a pipe: a chatty server must never block on a full one.
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            [binary, "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        os.close(write)
        try:
            yield f":{display_number(read, server, log)}"
        finally:
            os.close(read)
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def display_number(read: int, server: subprocess.Popen[bytes], log: IO[bytes]) -> str:
    """What Xvfb writes on -displayfd once it accepts clients."""
    ready, _, _ = select.select([read], [], [], START_SECONDS)
    number = os.read(read, 16).decode().strip() if ready else ""
    if not number:
        server.kill()
        server.wait(timeout=10)
        log.seek(0)
        raise RuntimeError(f"Xvfb did not start: {log.read().decode(errors='replace')[-500:]}")
    return number
