"""An officer's referral becomes records (issue 19): a participant stub and a referral, in the scope of
the team on call for the officer's precinct, stored as a push of their creates would store them (one
seq each, so that team's laptops pull them at their next sync like anything pushed, and a later edit
merges field by field). And the officer's own list: what they sent, each with the status the records
give it now (domain/officer_feedback.py), never anyone else's referral and never a case record."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from leaddesk.domain.casework import Referral
from leaddesk.domain.consent import Consent
from leaddesk.domain.disclosure import Recipient
from leaddesk.domain.enums import ParticipantStatus, ReferralDoor
from leaddesk.domain.ids import utcnow
from leaddesk.domain.officer_feedback import OfficerFeedback, feedback
from leaddesk.domain.participant import Participant
from leaddesk.server import program, records, users
from leaddesk.server.audit import DISCLOSURE, record_event
from leaddesk.server.db import officer_referral, record
from leaddesk.server.errors import ServerError
from leaddesk.server.officers import Officer
from leaddesk.server.records import PARTICIPANT
from leaddesk.server.sequence import Sequence

# The id the records' field stamps carry: the referral page, never a device.
WRITER = "referral-page"
LIST_LENGTH = 100  # an officer's latest referrals; older ones have long run their course
UNKNOWN_NAME = "Unknown"  # a name part the person did not give


class NoTeamOnCall(ServerError):
    """No team takes referrals from the officer's precinct: nobody would see this one in time."""

    status = 409
    error = "no_team_on_call"


@dataclass(frozen=True, slots=True)
class SentReferral:
    """What an officer sent, as they typed it (already checked by the page's form)."""

    door: ReferralDoor
    referred_at: datetime
    referral_day: date  # the day of `referred_at` where the officer is: the intake deadline counts from it
    place: str
    observed: str
    offence_category: str
    first_name: str
    last_name: str
    alias: str
    person_description: str
    agreed_to_meet: bool | None
    officer_contact: str

    @property
    def person_name(self) -> str:
        return " ".join(n for n in (self.first_name, self.last_name) if n)


@dataclass(frozen=True, slots=True)
class Submitted:
    referral_id: str
    participant_id: str
    team: str


@dataclass(frozen=True, slots=True)
class ListedReferral:
    referral_id: str
    submitted_at: datetime
    referred_at: datetime
    door: ReferralDoor
    place: str
    person_name: str
    feedback: OfficerFeedback


def submit(conn: Connection, *, officer: Officer, sent: SentReferral) -> Submitted:
    """Store the referral for the on-call team, in the caller's write transaction; NoTeamOnCall (and
    nothing written) if no team takes the officer's precinct."""
    sequence = Sequence(conn)  # the seq lock first: a pull sees both records or neither
    settings = program.current(conn)
    team = settings.on_call_team(officer.precinct)
    if team is None or not users.team_exists(conn, name=team):
        raise NoTeamOnCall(
            f"No team of the LEAD program is on call for precinct {officer.precinct}, so this referral "
            "could not be sent. Call the program's on-call line instead; what you typed is still below."
        )
    now = utcnow()
    participant = Participant(
        first_name=sent.first_name or UNKNOWN_NAME,
        last_name=sent.last_name or UNKNOWN_NAME,
        aliases=[sent.alias] if sent.alias else [],
        team_id=team,
        case_manager="",
        status=ParticipantStatus.REFERRED,
        created_by=officer.username,
        created_at=now,
        updated_at=now,
    )
    referral = Referral(
        participant_id=participant.id,
        door=sent.door,
        referred_at=sent.referred_at,
        place=sent.place,
        observed=sent.observed,
        offence_category=sent.offence_category,
        person_description=sent.person_description,
        agreed_to_meet=sent.agreed_to_meet,
        officer_contact=sent.officer_contact,
        officer_username=officer.username,
        referring_officer=officer.user.display_name,
        agency_code=officer.agency_code,
        precinct=officer.precinct,
        intake_deadline=sent.referral_day + timedelta(days=settings.intake_deadline_days),
        created_by=officer.username,
        created_at=now,
        updated_at=now,
    )
    made = [
        records.created(item, participant_id=participant.id, team=team, writer=WRITER, now=now)
        for item in (participant, referral)
    ]
    for stored in made:
        stored.seq = sequence.next()
    records.write(conn, inserts=made, updates=[], now=now)
    sequence.save()
    conn.execute(
        insert(officer_referral).values(
            referral_id=referral.id,
            participant_id=participant.id,
            user_id=officer.user.id,
            submitted_at=now,
            referred_at=sent.referred_at,
            door=sent.door.value,
            place=sent.place[:200],
            person_name=sent.person_name[:210],
        )
    )
    record_event(
        conn,
        actor=officer.username,
        action="referral_submitted",
        entity="referral",
        entity_id=referral.id,
        participant_id=participant.id,
        detail=f"team={team} precinct={officer.precinct}",
    )
    return Submitted(referral_id=referral.id, participant_id=participant.id, team=team)


