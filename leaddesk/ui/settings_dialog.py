"""Settings…: the app's own choices on this computer, reachable locked or unlocked (Desk menu). Today the
language the screens are in: the computer's, English or Spanish. It is read at start-up, so a change
applies the next time LEAD Desk starts, and the dialog says so."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from leaddesk.desk.preferences import Language, Preferences, PreferencesUnreadable
from leaddesk.ui.form_dialog import FormDialog
from leaddesk.ui.look import set_role
from leaddesk.ui.rule_texts import rule_text
from leaddesk.ui.text import fill

# Each language by its own name, as language pickers do, so a person finds theirs whatever the app reads in.
OWN_NAMES = {Language.ENGLISH: "English", Language.SPANISH: "Español"}


def own_name(locale: QLocale) -> str:
    """The computer's language by its own name, capitalised as in a list."""
    name = locale.nativeLanguageName() or "English"  # the C locale has none: it is English
    return name[:1].upper() + name[1:]


class SettingsDialog(FormDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), parent, minimum_width=440)
        self.preferences = preferences
        self.message = ""  # what to tell the person once a change is saved
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        system = fill(self.tr("As on this computer (%1)"), own_name(QLocale.system()))
        self.language.addItem(system, Language.SYSTEM.value)
        for language, name in OWN_NAMES.items():
            self.language.addItem(name, language.value)
        self.saved = preferences.language()
        self.language.setCurrentIndex(self.language.findData(self.saved.value))
        note = QLabel(
            self.tr("LEAD Desk starts in the language chosen here; a change applies at its next start.")
        )
        note.setWordWrap(True)
        set_role(note, "quiet")
        self.form.addRow(self.tr("&Language"), self.language)
        self.form.addRow(note)

    def chosen(self) -> Language:
        return Language(self.language.currentData())

    def accept(self) -> None:
        """Save the choice; a file that cannot be written is said here and the dialog stays open."""
        language = self.chosen()
        if language is not self.saved:
            try:
                self.preferences.set_language(language)
            except (OSError, PreferencesUnreadable) as exc:
                self.show_error(fill(self.tr("The language could not be saved: %1"), rule_text(str(exc))))
                return
            self.message = fill(
                self.tr("Language saved: LEAD Desk will be in %1 the next time it starts."),
                self.language.currentText(),
            )
        super().accept()
