"""Choosing the language: `--language` wins over what Settings saved, which wins over the computer's;
the choice loads its translation and makes its locale the one dates and numbers are written in; the
Settings dialog, reachable on the lock screen, saves it for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from leaddesk.app import build_parser, chosen_language
from leaddesk.desk.preferences import Language, Preferences
from leaddesk.ui.language import locale_for, speak
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.settings_dialog import SettingsDialog
from leaddesk.ui.translations import compile_translations

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en">
<context><name>MainWindow</name>
  <message><source>Lock</source><translation>Bloquear</translation></message>
</context>
</TS>
"""


def _chosen(argv: list[str]) -> Language:
    return chosen_language(build_parser().parse_args(argv))


def test_the_command_line_wins_over_settings_and_settings_over_the_computer(home: Path) -> None:
    assert _chosen([]) is Language.SYSTEM
    Preferences(home=home).set_language(Language.SPANISH)
    assert _chosen([]) is Language.SPANISH  # $LEADDESK_HOME's saved choice
    assert _chosen(["--language", "en"]) is Language.ENGLISH
    assert _chosen(["--language", "system"]) is Language.SYSTEM
    other = home.parent / "other"
    assert _chosen(["--home", str(other)]) is Language.SYSTEM  # that folder's own preferences


def test_the_demo_takes_the_option_before_or_after_demo_and_its_own_folders_choice(home: Path) -> None:
    Preferences(home=home).set_language(Language.SPANISH)
    assert _chosen(["demo"]) is Language.SYSTEM  # a throw-away demo follows the computer
    assert _chosen(["demo", "--language", "es"]) is Language.SPANISH
    assert _chosen(["--language", "es", "demo"]) is Language.SPANISH
    kept = home.parent / "demo"
    Preferences(home=kept).set_language(Language.ENGLISH)
    assert _chosen(["demo", "--home", str(kept)]) is Language.ENGLISH


def test_an_unknown_language_on_the_command_line_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--language", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err


def test_spanish_is_written_as_in_the_united_states() -> None:
    spanish = locale_for(Language.SPANISH)
    assert spanish.name() == "es_US"
    assert spanish.toString(1234.5, "f", 1) == "1,234.5"  # dollars and cents as on US forms
    assert locale_for(Language.ENGLISH).name() == "en_US"
    system = QLocale.system()
    expected = "en_US" if system.language() == QLocale.Language.C else system.name()
    assert locale_for(Language.SYSTEM).name() == expected


def test_speaking_spanish_loads_its_words_and_locale_until_stopped(
    qapp: QApplication, tmp_path: Path
) -> None:
    (tmp_path / "leaddesk_es.ts").write_text(TS, encoding="utf-8")
    compile_translations(folder=tmp_path)
    before = QLocale().name()
    spoken = speak(qapp, Language.SPANISH, folder=tmp_path)
    try:
        assert QLocale().name() == "es_US"
        assert QCoreApplication.translate("MainWindow", "Lock") == "Bloquear"
    finally:
        spoken.stop()
    assert QLocale().name() == before
    assert QCoreApplication.translate("MainWindow", "Lock") == "Lock"
    english = speak(qapp, Language.ENGLISH, folder=tmp_path)
    try:
        assert english.translators == []  # English is the source: nothing to load
        assert QLocale().name() == "en_US"
    finally:
        english.stop()


def test_settings_saves_the_language_for_the_next_start(qtbot, home: Path) -> None:
    dialog = SettingsDialog(Preferences(home=home))
    qtbot.addWidget(dialog)
    assert dialog.chosen() is Language.SYSTEM
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert Preferences(home=home).language() is Language.SPANISH
    assert "Español" in dialog.message
    assert "next time it starts" in dialog.message

    again = SettingsDialog(Preferences(home=home))
    qtbot.addWidget(again)
    assert again.chosen() is Language.SPANISH  # opens on what was saved
    again.accept()
    assert again.message == ""  # nothing changed, nothing to restart for


def test_a_language_that_cannot_be_saved_is_said_and_the_dialog_stays(qtbot, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    dialog = SettingsDialog(Preferences(home=blocker / "home"))  # its folder cannot be made
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text().startswith("The language could not be saved:")
    assert dialog.message == ""


def test_settings_are_in_the_desk_menu_on_the_lock_screen(qtbot, home: Path) -> None:
    window = MainWindow(home=home)
    qtbot.addWidget(window)
    assert window.is_locked
    [settings] = [a for a in window.findChildren(QAction) if a.text() == "Settings…"]
    assert settings.isEnabled()
