"""The language the app speaks: the computer's, or the one chosen (`--language`, or Settings). It decides
two things at start-up: which translation is loaded (translations.py) and the default QLocale every date
and number on screen is written in (display.py asks QLocale()).

Spanish is written as in the United States (es_US): LEAD programs are American, their money is in
dollars with a decimal point (1,234.50, as on every HUD and benefits form the staff also read), and
times are on the 12-hour clock people there use, while dates read the Spanish way (3 dic 2026). Spain's
conventions (1.234,50; 14:05) would make the same figure read differently on a colleague's English
screen. A computer set to another Spanish (es_MX, es_ES) that is followed keeps its own conventions."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from leaddesk.desk.preferences import Language
from leaddesk.ui import translations

LOCALES = {
    Language.ENGLISH: QLocale.Language.English,
    Language.SPANISH: QLocale.Language.Spanish,
}


def locale_for(language: Language) -> QLocale:
    """The locale the app writes in for `language`: the computer's own, or the US variant of the one
    chosen (see the module's docstring)."""
    if language is Language.SYSTEM:
        system = QLocale.system()
        # "C" (LANG=C.UTF-8, common on a fresh install) names no language: the app's own, US English.
        return locale_for(Language.ENGLISH) if system.language() == QLocale.Language.C else system
    return QLocale(LOCALES[language], QLocale.Country.UnitedStates)


@dataclass
class Spoken:
    """A language in use; `stop()` gives the app back the language and locale it had before."""

    app: QCoreApplication
    locale: QLocale
    translators: list[QTranslator]
    _before: QLocale = field(default_factory=QLocale)

    def stop(self) -> None:
        for translator in self.translators:
            self.app.removeTranslator(translator)
        QLocale.setDefault(self._before)


def speak(app: QCoreApplication, language: Language, *, folder: Path | None = None) -> Spoken:
    """Load `language`'s translation (none for English) and make its locale the default."""
    locale = locale_for(language)
    before = QLocale()
    QLocale.setDefault(locale)
    translators = translations.install(app, locale=locale, folder=folder)
    return Spoken(app=app, locale=locale, translators=translators, _before=before)
