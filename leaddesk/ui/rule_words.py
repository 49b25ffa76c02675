"""Sentences the domain writes that screens show in everyday use, in the app's language: the starting
eligibility questions (a site that wrote its own sees them as written), why someone may not reassign a
participant, and the revocation right a consent form starts with. lupdate reads only literals, so each
is written out here again; a test checks every one is still the domain's own, so a reworded rule cannot
slip past the translators."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaddesk.domain import Criterion
from leaddesk.domain.assignment import NEEDS_ROLE, SUPERVISORS_ONLY
from leaddesk.domain.consent import STANDARD_REVOCATION_TEXT
from leaddesk.domain.eligibility import DEFAULT_CRITERIA
from leaddesk.ui.labels import table_label

# DEFAULT_CRITERIA's questions, by the criterion's key.
DEFAULT_QUESTIONS = {
    "low_level_offence": QT_TRANSLATE_NOOP(
        "Criterion", "Is the offence or probable cause a low-level one the site diverts?"
    ),
    "behavioural_health_need": QT_TRANSLATE_NOOP(
        "Criterion", "Does the conduct stem from substance use, mental illness or poverty?"
    ),
    "adult": QT_TRANSLATE_NOOP("Criterion", "Is the person 18 or older?"),
    "over_quantity": QT_TRANSLATE_NOOP("Criterion", "Was the quantity above the site's limit?"),
    "delivery_for_profit": QT_TRANSLATE_NOOP("Criterion", "Was it delivery for profit beyond subsistence?"),
    "exploits_minors": QT_TRANSLATE_NOOP(
        "Criterion", "Is there exploitation of minors or promotion of prostitution?"
    ),
    "protective_order": QT_TRANSLATE_NOOP(
        "Criterion", "Is there a pending treatment-court case or a protective order?"
    ),
}
_STARTING = {criterion.key: criterion.question for criterion in DEFAULT_CRITERIA}
# why_not_reassign's sentences.
REASSIGN_REFUSALS = {
    NEEDS_ROLE: QT_TRANSLATE_NOOP(
        "Assignment",
        "Reassigning needs your role from the office server: connect this laptop (Desk → Connect to "
        "office…) and sync first.",
    ),
    SUPERVISORS_ONLY: QT_TRANSLATE_NOOP(
        "Assignment",
        "Only a supervisor can change a participant's case manager or team; ask your supervisor.",
    ),
}


# The revocation right a new consent's form starts with (domain/consent.py), as most forms word it.
STANDARD_TEXTS = {
    STANDARD_REVOCATION_TEXT: QT_TRANSLATE_NOOP(
        "Consent",
        "You may revoke this consent at any time, in writing or by telling your case manager, except where "
        "action has already been taken in reliance on it.",
    ),
}


def standard_text(text: str) -> str:
    """A wording the app starts a form with, in the app's language."""
    return table_label("Consent", STANDARD_TEXTS, text) if text in STANDARD_TEXTS else text


def question_text(criterion: Criterion) -> str:
    """The criterion's question in the app's language while it is the starting one's."""
    if _STARTING.get(criterion.key) == criterion.question and criterion.key in DEFAULT_QUESTIONS:
        return table_label("Criterion", DEFAULT_QUESTIONS, criterion.key)
    return criterion.question


def refusal_words(refusal: str) -> str:
    """Why someone may not reassign, in the app's language."""
    return table_label("Assignment", REASSIGN_REFUSALS, refusal) if refusal in REASSIGN_REFUSALS else refusal
