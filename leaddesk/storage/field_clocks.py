"""A record's field clocks as its row keeps them (the `field_clocks` column), compactly.

Every synced field carries the stamp of the write that put its value there (domain/merge.py). Most
records are made in one go and seldom edited, so their fields share one stamp; spelled out field by
field, the stamps were half of every row's bytes. A row now stores them as

    [list, "stamp"]                      every field of the list has this stamp
    [list, "stamp", {"field": "stamp"}]  the same, but for the fields named, which have their own

where `list` numbers one of its entity's field lists below: the fields the row's stamps cover. A later
version that adds a column adds a list (a test holds the last list of each entity to its columns), so
a row written before the column came names the list without it, and the new field has no stamp in that
row, as it never had one. The older form, a JSON object of every field's stamp, is still read: it is
written for a set of fields no list names (none this version makes), and migration 15 turned the rows of
earlier versions into the compact form.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache

from leaddesk.storage.codec import dumps

_quote = json.encoder.encode_basestring  # as dumps quotes a str (ensure_ascii=False)


class UnknownFieldList(ValueError):
    def __init__(self, entity: str, number: object) -> None:
        super().__init__(
            f"A {entity.replace('_', ' ')} row names field list {number!r}, which this version of LEAD Desk "
            "does not know; the database was written by a later version."
        )


# Each entity's field lists, numbered from 1, in the order they came; never change one once released.
# fmt: off
FIELD_LISTS: Mapping[str, tuple[tuple[str, ...], ...]] = {
    "addendum": (
        (
            "created_at", "created_by", "deleted", "note_id", "participant_id", "signed_at", "signed_by",
            "text", "updated_at",
        ),
    ),
    "attachment": (
        (
            "created_at", "created_by", "deleted", "description", "file_name", "media_type", "participant_id",
            "sha256", "size", "updated_at",
        ),
    ),
    "conference_discussion": (
        (
            "attendees", "conference_id", "consent_ids", "created_at", "created_by", "decisions", "deleted",
            "identified", "legal_event_ids", "meeting_date", "participant_id", "reasons", "task_ids", "team",
            "updated_at",
        ),
    ),
    "conflict": (
        (
            "created_at", "created_by", "deleted", "detected_at", "field", "kept_by", "kept_stamp",
            "kept_value", "kind", "other_author", "other_by", "other_stamp", "other_value", "participant_id",
            "reason", "record_entity", "record_id", "resolution", "resolved_at", "resolved_by", "updated_at",
        ),
    ),
    "consent": (
        (
            "categories", "created_at", "created_by", "deleted", "discloser", "expires_on", "expiry_event",
            "information", "irrevocable_until", "kind", "notes", "participant_id", "purpose", "purposes",
            "recipient", "recipient_code", "revocation_right", "revoked_on", "signed_by", "signed_on",
            "updated_at",
        ),
    ),
    "contact": (
        (
            "created_at", "created_by", "deleted", "kind", "latitude", "longitude", "minutes", "occurred_at",
            "outcome", "participant_id", "place", "staff_present", "updated_at",
        ),
    ),
    "disclosure": (
        (
            "consent_ids", "created_at", "created_by", "deleted", "delivery", "description", "disclosed_at",
            "disclosed_by", "items", "notice_version", "participant_id", "purpose", "recipient",
            "recipient_code", "updated_at",
        ),
    ),
    "eligibility_screening": (
        (
            "answers", "created_at", "created_by", "decided_at", "decided_by", "decision", "deleted", "notes",
            "participant_id", "updated_at",
        ),
    ),
    "enrollment": (
        (
            "created_at", "created_by", "deleted", "destination", "engagement_date", "entry_date",
            "exit_date", "exit_reason", "exit_reason_detail", "participant_id", "project", "referral_date",
            "status", "updated_at",
        ),
    ),
    "housing_status": (
        (
            "created_at", "created_by", "deleted", "effective_on", "notes", "participant_id", "situation",
            "updated_at",
        ),
    ),
    "legal_event": (
        (
            "case_number", "charge_level", "court", "created_at", "created_by", "deleted", "description",
            "disposition", "kind", "occurred_at", "participant_id", "prosecutor_coordination", "released_at",
            "source", "updated_at",
        ),
    ),
    "need": (
        (
            "created_at", "created_by", "deleted", "description", "domain", "participant_id", "rank",
            "status", "updated_at", "urgency",
        ),
    ),
    "note": (
        (
            "assessment", "contact_id", "created_at", "created_by", "data", "deleted", "participant_id",
            "plan", "sensitive_sud", "signed_at", "signed_by", "updated_at",
        ),
    ),
    "outcome_snapshot": (
        (
            "benefits", "benefits_from_any_source", "chronic_health_condition", "created_at", "created_by",
            "deleted", "developmental_disability", "employed", "employment_type", "hiv_aids",
            "income_from_any_source", "incomes", "information_date", "insurance", "insurance_from_any_source",
            "long_term_impairing", "mental_health_disorder", "not_employed_reason", "notes",
            "other_benefit_detail", "other_insurance_detail", "participant_id", "physical_disability",
            "stage", "substance_use_disorder", "updated_at",
        ),
    ),
    "participant": (
        (
            "additional_race_ethnicity", "aliases", "case_manager", "created_at", "created_by",
            "date_of_birth", "deleted", "disabling_condition", "dob_data_quality", "engaged_on",
            "exit_reason", "exited_on", "first_name", "gender", "last_name", "phone", "preferred_name",
            "race_ethnicity", "sex", "status", "team_id", "updated_at", "usual_locations", "veteran_status",
        ),
    ),
    "plan_goal": (
        (
            "created_at", "created_by", "deleted", "domain", "goal", "participant_id", "progress", "status",
            "steps", "target_date", "updated_at",
        ),
    ),
    "referral": (
        (
            "acceptance", "acceptance_on", "agency_code", "agreed_to_meet", "beat", "created_at",
            "created_by", "deleted", "door", "handoff_outcome", "handoff_outcome_at", "intake_deadline",
            "merged_from", "observed", "offence", "offence_category", "officer_badge", "officer_contact",
            "officer_username", "participant_id", "person_description", "place", "precinct",
            "prosecutor_decided_on", "prosecutor_decision", "prosecutor_name", "prosecutor_note",
            "referred_at", "referring_agency", "referring_officer", "sent_to_prosecutor_on", "updated_at",
            "warm_handoff_at",
        ),
    ),
    "service": (
        (
            "amount", "created_at", "created_by", "deleted", "delivered_on", "funding_source", "is_referral",
            "kind", "outcome", "participant_id", "provider", "units", "updated_at",
        ),
    ),
    "task": (
        (
            "assignee", "created_at", "created_by", "deleted", "done", "done_at", "due_on", "participant_id",
            "title", "updated_at",
        ),
    ),
}
# fmt: on


@cache
def _list_numbers(entity: str) -> dict[frozenset[str], int]:
    return {frozenset(fields): n for n, fields in enumerate(FIELD_LISTS.get(entity, ()), start=1)}


@cache
def list_number(entity: str, fields: tuple[str, ...]) -> int | None:
    """The number of `entity`'s field list that is exactly `fields` (in any order), if one is."""
    return _list_numbers(entity).get(frozenset(fields))


