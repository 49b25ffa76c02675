"""Minimum widths that leave a dialog room for what it says, in any language.

`QWidget.setMinimumWidth` replaces the minimum a window's layout works out from its contents: a dialog
given 480 pixels stays 480 pixels wide even when a longer translation needs more, and its labels and
check boxes are cut. A strut on the dialog's box layout asks for the width as one more thing the layout
must fit, so the dialog is at least that wide and never narrower than its contents."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QWidget


class NotLaidOut(TypeError):
    """The widget has no box layout yet to carry the minimum width."""


def at_least_wide(widget: QWidget, width: int) -> None:
    """Make `widget` (laid out in a box layout already) at least `width` pixels wide."""
    layout = widget.layout()
    if not isinstance(layout, QBoxLayout):
        raise NotLaidOut(f"{type(widget).__name__} needs its box layout before a minimum width")
    layout.addStrut(width)
