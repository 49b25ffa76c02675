"""A dialog is at least as wide as it asks and never narrower than what it holds, whatever the language:
a longer translation widens it instead of cutting its labels."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from leaddesk.ui.form_dialog import FormDialog
from leaddesk.ui.sizing import NotLaidOut, at_least_wide

LONG_CHOICE = "Proyecto residencial o casa de transición (sin criterios de falta de vivienda)"


def test_a_dialog_widens_for_what_it_holds(qtbot) -> None:
    dialog = FormDialog("Registrar un cambio de vivienda", None, minimum_width=480)
    qtbot.addWidget(dialog)
    choice = QComboBox()
    choice.addItem(LONG_CHOICE)
    label = QLabel("&Situación de vivienda")
    dialog.form.addRow(label, choice)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= dialog.layout().minimumSize().width() > 480
    assert label.width() >= label.sizeHint().width()  # the label whole, not squeezed for the list


def test_a_dialog_is_at_least_as_wide_as_it_asks(qtbot) -> None:
    dialog = FormDialog("Ajustes", None, minimum_width=480)
    qtbot.addWidget(dialog)
    dialog.form.addRow("Idioma", QComboBox())
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 480


def test_a_minimum_width_needs_the_widgets_layout_first() -> None:
    with pytest.raises(NotLaidOut, match="QWidget needs its box layout"):
        at_least_wide(QWidget(), 300)
