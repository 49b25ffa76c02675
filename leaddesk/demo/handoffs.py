"""Officers' referrals waiting for their warm hand-off in the demo (issue 19): two, stored on the demo
office server as its referral page stores one (a participant stub in the on-call team, with no case
manager, made by the officer's account, and its referral), so the demo laptops pull them like a real one
and Today opens on the hand-off list with its clocks running. One is for someone new, referred minutes
ago; the other, past the 30-minute goal, is for someone already in the caseload, their name as an officer
types it and their date of birth, so the duplicate offer shows too.

Drawn from a Random of their own, so every other seeded draw (the caseload, its notes) stays the same.
A demo folder opened again gets none added once the laptop holds any of them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from leaddesk.demo import phrases as ph
from leaddesk.demo.bundle import synthetic_id
from leaddesk.demo.program import DEMO_PROGRAM
from leaddesk.demo.synthetic import SeededRandom
from leaddesk.domain import Participant, Referral, SyncedRecord
from leaddesk.domain.clock import COUNTER_BITS, Stamp
from leaddesk.domain.enums import ReferralDoor
from leaddesk.domain.ids import utcnow
from leaddesk.server import records
from leaddesk.server.db import make_engine
from leaddesk.server.records import StoredRecord
from leaddesk.server.sequence import sequenced
from leaddesk.storage.store import Store

HANDOFF_SEED = 19
WRITER = "referral-page"  # the stamps' device id: the referral page's, no laptop's
# (account, name, agency code, precinct code, how to reach them): invented officers of the demo program.
OFFICERS = (
    ("ofc.ramirez", "Ofc. Lena Ramirez", "bpd", "north", "Radio 4471, cell 360-555-0134"),
    ("dep.okoye", "Deputy Sam Okoye", "kcso", "east", "Dispatch channel 3, cell 253-555-0178"),
)
OBSERVED = (
    "Sleeping in the doorway of a closed shop; woke easily, shaking, says he has been using and has not "
    "eaten today. No weapons. Trespass complaint from the owner.",
    "Found with a small amount of suspected fentanyl during a stop at the platform. Calm, cooperative, "
    "asked about getting on methadone again.",
)
DESCRIPTIONS = (
    "Tall, grey hoodie, red backpack, walks with a cane",
    "Short dark hair, black puffer jacket, carrying a green sleeping bag",
)
PLACES = ("Larkmoor Ave and Cobble St, outside the Corvo Mart", "Ferrow Blvd light-rail platform")


def officer_referrals(*, team: str, known: Participant | None, now: datetime) -> list[SyncedRecord]:
    """The demo's waiting referrals, stubs before their referrals: someone new 9 minutes ago, and
    (`known` given) someone already in the caseload 38 minutes ago."""
    rng = SeededRandom(HANDOFF_SEED)
    first, last = rng.choice(ph.MALE_FIRST), ph.invented_surname(rng)
    people: list[tuple[str, str, list[str], Participant | None, int]] = [
        (first, last, [rng.choice(ph.NICKNAMES)], None, 9)
    ]
    if known is not None:  # as an officer types it: capitals, no accents, the birth date from an ID
        people.append((known.first_name.upper(), known.last_name.upper(), [], known, 38))
    made: list[SyncedRecord] = []
    for n, (given, family, aliases, same_as, minutes) in enumerate(people):
        account, name, agency, precinct, contact = OFFICERS[n]
        at = now - timedelta(minutes=minutes)
        stub = Participant(
            id=synthetic_id(rng, at), created_at=at, updated_at=at, created_by=account, first_name=given,
            last_name=family, aliases=aliases, date_of_birth=same_as.date_of_birth if same_as else None,
            team_id=team,
        )  # fmt: skip
        referral = Referral(
            id=synthetic_id(rng, at), created_at=at, updated_at=at, created_by=account,
            participant_id=stub.id, referred_at=at,
            door=ReferralDoor.SOCIAL_CONTACT if n == 0 else ReferralDoor.ARREST_DIVERSION,
            place=PLACES[n], observed=OBSERVED[n], person_description=DESCRIPTIONS[n],
            agreed_to_meet=True if n == 0 else None, officer_contact=contact, officer_username=account,
            referring_officer=name, agency_code=agency, precinct=precinct,
            offence_category="trespass" if n == 0 else "drug-possession",
            intake_deadline=at.date() + timedelta(days=DEMO_PROGRAM.intake_deadline_days),
        )  # fmt: skip
        made += [stub, referral]
    return made


def seed_handoffs(database_url: str, laptop: Store, *, team: str, now: datetime | None = None) -> int:
    """Store the demo's waiting referrals on the demo office server, unless `laptop` (synced with it)
    holds any already; how many records were stored. The one already in the caseload is one of the
    laptop's participants with a date of birth, drawn from the same Random."""
    held = laptop.repos.referrals.count(
        where={"officer_username": [o[0] for o in OFFICERS]}, include_deleted=True
    )
    if held:
        return 0
    known = _someone_known(laptop.repos.participants.find(where={"team_id": team}, limit=200))
    made = officer_referrals(team=team, known=known, now=now or utcnow())
    _store_on_server(database_url, made, team=team)
    return len(made)


def _someone_known(participants: Sequence[Participant]) -> Participant | None:
    born = [p for p in participants if p.date_of_birth is not None]
    return SeededRandom(HANDOFF_SEED + 1).choice(born) if born else None


def _store_on_server(database_url: str, made: list[SyncedRecord], *, team: str) -> None:
    """As a push stores creates: every field but the id with a clock, each record under a seq."""
    now = utcnow()
    stamp = Stamp(int(now.timestamp() * 1000) << COUNTER_BITS, WRITER).encode()
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn, sequenced(conn) as sequence:
            stored = []
            for item in made:
                fields = item.model_dump(mode="json", exclude={"id"})
                row = StoredRecord(
                    entity=item.entity,
                    record_id=item.id,
                    participant_id=getattr(item, "participant_id", item.id),
                    team=team,
                    fields=fields,
                    clocks=dict.fromkeys(fields, stamp),
                )
                row.seq = sequence.next()
                stored.append(row)
            records.write(conn, inserts=stored, updates=[], now=now)
    finally:
        engine.dispose()
