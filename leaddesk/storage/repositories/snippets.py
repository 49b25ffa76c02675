"""Snippets of a note's text around the words searched for, with the matches marked: what FTS5's
snippet() makes, made here from the few rows a results page shows.

FTS5 can only make a snippet inside a full-text query, which walks every match of the query between the
page's rows: for two common words that was a third of the search. Here the page's rows are read by rowid
and their text cut in Python. Words are told apart as the index's tokenizer does (unicode61 with
remove_diacritics: letters and digits, case and accents folded), so what is marked is what was found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from leaddesk.storage.repositories.textquery import typed_words

MATCH_START = "\x02"  # control characters never occur in typed text: a view escapes, then highlights
MATCH_END = "\x03"
ELLIPSIS = "…"
SNIPPET_WORDS = 16

_TOKEN = re.compile(r"[^\W_]+")  # unicode61: letters and digits; everything else separates


def fold(word: str) -> str:
    """A word as the index holds it: accents removed, case folded."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_terms(text: str) -> tuple[str, ...]:
    """The folded words searched for, each matched as the start of a word (as fts_prefix_query asks;
    a typed "court_date" is two words to the tokenizer)."""
    words = (part for typed in typed_words(text) for part in _TOKEN.findall(typed))
    return tuple(dict.fromkeys(fold(w) for w in words))


def snippet(texts: Sequence[str], terms: Sequence[str], *, words: int = SNIPPET_WORDS) -> str:
    """Up to `words` words of the text (of `texts`, a record's columns) that holds most of the terms,
    matches marked, "…" where text was left out at either end."""
    starts = _starts(terms)
    best: tuple[tuple[int, int], str] | None = None
    for text in texts:
        if not text:
            continue
        spans = [m.span() for m in _TOKEN.finditer(text)]
        if not spans:
            continue
        found = _found(text, spans, terms, starts)
        score, fragment = _fragment(text, spans, found, words)
        if best is None or score > best[0]:
            best = (score, fragment)
    return best[1] if best is not None else ""


def _starts(terms: Sequence[str]) -> re.Pattern[str] | None:
    """Where a term begins a word of an ASCII text (most notes): found by one regex, not word by word."""
    ascii_terms = sorted((t for t in terms if t.isascii()), key=len, reverse=True)
    if not ascii_terms:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, ascii_terms)) + ")", re.IGNORECASE)


def _found(
    text: str, spans: list[tuple[int, int]], terms: Sequence[str], starts: re.Pattern[str] | None
) -> dict[int, set[str]]:
    """Token index -> the terms it starts with, for the tokens that match."""
    if text.isascii():
        if starts is None:
            return {}
        index = {a: i for i, (a, _) in enumerate(spans)}
        candidates = {index[m.start()] for m in starts.finditer(text) if m.start() in index}
    else:
        candidates = set(range(len(spans)))
    found = {}
    for i in sorted(candidates):
        word = fold(text[spans[i][0] : spans[i][1]])
        matched = {t for t in terms if word.startswith(t)}
        if matched:
            found[i] = matched
    return found


def _fragment(
    text: str, spans: list[tuple[int, int]], found: dict[int, set[str]], words: int
) -> tuple[tuple[int, int], str]:
    """The best window of `words` tokens (most different terms, then most matches, then earliest), a
    quarter of it before its first match, and its text with the matches marked."""
    n = len(spans)
    lead = words // 4
    start, score = 0, (0, 0)
    for i in found:
        first = max(0, min(i - lead, n - words))
        inside = [j for j in found if first <= j < first + words]
        candidate = (len(set().union(*(found[j] for j in inside))), len(inside))
        if candidate > score:
            start, score = first, candidate
    end = min(n, start + words)
    # Cut at spaces, not inside "shelter's" or "don't" (whose parts are words of their own).
    position = 0 if start == 0 else _space_before(text, spans[start][0])
    finish = len(text) if end == n else _space_after(text, spans[end - 1][1])
    pieces = [ELLIPSIS] if position > 0 else []
    for j in range(start, end):
        if j in found:
            a, b = spans[j]
            pieces += [text[position:a], MATCH_START, text[a:b], MATCH_END]
            position = b
    pieces.append(text[position:finish])
    if finish < len(text):
        pieces.append(ELLIPSIS)
    return score, "".join(pieces)


def _space_before(text: str, at: int) -> int:
    while at > 0 and not text[at - 1].isspace():
        at -= 1
    return at


def _space_after(text: str, at: int) -> int:
    while at < len(text) and not text[at].isspace():
        at += 1
    return at
