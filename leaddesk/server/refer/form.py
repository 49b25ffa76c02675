"""The referral form's answers: read from the posted form, checked field by field, each problem a
sentence an officer can act on (the page shows them all at once, beside their fields, and keeps what
was typed). What passes becomes a SentReferral for officer_referrals.submit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qsl

from leaddesk.domain.base import MEDIUM_MAX, NAME_MAX, SHORT_MAX
from leaddesk.domain.enums import ReferralDoor
from leaddesk.domain.ids import utcnow
from leaddesk.domain.program import ProgramSettings
from leaddesk.server.officer_referrals import SentReferral

DOORS = (ReferralDoor.ARREST_DIVERSION, ReferralDoor.SOCIAL_CONTACT)  # an officer's two doors into LEAD
AGREED = {"yes": True, "no": False, "not_asked": None}
# What a referral from the street may be: now (a phone's clock a little ahead), or a few days back.
AHEAD = timedelta(minutes=10)
BACK = timedelta(days=7)
MAX_FIELDS = 40
FIELDS = (
    "door", "referred_at", "place", "observed", "offence_category", "first_name", "last_name", "alias",
    "person_description", "agreed_to_meet", "officer_contact",
)  # fmt: skip
LIMITS = {
    "place": SHORT_MAX,
    "observed": MEDIUM_MAX,
    "first_name": NAME_MAX,
    "last_name": NAME_MAX,
    "alias": SHORT_MAX,
    "person_description": MEDIUM_MAX,
    "officer_contact": SHORT_MAX,
}


class UnreadableForm(Exception):
    """A body that is no form at all (not UTF-8, too many fields): not something a person typed."""


def read_form(body: bytes) -> dict[str, str]:
    """The posted fields (the first value of each), stripped of surrounding spaces."""
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, max_num_fields=MAX_FIELDS)
    except (UnicodeDecodeError, ValueError):
        raise UnreadableForm from None
    values: dict[str, str] = {}
    for key, value in pairs:
        values.setdefault(key, value.replace("\r\n", "\n").strip())
    return values


@dataclass
class Checked:
    """The answers as typed (to show again) and the problems found, by field, in the form's order."""

    values: dict[str, str]
    errors: dict[str, str] = field(default_factory=dict)
    sent: SentReferral | None = None


def _when(values: Mapping[str, str], errors: dict[str, str]) -> tuple[datetime, datetime] | None:
    """The referral's time as the officer's clock read it and in UTC. The page's script sends the
    browser's UTC offset (`utc_offset`, minutes east); without it, the server's own zone is used."""
    typed = values.get("referred_at", "")
    try:
        local = datetime.fromisoformat(typed)
    except ValueError:
        errors["referred_at"] = "Enter the date and time of the referral, for example 2026-05-14 21:30."
        return None
    offset = values.get("utc_offset", "")
    if offset.lstrip("-").isdigit() and abs(int(offset)) <= 14 * 60:
        local = local.replace(tzinfo=timezone(timedelta(minutes=int(offset))))
    elif local.tzinfo is None:
        local = local.astimezone()  # the server's zone
    at = local.astimezone(UTC)
    now = utcnow()
    if at > now + AHEAD:
        errors["referred_at"] = "The time of the referral is in the future. Check the date and time."
    elif at < now - BACK:
        errors["referred_at"] = (
            "This referral is more than 7 days old: call the LEAD program, and a case manager will record it."
        )
    return local, at


def check(values: dict[str, str], *, settings: ProgramSettings) -> Checked:
    errors: dict[str, str] = {}
    door = values.get("door", "")
    if door not in {d.value for d in DOORS}:
        errors["door"] = "Choose how the person came to you: arrest diversion or social contact."
    when = _when(values, errors)
    for name, words in (
        ("place", "Enter where this happened."),
        ("observed", "Enter what you observed."),
        ("officer_contact", "Enter how the case manager can reach you for the hand-off."),
    ):
        if not values.get(name):
            errors[name] = words
    categories = {c.code for c in settings.offence_categories if not c.retired}
    category = values.get("offence_category", "")
    if category and category not in categories:
        errors["offence_category"] = "Choose an offence category from the list."
    elif not category and categories and door == ReferralDoor.ARREST_DIVERSION.value:
        errors["offence_category"] = "Choose the offence category of the arrest this referral diverts."
    if not values.get("first_name") and not values.get("last_name"):
        errors["first_name"] = "Enter the person's name, or the name they gave (a first name alone will do)."
    if values.get("agreed_to_meet", "") not in AGREED:
        errors["agreed_to_meet"] = "Say whether the person agreed to meet a case manager."
    for name, most in LIMITS.items():
        if len(values.get(name, "")) > most and name not in errors:
            errors[name] = f"This is too long: at most {most} characters."
    ordered = {name: errors[name] for name in FIELDS if name in errors}
    if ordered or when is None:
        return Checked(values=values, errors=ordered)
    local, at = when
    return Checked(
        values=values,
        sent=SentReferral(
            door=ReferralDoor(door),
            referred_at=at,
            referral_day=local.date(),
            place=values["place"],
            observed=values["observed"],
            offence_category=category,
            first_name=values.get("first_name", ""),
            last_name=values.get("last_name", ""),
            alias=values.get("alias", ""),
            person_description=values.get("person_description", ""),
            agreed_to_meet=AGREED[values["agreed_to_meet"]],
            officer_contact=values["officer_contact"],
        ),
    )
