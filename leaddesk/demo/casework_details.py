"""Issue 13's casework details for a synthetic participant: the referral's officer, precinct, offence
category, acceptance and the prosecutor's decision; legal events' charge level, disposition and source,
each booking paired with its release; what services cost; and outcome snapshots at entry, at reviews and
at exit.

Drawn from an RNG of their own (seeded by the participant's id), so the story's other draws, and with
them every other record, stay as they were; a seed still gives the same caseload. The codes come from
`DEMO_PROGRAM`, the invented program's lists, which the demo office and `seed-demo` give their server, so
the laptops show their labels."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from leaddesk.demo.bundle import ParticipantBundle, synthetic_id
from leaddesk.demo.outcome_answers import snapshots
from leaddesk.demo.phrases import pick
from leaddesk.demo.program import DEMO_PROGRAM
from leaddesk.domain import LegalEvent, Referral, Service
from leaddesk.domain.casework_codes import (
    ChargeLevel,
    Disposition,
    LegalSource,
    ProsecutorDecision,
    ReferralAcceptance,
)
from leaddesk.domain.enums import LegalEventKind as Legal
from leaddesk.domain.enums import ParticipantStatus as Status
from leaddesk.domain.enums import ReferralDoor, ServiceKind

AGENCY_CODES = {entry.label: entry.code for entry in DEMO_PROGRAM.referring_agencies}
PROSECUTOR_WEIGHTS = (
    (ProsecutorDecision.DECLINED_TO_FILE, ProsecutorDecision.DEFERRED, ProsecutorDecision.DIVERTED,
     ProsecutorDecision.FILED, ProsecutorDecision.PENDING),
    (50, 25, 10, 5, 10),
)  # fmt: skip
HELD_NOTE = "Held while engaged with LEAD"
PROSECUTORS = ("DPA Lin Okafor", "DPA Mara Vesely", "DPA Tomas Quill")
# What the team buys, per kind: the range of one unit's cost and of the units given; the amount recorded
# is their product. Kinds not here are the team's time or another provider's, with no amount.
COSTS: dict[ServiceKind, tuple[tuple[str, str], tuple[int, int]]] = {
    ServiceKind.GROCERIES: (("12.00", "60.00"), (1, 1)),
    ServiceKind.HYGIENE: (("4.50", "25.00"), (1, 3)),
    ServiceKind.CLOTHING: (("15.00", "80.00"), (1, 2)),
    ServiceKind.PHONE: (("20.00", "45.00"), (1, 1)),
    ServiceKind.TRANSPORT: (("2.75", "2.75"), (2, 10)),  # bus fares
    ServiceKind.HOTEL_MOTEL: (("69.00", "119.00"), (1, 7)),  # nights
    ServiceKind.FLEXIBLE_FUNDS: (("20.00", "300.00"), (1, 1)),
}


def fill(bundle: ParticipantBundle, *, today: date, horizon: datetime) -> ParticipantBundle:
    own = random.Random(f"{bundle.participant.id}/casework")
    declined = next((e for e in bundle.legal_events if e.kind is Legal.CHARGE_DECLINED), None)
    referral = referral_details(
        own, bundle.referral, status=bundle.participant.status, today=today, declined=declined
    )
    services = [service_cost(own, s) for s in bundle.services]
    services += extra_services(own, bundle, horizon=horizon)
    return replace(
        bundle,
        referral=referral,
        legal_events=legal_details(own, bundle.legal_events),
        services=sorted(services, key=lambda s: (s.delivered_on, s.created_at)),
        outcomes=snapshots(own, bundle, horizon=horizon),
    )


def referral_details(
    rng: random.Random, referral: Referral, *, status: Status, today: date, declined: LegalEvent | None
) -> Referral:
    """The story's referral with issue 13's details; the prosecutor's decision agrees with a "charge
    declined" event where the story has one."""
    police = referral.door is not ReferralDoor.COMMUNITY
    name, _, badge = referral.referring_officer.partition(" #")
    day = referral.referred_at.date()
    pending = status is Status.REFERRED and rng.random() < 0.8
    decided_on = min(today - timedelta(days=1), day + timedelta(days=rng.randint(0, 5)))
    acceptance = ReferralAcceptance.PENDING if pending else ReferralAcceptance.ACCEPTED
    # As the form records it now: the program's code, or the referrer as typed; nothing in the old field.
    changes: dict[str, object] = {
        "referring_officer": name, "officer_badge": badge, "referring_agency": "",
        "agency_code": AGENCY_CODES.get(referral.referring_agency, referral.referring_agency),
        "precinct": rng.choice(DEMO_PROGRAM.precincts).code if police else "",
        "beat": f"{rng.choice('BCDKMN')}{rng.randint(1, 3)}" if police else "",
        "offence_category": rng.choice(DEMO_PROGRAM.offence_categories).code if police else "",
        "acceptance": acceptance,
        "acceptance_on": None if pending else decided_on,
    }  # fmt: skip
    if referral.door is ReferralDoor.ARREST_DIVERSION:
        decision = pick(rng, PROSECUTOR_WEIGHTS)
        decided = min(today - timedelta(days=1), day + timedelta(days=rng.randint(3, 45)))
        if declined is not None:
            decision, decided = ProsecutorDecision.DECLINED_TO_FILE, declined.occurred_at.date()
        changes |= {
            "prosecutor_decision": decision, "prosecutor_name": rng.choice(PROSECUTORS),
            "prosecutor_decided_on": None if decision is ProsecutorDecision.PENDING else decided,
            "prosecutor_note": "" if decision is ProsecutorDecision.PENDING else HELD_NOTE,
        }  # fmt: skip
    return referral.with_changes(**changes)


