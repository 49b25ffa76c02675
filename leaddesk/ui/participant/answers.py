"""Answers from the runner for a widget that may be gone by the time they come (the page closed, the
participant changed): an answer for a deleted widget is dropped instead of touching freed Qt objects."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QWidget

T = TypeVar("T")


def for_widget(widget: QWidget, answer: Callable[[T], None]) -> Callable[[T], None]:
    """`answer`, called only while `widget` still exists."""

    def deliver(value: T) -> None:
        if shiboken6.isValid(widget):
            answer(value)

    return deliver
