"""How strong a new passphrase looks: a deliberately simple, explainable estimate shown live while typing,
so a case manager learns why "Lantern123!" is weaker than four plain words."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from leaddesk.desk.profiles import MIN_PASSPHRASE_LENGTH
from leaddesk.ui.text import fill, translate

TOO_SHORT, WEAK, FAIR, STRONG = "too_short", "weak", "fair", "strong"
LEVELS = (TOO_SHORT, WEAK, FAIR, STRONG)
# Bits below which a passphrase is weak / fair. Four unrelated words (~12 bits each, a generous guess
# for words people pick themselves) reach "strong"; Argon2id makes every guess slow on top of that.
_FAIR_BITS, _STRONG_BITS = 36.0, 48.0
_BITS_PER_WORD = 12.0
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "RiverStoneLantern" is three words
_WORD = re.compile(r"[^\W\d_]{3,}")  # runs of three or more letters
# Among the first guesses of any cracker; matched after stripping digits and symbols from the ends.
_WELL_KNOWN = frozenset(
    {
        "password", "passphrase", "passwort", "letmein", "welcome", "qwerty", "qwertyuiop", "iloveyou",
        "admin", "administrator", "changeme", "trustno", "monkey", "dragon", "football", "baseball",
        "sunshine", "princess", "master", "secret", "leaddesk", "casemanager", "abc", "abcdef",
    }
)  # fmt: skip
_ROWS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = frozenset(pair for row in _ROWS for a, b in pairwise(row) for pair in ((a, b), (b, a)))


@dataclass(frozen=True)
class Strength:
    level: str  # one of LEVELS
    length: int
    words: int
    reason: str

    @property
    def long_enough(self) -> bool:
        return self.level != TOO_SHORT


def assess(passphrase: str) -> Strength:
    """Length, word count and a rough guess of how hard the passphrase is to guess, with one reason."""
    text = unicodedata.normalize("NFC", passphrase)  # the vault counts characters the same way
    length = len(text)
    words = _WORD.findall(_CAMEL.sub(" ", text))
    if length < MIN_PASSPHRASE_LENGTH:
        reason = fill(
            translate("PassphraseStrength", "Too short: %1 of at least %2 characters."),
            str(length),
            str(MIN_PASSPHRASE_LENGTH),
        )
        return Strength(TOO_SHORT, length, len(words), reason)
    weakness = _obvious_weakness(text, words)
    if weakness:
        return Strength(WEAK, length, len(words), weakness)
    level, reason = _by_guessing_cost(text, words)
    return Strength(level, length, len(words), reason)


def _obvious_weakness(text: str, words: list[str]) -> str:
    """Why the passphrase is weak however long it is (a first guess of any cracker), or "" if nothing is."""
    lower = text.lower()
    core = lower.strip("0123456789!@#$%^&*()-_=+.,;:?~ ")
    if core in _WELL_KNOWN or lower.replace(" ", "") in _WELL_KNOWN:
        return translate("PassphraseStrength", "Weak: it is built on a well-known password.")
    if _mostly_pattern(lower):
        return translate("PassphraseStrength", "Weak: it follows a pattern (repeats, abc, 123 or qwerty).")
    if len(words) == 1 and len(words[0]) >= 0.6 * len(text):
        return translate(
            "PassphraseStrength",
            "Weak: a single word, even with digits or symbols, is easy to guess; use three or four words.",
        )
    return ""


def _by_guessing_cost(text: str, words: list[str]) -> tuple[str, str]:
    """The level and its reason from a rough count of bits: by distinct words, or by characters."""
    distinct_words = {word.lower() for word in words}
    several_words = len(distinct_words) >= 2
    word_bits = _BITS_PER_WORD * len(distinct_words) if several_words else 0.0
    # Half the theoretical entropy per character: people do not choose characters at random.
    char_bits = len(text) * math.log2(_pool_size(text)) / 2
    bits = max(word_bits, char_bits)
    if bits < _FAIR_BITS:
        return WEAK, translate(
            "PassphraseStrength", "Weak: a short string is easy to guess; use three or four unrelated words."
        )
    if bits < _STRONG_BITS and several_words:
        return FAIR, translate("PassphraseStrength", "Fair: one more unrelated word would make it strong.")
    if bits < _STRONG_BITS:
        return FAIR, translate(
            "PassphraseStrength", "Fair: a few more characters, or three or four words, would make it strong."
        )
    if len(distinct_words) >= 3:
        return STRONG, translate(
            "PassphraseStrength", "Strong: several unrelated words are hard to guess and easy to type."
        )
    return STRONG, translate("PassphraseStrength", "Strong: long and varied enough to be hard to guess.")


def _mostly_pattern(lower: str) -> bool:
    """True when most neighbouring characters repeat or follow the alphabet, digits or a keyboard row."""
    chars = lower.replace(" ", "")
    if len(chars) < 2:
        return False
    predictable = sum(1 for a, b in pairwise(chars) if a == b or (a, b) in _NEIGHBOURS)
    return predictable >= 0.6 * (len(chars) - 1) or len(set(chars)) <= 3


def _pool_size(text: str) -> int:
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() and not c.isspace() for c in text):
        pool += 33
    return max(pool, 2)


class StrengthHint(QWidget):
    """A thin meter and one line: "Fair: … (19 characters, 3 words)". Colours come from the palette."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meter = QProgressBar()
        self.meter.setRange(0, len(LEVELS) - 1)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(6)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Passphrase strength"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.meter)
        layout.addWidget(self.label)
        self.strength = assess("")
        self.show_for("")

    def show_for(self, passphrase: str) -> Strength:
        self.strength = assess(passphrase)
        self.meter.setValue(LEVELS.index(self.strength.level))
        self.meter.setVisible(bool(passphrase))  # an empty meter before typing reads as "broken"
        if not passphrase:
            self.label.setText(
                self.tr(
                    "At least %n characters. A few unrelated words are easy to type and hard to guess.",
                    "",
                    MIN_PASSPHRASE_LENGTH,
                )
            )
            return self.strength
        counts = fill(self.tr("Length %1 · words %2"), self.strength.length, self.strength.words)
        self.label.setText(f"{self.strength.reason}\n{counts}")
        self.meter.setAccessibleDescription(self.strength.reason)
        return self.strength
