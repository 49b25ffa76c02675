"""An officer's referral as the office server's referral page stores it (issue 19's contract): a
participant stub in the on-call team (status referred, no case manager, created by the officer) and its
referral, each stored as a push stores a create, under a seq of its own, stamped by a writer that is no
laptop. Written here straight through the server's records layer, so the laptop side is tested without
the page itself."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.engine import Engine

from leaddesk.domain import Participant, Referral, SyncedRecord
from leaddesk.domain.clock import COUNTER_BITS, Stamp
from leaddesk.domain.enums import ReferralDoor
from leaddesk.domain.ids import utcnow
from leaddesk.server import records
from leaddesk.server.records import StoredRecord
from leaddesk.server.sequence import sequenced

PAGE_WRITER = "referral-page"
OFFICER = "ofc.lane"


def officer_referral(
    *,
    team: str,
    first: str = "Jordan",
    last: str = "Quill",
    aliases: tuple[str, ...] = (),
    date_of_birth: date | None = None,
    referred_at: datetime | None = None,
    precinct: str = "north",
) -> tuple[Participant, Referral]:
    """The stub and its referral, as the page makes them from an officer's form."""
    at = referred_at or utcnow() - timedelta(minutes=12)
    stub = Participant(
        first_name=first,
        last_name=last,
        aliases=list(aliases),
        date_of_birth=date_of_birth,
        team_id=team,
        created_by=OFFICER,
    )
    referral = Referral(
        participant_id=stub.id,
        door=ReferralDoor.SOCIAL_CONTACT,
        referred_at=at,
        place="Bus shelter, 4th and Pine",
        observed="Sitting in the rain, no coat, said he has not eaten since yesterday.",
        offence_category="trespass",
        person_description="Tall, grey beard, green backpack",
        agreed_to_meet=True,
        officer_contact="Radio 2231, cell 555-0100",
        officer_username=OFFICER,
        referring_officer="Ofc. Dana Lane",
        agency_code="bpd",
        precinct=precinct,
        intake_deadline=at.date() + timedelta(days=30),
        created_by=OFFICER,
    )
    return stub, referral


def write_on_server(engine: Engine, *made: SyncedRecord, team: str) -> None:
    """Store `made` (each participant before its records) in `team`, as the referral page would."""
    now = utcnow()
    stamp = Stamp(int(now.timestamp() * 1000) << COUNTER_BITS, PAGE_WRITER).encode()
    with engine.connect() as conn, sequenced(conn) as sequence:
        stored = []
        for item in made:
            fields = item.model_dump(mode="json", exclude={"id"})
            pid = getattr(item, "participant_id", item.id)
            row = StoredRecord(
                entity=item.entity,
                record_id=item.id,
                participant_id=pid,
                team=team,
                fields=fields,
                clocks=dict.fromkeys(fields, stamp),
            )
            row.seq = sequence.next()
            stored.append(row)
        records.write(conn, inserts=stored, updates=[], now=now)
