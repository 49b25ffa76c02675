"""The rules the records keep and the refusals of the desk and the store, in the person's language.

The layers below the screens know no Qt and say what is wrong in English ("exited_on: an exited
participant needs an exit date"); the screens show the part after the field's name, and this is where
those sentences are listed for translation. The English sentence is the key: one not listed (a rule
added later, or a sentence that carries a value) is shown as it is. `tests/ui/test_rule_texts.py` keeps
the list whole.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


def rule_text(message: str) -> str:
    """`message` in the person's language, where it is one of RULES (as it is otherwise)."""
    return _lookup("rules", message)
