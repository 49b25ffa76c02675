"""The closed lists of the referral and the legal record (issue 13): what a referral's acceptance and
the prosecutor's decision can be, and what an evaluator counts legal events by (charge level,
disposition, source). Kept apart from enums.py so the casework lists read together."""

from __future__ import annotations

from enum import StrEnum


class ReferralAcceptance(StrEnum):
    """Whether the program took the referral on (LEAD: eligibility and the person's own yes)."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class HandoffOutcome(StrEnum):
    """What came of an officer's referral in the field (issue 19): the warm hand-off. Pending until a
    case manager met the person (the participant becomes theirs), could not find them, or they
    declined to meet."""

    PENDING = "pending"
    MET = "met"
    NOT_LOCATED = "not_located"
    DECLINED = "declined"


class ProsecutorDecision(StrEnum):
    """The prosecutor's decision on the case an arrest-diversion referral set aside. LEAD prosecutors
    decide whether to file at all; a filed case may go on to the court's own diversion, or the filing
    decision may be held over while the person works with the team (Seattle's practice; CA PC 1001.85
    likewise keeps the case open pending the plan). So: nothing decided yet, declined to file, filing
    held over ("deferred"), filed then diverted, or filed and prosecuted. A dismissal or conviction is
    the court's, recorded as a legal event's disposition, not here. A referral with no case (a social
    contact or community referral) records no decision at all (None on the referral)."""

    PENDING = "pending"
    DECLINED_TO_FILE = "declined_to_file"
    DEFERRED = "deferred"
    DIVERTED = "diverted"
    FILED = "filed"


class ChargeLevel(StrEnum):
    """The most serious charge of a legal event, in the classes state codes use (Washington's gross
    misdemeanor among them); "unknown" when the source did not say."""

    FELONY = "felony"
    GROSS_MISDEMEANOR = "gross_misdemeanor"
    MISDEMEANOR = "misdemeanor"
    INFRACTION = "infraction"  # an infraction or violation: no jail
    UNKNOWN = "unknown"


class Disposition(StrEnum):
    """How the case the event belongs to ended, as far as is known."""

    PENDING = "pending"
    DISMISSED = "dismissed"
    CONVICTED = "convicted"
    ACQUITTED = "acquitted"
    DIVERTED = "diverted"
    DEFERRED = "deferred"  # deferred sentence or deferred prosecution
    OTHER = "other"


class LegalSource(StrEnum):
    """Where the team learned of a legal event: evaluators weigh a court record above a self-report."""

    SELF_REPORT = "self_report"
    COURT_RECORD = "court_record"
    JAIL_ROSTER = "jail_roster"
