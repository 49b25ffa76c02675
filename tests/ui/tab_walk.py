"""Walking a window's tab order as a keyboard user does: from the first control that takes the focus,
press Tab until the focus comes back, and say what went wrong on the way — a control Tab never reaches,
a control with no name a screen reader could say, the focus on a hidden widget, stuck in one control or
gone from the window."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDateTimeEdit, QRadioButton, QWidget

MAX_STOPS = 400  # far more than any screen has: a walk that has not come back by then never will


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says `widget` is: its name as Qt's accessibility layer works it out (the
    accessible name, else its own text, else its label's, the label it is the buddy of), else the label
    it is related to (on Linux a combo box's name is its current text; its label comes by relation)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None:
        return ""
    related = interface.relations(QAccessible.Relation.Label)
    labels = [label.text(QAccessible.Text.Name) for label, _ in related]
    names = [interface.text(QAccessible.Text.Name), widget.accessibleName(), *labels]
    return next((name.strip() for name in names if name.strip()), "")


def describe(widget: QWidget) -> str:
    name = accessible_name(widget) or (widget.text() if isinstance(widget, QAbstractButton) else "")
    where = widget.parentWidget()
    return f"{type(widget).__name__} “{name}” in {type(where).__name__ if where else 'nothing'}"


def takes_tab(widget: QWidget, top: QWidget) -> bool:
    """A control Tab should stop at: shown, usable, accepting the focus by Tab, and not handing it on
    to another widget (a spin box's line edit hands it to the spin box)."""
    return (
        widget.window() is top
        and widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def radio_group(button: QRadioButton) -> tuple[QWidget | None, ...]:
    """Tab visits an exclusive set of radio buttons once (arrows move within it); the set's key."""
    group = button.group()
    return (group,) if group is not None else (button.parentWidget(),)  # type: ignore[return-value]


@dataclass
class Walk:
    """Where Tab went and what it found; `problems` is empty when the screen is keyboard-whole."""

    stops: list[QWidget] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def walk_tab_order(top: QWidget) -> Walk:
    """Press Tab in `top` (the active window) from its first focusable control until the focus is back."""
    walk = Walk()
    if QApplication.activeWindow() is not top:
        walk.problems.append(f"the window is not active (the active one: {QApplication.activeWindow()!r})")
        return walk
    first = top.nextInFocusChain()
    while first is not top and not takes_tab(first, top):
        first = first.nextInFocusChain()
    if first is top:
        walk.problems.append("nothing in the window takes the focus")
        return walk
    first.setFocus(Qt.FocusReason.TabFocusReason)
    current = QApplication.focusWidget()
    while current is not None and len(walk.stops) < MAX_STOPS:
        walk.stops.append(current)
        after = press_tab(current)
        if after is None or after.window() is not top:
            walk.problems.append(f"Tab from {describe(current)} took the focus out of the window")
            break
        if after is current:
            walk.problems.append(f"Tab stays in {describe(current)}")
            break
        if after is walk.stops[0]:
            break
        current = after
    else:
        if current is not None:
            walk.problems.append(f"Tab never came back to {describe(walk.stops[0])}")
    walk.problems += check_stops(walk.stops, top)
    return walk


def press_tab(widget: QWidget) -> QWidget | None:
    """Tab in `widget`; where the focus is then. A date editor takes Tab from section to section (day,
    month, year, hour …) before it lets the focus go, as Qt's date editors do everywhere: one stop."""
    QTest.keyClick(widget, Qt.Key.Key_Tab)
    if isinstance(widget, QDateTimeEdit):
        for _ in range(widget.sectionCount()):
            if QApplication.focusWidget() is not widget:
                break
            QTest.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def check_stops(stops: list[QWidget], top: QWidget) -> list[str]:
    problems = [f"the focus went to a hidden {describe(w)}" for w in stops if not w.isVisible()]
    problems += [
        f"{describe(w)} has no accessible name" for w in dict.fromkeys(stops) if not accessible_name(w)
    ]
    reached_groups = {radio_group(w) for w in stops if isinstance(w, QRadioButton) and w.autoExclusive()}
    for widget in top.findChildren(QWidget):
        if not takes_tab(widget, top) or widget in stops:
            continue
        if (
            isinstance(widget, QRadioButton)
            and widget.autoExclusive()
            and radio_group(widget) in reached_groups
        ):
            continue
        problems.append(f"Tab never reaches {describe(widget)}")
    return problems