def _followed(
    conn: Connection, referrals: dict[tuple[str, str], records.StoredRecord]
) -> dict[tuple[str, str], records.StoredRecord]:
    """The referrals as they are now: one a case manager merged into a participant already in the
    program is deleted, and its live copy on that participant names it in `merged_from` (desk/handoffs.py);
    that copy stands in for it, so the officer sees what came of the hand-off, not "closed"."""
    for key, stored in list(referrals.items()):
        if not stored.fields.get("deleted"):
            continue
        copy_id = conn.execute(
            select(record.c.record_id).where(
                record.c.entity == "referral",
                record.c.fields.like(f'%"merged_from":"{key[1]}"%'),
                record.c.fields.not_like('%"deleted":true%'),
            )
        ).scalar()
        copy = records.load_many(conn, keys=[("referral", copy_id)]) if copy_id is not None else {}
        if copy:
            referrals[key] = next(iter(copy.values()))
    return referrals


def _referral(stored: records.StoredRecord | None) -> Referral | None:
    return None if stored is None else Referral.model_validate({"id": stored.record_id, **stored.fields})


def _participant(stored: records.StoredRecord | None) -> Participant | None:
    return None if stored is None else Participant.model_validate({"id": stored.record_id, **stored.fields})


def _consents(conn: Connection, participant_ids: list[str]) -> dict[str, list[Consent]]:
    found: dict[str, list[Consent]] = {}
    if not participant_ids:
        return found
    rows = conn.execute(
        select(record.c.record_id, record.c.participant_id, record.c.fields).where(
            record.c.entity == Consent.entity, record.c.participant_id.in_(participant_ids)
        )
    )
    for row in rows:
        found.setdefault(row.participant_id, []).append(
            Consent.model_validate({"id": row.record_id, **json.loads(row.fields)})
        )
    return found


def list_for(conn: Connection, *, officer: Officer, on: date) -> list[ListedReferral]:
    """The officer's latest referrals, newest first, each with its status now. Whatever a consent let
    show is recorded as a disclosure to the officer's agency. Call in a write transaction."""
    rows = conn.execute(
        select(officer_referral)
        .where(officer_referral.c.user_id == officer.user.id)
        .order_by(officer_referral.c.submitted_at.desc())
        .limit(LIST_LENGTH)
    ).all()
    referrals = _followed(conn, records.load_many(conn, keys=[("referral", r.referral_id) for r in rows]))
    # The referral's participant as the records hold it now (the stub unless merged away since).
    pids = {
        r.referral_id: (referrals[("referral", r.referral_id)].participant_id
                        if ("referral", r.referral_id) in referrals else r.participant_id)
        for r in rows
    }  # fmt: skip
    participants = records.load_many(conn, keys=[(PARTICIPANT, pid) for pid in pids.values()])
    consents = _consents(conn, sorted(set(pids.values())))
    settings = program.current(conn)
    label = next((a.label for a in settings.partner_agencies if a.code == officer.agency_code), "")
    agency = Recipient(code=officer.agency_code, name=label)
    names = {u.username: u.display_name for u in users.list_users(conn)}
    listed = []
    for row in rows:
        pid = pids[row.referral_id]
        said = feedback(
            _referral(referrals.get(("referral", row.referral_id))),
            _participant(participants.get((PARTICIPANT, pid))),
            consents=consents.get(pid, []),
            agency=agency,
            staff_names=names,
            on=on,
        )
        if said.disclosed:
            _account(conn, officer=officer, participant_id=pid, said=said)
        listed.append(
            ListedReferral(
                referral_id=row.referral_id,
                submitted_at=row.submitted_at,
                referred_at=row.referred_at,
                door=ReferralDoor(row.door),
                place=row.place,
                person_name=row.person_name,
                feedback=said,
            )
        )
    record_event(conn, actor=officer.username, action="referrals_viewed", detail=f"listed={len(listed)}")
    return listed


def _account(conn: Connection, *, officer: Officer, participant_id: str, said: OfficerFeedback) -> None:
    """42 CFR 2.25's accounting: what a consent let the officer's agency see, on which consents."""
    record_event(
        conn,
        actor=officer.username,
        action=DISCLOSURE,
        entity="participant",
        entity_id=participant_id,
        participant_id=participant_id,
        detail=f"recipient={officer.agency_code} purpose=criminal_justice delivery=referral_page "
        f"items={said.items_disclosed} consents={','.join(said.consents_relied_on)}",
    )
