"""Fixtures of the screen tests: the app's look, applied for one test and taken off afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    """The shared QApplication, given back with the palette and (no) style sheet it had, so a test that
    applies a look leaves the tests after it as they were."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setProperty("scheme", None)
