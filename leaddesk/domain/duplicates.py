"""Who an officer's referral may already be (issue 19): the rule that offers a case manager someone the
laptop already holds as possibly the same person. It only offers; a person decides, and nothing merges
on its own.

The rule:
- Names are compared as keys: accents dropped (José = Jose), case folded, apostrophes and full stops
  removed (O'Neil = ONeil = O.Neil), every other run of punctuation or spacing one gap, and the words in
  any order (Quill Jordan = Jordan Quill; "Quill, Jordan" too).
- The name the person gave the officer (first and last) and each alias they gave are compared with the
  participant's name (first and last), their preferred name with their last name, and each of their
  aliases. Any key in common offers them, on the strongest ground found (`MatchBasis`, in that order).
- A date of birth only ever speaks against: when both have one and the dates differ, they are not
  offered; when both have the same one, the offer says so (and comes first); when either has none, the
  name alone offers them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from leaddesk.domain.participant import Participant

# Dropped outright, so that a name written with or without them is the same name.
_DROPPED = frozenset("'’‘`´.")


class MatchBasis(IntEnum):
    """Why a participant is offered, strongest first."""

    NAME = 1  # the name given is their name
    PREFERRED_NAME = 2  # the name given is their preferred name with their last name
    THEIR_ALIAS = 3  # the name given is one of their aliases
    ALIAS_GIVEN = 4  # an alias given is their name (or preferred name)
    ALIASES = 5  # an alias given is one of their aliases


@dataclass(frozen=True)
class Named:
    """A person as the rule sees them: who they are called, and when they were born if known."""

    id: str
    first_name: str
    last_name: str
    preferred_name: str = ""
    aliases: tuple[str, ...] = ()
    date_of_birth: date | None = None

    @classmethod
    def of(cls, participant: Participant) -> Named:
        return cls(
            id=participant.id,
            first_name=participant.first_name,
            last_name=participant.last_name,
            preferred_name=participant.preferred_name,
            aliases=tuple(participant.aliases),
            date_of_birth=participant.date_of_birth,
        )


@dataclass(frozen=True)
class PossibleMatch:
    """Someone the referral may be: on what ground, the name or alias of theirs that matched (as their
    record writes it), and whether their date of birth is the same as the one given."""

    participant_id: str
    basis: MatchBasis
    matched: str
    same_birth_date: bool


def name_key(text: str) -> str:
    """A name as the rule compares it (see the module's docstring); "" for one with no letters."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    kept = "".join(c if c.isalnum() else " " for c in plain.casefold() if c not in _DROPPED)
    return " ".join(sorted(kept.split()))


def possible_matches(referred: Named, others: Iterable[Named]) -> list[PossibleMatch]:
    """Everyone in `others` the referred person may be, best first: the same date of birth first, then
    by basis, then by the name that matched. `referred` itself is never among them."""
    given_name = name_key(f"{referred.first_name} {referred.last_name}")
    given_aliases = {name_key(alias) for alias in referred.aliases} - {"", given_name}
    found: list[PossibleMatch] = []
    for other in others:
        if other.id == referred.id:
            continue
        births = (referred.date_of_birth, other.date_of_birth)
        if None not in births and births[0] != births[1]:
            continue
        ground = _ground(given_name, given_aliases, other)
        if ground is not None:
            basis, matched = ground
            same = births[0] is not None and births[0] == births[1]
            found.append(PossibleMatch(other.id, basis, matched, same))
    found.sort(key=lambda m: (not m.same_birth_date, m.basis, name_key(m.matched), m.participant_id))
    return found


def _ground(given_name: str, given_aliases: set[str], other: Named) -> tuple[MatchBasis, str] | None:
    """The strongest ground on which `other` matches, and what of theirs matched; None if none."""
    name = f"{other.first_name} {other.last_name}"
    theirs: list[tuple[str, str, bool]] = [(name_key(name), name, True)]  # (key, as written, a name)
    if other.preferred_name:
        preferred = f"{other.preferred_name} {other.last_name}"
        theirs.append((name_key(preferred), preferred, True))
    theirs += [(name_key(alias), alias, False) for alias in other.aliases]
    best: tuple[MatchBasis, str] | None = None
    for key, written, is_name in theirs:
        if not key:
            continue
        if key == given_name and not is_name:
            basis = MatchBasis.THEIR_ALIAS
        elif key == given_name:
            basis = MatchBasis.NAME if written == name else MatchBasis.PREFERRED_NAME
        elif key in given_aliases:
            basis = MatchBasis.ALIAS_GIVEN if is_name else MatchBasis.ALIASES
        else:
            continue
        if best is None or basis < best[0]:
            best = (basis, written)
    return best
