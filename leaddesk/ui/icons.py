"""The app's icons: its own (window and taskbar) and the few the screens use, from resources/icons/.

The screens' icons are single-colour line drawings in `currentColor`; each is drawn, whenever it is
painted, in the palette's text colour of that moment, so one file serves the light and the dark look
and an icon on screen changes with the look without being set again. The app icon is drawn once, in
its own colours, from PNGs at the sizes taskbars and window managers ask for (no SVG plug-in needed).

    python -m leaddesk.ui.icons   # re-render app-<size>.png after app.svg changes
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from leaddesk.ui.resources import resource

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Every icon a screen shows; a test checks each file is there and draws.
NAMES = (
    "caseload", "today", "conference", "search", "sync", "dashboard", "synced", "offline", "warning", "lock",
    "new-note",
)  # fmt: skip


def app_icon() -> QIcon:
    icon = QIcon()
    for size in APP_ICON_SIZES:
        icon.addFile(str(resource("icons", f"app-{size}.png")), QSize(size, size))
    return icon


@cache
def icon(name: str) -> QIcon:
    """One of NAMES, drawn in the current palette's colours. One icon per name, read once: each size and
    colour is drawn once too, however often a screen asks (the status bar does on every sync step)."""
    return QIcon(_PaletteEngine(resource("icons", f"{name}.svg").read_bytes()))


class _PaletteEngine(QIconEngine):
    """Draws an SVG with `currentColor` in the palette's text colour (greyed out when disabled, the
    highlighted text colour on a selected row), rendering each size and colour once."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._rendered: dict[tuple[int, int, int], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _PaletteEngine(self._svg)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        colour = _colour_for(mode)
        key = (size.width(), size.height(), colour.rgba())
        if key not in self._rendered:
            self._rendered[key] = _render(self._svg.replace(b"currentColor", colour.name().encode()), size)
        return self._rendered[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        pixmap = self.pixmap(rect.size() * ratio, mode, state)
        painter.drawPixmap(rect, pixmap)


def _colour_for(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


def _render(svg: bytes, size: QSize) -> QPixmap:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return QPixmap.fromImage(image)


def render_app_icon(folder: Path | None = None) -> list[Path]:
    """app-<size>.png for every size in APP_ICON_SIZES, beside app.svg."""
    svg = resource("icons", "app.svg")
    written = []
    for size in APP_ICON_SIZES:
        path = (folder or svg.parent) / f"app-{size}.png"
        if not _render(svg.read_bytes(), QSize(size, size)).toImage().save(str(path)):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # it draws into files; no window opens
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for path in render_app_icon():
        print(path)
    return 0 if app is not None else 1


if __name__ == "__main__":
    raise SystemExit(main())
