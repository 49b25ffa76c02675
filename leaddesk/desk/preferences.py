"""The app's own preferences on this computer, before and after unlocking: which language the screens
are in. Kept outside the profiles (storage/preferences.py says why), one file per profiles folder."""

from __future__ import annotations

import logging
import os
from enum import StrEnum

from leaddesk.storage.preferences import PreferencesUnreadable, read_preferences, write_preference

__all__ = ["Language", "Preferences", "PreferencesUnreadable"]

LANGUAGE_KEY = "language"
log = logging.getLogger(__name__)


class Language(StrEnum):
    """What a person may choose: the computer's language, or one the app speaks."""

    SYSTEM = "system"
    ENGLISH = "en"
    SPANISH = "es"


class Preferences:
    """The preferences saved for the profiles in `home` (None: LEADDESK_HOME or the user data folder)."""

    def __init__(self, *, home: str | os.PathLike[str] | None = None) -> None:
        self.home = home

    def language(self) -> Language:
        """The language chosen on this computer; the computer's own when none was, or when what was
        saved cannot be read (the app must still start: the reason goes to the log)."""
        try:
            saved = read_preferences(self.home).get(LANGUAGE_KEY, Language.SYSTEM.value)
        except PreferencesUnreadable as exc:
            log.warning("%s The computer's language is used meanwhile.", exc)
            return Language.SYSTEM
        try:
            return Language(saved)
        except ValueError:
            log.warning("The saved language %r is not one LEAD Desk has; following the computer.", saved)
            return Language.SYSTEM

    def set_language(self, language: Language) -> None:
        """Save the choice; the app starts in it next time."""
        write_preference(LANGUAGE_KEY, Language(language).value, home=self.home)
