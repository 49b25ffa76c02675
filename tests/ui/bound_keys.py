"""Every key a window answers to as it stands, and which of them clash: actions' and QShortcuts' keys,
buttons' (set, or the Alt+letter of an & in their text), and the Alt+letter of a buddy label, a tab, a
group box or a menu title. A key only counts while Qt would answer it: its widget shown and enabled (an
action: enabled, and one of its widgets shown). Two live bindings of one key clash — Qt then runs
neither and says "ambiguous shortcut" — unless each is bound to the focus of a different widget."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QMenuBar, QTabBar, QWidget

FOCUS_BOUND = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


@dataclass(frozen=True)
class Binding:
    keys: str  # portable text: "Ctrl+Shift+C"
    what: str  # for a person reading a failure
    widget: QWidget  # whose being shown (and, bound to focus, focused) makes the key live
    context: Qt.ShortcutContext


def live(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisible() and widget.isEnabled()


def mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def bindings(window: QWidget) -> list[Binding]:
    """The keys `window` answers to now."""
    found = [*_actions(window), *_shortcuts(window)]
    for button in window.findChildren(QAbstractButton):
        keys = button.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        if keys and live(button, window):
            found.append(
                Binding(keys, f"button “{button.text()}”", button, Qt.ShortcutContext.WindowShortcut)
            )
    titled: list[tuple[QWidget, str]] = [
        (label, label.text()) for label in window.findChildren(QLabel) if label.buddy() is not None
    ]
    titled += [(box, box.title()) for box in window.findChildren(QGroupBox)]
    titled += [
        (bar, bar.tabText(n))
        for bar in window.findChildren(QTabBar)
        for n in range(bar.count())
        if bar.isTabVisible(n) and bar.isTabEnabled(n)
    ]
    titled += [(bar, action.text()) for bar in window.findChildren(QMenuBar) for action in bar.actions()]
    for widget, text in titled:
        keys = mnemonic(text)
        if keys and live(widget, window):
            what = f"{type(widget).__name__} “{text}”"
            found.append(Binding(keys, what, widget, Qt.ShortcutContext.WindowShortcut))
    return found


def _actions(window: QWidget) -> list[Binding]:
    found = []
    for action in window.findChildren(QAction):
        shown = [
            w
            for w in action.associatedObjects()
            if isinstance(w, QWidget) and not isinstance(w, QMenu) and live(w, window)
        ]
        if action.isEnabled() and shown:
            for keys in action.shortcuts():
                text = keys.toString(QKeySequence.SequenceFormat.PortableText)
                found.append(Binding(text, f"action “{action.text()}”", shown[0], action.shortcutContext()))
    return found


def _shortcuts(window: QWidget) -> list[Binding]:
    found = []
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and shortcut.isEnabled() and live(parent, window):
            for keys in shortcut.keys():  # noqa: SIM118 -- a QShortcut, not a dict
                text = keys.toString(QKeySequence.SequenceFormat.PortableText)
                found.append(
                    Binding(text, f"shortcut in {type(parent).__name__}", parent, shortcut.context())
                )
    return found


def clashes(window: QWidget) -> list[str]:
    """Each pair of live bindings of one key that Qt could not tell apart, in words."""
    found = bindings(window)
    said = []
    for n, first in enumerate(found):
        for second in found[n + 1 :]:
            if first.keys == second.keys and can_meet(first, second):
                said.append(f"{first.keys}: {first.what} and {second.what}")
    return said


def can_meet(first: Binding, second: Binding) -> bool:
    """Whether both can be live at one moment: always, unless both need the focus and no widget can hold
    the focus for both (neither contains the other)."""
    if first.context in FOCUS_BOUND and second.context in FOCUS_BOUND:
        return _holds(first.widget, second.widget) or _holds(second.widget, first.widget)
    return True


def _holds(outer: QObject, inner: QWidget) -> bool:
    return outer is inner or (isinstance(outer, QWidget) and outer.isAncestorOf(inner))
