"""The app's preferences on this computer (the screens' language): saved beside the profiles, private,
never inside a profile; a damaged or foreign file never stops the app from starting."""

from __future__ import annotations

import json
import logging
import stat
from pathlib import Path

import pytest

from leaddesk.desk.preferences import Language, Preferences
from leaddesk.storage.paths import secure_umask
from leaddesk.storage.preferences import PREFERENCES_FILE


def test_the_computers_language_until_one_is_chosen(home: Path) -> None:
    preferences = Preferences(home=home)
    assert preferences.language() is Language.SYSTEM
    assert not (home / PREFERENCES_FILE).exists()  # reading writes nothing


def test_a_chosen_language_is_kept_privately_beside_the_profiles(home: Path) -> None:
    secure_umask()
    Preferences(home=home).set_language(Language.SPANISH)
    assert Preferences(home=home).language() is Language.SPANISH
    path = home / PREFERENCES_FILE
    assert json.loads(path.read_text()) == {"language": "es"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    Preferences(home=home).set_language(Language.SYSTEM)
    assert Preferences(home=home).language() is Language.SYSTEM


def test_other_preferences_in_the_file_are_kept(home: Path) -> None:
    home.mkdir(parents=True)
    (home / PREFERENCES_FILE).write_text(json.dumps({"look": "dark"}))
    Preferences(home=home).set_language(Language.ENGLISH)
    assert json.loads((home / PREFERENCES_FILE).read_text()) == {"look": "dark", "language": "en"}


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"language": 3}'])
def test_a_damaged_file_follows_the_computer_and_says_why_in_the_log(
    home: Path, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    home.mkdir(parents=True)
    (home / PREFERENCES_FILE).write_text(content)
    with caplog.at_level(logging.WARNING):
        assert Preferences(home=home).language() is Language.SYSTEM
    assert "cannot be read" in caplog.text or "not a list of named choices" in caplog.text
    Preferences(home=home).set_language(Language.SPANISH)  # saving again replaces the damaged file
    assert Preferences(home=home).language() is Language.SPANISH


def test_a_language_this_version_does_not_have_follows_the_computer(
    home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    home.mkdir(parents=True)
    (home / PREFERENCES_FILE).write_text(json.dumps({"language": "tlh"}))
    with caplog.at_level(logging.WARNING):
        assert Preferences(home=home).language() is Language.SYSTEM
    assert "'tlh' is not one LEAD Desk has" in caplog.text


def test_an_unknown_choice_is_refused_and_nothing_is_written(home: Path) -> None:
    with pytest.raises(ValueError, match="fr"):
        Preferences(home=home).set_language("fr")  # type: ignore[arg-type]
    assert not (home / PREFERENCES_FILE).exists()
