"""Whether Qt can open a window on an X11 desktop, found out before Qt tries. When the libraries of Qt's
xcb platform plugin are missing (a fresh Debian 12 desktop lacks libxcb-cursor0, libxcb-icccm4 and
libxcb-keysyms1), Qt prints "could not load the Qt platform plugin xcb" and calls abort(): no Python
code runs after that. So `leaddesk` loads the plugin itself first, the way Qt will, and on failure says
in one line which Debian/Ubuntu packages bring what is missing."""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from pathlib import Path

PLUGIN = "libqxcb.so"
# What Qt 6's xcb plugin and its libQt6XcbQpa link against, by library name (the file name before
# ".so"), with the Debian and Ubuntu package that carries each, and the file probed for it.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor": ("libxcb-cursor0", "libxcb-cursor.so.0"),  # needed since Qt 6.5
    "libxcb-icccm": ("libxcb-icccm4", "libxcb-icccm.so.4"),
    "libxcb-keysyms": ("libxcb-keysyms1", "libxcb-keysyms.so.1"),
    "libxcb-image": ("libxcb-image0", "libxcb-image.so.0"),
    "libxcb-render-util": ("libxcb-render-util0", "libxcb-render-util.so.0"),
    "libxcb-shape": ("libxcb-shape0", "libxcb-shape.so.0"),
    "libxcb-randr": ("libxcb-randr0", "libxcb-randr.so.0"),
    "libxcb-render": ("libxcb-render0", "libxcb-render.so.0"),
    "libxcb-shm": ("libxcb-shm0", "libxcb-shm.so.0"),
    "libxcb-sync": ("libxcb-sync1", "libxcb-sync.so.1"),
    "libxcb-util": ("libxcb-util1", "libxcb-util.so.1"),
    "libxcb-xfixes": ("libxcb-xfixes0", "libxcb-xfixes.so.0"),
    "libxcb-xkb": ("libxcb-xkb1", "libxcb-xkb.so.1"),
    "libxcb": ("libxcb1", "libxcb.so.1"),
    "libxkbcommon-x11": ("libxkbcommon-x11-0", "libxkbcommon-x11.so.0"),
    "libxkbcommon": ("libxkbcommon0", "libxkbcommon.so.0"),
    "libX11-xcb": ("libx11-xcb1", "libX11-xcb.so.1"),
    "libX11": ("libx11-6", "libX11.so.6"),
    "libGL": ("libgl1", "libGL.so.1"),
    "libEGL": ("libegl1", "libEGL.so.1"),
    "libfontconfig": ("libfontconfig1", "libfontconfig.so.1"),
    "libfreetype": ("libfreetype6", "libfreetype.so.6"),
    "libdbus-1": ("libdbus-1-3", "libdbus-1.so.3"),
}


def plugins_folder(environ: Mapping[str, str]) -> Path:
    """Where Qt looks for its platform plugins: QT_QPA_PLATFORM_PLUGIN_PATH first, as Qt does."""
    named = environ.get("QT_QPA_PLATFORM_PLUGIN_PATH")
    if named:
        return Path(named.split(os.pathsep)[0])
    from PySide6.QtCore import QLibraryInfo  # QtCore alone loads no platform plugin

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"


def xcb_first(environ: Mapping[str, str], platforms: Path) -> bool:
    """Whether Qt will try xcb before anything else here: asked for by QT_QPA_PLATFORM, or Linux's
    default, unless a Wayland session has Qt's Wayland plugin to use instead."""
    if not sys.platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "").strip()
    if asked:
        return asked.split(";")[0].split(":")[0] == "xcb"
    return not (environ.get("WAYLAND_DISPLAY") and (platforms / "libqwayland.so").is_file())


def missing_libraries(platforms: Path) -> list[str]:
    """The libraries that keep the xcb plugin in `platforms` from loading (empty when it loads)."""
    try:
        ctypes.CDLL(str(platforms / PLUGIN), mode=os.RTLD_LAZY)
    except OSError as exc:
        # The loader names the first library it could not find ("libxcb-cursor.so.0: cannot open
        # shared object file…"), or the plugin itself when something else is wrong with it.
        missing = [str(exc).split(":", 1)[0].strip()]
    else:
        return []
    for _name, (_package, soname) in PACKAGES.items():
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return list(dict.fromkeys(missing))


def package_of(library: str) -> str | None:
    name = Path(library).name.split(".so", 1)[0]
    found = PACKAGES.get(name)
    return found[0] if found else None


def xcb_problem(environ: Mapping[str, str] | None = None, platforms: Path | None = None) -> str | None:
    """One line saying which packages to install when Qt's xcb plugin cannot load; None when it can,
    or when Qt will not use it."""
    environ = os.environ if environ is None else environ
    platforms = platforms or plugins_folder(environ)
    if not xcb_first(environ, platforms) or not (platforms / PLUGIN).is_file():
        return None
    missing = missing_libraries(platforms)
    if not missing:
        return None
    packages = sorted({package_of(lib) or lib for lib in missing})
    return (
        "LEAD Desk cannot open its window: this desktop lacks libraries Qt needs for X11 "
        f"({', '.join(missing)}). On Debian or Ubuntu, install them with: "
        f"sudo apt install {' '.join(packages)}"
    )
