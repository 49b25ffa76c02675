"""What the bundle keeps of what PyInstaller collects (leaddesk/packaging/contents.py): the Qt plugins
LEAD Desk uses and nothing that only a dropped plugin needed. The bundle itself: tests/packaging/."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PIL import Image

from leaddesk.packaging.contents import bundle_name, kept, platform_icon, without_dropped

PLUGINS = "PySide6/Qt/plugins"


def test_the_bundle_is_named_by_version_system_and_machine() -> None:
    assert bundle_name(version="0.1.0", system="linux", machine="x86_64") == "leaddesk-0.1.0-linux-x86_64"
    assert bundle_name(version="1.2.0", system="win32", machine="AMD64") == "leaddesk-1.2.0-win-amd64"
    assert bundle_name(version="1.2.0", system="darwin", machine="arm64") == "leaddesk-1.2.0-macos-arm64"


def test_only_the_qt_plugins_the_app_uses_stay() -> None:
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "imageformats/libqsvg.so",
                   "iconengines/libqsvgicon.so", "platforms/qwindows.dll",
                   "platforminputcontexts/libcomposeplatforminputcontextplugin.so"):  # fmt: skip
        assert kept(f"{PLUGINS}/{plugin}"), plugin
    for plugin in ("platforms/libqwayland.so", "platforms/libqeglfs.so", "imageformats/libqjpeg.so",
                   "platformthemes/libqgtk3.so", "wayland-shell-integration/libxdg-shell.so",
                   "platforminputcontexts/libqtvirtualkeyboardplugin.so",
                   "sqldrivers/libqsqlite.so"):  # fmt: skip
        assert not kept(f"{PLUGINS}/{plugin}"), plugin


def test_qt_modules_the_app_never_uses_go_and_the_ones_it_uses_stay() -> None:
    for library in ("libQt6Core.so.6", "libQt6Pdf.so.6", "libQt6PdfWidgets.so.6", "libQt6XcbQpa.so.6",
                    "libQt6Charts.so.6", "libQt6Svg.so.6"):  # fmt: skip
        assert kept(f"PySide6/Qt/lib/{library}"), library
    for library in ("libQt6WaylandClient.so.6", "libQt6Quick.so.6", "libQt6Qml.so.6",
                    "libQt6EglFSDeviceIntegration.so.6", "libQt6EglFsKmsSupport.so.6",
                    "libQt6WlShellIntegration.so.6", "libQt6PdfQuick.so.6"):  # fmt: skip
        assert not kept(f"PySide6/Qt/lib/{library}"), library
    assert kept("sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so")


def test_libraries_only_a_dropped_plugin_loaded_go_with_it() -> None:
    loads = {
        "src/libqgtk3.so": {"libgtk-3.so.0", "libcairo.so.2", "libQt6Gui.so.6"},
        "src/libqxcb.so": {"libQt6XcbQpa.so.6", "libQt6Gui.so.6", "libxcb-cursor.so.0"},
        "src/QtGui.abi3.so": {"libQt6Gui.so.6"},
    }

    def closure(files: Iterable[str]) -> set[str]:
        return set().union(*(loads.get(f, set()) for f in files))

    entries = [
        (f"{PLUGINS}/platformthemes/libqgtk3.so", "src/libqgtk3.so", "BINARY"),
        (f"{PLUGINS}/platforms/libqxcb.so", "src/libqxcb.so", "BINARY"),
        ("PySide6/QtGui.abi3.so", "src/QtGui.abi3.so", "EXTENSION"),
        ("libcairo.so.2", "src/libcairo.so.2", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "src/libQt6Gui.so.6", "BINARY"),
        ("libxcb-cursor.so.0", "src/libxcb-cursor.so.0", "BINARY"),
    ]
    kept_names = [Path(e[0]).name for e in without_dropped(entries, closure=closure)]
    assert kept_names == ["libqxcb.so", "QtGui.abi3.so", "libQt6Gui.so.6", "libxcb-cursor.so.0"]


def test_windows_gets_an_ico_made_from_the_app_icon(tmp_path: Path) -> None:
    png = Path(__file__).resolve().parents[2] / "resources" / "icons" / "app-256.png"
    made = platform_icon(png=png, work=tmp_path, system="win32")
    assert made is not None
    with Image.open(made) as icon:
        assert icon.format == "ICO"
        assert (256, 256) in icon.info["sizes"]
    assert platform_icon(png=png, work=tmp_path, system="linux") is None