def encode(entity: str, clocks: Mapping[str, str], stamps: Iterable[str] | None = None) -> str:
    """The stored text of a row's clocks; `stamps`, where the caller has it, is the set of its values."""
    number = list_number(entity, tuple(clocks))
    if number is None:
        return dumps(dict(clocks))
    distinct = set(clocks.values()) if stamps is None else set(stamps)
    if len(distinct) == 1:
        return f"[{number},{_quote(next(iter(distinct)))}]"
    # The stamp most fields share (the newest of equals, so the text is one for one set of clocks).
    shared = max(Counter(clocks.values()).items(), key=lambda item: (item[1], item[0]))[0]
    own = {f: s for f, s in clocks.items() if s != shared}
    return f"[{number},{_quote(shared)},{dumps(own)}]"


def decode(entity: str, text: str) -> dict[str, str]:
    """Every field's stamp, from a row's stored text in either form."""
    value = json.loads(text)
    if isinstance(value, dict):
        return value
    number, shared, *own = value
    lists = FIELD_LISTS.get(entity, ())
    if not isinstance(number, int) or not 1 <= number <= len(lists):
        raise UnknownFieldList(entity, number)
    clocks = dict.fromkeys(lists[number - 1], shared)
    if own:
        clocks.update(own[0])
    return clocks