def legal_details(rng: random.Random, events: list[LegalEvent]) -> list[LegalEvent]:
    """Charge level, disposition and source on every event; the story's release goes onto its booking
    (a story has one booking at most). A release drawn before its booking (both yesterday) leaves the
    person still held."""
    release = next((e for e in events if e.kind is Legal.RELEASE), None)
    out: list[LegalEvent] = []
    for event in events:
        if event.kind is Legal.RELEASE:
            continue
        level = pick(rng, ((ChargeLevel.MISDEMEANOR, ChargeLevel.GROSS_MISDEMEANOR, ChargeLevel.FELONY,
                            ChargeLevel.UNKNOWN), (55, 25, 10, 10)))  # fmt: skip
        source = {Legal.BOOKING: LegalSource.JAIL_ROSTER, Legal.ARREST: LegalSource.COURT_RECORD}.get(
            event.kind, rng.choice((LegalSource.COURT_RECORD, LegalSource.SELF_REPORT))
        )
        disposition = {
            Legal.CHARGE_DECLINED: Disposition.DIVERTED,
            Legal.COURT_DATE: rng.choice((Disposition.PENDING, Disposition.DISMISSED, Disposition.DEFERRED)),
            Legal.CHARGE_FILED: Disposition.PENDING,
        }.get(event.kind)
        changes: dict[str, object] = {"charge_level": level, "source": source, "disposition": disposition}
        if event.kind is Legal.BOOKING and release is not None and release.occurred_at >= event.occurred_at:
            changes["released_at"] = release.occurred_at
        out.append(event.with_changes(**changes))
    return out


def service_cost(rng: random.Random, service: Service) -> Service:
    cost = COSTS.get(service.kind)
    if cost is None or service.is_referral:
        return service
    (low, high), (fewest, most) = cost
    cents = rng.randint(int(Decimal(low) * 100), int(Decimal(high) * 100))
    units = rng.randint(fewest, most)
    funding = rng.choice(DEMO_PROGRAM.service_catalogue).code if rng.random() < 0.8 else "Team petty cash"
    return service.with_changes(amount=Decimal(cents) / 100 * units, units=units, funding_source=funding)


def extra_services(rng: random.Random, bundle: ParticipantBundle, *, horizon: datetime) -> list[Service]:
    """A hotel stay or flexible funds for some: what the story's topics never hand out."""
    engaged = [e for e in bundle.enrollments if e.engagement_date is not None]
    if not engaged or rng.random() > 0.3:
        return []
    first = engaged[0].engagement_date
    assert first is not None
    last = min(horizon.date(), first + timedelta(days=180))
    day = first + timedelta(days=rng.randint(0, max(0, (last - first).days)))
    at = min(datetime.combine(day, time(14), UTC), horizon)
    kind = rng.choice((ServiceKind.HOTEL_MOTEL, ServiceKind.FLEXIBLE_FUNDS))
    hotel = kind is ServiceKind.HOTEL_MOTEL
    made = Service(
        id=synthetic_id(rng, at), participant_id=bundle.participant.id, created_at=at, updated_at=at,
        created_by=bundle.participant.case_manager, delivered_on=at.date(), kind=kind,
        provider="Harbor Inn" if hotel else "",
        outcome="Stayed until the shelter bed opened" if hotel else "Rent gap covered",
    )  # fmt: skip
    return [service_cost(rng, made)]

