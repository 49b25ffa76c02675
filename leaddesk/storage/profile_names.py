"""Profile names and the folders they live in. A name is a person's name as they type it ("José García",
"Nguyễn Văn An", "Pat O'Brien"), kept in vault.json and shown as typed; the folder's name is derived
from it, safe on Linux, macOS and Windows alike.

A name the first scheme accepted (ASCII letters, digits, space, dot, dash, underscore) is its own folder
name, so every profile made before keeps opening. Any other name gets an ASCII rendering of itself plus
a digest of the exact name in brackets, "Jose Garcia (5c1d…)": brackets never occur in a first-scheme
name, so the two kinds cannot meet, and distinct names get distinct digests. Names that differ only in
accents, capitals or spacing would still be confused by people (and by case-insensitive disks), so
creating one beside the other is refused (`similar`)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from leaddesk.storage.errors import InvalidProfileName

MAX_PROFILE_NAME = 64
_STEM = 40  # of the derived folder name; with the digest it stays far below every OS's limit
_DIGEST = 12  # hex digits: 48 bits, for a handful of profiles on one laptop

_FIRST_SCHEME = re.compile(r"[A-Za-z0-9 ._-]+")
# Windows refuses these as file names whatever the extension; a profile made on Linux must still sync
# to a colleague's Windows laptop under the same name.
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)}
)
# Control and invisible-layout characters: never part of a name, and a way to make two names look alike.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn", "Zl", "Zp"})
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Latin letters that Unicode does not decompose into a base letter and an accent.
_LATIN = str.maketrans(
    {
        "ß": "ss", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d",
        "Ð": "D", "ð": "d", "Ł": "L", "ł": "l", "Þ": "Th", "þ": "th", "ı": "i", "Ħ": "H", "ħ": "h",
    }
)  # fmt: skip
_APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc`")


def validate_profile_name(name: str) -> str:
    """`name` in NFC (the same letters, one way of writing them), or InvalidProfileName saying why not."""
    if not isinstance(name, str):
        raise InvalidProfileName("A profile name must be text.")
    name = unicodedata.normalize("NFC", name)
    if not 1 <= len(name) <= MAX_PROFILE_NAME:
        raise InvalidProfileName(f"A profile name must be 1 to {MAX_PROFILE_NAME} characters long.")
    if name != name.strip():
        raise InvalidProfileName("A profile name cannot start or end with a space.")
    if any(unicodedata.category(c) in _REFUSED_CATEGORIES or c in _BIDI_CONTROLS for c in name):
        raise InvalidProfileName("A profile name cannot hold control characters or line breaks.")
    return name


def folder_name(name: str) -> str:
    """The name of the folder holding the profile called `name` (validated first)."""
    name = validate_profile_name(name)
    if _first_scheme(name):
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:_DIGEST]
    return f"{_ascii_stem(name)} ({digest})"


def similar(name: str) -> str:
    """What two names have in common when people would take one for the other: accents, capitals and
    runs of spaces do not count."""
    return " ".join(_strip_accents(name).casefold().split())


def _first_scheme(name: str) -> bool:
    """Whether the first scheme took `name` as its folder name as it was (its rules, exactly)."""
    return (
        _FIRST_SCHEME.fullmatch(name) is not None
        and not name.startswith((".", " "))
        and not name.endswith((" ", "."))
        and name.split(".", 1)[0].upper() not in _WINDOWS_DEVICES
    )


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LATIN))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _ascii_stem(name: str) -> str:
    """A readable ASCII rendering for IT's eyes: "Nguyễn Văn An" -> "Nguyen Van An"; scripts with no
    Latin rendering become "profile" (the digest alone tells the folders apart)."""
    text = _strip_accents(name.translate(_APOSTROPHES))
    text = re.sub(r"[^A-Za-z0-9 ._-]+", "_", text)
    stem = " ".join(text.split())[:_STEM].strip(" ._-")
    if not any(c.isalnum() for c in stem):
        return "profile"
    # Windows reads "CON.x (…)" as the device CON with an extension.
    if stem.split(".", 1)[0].strip().upper() in _WINDOWS_DEVICES:
        return f"_{stem}"
    return stem
