"""Snippets cut in Python from a results page's rows: the window holding most of the words searched
for, every match marked as the index's tokenizer would find it, "…" where text was left out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from leaddesk.storage.repositories.snippets import (
    ELLIPSIS,
    MATCH_END,
    MATCH_START,
    search_terms,
    snippet,
)
from leaddesk.storage.repositories.textquery import MAX_TERMS


def marked(text: str) -> list[str]:
    """The marked words, in order."""
    return [piece.split(MATCH_END)[0] for piece in text.split(MATCH_START)[1:]]


def plain(text: str) -> str:
    return text.replace(MATCH_START, "").replace(MATCH_END, "")


def test_a_short_text_is_shown_whole_with_its_matches_marked() -> None:
    shown = snippet(["Recovering well; recovery meeting Tuesdays."], search_terms("recov"))
    assert plain(shown) == "Recovering well; recovery meeting Tuesdays."
    assert marked(shown) == ["Recovering", "recovery"]


def test_a_long_text_is_cut_around_the_match_with_ellipses() -> None:
    filler = " ".join(f"word{i}" for i in range(60))
    shown = snippet([f"{filler} Needs a replacement Medicaid card. {filler}"], search_terms("medicaid"))
    assert shown.startswith(ELLIPSIS)
    assert shown.endswith(ELLIPSIS)
    assert "replacement \x02Medicaid\x03 card." in shown
    assert len(plain(shown).split()) == 16  # the snippet's words, the ellipses on neighbours


def test_the_window_holding_most_of_the_words_wins() -> None:
    filler = " ".join(f"w{i}" for i in range(40))
    text = f"court {filler} court and bus pass together {filler} bus"
    shown = snippet([text], search_terms("court bus"))
    assert marked(shown) == ["court", "bus"]
    assert f"{MATCH_START}court{MATCH_END} and {MATCH_START}bus{MATCH_END} pass" in shown


def test_the_column_that_holds_the_words_is_the_one_shown() -> None:
    columns = ["Met outside the library.", "", "Housing voucher paperwork next week."]
    shown = snippet(columns, search_terms("vouch"))
    assert plain(shown) == "Housing voucher paperwork next week."


def test_accents_and_case_are_folded_as_the_index_does() -> None:
    shown = snippet(["Zoë met JOSÉ at the Café Ñandú."], search_terms("jose cafe nandu"))
    assert marked(shown) == ["JOSÉ", "Café", "Ñandú"]
    assert marked(snippet(["Chloé called"], search_terms("CHLOÉ"))) == ["Chloé"]


def test_only_the_start_of_a_word_matches_and_underscores_separate() -> None:
    shown = snippet(["scourt court_date courthouse"], search_terms("court"))
    assert marked(shown) == ["court", "courthouse"]  # not inside "scourt"; "court_date" is two words


def test_a_text_without_the_words_shows_its_beginning() -> None:
    text = " ".join(f"w{i}" for i in range(30))
    shown = snippet([text], search_terms("absent"))
    assert shown == " ".join(f"w{i}" for i in range(16)) + ELLIPSIS
    assert snippet(["", "   "], search_terms("x")) == ""


words = st.sampled_from(["court", "Café", "bus", "pass", "naloxone", "Zoë", "x1", "déjà", "CHECK", "visit"])
texts = st.lists(words, min_size=0, max_size=40).map(" ".join)


@given(columns=st.lists(texts, min_size=1, max_size=3), query=st.lists(words, min_size=1, max_size=3))
def test_a_snippet_is_a_marked_piece_of_one_column(columns: list[str], query: list[str]) -> None:
    terms = search_terms(" ".join(query))
    shown = snippet(columns, terms)
    assert shown.count(MATCH_START) == shown.count(MATCH_END)
    body = plain(shown).removeprefix(ELLIPSIS).removesuffix(ELLIPSIS)
    assert any(body in column for column in columns)
    for word in marked(shown):
        folded = search_terms(word)[0]
        assert any(folded.startswith(t) for t in terms)


def test_a_cut_falls_between_words_not_inside_one() -> None:
    # Counted as the index counts words, the window starts at the "s" of "shelter's" and ends at the
    # "don" of "don't"; the snippet shows the whole of each.
    after = " ".join(f"a{i}" for i in range(1, 11))
    before = " ".join(f"w{i}" for i in range(30))
    text = f"{before} the shelter's door is near housing {after} don't wait more"
    shown = plain(snippet([text], search_terms("housing")))
    assert shown.startswith(f"{ELLIPSIS}shelter's door")
    assert shown.endswith(f"don't{ELLIPSIS}")


def test_only_the_words_a_search_looks_for_are_marked() -> None:
    typed = " ".join(f"w{i}" for i in range(MAX_TERMS)) + " extra"
    assert len(search_terms(typed)) == MAX_TERMS  # fts_prefix_query looks for the first MAX_TERMS
    assert marked(snippet(["w0 extra"], search_terms(typed))) == ["w0"]
