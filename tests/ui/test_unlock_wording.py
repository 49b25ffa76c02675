"""What the profile screens say: every storage error's sentence (describe_error) and every strength
verdict (assess), pinned word for word, so reshaping either function cannot change what a person reads
or which of two related errors wins."""

from __future__ import annotations

import errno
import logging

import pytest

from leaddesk.storage.errors import (
    CorruptDatabase,
    CorruptVault,
    InvalidProfileName,
    MigrationError,
    ProfileExists,
    ProfileNotFound,
    RecordNotFound,
    SimilarProfileExists,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
)
from leaddesk.ui.profile_strength import FAIR, STRONG, TOO_SHORT, WEAK, assess
from leaddesk.ui.unlock_card import describe_error

ASK = "Nothing was changed. Ask whoever supports LEAD Desk at your organisation for help."
SIMILAR = (
    "There is already a profile called “Casey Morgan” on this laptop, and names that differ only in accents, "
    "capitals or spaces are too easily confused. Add something to tell them apart, such as a middle name or "
    "an initial."
)


@pytest.mark.parametrize(
    ("error", "sentence"),
    [
        (WrongPassphrase(), "That passphrase is not right for this profile."),
        (VaultLocked(61.2), "Too many wrong attempts. You can try again in 1:02."),
        (CorruptVault("x"), "This profile's key file is damaged, so the profile cannot be opened. " + ASK),
        (
            CorruptDatabase("x"),
            "This profile's records could not be read: the database is damaged or belongs elsewhere. " + ASK,
        ),
        (MigrationError("x"), "This profile could not be updated for this version of LEAD Desk. " + ASK),
        (ProfileNotFound("Casey Morgan"), "That profile is no longer on this laptop."),
        # A SimilarProfileExists is also a ProfileExists: the more specific sentence must win.
        (SimilarProfileExists("casey morgan", existing="Casey Morgan"), SIMILAR),
        (
            ProfileExists("Casey Morgan"),
            "A profile with that name already exists. Choose another name, or unlock it.",
        ),
        (InvalidProfileName("it has a slash"), "That name cannot be used for a profile: it has a slash"),
        (WeakPassphrase("short"), "The passphrase needs at least 10 characters."),
        (RecordNotFound("note", "abc"), "No note with id abc."),
        (
            OSError(errno.EACCES, "Permission denied"),
            "The profile folder could not be read or written (Permission denied).",
        ),
        (
            RuntimeError("boom"),
            "Something unexpected went wrong. Nothing was changed; the details are in the log.",
        ),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else "",
)
def test_each_error_has_its_sentence(
    error: BaseException, sentence: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        assert describe_error(error) == sentence


def test_an_unexpected_error_goes_to_the_log_with_its_details(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR):
        describe_error(RuntimeError("boom"))
    assert [record.exc_info[1] for record in caplog.records if record.exc_info] != []


@pytest.mark.parametrize(
    ("passphrase", "level", "words", "reason"),
    [
        ("lantern", TOO_SHORT, 1, "Too short: 7 of at least 10 characters."),
        ("password2024", WEAK, 1, "Weak: it is built on a well-known password."),
        ("abcdefghijkl", WEAK, 1, "Weak: it follows a pattern (repeats, abc, 123 or qwerty)."),
        ("aaaaaaaaaaaaaaaa", WEAK, 1, "Weak: it follows a pattern (repeats, abc, 123 or qwerty)."),
        (
            "Lantern123!",
            WEAK,
            1,
            "Weak: a single word, even with digits or symbols, is easy to guess; use three or four words.",
        ),
        ("river stone", WEAK, 2, "Weak: a short string is easy to guess; use three or four unrelated words."),
        (
            "Jx8qLm2pRt5w",
            WEAK,
            0,
            "Weak: a short string is easy to guess; use three or four unrelated words.",
        ),
        ("RiverStone 88", FAIR, 2, "Fair: one more unrelated word would make it strong."),
        (
            "Jx8qLm2pRt5wZ",
            FAIR,
            0,
            "Fair: a few more characters, or three or four words, would make it strong.",
        ),
        (
            "riverstone lantern moss",
            STRONG,
            3,
            "Strong: several unrelated words are hard to guess and easy to type.",
        ),
        (
            "ÁrbolGrandeVerde azul",
            STRONG,
            4,
            "Strong: several unrelated words are hard to guess and easy to type.",
        ),
        ("Jx8qLm2pRt5wZk9#", STRONG, 0, "Strong: long and varied enough to be hard to guess."),
    ],
)
def test_each_strength_verdict_says_why(passphrase: str, level: str, words: int, reason: str) -> None:
    strength = assess(passphrase)
    assert (strength.level, strength.length, strength.words, strength.reason) == (
        level,
        len(passphrase),
        words,
        reason,
    )
