"""The one rule every synced value keeps, checked alike on the laptop (saving, and taking a pulled
record) and on the office server (every pushed change, every request string it stores).

A value any side accepts must be one every side can store and read back: PostgreSQL refuses U+0000 in
text; a lone surrogate cannot be written as UTF-8 at all; pydantic's JSON reader gives up on a page
nesting about 200 levels deep, so one deep value on the server would stop every laptop's pull for good;
NaN, Infinity and integers past 64 bits are not numbers other JSON readers (or SQLite) take.

The bounds leave every legitimate record well inside them: the deepest is a plan goal's progress log (a
list of objects, depth 2, kept whole in a conflict too), the largest that same log at its fullest, 500
entries of 2,000 characters, about 1,015,000 characters of JSON.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

MAX_DEPTH = 16  # levels of lists and objects inside one value; 0 is a plain string or number
MAX_SIZE = 1_500_000  # characters of the value as compact JSON, escapes aside
MIN_INT, MAX_INT = -(2**63), 2**63 - 1  # what a signed 64-bit integer (SQLite's, PostgreSQL's) holds

# C0 controls but tab, line feed and carriage return; and lone surrogates (U+D800..U+DFFF).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_CONTROL_BYTES = bytes(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D))


class ValueRuleBroken(ValueError):
    """A value breaks the rule; the message says how, never what the value holds."""


def _clean(text: str) -> bool:
    """True if `text` holds nothing the rule refuses. Four times quicker than the regex on a note: UTF-8
    never puts a byte under 0x20 inside a longer character, and only a lone surrogate fails to encode."""
    try:
        raw = text.encode()
    except UnicodeEncodeError:
        return False
    return len(raw.translate(None, _CONTROL_BYTES)) == len(raw)


def check_text(text: str) -> str:
    """`text` itself if it holds no control character but tab, line feed and carriage return, and no
    lone surrogate (half of a character written in UTF-16, which UTF-8 cannot hold)."""
    if _clean(text):
        return text
    found = _FORBIDDEN.search(text)
    code = ord(found.group()) if found is not None else 0
    if 0xD800 <= code <= 0xDFFF:
        raise ValueRuleBroken(f"holds U+{code:04X}, half of a character without its other half")
    raise ValueRuleBroken(
        f"holds the control character U+{code:04X}; text may hold tabs and line breaks, but no other "
        "control characters"
    )


def check_value(value: Any, *, json_only: bool = True, texts: bool = True) -> Any:
    """`value` itself if it keeps the rule: text as check_text says, finite numbers, integers within 64
    bits, at most MAX_DEPTH levels of lists and objects (with text keys), at most MAX_SIZE characters.

    With `json_only` false, values that are not JSON (a date, an enum member, a model already checked
    when it was made) are let through as single items, for models built in Python rather than from the
    wire; with it true they are refused. `texts` false: its texts are known to keep the text rule
    already (see first_problem), so only the rest is checked."""
    if _walk(value, 0, json_only, texts) > MAX_SIZE:
        raise ValueRuleBroken(f"is larger than {MAX_SIZE:,} characters")
    return value


def first_problem(
    values: Mapping[str, Any], *, json_only: bool = True, texts_checked: bool = False
) -> str | None:
    """ "field: what is wrong" for the first of a record's `values` that breaks the rule; None if none
    does. This runs for every record a laptop pulls, so all its plain text is checked in one go first
    (most of a record, and nearly all of the cost), and only a field that may be at fault alone.
    `texts_checked`: every text in `values`, at any depth, is known to keep the text rule already
    (texts_clean_in said so of the document they were read from); the rest of the rule still runs."""
    texts_clean = texts_checked or _clean("".join([v for v in values.values() if v.__class__ is str]))
    for name, value in values.items():
        kind = value.__class__
        if value is None or kind is bool or (kind is str and texts_clean and len(value) < MAX_SIZE - 1):
            continue
        try:
            check_value(value, json_only=json_only, texts=not texts_checked)
        except ValueRuleBroken as exc:
            return f"{name}: {exc}"
    return None


# In JSON, a text can hold a character the rule refuses only as an escape: \u for a control character
# or half of a surrogate pair, \b and \f for two of the controls. (Tab, line feed and carriage return,
# which the rule allows, are \t, \n and \r.) A strict reader refuses them raw.
_REFUSED_ESCAPE = re.compile(rb"\\[ubf]")


def texts_clean_in(document: bytes) -> bool:
    r"""Whether every text in `document`, a JSON document that a strict reader (pydantic-core) reads
    without error, keeps the text rule: true when it holds no escape that could spell a refused
    character. An escape of an allowed character (\u00e9) or an escaped backslash before a u makes it
    false too; that only costs the per-text check. A pulled page is written with every other character
    as itself, so nearly every page is clean and its records' texts need no check of their own."""
    return _REFUSED_ESCAPE.search(document) is None


def _walk(value: Any, depth: int, json_only: bool, texts: bool = True) -> int:
    """The value's size, checking it on the way: characters of its compact JSON, with a number or a
    constant counted at its longest and an escaped character as one. `texts` false: its texts are known
    to keep the text rule (first_problem's texts_checked), so only their length counts."""
    kind = value.__class__
    if kind is str:
        if texts:
            check_text(value)
        return len(value) + 2
    if value is None or kind is bool:
        return 5
    if kind is int:
        if not MIN_INT <= value <= MAX_INT:
            raise ValueRuleBroken("is a number beyond the 64-bit range")
        return 20
    if kind is float:
        if not math.isfinite(value):
            raise ValueRuleBroken("NaN and Infinity are not JSON numbers")
        return 24
    if kind is list or kind is tuple or kind is dict:
        if depth >= MAX_DEPTH:
            raise ValueRuleBroken(f"nests lists and objects more than {MAX_DEPTH} levels deep")
        size = 1 + len(value)  # brackets and commas
        if kind is dict:
            for key in value:
                if key.__class__ is not str:
                    raise ValueRuleBroken("has an object key that is not text")
                if texts:
                    check_text(key)
                size += len(key) + 3
        for item in value.values() if kind is dict else value:
            size += _walk(item, depth + 1, json_only, texts)
            if size > MAX_SIZE:  # stop early: the rest of a huge value need not be walked
                raise ValueRuleBroken(f"is larger than {MAX_SIZE:,} characters")
        return size
    if isinstance(value, str):  # a StrEnum member, say: its text goes on the wire as it is
        check_text(value)
        return len(value) + 2
    if json_only:
        raise ValueRuleBroken(f"a {kind.__name__} is not a JSON value")
    return 32
