"""Where the reports' PDF font is: DejaVu Sans (regular and bold, with its licence) under the top-level
`resources/fonts/`, installed as the package data `leaddesk.resources` as the app's icons are. Found
without Qt (ui/resources.py is the app's way), so a headless server prints the same PDF; the font
covers every Latin script, so names and Spanish print as written. In the PyInstaller bundle the folder
is inside the bundle (sys._MEIPASS), where packaging/leaddesk.spec puts it."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

PACKAGE = "leaddesk.resources"
BUNDLED = Path("leaddesk", "resources")  # where the bundle keeps resources/, under sys._MEIPASS
REGULAR = "DejaVuSans.ttf"
BOLD = "DejaVuSans-Bold.ttf"


class FontMissing(FileNotFoundError):
    """The PDF font is not where the installation put it: the installation is incomplete."""


def font(name: str) -> Path:
    """The path of a font file under resources/fonts/; FontMissing when it is absent."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader in a frozen app
    path: Path | None
    try:
        folder = Path(bundle) / BUNDLED if bundle is not None else Path(str(files(PACKAGE)))
        path = folder / "fonts" / name
    except ModuleNotFoundError:
        path = None
    if path is None or not path.is_file():
        raise FontMissing(
            f"LEAD Desk's report font fonts/{name} is not installed with it, so no PDF can be made. "
            "Reinstall LEAD Desk; from a checkout, run: pip install -e ."
        )
    return path
