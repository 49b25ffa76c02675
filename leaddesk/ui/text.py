"""Filling a translated sentence's %1, %2 … with values, in one pass.

The sentence itself is translated where it is written — `self.tr("Now: %1, since %2")` or
`QCoreApplication.translate("Context", "…")` with literal strings — because that is what
`pyside6-lupdate` reads: its Python parser knows only those spellings (it ignores
`-tr-function-alias` and contexts held in variables), so a helper that translated for its caller would
hide every sentence from the translators. This module does the other half: `fill(text, a, b)` puts the
values in, each marker replaced exactly once, so a value that itself contains "%2" (a name, a note, a
path) is shown as typed instead of being filled again, as a chain of `.replace("%1", …)` calls would.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

# Qt's translate, under the one name lupdate reads without a class in front: `translate("Context", "…")`.
translate = QCoreApplication.translate

# Qt's own markers: %1 … %99 (QString::arg). "%n" is Qt's count, filled by translate() itself.
_MARKER = re.compile(r"%([1-9][0-9]?)")


class MissingArgument(ValueError):
    """A sentence names a marker no value was given for: a mistake in the code or in a translation."""


def fill(text: str, *args: object) -> str:
    """`text` with %1 replaced by the first value, %2 by the second, and so on, in one pass.

    Values are shown with `str()`. A marker with no value raises MissingArgument (the sentence is named,
    the values are not: they may be a participant's details). A value with no marker is left out, as a
    translation may rightly leave out what its language does not need.
    """

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if number > len(args):
            raise MissingArgument(
                f"“{text}” has %{number}, but only {len(args)} value(s) were given to fill it."
            )
        return str(args[number - 1])

    return _MARKER.sub(value, text)
