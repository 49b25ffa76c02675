"""What goes into the bundle and what it is called: the rules the PyInstaller spec applies to what
PyInstaller's analysis found. PySide6's hooks collect every plugin folder QtGui might use (Wayland, EGL
devices, GTK themes, each with libraries of its own); LEAD Desk needs only these, and the rest is most
of a bundle's size."""

from __future__ import annotations

import platform
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from leaddesk import __version__

# Plugin folder -> the plugins kept there (by name without lib/ and the file's ending); None keeps all.
KEPT_PLUGINS: dict[str, frozenset[str] | None] = {
    # xcb for an X11 desktop (Wayland desktops run it through XWayland), offscreen for screenshots and
    # headless checks, minimal for a bare diagnosis; windows and cocoa for the other two systems.
    "platforms": frozenset({"qxcb", "qoffscreen", "qminimal", "qwindows", "qcocoa"}),
    "imageformats": frozenset({"qsvg", "qico"}),  # the icons are SVG; PNG is built into QtGui
    "iconengines": None,  # the SVG icon engine: icons stay sharp at every size
    "xcbglintegrations": None,  # how xcb draws with OpenGL (charts, scaled screens)
    # Dead keys and compose (á, ñ) and input methods; not Qt's on-screen keyboard (QtQuick).
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # the desktop's light or dark setting, file dialogs
    "styles": None,  # the Windows look on Windows
}
PLUGIN_ROOT = PurePosixPath("PySide6/Qt/plugins")
# Qt libraries that only plugins left out use, and whole Qt modules LEAD Desk never imports.
DROPPED_QT_LIBRARIES = re.compile(
    r"Qt6(Wayland\w*|Wl\w*|EglF[sS]\w*|Quick\w*|Qml\w*|WebEngine\w*|3D\w*|Multimedia\w*|Designer\w*|"
    r"VirtualKeyboard\w*|Location|Positioning|Sensors|SerialPort|Bluetooth|Nfc|PdfQuick)\b"
)
EXCLUDED_MODULES = (
    "tkinter",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtMultimedia",
    "pytest",
    "hypothesis",
    "IPython",
    "leaddesk.packaging",
)


def bundle_name(*, version: str = __version__, system: str | None = None, machine: str | None = None) -> str:
    """leaddesk-<version>-<system>-<machine>, e.g. leaddesk-0.1.0-linux-x86_64."""
    system = (system or sys.platform).removesuffix("32").replace("darwin", "macos")
    return f"leaddesk-{version}-{system}-{(machine or platform.machine()).lower()}"


def plugin_name(file_name: str) -> str:
    """libqxcb.so -> qxcb, qwindows.dll -> qwindows, libqcocoa.dylib -> qcocoa."""
    return file_name.split(".", 1)[0].removeprefix("lib")


def kept(destination: str) -> bool:
    """Whether a file PyInstaller collected (its path inside the bundle) stays in it."""
    path = PurePosixPath(destination.replace("\\", "/"))
    if path.is_relative_to(PLUGIN_ROOT):
        parts = path.relative_to(PLUGIN_ROOT).parts
        if len(parts) < 2 or parts[0] not in KEPT_PLUGINS:
            return False
        names = KEPT_PLUGINS[parts[0]]
        return names is None or plugin_name(parts[-1]) in names
    return not DROPPED_QT_LIBRARIES.search(path.name)


def ldd_closure(files: Iterable[str]) -> set[str]:
    """The file names of every library the given ELF files load, directly or through another."""
    found: set[str] = set()
    for file in files:
        listing = subprocess.run(  # noqa: S603 -- ldd on files the build collected
            ["ldd", file],  # noqa: S607 -- the system's ldd, wherever PATH has it
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        found.update(line.split()[0] for line in listing.splitlines() if "=>" in line)
    return found


Entry = tuple[str, str, str]  # PyInstaller's TOC entry: where in the bundle, where from, what kind


def without_dropped(
    binaries: Iterable[Entry], *, closure: Callable[[Iterable[str]], set[str]] = ldd_closure
) -> list[Entry]:
    """The binaries `kept` keeps, less the libraries that only the dropped ones loaded (the GTK theme
    plugin alone brings cairo, pango and GDK; the Wayland plugins their own libraries)."""
    entries = list(binaries)
    dropped = [e for e in entries if not kept(e[0])]
    candidates = closure(e[1] for e in dropped)
    roots = [e for e in entries if kept(e[0]) and Path(e[0]).name not in candidates]
    needed = closure(e[1] for e in roots) | {Path(e[0]).name for e in roots}
    return [
        e for e in entries if kept(e[0]) and (Path(e[0]).name in needed or Path(e[0]).name not in candidates)
    ]


ICON_SUFFIX = {"win32": ".ico", "darwin": ".icns"}  # what each system's executable or .app takes


def platform_icon(*, png: Path, work: Path, system: str | None = None) -> Path | None:
    """The app icon in the form Windows (.ico) or macOS (.icns) wants, made from the PNG the app uses
    (Pillow comes with fpdf2); None on Linux, where the desktop file names the PNG."""
    suffix = ICON_SUFFIX.get(system or sys.platform)
    if suffix is None:
        return None
    from PIL import Image

    made = work / f"leaddesk{suffix}"
    work.mkdir(parents=True, exist_ok=True)
    with Image.open(png) as image:
        if suffix == ".ico":
            image.save(made, sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
        else:
            image.save(made)
    return made
