"""Where the app's icons, style sheets and translations are: the top-level `resources/` folder, installed
as the package `leaddesk.resources` (setup.py maps it), so a wheel finds them exactly as a checkout does;
in the PyInstaller bundle, the same folder inside the bundle (packaging/leaddesk.spec puts it there)."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

PACKAGE = "leaddesk.resources"
BUNDLED = Path("leaddesk", "resources")  # where the bundle keeps resources/, under sys._MEIPASS


class MissingResource(FileNotFoundError):
    """A file the app ships with is not where the installation put it: the installation is incomplete."""


def resources_folder() -> Path:
    """The folder holding icons/, styles/ and translations/."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader in a frozen app
    if bundle is not None:
        # Files in a folder, not a package in the bundle's archive: Qt opens them by path.
        return Path(bundle) / BUNDLED
    try:
        # Installed (wheel or editable) it is a real folder: Qt opens icons and .qm files by path.
        return Path(str(files(PACKAGE)))
    except ModuleNotFoundError as exc:
        raise MissingResource(
            "LEAD Desk's resources (icons, style sheet, translations) are not installed with it. "
            "Reinstall the app; from a checkout, run: pip install -e ."
        ) from exc


def resource(*parts: str) -> Path:
    """A file under resources/, e.g. resource("icons", "app.svg"); MissingResource when it is absent."""
    path = resources_folder().joinpath(*parts)
    if not path.is_file():
        raise MissingResource(
            f"LEAD Desk's file {'/'.join(parts)} is missing from {resources_folder()}. Reinstall the app."
        )
    return path
