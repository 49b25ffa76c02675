"""The rules the records keep and the refusals of the desk and the store, in the person's language.

The layers below the screens know no Qt and say what is wrong in English ("exited_on: an exited
participant needs an exit date"); the screens show the part after the field's name, and this is where
those sentences are listed for translation. The English sentence is the key: a fixed one is looked up
as it is (RULES); one that carries a value ("Jo Quill is already engaged.") is matched against the
TEMPLATES, written as Qt writes them ("%1 is already %2."), and its values are put back into the
translated template. A value that is itself one of the layers' fixed words (a status, one of an episode's
dates) is translated as a word (WORDS); names, ids, numbers and ISO dates pass as they are. A sentence
neither listed nor matched is shown as it is. `tests/ui/test_rule_texts.py` keeps both lists whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from leaddesk.ui.text import fill

# Qt's translate under a name lupdate does not read: the sentences are the literals listed below.
_lookup = QCoreApplication.translate

RULES = (
    QT_TRANSLATE_NOOP("rules", "a consent cannot be revoked before it was signed"),
    QT_TRANSLATE_NOOP("rules", "a consent needs an expiry date or an expiry event"),
    QT_TRANSLATE_NOOP("rules", "a custom period has no dates of its own: give its first and last day"),
    QT_TRANSLATE_NOOP("rules", "A decision names a participant who is not on this meeting's agenda."),
    QT_TRANSLATE_NOOP("rules", "a decision records who made it and when"),
    QT_TRANSLATE_NOOP("rules", "a decision still pending has no date"),
    QT_TRANSLATE_NOOP("rules", "A deleted note takes no addendum."),
    QT_TRANSLATE_NOOP("rules", "a disclosure names its recipient"),
    QT_TRANSLATE_NOOP("rules", "a disclosure records at least one item that left"),
    QT_TRANSLATE_NOOP("rules", "a full or approximate date of birth needs the date itself"),
    QT_TRANSLATE_NOOP("rules", "A hand-off is marked met, could not locate or declined."),
    QT_TRANSLATE_NOOP(
        "rules",
        "a hand-off still pending has no time; a met, not located or declined one has the time it was marked",
    ),
    QT_TRANSLATE_NOOP("rules", "A legal-event update names another participant's event."),
    QT_TRANSLATE_NOOP(
        "rules", "A new participant starts as referred; change their status once their record exists."
    ),
    QT_TRANSLATE_NOOP("rules", "A note is signed by a named person."),
    QT_TRANSLATE_NOOP("rules", "a participant discussed by name before partners needs a consent"),
    QT_TRANSLATE_NOOP("rules", "a referral still pending has no date of acceptance"),
    QT_TRANSLATE_NOOP("rules", "A return needs the date of the new referral."),
    QT_TRANSLATE_NOOP("rules", "a signature needs both who signed and when"),
    QT_TRANSLATE_NOOP("rules", "Add the people attending the meeting before building its agenda."),
    QT_TRANSLATE_NOOP("rules", "an addendum needs text"),
    QT_TRANSLATE_NOOP("rules", "An empty note cannot be signed."),
    QT_TRANSLATE_NOOP("rules", "an engaged episode needs its date of engagement"),
    QT_TRANSLATE_NOOP("rules", "an episode with a date of engagement is no longer referred"),
    QT_TRANSLATE_NOOP("rules", "an episode with an exit date, destination or reason is exited"),
    QT_TRANSLATE_NOOP("rules", "An exit needs the exit date and where the participant is going."),
    QT_TRANSLATE_NOOP("rules", "an exited episode needs its exit date"),
    QT_TRANSLATE_NOOP("rules", "an exited episode needs the destination (HMIS 3.12)"),
    QT_TRANSLATE_NOOP("rules", "an exited participant needs an exit date"),
    QT_TRANSLATE_NOOP("rules", "an open task has no completion time"),
    QT_TRANSLATE_NOOP("rules", "Becoming engaged needs the date of engagement."),
    QT_TRANSLATE_NOOP("rules", "cannot be in the future"),
    QT_TRANSLATE_NOOP("rules", "coordinates need both latitude and longitude"),
    QT_TRANSLATE_NOOP("rules", "describe the information specifically; 'any and all' is not allowed"),
    QT_TRANSLATE_NOOP("rules", "each criterion is answered once"),
    QT_TRANSLATE_NOOP("rules", "each disability is listed once"),
    QT_TRANSLATE_NOOP("rules", "each kind of information is named once"),
    QT_TRANSLATE_NOOP("rules", "each one is listed once"),
    QT_TRANSLATE_NOOP("rules", "each precinct has one team on call"),
    QT_TRANSLATE_NOOP("rules", "each purpose is named once"),
    QT_TRANSLATE_NOOP("rules", "each reason is named once"),
    QT_TRANSLATE_NOOP("rules", "jail days are counted for a booking"),
    QT_TRANSLATE_NOOP("rules", "only a booking has a release"),
    QT_TRANSLATE_NOOP("rules", "only a criminal-justice consent has an irrevocable period"),
    QT_TRANSLATE_NOOP("rules", "only a disability answered yes can be long-term and impairing"),
    QT_TRANSLATE_NOOP("rules", "Only a participant made by an officer's referral is merged this way."),
    QT_TRANSLATE_NOOP("rules", "Only a signed note takes an addendum; edit the unsigned note instead."),
    QT_TRANSLATE_NOOP("rules", "only an exited participant has an exit date"),
    QT_TRANSLATE_NOOP("rules", "only someone employed has a type of employment"),
    QT_TRANSLATE_NOOP("rules", "only someone not employed has a reason for it"),
    QT_TRANSLATE_NOOP("rules", "The dashboard shows the teams you work with, and you work with none yet."),
    QT_TRANSLATE_NOOP("rules", "Say where the report goes: a PDF, a folder for its tables, or both."),
    QT_TRANSLATE_NOOP("rules", "the exit date cannot be before the engagement date"),
    QT_TRANSLATE_NOOP("rules", "the expiry cannot be before the signature"),
    QT_TRANSLATE_NOOP("rules", "the hand-off cannot come before the referral"),
    QT_TRANSLATE_NOOP("rules", "the irrevocable period cannot end before the signature"),
    QT_TRANSLATE_NOOP("rules", "the outcome cannot come before the referral"),
    QT_TRANSLATE_NOOP(
        "rules",
        "The PCG report and its tables are saved by a supervisor or an admin, for the teams they oversee; ask your supervisor for them.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("rules", "the period ends before it starts"),
    QT_TRANSLATE_NOOP("rules", "the release cannot come before the booking"),
    QT_TRANSLATE_NOOP(
        "rules", "The status and its dates change with Change status…, which keeps the episode with them."
    ),
    QT_TRANSLATE_NOOP("rules", "The team and case manager change by reassigning the participant."),
    QT_TRANSLATE_NOOP(
        "rules",
        "The time of the hand-off cannot be before the officer's referral: give the time it happened.",
    ),
    QT_TRANSLATE_NOOP(
        "rules", "The time of the hand-off cannot be in the future: give the time it happened."
    ),
    QT_TRANSLATE_NOOP("rules", "This consent is already revoked."),
    QT_TRANSLATE_NOOP(
        "rules",
        "This participant has more than one open episode (made on two laptops at once); exit or delete the extra one before changing their status.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("rules", "This referral is already on that participant's record."),
    QT_TRANSLATE_NOOP(
        "rules",
        "This referral's hand-off has already been marked (on another laptop, or a moment ago here); its record shows what and when.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("rules", "with a date of birth recorded, say whether it is full or approximate"),
    # The storage layer's, where a screen shows them as they are.
    QT_TRANSLATE_NOOP("rules", "A profile name cannot hold control characters or line breaks."),
    QT_TRANSLATE_NOOP("rules", "A profile name cannot start or end with a space."),
    QT_TRANSLATE_NOOP("rules", "A profile name must be text."),
    QT_TRANSLATE_NOOP("rules", "An addendum belongs to a signed note of the same participant."),
    QT_TRANSLATE_NOOP("rules", "An addendum is part of the signed record and cannot be deleted."),
    QT_TRANSLATE_NOOP(
        "rules", "An episode's status is changed with Change status…, not by correcting the episode."
    ),
    QT_TRANSLATE_NOOP(
        "rules",
        "Nothing could be written: the database on this laptop may be damaged. It has been left as it is; ask your IT administrator.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP(
        "rules",
        "Nothing could be written: the database on this laptop may be damaged. It has been left as it is; ask your IT administrator. The profile is locked all the same.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("rules", "That is not a recovery key: it has 32 letters and digits in 8 groups."),
    QT_TRANSLATE_NOOP("rules", "That recovery key is not right for this profile."),
    QT_TRANSLATE_NOOP("rules", "This conflict has been resolved already."),
    QT_TRANSLATE_NOOP(
        "rules",
        "This could not be read: the database on this laptop is damaged. It has been left as it is; ask your IT administrator.",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("rules", "This kind of record is not known to this version of LEAD Desk."),
    QT_TRANSLATE_NOOP("rules", "This profile has no recovery key."),
)


# The sentences that carry values, each with the places (%n) whose value is one of WORDS: a sentence
# matches a template only where each of those places holds one of them, so "The exit date cannot be
# before the date of engagement." is not read as "%1 cannot be before %2" with "the date of engagement."
TEMPLATES: dict[str, frozenset[int]] = {
    # domain/enrollment.py: "the date of engagement cannot be before the entry date"
    QT_TRANSLATE_NOOP("rules", "%1 cannot be before %2"): frozenset({1, 2}),
    # domain/episodes.py
    QT_TRANSLATE_NOOP("rules", "%1 is already %2."): frozenset({2}),
    # … and its `_validated`, which puts the date's words before the field's own rule
    QT_TRANSLATE_NOOP("rules", "%1 cannot be in the future"): frozenset({1}),
    QT_TRANSLATE_NOOP("rules", "%1 is %2: from there they can become %3, not %4."): frozenset({2, 3, 4}),
    QT_TRANSLATE_NOOP(
        "rules",
        "%1 has exited: they can only return, as referred, in a new episode — not become %2 directly.",
    ): frozenset({2}),
    QT_TRANSLATE_NOOP("rules", "A return cannot start before the last episode ended (%1)."): frozenset(),
    QT_TRANSLATE_NOOP(
        "rules", "%1 has no date of engagement on record; give it with this change."
    ): frozenset(),
    # domain/consent.py: the form's rule, and the desk's refusal to revoke
    QT_TRANSLATE_NOOP("rules", "this criminal-justice consent cannot be revoked before %1"): frozenset(),
    QT_TRANSLATE_NOOP("rules", "This criminal-justice consent cannot be revoked before %1."): frozenset(),
    # domain/participant.py, program.py, outcomes.py, disclosure_record.py
    QT_TRANSLATE_NOOP("rules", "cannot be before %1"): frozenset(),
    QT_TRANSLATE_NOOP("rules", "the caseload standard (%1) is above the maximum (%2)"): frozenset(),
    QT_TRANSLATE_NOOP("rules", "%1 is listed, so the answer is yes"): frozenset({1}),
    QT_TRANSLATE_NOOP("rules", "a disclosure records at most %1 items"): frozenset(),
    # desk/assignment.py
    QT_TRANSLATE_NOOP(
        "rules", "You cannot assign participants to team %1; choose one of yours."
    ): frozenset(),
    QT_TRANSLATE_NOOP(
        "rules", "%1 is not on the staff of team %2; choose one of its case managers."
    ): frozenset(),
    # desk/conference.py
    QT_TRANSLATE_NOOP(
        "rules",
        "%1 is not one of the program's partner agencies. Choose the agency from the program's list, or ask the office to add it.",  # noqa: E501
    ): frozenset(),
    # desk/disclosure.py
    QT_TRANSLATE_NOOP("rules", "Nothing was written to %1."): frozenset(),
    # desk/handoffs.py
    QT_TRANSLATE_NOOP(
        "rules",
        "%1's record has been taken on since the referral arrived, so it is not merged here: ask a supervisor to combine the two records.",  # noqa: E501
    ): frozenset(),
    QT_TRANSLATE_NOOP(
        "rules",
        "%1's record already holds more than the referral (notes, contacts or other records), which a merge here would lose: ask a supervisor to combine the two records.",  # noqa: E501
    ): frozenset(),
    # desk/reports.py: the reason in (%2) is the system's own words
    QT_TRANSLATE_NOOP(
        "rules", "The report could not be written to %1 (%2); choose another place, one you may write to."
    ): frozenset(),
    QT_TRANSLATE_NOOP(
        "rules", "The dashboard shows the teams you work with (%1); choose one of them instead of %2."
    ): frozenset(),
    # The storage layer's, where a screen shows them: a new profile's name (the unlock card), the
    # preferences file (Settings)
    QT_TRANSLATE_NOOP("rules", "A profile name must be 1 to %1 characters long."): frozenset(),
    QT_TRANSLATE_NOOP(
        "rules",
        "LEAD Desk's preferences in %1 cannot be read (%2); saving a preference again replaces the file.",
    ): frozenset(),
    QT_TRANSLATE_NOOP(
        "rules",
        "LEAD Desk's preferences in %1 are not a list of named choices; saving a preference again replaces the file.",  # noqa: E501
    ): frozenset(),
}

# The layers' fixed words that come into a sentence as a value, in a context of their own: "exited" as a
# status word is not a sentence.
WORDS = (
    # domain/episodes.py WORDS, and the steps a status allows, as _not_a_step joins them
    QT_TRANSLATE_NOOP("rule words", "referred"),
    QT_TRANSLATE_NOOP("rule words", "engaged"),
    QT_TRANSLATE_NOOP("rule words", "active"),
    QT_TRANSLATE_NOOP("rule words", "inactive"),
    QT_TRANSLATE_NOOP("rule words", "in the wind"),
    QT_TRANSLATE_NOOP("rule words", "exited"),
    QT_TRANSLATE_NOOP("rule words", "engaged or exited"),
    QT_TRANSLATE_NOOP("rule words", "active or inactive or in the wind or exited"),
    QT_TRANSLATE_NOOP("rule words", "inactive or in the wind or exited"),
    QT_TRANSLATE_NOOP("rule words", "active or in the wind or exited"),
    QT_TRANSLATE_NOOP("rule words", "active or inactive or exited"),
    # domain/enrollment.py DATE_WORDS
    QT_TRANSLATE_NOOP("rule words", "the referral date"),
    QT_TRANSLATE_NOOP("rule words", "the entry date"),
    QT_TRANSLATE_NOOP("rule words", "the date of engagement"),
    QT_TRANSLATE_NOOP("rule words", "the exit date"),
    # domain/outcomes.py: what is listed under a question answered no
    QT_TRANSLATE_NOOP("rule words", "an income source"),
    QT_TRANSLATE_NOOP("rule words", "a benefit"),
    QT_TRANSLATE_NOOP("rule words", "an insurance"),
)

_MARKER = re.compile(r"%([1-9][0-9]?)")


@dataclass(frozen=True)
class _Template:
    source: str
    pattern: re.Pattern[str]
    count: int
    words: frozenset[int]

    @classmethod
    def of(cls, source: str, words: frozenset[int]) -> _Template:
        # "%1 is already %2." -> (?P<v1>.+?)\ is\ already\ (?P<v2>.+?)\. ; matched whole
        parts = _MARKER.split(source)  # text, number, text, number, …, text
        pattern = "".join(
            f"(?P<v{part}>.+?)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
        )
        return cls(source, re.compile(pattern, re.DOTALL), len(parts) // 2, words)

    def text(self, message: str) -> str | None:
        """`message` in the person's language if it is this sentence, else None."""
        match = self.pattern.fullmatch(message)
        if match is None:
            return None
        values = [match.group(f"v{n}") for n in range(1, self.count + 1)]
        if any(values[n - 1] not in _WORDS for n in self.words):
            return None
        shown = [_lookup("rule words", v) if n in self.words else v for n, v in enumerate(values, 1)]
        return fill(_lookup("rules", self.source), *shown)


_FIXED = frozenset(RULES)
_WORDS = frozenset(WORDS)
_TEMPLATES = tuple(_Template.of(source, words) for source, words in TEMPLATES.items())


def rule_text(message: str) -> str:
    """`message` in the person's language where it is one of RULES or TEMPLATES (as it is otherwise).

    A rule the desk turned into a sentence of its own ("The exit date cannot be before the date of
    engagement.", from episodes' `_validated`) is found by its rule and given back as a sentence."""
    found = _rule(message)
    if found is None and message[:1].isupper() and message.endswith("."):
        rule = _rule(message[:1].lower() + message[1:-1])
        found = None if rule is None else rule[:1].upper() + rule[1:] + "."
    return message if found is None else found


def _rule(message: str) -> str | None:
    if message in _FIXED:
        return _lookup("rules", message)
    for template in _TEMPLATES:
        text = template.text(message)
        if text is not None:
            return text
    return None
