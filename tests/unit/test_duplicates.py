"""The rule that offers an officer's referral as possibly someone already in the program
(domain/duplicates.py): names compared without case, accents, punctuation, spacing or word order, against
names, preferred names and aliases both ways; a date of birth only ever speaks against."""

from __future__ import annotations

from datetime import date

from hypothesis import assume, given
from hypothesis import strategies as st

from leaddesk.domain import Participant
from leaddesk.domain.duplicates import MatchBasis, Named, name_key, possible_matches

DOB = date(1979, 3, 14)


def person(pid: str, first: str, last: str, **kw: object) -> Named:
    return Named(id=pid, first_name=first, last_name=last, **kw)  # type: ignore[arg-type]


def offered(referred: Named, *others: Named) -> list[tuple[str, MatchBasis, str, bool]]:
    return [
        (m.participant_id, m.basis, m.matched, m.same_birth_date) for m in possible_matches(referred, others)
    ]


def test_names_are_the_same_whatever_their_case_accents_punctuation_spacing_or_order() -> None:
    assert name_key("José  García") == name_key("jose garcia")
    assert name_key("Garcia, Jose") == name_key("José García")
    assert name_key("Shaun O'Neil") == name_key("shaun oneil") == name_key("Shaun O.Neil")
    assert name_key("Mary-Ann\tQuill") == name_key("quill mary ann")
    assert name_key("Ærin Øst") == name_key("ærin øst")
    assert name_key("...") == ""
    assert name_key("Jordan Quill") != name_key("Jordan Quil")


def test_the_name_given_is_matched_against_names_preferred_names_and_aliases() -> None:
    referred = person("r", "jordan", "QUILL")
    same_name = person("a", "Jordán", "Quill")
    preferred = person("b", "Jonathan", "Quill", preferred_name="Jordan")
    alias = person("c", "Sam", "Reed", aliases=("Quill Jordan",))
    stranger = person("d", "Jordan", "Quince")

    assert offered(referred, stranger, alias, preferred, same_name) == [
        ("a", MatchBasis.NAME, "Jordán Quill", False),
        ("b", MatchBasis.PREFERRED_NAME, "Jordan Quill", False),
        ("c", MatchBasis.THEIR_ALIAS, "Quill Jordan", False),
    ]


def test_an_alias_given_is_matched_too() -> None:
    referred = person("r", "John", "Doe", aliases=("Sunny Reed", "Red"))
    named = person("a", "Sunny", "Reed")
    nicknamed = person("b", "Alex", "Moss", aliases=("red",))

    assert offered(referred, nicknamed, named) == [
        ("a", MatchBasis.ALIAS_GIVEN, "Sunny Reed", False),
        ("b", MatchBasis.ALIASES, "red", False),
    ]


def test_a_different_date_of_birth_rules_out_and_the_same_one_comes_first() -> None:
    referred = person("r", "Jordan", "Quill", date_of_birth=DOB)
    born_otherwise = person("a", "Jordan", "Quill", date_of_birth=date(1990, 1, 1))
    born_unknown = person("b", "Jordan", "Quill")
    born_same = person("c", "Sam", "Reed", aliases=("Jordan Quill",), date_of_birth=DOB)

    assert offered(referred, born_otherwise, born_unknown, born_same) == [
        ("c", MatchBasis.THEIR_ALIAS, "Jordan Quill", True),
        ("b", MatchBasis.NAME, "Jordan Quill", False),
    ]
    assert offered(person("r", "Jordan", "Quill"), born_otherwise)[0][3] is False  # none given: name alone


def test_the_referral_itself_and_empty_aliases_are_never_offered() -> None:
    referred = person("r", "Jordan", "Quill", aliases=("--",))
    assert offered(referred, referred) == []
    assert offered(referred, person("a", "Sam", "Reed", aliases=("-",))) == []


def test_a_participant_record_is_read_as_the_rule_sees_it() -> None:
    record = Participant(
        first_name="Jordan",
        last_name="Quill",
        preferred_name="J",
        aliases=["JQ"],
        date_of_birth=DOB,
        team_id="n",
    )
    assert Named.of(record) == Named(record.id, "Jordan", "Quill", "J", ("JQ",), DOB)


@given(st.text(alphabet=st.characters(categories=("L", "Zs")), max_size=30), st.randoms())
def test_a_key_ignores_case_and_spacing_and_word_order(text: str, rng) -> None:
    # Not for the few letters whose capital folds to something else (the Turkish dotless i), nor those
    # whose capital is two letters that lower back to two ("ᾀ" to "ἈΙ" to "ἀι").
    assume(text.upper().casefold() == text.casefold() == text.lower().casefold())
    assume(text.upper().lower() == text.lower())
    shuffled = text.split()
    rng.shuffle(shuffled)
    assert name_key("  ".join(shuffled).upper()) == name_key(text.lower())
