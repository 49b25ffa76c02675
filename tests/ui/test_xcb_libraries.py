"""On a desktop without the libraries Qt's xcb plugin needs, `leaddesk` says in one line which packages
to install instead of letting Qt abort. A missing library is made real: a copy of PySide6's xcb plugin
whose NEEDED entry for libxcb-cursor.so.0 names libxcb-cursor.so.9, which no system has."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from leaddesk.ui.xcb_libraries import PLUGIN, xcb_problem

REAL_PLATFORMS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
QT_LIB = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))


@pytest.fixture(scope="module")
def lacking(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A platforms folder whose xcb plugin needs a library that is not there; Qt's own libraries are
    found through the plugin's RUNPATH ($ORIGIN/../../lib), as in PySide6's layout."""
    qt = tmp_path_factory.mktemp("qt") / "Qt"
    platforms = qt / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (qt / "lib").symlink_to(QT_LIB)
    plugin = (REAL_PLATFORMS / PLUGIN).read_bytes()
    assert plugin.count(b"libxcb-cursor.so.0\0") == 1  # the dynamic string table's entry
    (platforms / PLUGIN).write_bytes(plugin.replace(b"libxcb-cursor.so.0\0", b"libxcb-cursor.so.9\0"))
    return platforms


def test_a_missing_library_is_named_with_the_package_that_brings_it(lacking: Path) -> None:
    problem = xcb_problem({"QT_QPA_PLATFORM": "xcb"}, platforms=lacking)
    assert problem is not None
    assert "\n" not in problem
    assert "libxcb-cursor.so.9" in problem
    assert problem.endswith("sudo apt install libxcb-cursor0")


@pytest.mark.slow  # a fresh process importing the whole app: about 4 s here
def test_leaddesk_says_which_packages_instead_of_aborting(lacking: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="xcb", QT_QPA_PLATFORM_PLUGIN_PATH=str(lacking))
    done = subprocess.run(
        [sys.executable, "-m", "leaddesk"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 1, done.stderr  # Qt's abort() would be -6
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "libxcb-cursor0" in lines[0]
    assert "could not load the Qt platform plugin" not in done.stderr


def test_nothing_is_said_when_the_plugin_loads_or_qt_uses_another_platform(lacking: Path) -> None:
    assert xcb_problem({"QT_QPA_PLATFORM": "offscreen"}, platforms=lacking) is None
    (lacking / "libqwayland.so").touch()
    try:
        assert xcb_problem({"WAYLAND_DISPLAY": "wayland-0"}, platforms=lacking) is None
    finally:
        (lacking / "libqwayland.so").unlink()
    assert xcb_problem({}, platforms=lacking) is not None  # Linux's default is xcb
    assert xcb_problem({"QT_QPA_PLATFORM": "xcb"}, platforms=REAL_PLATFORMS) is None
