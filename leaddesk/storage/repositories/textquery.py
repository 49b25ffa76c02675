"""Turning what a person types into a safe FTS5 query."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


def fts_prefix_query(text: str) -> str:
    """Every word as a quoted prefix term, all required: 'mar sto' finds "Maria Stone".

    Quoting each term keeps FTS5 operators (AND, NEAR, column filters, quotes) typed by a user from
    being interpreted; an empty result means there was no word to look for.
    """
    return " ".join(f'"{w}"*' for w in typed_words(text))


def typed_words(text: str) -> list[str]:
    """The words of what was typed that a search looks for (the first MAX_TERMS)."""
    return _WORD.findall(text)[:MAX_TERMS]
