"""The app's look: one style sheet in a light and a dark variant, matching the system's colour scheme and
switching live when it changes (or kept to the one a person chose).

resources/styles/leaddesk.qss holds every rule once; light.toml and dark.toml hold only what differs,
the colours: Qt's palette (which plain widgets and the sheet's palette(name) use), the sheet's own
colours, written @name in it, and the charts' (which a style sheet cannot reach: QtCharts paints
itself; the dashboard asks `variant(...).charts`). Two complete sheets would repeat every rule and
drift apart; a fix to one rule here lands in both variants. Screens carry no style of their own: they
name a widget (setObjectName) or give it a role (`set_role(label, "error")`) that the sheet styles.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from leaddesk.ui.resources import resource

SHEET = "leaddesk.qss"
_TOKEN = re.compile(r"@([a-z][a-z0-9-]*)")
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# "window-text" -> QPalette.ColorRole.WindowText, and so on for every role a widget may paint with.
_ROLES = {
    role.name.lower(): role
    for role in QPalette.ColorRole
    if role not in (QPalette.ColorRole.NoRole, QPalette.ColorRole.NColorRoles)
}


class Scheme(StrEnum):
    LIGHT = "light"
    DARK = "dark"


class Choice(StrEnum):
    """What a person may ask for: follow the system, or one variant always."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class LookError(ValueError):
    """A style file is malformed: an unknown colour name, palette role or @name."""


@dataclass(frozen=True)
class Variant:
    scheme: Scheme
    palette: QPalette
    sheet: str
    charts: dict[str, str]  # name -> colour, for what paints itself (the dashboard's charts)


def scheme_for(system: Qt.ColorScheme) -> Scheme:
    """The variant for the system's colour scheme; light when the system does not say."""
    return Scheme.DARK if system == Qt.ColorScheme.Dark else Scheme.LIGHT


@cache
def variant(scheme: Scheme) -> Variant:
    """The palette and filled-in sheet of `scheme`, read once from resources/styles/."""
    return build_variant(
        scheme,
        template=resource("styles", SHEET).read_text(encoding="utf-8"),
        colors=resource("styles", f"{scheme.value}.toml"),
    )


def build_variant(scheme: Scheme, *, template: str, colors: Path) -> Variant:
    try:
        spec = tomllib.loads(colors.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise LookError(f"{colors.name} is not valid TOML: {exc}") from exc
    return Variant(
        scheme=scheme,
        palette=_palette(spec.get("palette", {}), source=colors.name),
        sheet=fill_sheet(template, _colours(spec.get("colors", {}), source=colors.name)),
        charts=_colours(spec.get("charts", {}), source=colors.name),
    )


def fill_sheet(template: str, colours: dict[str, str]) -> str:
    """`template` with each @name replaced by its colour; an @name with no colour is a LookError.
    Comments go first: they explain the sheet to people and may mention an @name themselves."""
    template = _COMMENT.sub("", template)
    missing = sorted({name for name in _TOKEN.findall(template) if name not in colours})
    if missing:
        raise LookError(f"the style sheet uses colours no variant defines: {', '.join(missing)}")
    return _TOKEN.sub(lambda match: colours[match.group(1)], template)


def _colours(table: dict[str, Any], *, source: str) -> dict[str, str]:
    for name, value in table.items():
        if not isinstance(value, str) or not QColor.isValidColorName(value):
            raise LookError(f"{source}: {name} = {value!r} is not a colour")
    return dict(table)


def _palette(table: dict[str, Any], *, source: str) -> QPalette:
    palette = QPalette()
    groups = {None: {k: v for k, v in table.items() if not isinstance(v, dict)}}
    groups.update({key: value for key, value in table.items() if isinstance(value, dict)})
    for group, colours in groups.items():
        for name, value in _colours(colours, source=source).items():
            role = _ROLES.get(name.replace("-", ""))
            if role is None:
                raise LookError(f"{source}: {name} is not a palette role")
            if group is None:
                palette.setColor(role, QColor(value))
            elif group == "disabled":
                palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
            else:
                raise LookError(f"{source}: [palette.{group}] is not a colour group (only disabled is)")
    return palette


def apply(app: QApplication, scheme: Scheme) -> Variant:
    """Give the whole app `scheme`'s palette and style sheet."""
    chosen = variant(scheme)
    app.setPalette(chosen.palette)
    app.setStyleSheet(chosen.sheet)
    app.setProperty("scheme", scheme.value)
    return chosen


def current_scheme(app: QApplication) -> Scheme | None:
    value = app.property("scheme")
    return Scheme(value) if value in (Scheme.LIGHT, Scheme.DARK) else None


class Look(QObject):
    """Keeps the app's look in step with the system's colour scheme, live, unless a variant was chosen."""

    def __init__(self, app: QApplication, *, choice: Choice = Choice.SYSTEM) -> None:
        super().__init__(app)
        self._app = app
        self._before = (app.palette(), app.styleSheet(), app.property("scheme"))
        self.choice = choice
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        self.scheme = apply(app, self._wanted(hints.colorScheme()))

    def stop(self) -> None:
        """Stop following the system and give the app back the look it had before."""
        QGuiApplication.styleHints().colorSchemeChanged.disconnect(self._system_changed)
        palette, sheet, scheme = self._before
        self._app.setStyleSheet(sheet)
        self._app.setPalette(palette)
        self._app.setProperty("scheme", scheme)
        self.deleteLater()

    def _wanted(self, system: Qt.ColorScheme) -> Scheme:
        return scheme_for(system) if self.choice is Choice.SYSTEM else Scheme(self.choice.value)

    def _system_changed(self, system: Qt.ColorScheme) -> None:
        wanted = self._wanted(system)
        if wanted is not self.scheme:
            self.scheme = apply(self._app, wanted).scheme


def set_name(widget: QWidget, name: str) -> None:
    """Name `widget` for the sheet (QListWidget#nav …). Its rules are looked up again: Qt keeps the ones
    it found under the old name, and a list would lay out its rows without the named rule's padding."""
    widget.setObjectName(name)
    restyle(widget)


def set_role(widget: QWidget, role: str) -> None:
    """Style `widget` as the sheet's `role` (error, notice, chip, …), now as well as later."""
    widget.setProperty("role", role)
    restyle(widget)


def restyle(widget: QWidget) -> None:
    """Re-read the sheet for `widget` after one of its properties changed (Qt does not by itself)."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
