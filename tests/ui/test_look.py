"""The look: resources are found, both variants of the style sheet parse and apply, the dark one follows
the system's colour scheme live, icons draw in the look's colours, and no screen styles itself."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from leaddesk.app import dressed
from leaddesk.desk import Desk
from leaddesk.ui.icons import APP_ICON_SIZES, NAMES, app_icon, icon
from leaddesk.ui.look import (
    Choice,
    Look,
    LookError,
    Scheme,
    apply,
    build_variant,
    current_scheme,
    fill_sheet,
    set_role,
    variant,
)
from leaddesk.ui.resources import MissingResource, resource, resources_folder
from leaddesk.ui.session import Session
from leaddesk.ui.sync.controller import SyncStatus
from leaddesk.ui.sync.status_bar import SyncStatusBar, SyncView
from leaddesk.ui.workspace import Workspace

UI = Path(__file__).resolve().parents[2] / "leaddesk" / "ui"
STYLES = resources_folder() / "styles"


def colours(scheme: Scheme) -> dict[str, dict[str, object]]:
    return tomllib.loads((STYLES / f"{scheme.value}.toml").read_text())


def drawn_colours(image: QImage) -> set[str]:
    """The opaque colours an icon was drawn with."""
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


# -- resources -------------------------------------------------------------------------------------


def test_the_resources_are_found(qapp) -> None:
    assert resource("styles", "leaddesk.qss").is_file()
    assert (resources_folder() / "translations" / "leaddesk_es.ts").is_file()
    for name in NAMES:
        assert not icon(name).pixmap(24, 24).isNull(), name
    with pytest.raises(MissingResource, match=r"icons/nothing\.svg is missing"):
        resource("icons", "nothing.svg")


def test_the_app_icon_loads_at_every_size(qapp) -> None:
    loaded = app_icon()
    assert not loaded.isNull()
    assert {size.width() for size in loaded.availableSizes()} == set(APP_ICON_SIZES)
    image = loaded.pixmap(48, 48).toImage()
    assert image.pixelColor(24, 32).alpha() == 255  # drawn, not an empty square
    assert image.pixelColor(24, 32) != image.pixelColor(24, 4)  # the case file on its desk


def test_every_icon_shipped_is_one_a_screen_names(qapp) -> None:
    shipped = {path.stem for path in (resources_folder() / "icons").glob("*.svg")} - {"app"}
    assert shipped == set(NAMES)
    screens = "\n".join(path.read_text() for path in UI.rglob("*.py") if path.name != "icons.py")
    assert {name for name in NAMES if f'"{name}"' not in screens} == set()


# -- the style sheet -------------------------------------------------------------------------------


def test_both_variants_name_the_same_colours_and_the_sheet_uses_them() -> None:
    light, dark = colours(Scheme.LIGHT), colours(Scheme.DARK)
    assert light.keys() == dark.keys() == {"palette", "colors", "charts"}
    assert light["palette"].keys() == dark["palette"].keys()
    assert light["colors"].keys() == dark["colors"].keys()
    assert light["charts"].keys() == dark["charts"].keys()
    assert variant(Scheme.DARK).charts["series-1"] == dark["charts"]["series-1"]
    sheet = re.sub(r"/\*.*?\*/", "", (STYLES / "leaddesk.qss").read_text(), flags=re.DOTALL)
    assert set(re.findall(r"@([a-z][a-z0-9-]*)", sheet)) == set(light["colors"])


@pytest.mark.parametrize("scheme", list(Scheme))
def test_each_variant_parses_and_applies(qtbot, qtlog, restored: QApplication, scheme: Scheme) -> None:
    chosen = apply(restored, scheme)
    spec = colours(scheme)
    assert "@" not in chosen.sheet
    assert restored.palette().color(QPalette.ColorRole.Window) == QColor(spec["palette"]["window"])
    assert restored.palette().color(QPalette.ColorRole.Highlight) == QColor(spec["palette"]["highlight"])
    error = QLabel("Choose who this was with.")
    set_role(error, "error")
    link = QPushButton("Forgot passphrase?")
    set_role(link, "link")
    for widget in (error, link):
        qtbot.addWidget(widget)
        widget.show()
    QApplication.processEvents()
    assert error.palette().color(QPalette.ColorRole.WindowText) == QColor(spec["colors"]["error"])
    assert link.palette().color(QPalette.ColorRole.ButtonText) == QColor(spec["palette"]["link"])
    assert [r.message for r in qtlog.records if "style" in r.message.lower()] == []  # parsed cleanly


def test_a_broken_style_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LookError, match="colours no variant defines: sidebar-glow"):
        fill_sheet("QLabel { color: @error; background: @sidebar-glow; }", {"error": "#a3312b"})
    bad = tmp_path / "light.toml"
    bad.write_text('[palette]\nwindow = "#f4f2ee"\nwallpaper = "#ffffff"\n')
    with pytest.raises(LookError, match="wallpaper is not a palette role"):
        build_variant(Scheme.LIGHT, template="", colors=bad)
    bad.write_text('[colors]\nerror = "reddish"\n')
    with pytest.raises(LookError, match="error = 'reddish' is not a colour"):
        build_variant(Scheme.LIGHT, template="", colors=bad)


def test_the_sheet_styles_a_role_given_after_the_widget_was_shown(qtbot, restored: QApplication) -> None:
    apply(restored, Scheme.LIGHT)
    label = QLabel("Last contact: 2026-10-11 (52 days ago)")
    qtbot.addWidget(label)
    label.show()
    set_role(label, "error")
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(
        colours(Scheme.LIGHT)["colors"]["error"]
    )


def test_the_navigation_rows_get_the_sheets_room(qtbot, restored: QApplication, store) -> None:
    """The look is applied before any window exists, as at start-up; the rows still get its padding."""
    apply(restored, Scheme.LIGHT)
    workspace = Workspace(Session(Desk(store)))
    qtbot.addWidget(workspace)
    workspace.show()
    nav = workspace.nav
    text_height = nav.fontMetrics().height()
    assert nav.visualItemRect(nav.item(1)).height() >= text_height + 16  # 8px above and below


# -- light and dark --------------------------------------------------------------------------------


def test_the_look_follows_the_systems_colour_scheme_live(restored: QApplication) -> None:
    hints = QGuiApplication.styleHints()
    follower = Look(restored)
    try:
        assert current_scheme(restored) is Scheme.LIGHT  # offscreen, the system says nothing: light
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert current_scheme(restored) is Scheme.DARK
        assert restored.styleSheet() == variant(Scheme.DARK).sheet
        dark_window = QColor(colours(Scheme.DARK)["palette"]["window"])
        assert restored.palette().color(QPalette.ColorRole.Window) == dark_window
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert current_scheme(restored) is Scheme.LIGHT
    finally:
        follower.stop()
    assert restored.styleSheet() == ""
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # no longer followed
    assert current_scheme(restored) is None


def test_a_chosen_variant_stays_whatever_the_system_says(restored: QApplication) -> None:
    follower = Look(restored, choice=Choice.DARK)
    try:
        assert current_scheme(restored) is Scheme.DARK
        QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert current_scheme(restored) is Scheme.DARK
    finally:
        follower.stop()


def test_icons_draw_in_the_looks_text_colour(restored: QApplication) -> None:
    search = icon("search")
    for scheme in Scheme:
        apply(restored, scheme)
        text = colours(scheme)["palette"]["window-text"]
        assert text in drawn_colours(search.pixmap(32, 32).toImage()), scheme
    disabled = search.pixmap(32, 32, QIcon.Mode.Disabled).toImage()
    assert colours(Scheme.DARK)["palette"]["disabled"]["window-text"] in drawn_colours(disabled)


def test_the_status_bar_icon_says_the_state_and_follows_the_look(qtbot, restored: QApplication) -> None:
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    assert bar.icon_name == "lock"
    for status, conflicts, expected in (
        (SyncStatus.NOT_CONNECTED, 0, "offline"),
        (SyncStatus.OFFLINE, 0, "offline"),
        (SyncStatus.SYNCING, 0, "sync"),
        (SyncStatus.FAILED, 0, "warning"),
        (SyncStatus.IDLE, 2, "warning"),
        (SyncStatus.IDLE, 0, "synced"),
    ):
        bar.show_view(SyncView(status=status, waiting=0, conflicts=conflicts))
        assert bar.icon_name == expected
    apply(restored, Scheme.DARK)  # the bar hears the palette change and draws its icon again
    drawn = drawn_colours(bar.icon.pixmap().toImage())
    assert colours(Scheme.DARK)["palette"]["window-text"] in drawn


def test_the_app_is_dressed_while_it_runs_and_left_as_found(restored: QApplication) -> None:
    with dressed(restored, look="dark"):
        assert current_scheme(restored) is Scheme.DARK
        assert {s.width() for s in restored.windowIcon().availableSizes()} == set(APP_ICON_SIZES)
    assert restored.styleSheet() == ""
    assert restored.windowIcon().isNull()


# -- no screen styles itself -----------------------------------------------------------------------


def test_no_screen_carries_a_style_sheet_of_its_own() -> None:
    """Only look.py sets a style sheet, and only the application's."""
    calls = [
        (path.relative_to(UI).as_posix(), line.strip())
        for path in sorted(UI.rglob("*.py"))
        for line in path.read_text().splitlines()
        if "setStyleSheet(" in line
    ]
    assert calls
    assert {where for where, _ in calls} == {"look.py"}
    assert all(re.match(r"(self\._)?app\.setStyleSheet\(", line) for _, line in calls)
