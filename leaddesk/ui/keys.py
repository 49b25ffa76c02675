"""Shortcuts that more than one place names: the action that owns each key, and the buttons doing the
same thing, whose tooltips show it. (Keys only one widget knows stay beside that widget.)"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

SYNC_NOW_KEYS = "F5"
CONNECT_KEYS = "Ctrl+Shift+O"  # O for office
CONFLICTS_KEYS = "Ctrl+Shift+C"
ADD_NEED_KEYS = "Ctrl+Shift+N"  # on a participant's page, from any of its tabs


def with_keys(tip: str, keys: str) -> str:
    """A tooltip followed by its keys as this platform writes them in a menu: "… (Ctrl+Shift+C)"."""
    return f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
