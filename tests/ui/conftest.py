"""Fixtures of the screen tests: the app's look, applied for one test and taken off afterwards, and the
shipped Spanish, installed for one test and removed afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from leaddesk.ui.translations import install


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    """The shared QApplication, given back with the palette and (no) style sheet it had, so a test that
    applies a look leaves the tests after it as they were."""
    palette, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setProperty("scheme", None)


@pytest.fixture
def in_spanish(qapp: QApplication) -> Iterator[None]:
    """The Spanish shipped in resources/, as a case manager whose computer speaks Spanish gets it."""
    loaded = install(qapp, locale=QLocale("es_MX"))
    assert loaded
    yield
    for translator in loaded:
        QCoreApplication.removeTranslator(translator)
