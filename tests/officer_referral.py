"""An officer's referral as the office server's referral page makes it (issue 19's contract): a
participant stub (status referred, no case manager, made by the officer's account) and its referral.
`arrived` puts them in a laptop's store as a pull does, unchanged (no outbox entry, no audit event);
tests/e2e/officer_referrals.py writes them on a real server."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from leaddesk.domain import Participant, Referral
from leaddesk.domain.enums import ReferralDoor
from leaddesk.domain.ids import utcnow
from leaddesk.storage.store import Store

OFFICER = "ofc.lane"


def officer_referral(
    *,
    team: str = "north",
    first: str = "Jordan",
    last: str = "Quill",
    aliases: tuple[str, ...] = (),
    date_of_birth: date | None = None,
    referred_at: datetime | None = None,
    intake_deadline: date | None = None,
) -> tuple[Participant, Referral]:
    """The stub and its referral, as the page makes them from an officer's form (12 minutes ago)."""
    at = referred_at or utcnow() - timedelta(minutes=12)
    stub = Participant(
        first_name=first,
        last_name=last,
        aliases=list(aliases),
        date_of_birth=date_of_birth,
        team_id=team,
        created_at=at,  # the page makes both as the officer sends the referral
        updated_at=at,
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
        precinct="north",
        intake_deadline=intake_deadline,
        created_at=at,
        updated_at=at,
        created_by=OFFICER,
    )
    return stub, referral


def arrived(store: Store, stub: Participant, referral: Referral) -> None:
    """The stub and referral stored as a sync stores what it pulls."""
    store.repos.participants.import_records([stub])
    store.repos.referrals.import_records([referral])
