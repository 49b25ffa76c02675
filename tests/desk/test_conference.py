"""Case conferencing in the desk (desk/conference.py): the agenda's suggestions with their reasons, what
each participant shows to the attending agencies (the gate's intersection over their agencies; a
participant no consent covers de-identified or left out as the program says), and finishing the
meeting: discussions, tasks, legal-event updates and the agenda's disclosures in one transaction."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest

from leaddesk.desk import Desk
from leaddesk.desk.conference import (
    Agenda,
    AgendaReason,
    Attendee,
    ConferenceRefused,
    Decision,
    LegalUpdate,
    TaskDecision,
)
from leaddesk.domain import Consent, Contact, LegalEvent, Need, Participant, Referral
from leaddesk.domain.conference import ConferenceWithoutConsent, Suggestion
from leaddesk.domain.disclosure_codes import Delivery, DisclosurePurpose, InformationCategory
from leaddesk.domain.enums import (
    ContactKind,
    LegalEventKind,
    NeedDomain,
    ProsecutorCoordination,
    ReferralDoor,
)
from leaddesk.domain.program import CatalogueEntry, ProgramSettings
from leaddesk.storage.store import Store

TODAY = date(2026, 3, 4)
PAO = CatalogueEntry(code="PAO", label="Juniper County Prosecuting Attorney")
JCPD = CatalogueEntry(code="JCPD", label="Juniper County Police Department")
CJ = DisclosurePurpose.CRIMINAL_JUSTICE
Cat = InformationCategory
ROOM = [Attendee(name="Dana Reyes", agency_code="PAO"), Attendee(name="Casey Morgan")]


def program(store: Store, **settings: Any) -> None:
    made = ProgramSettings(partner_agencies=[PAO, JCPD], **settings)
    store.repos.program.replace(version="c" * 32, settings=made, roster=[])


def person(store: Store, first: str, last: str, **values: Any) -> Participant:
    return store.repos.participants.create(
        Participant(
            first_name=first, last_name=last, team_id="north", date_of_birth=date(1985, 5, 17), **values
        )
    )


def consent_to(store: Store, who: Participant, agency: CatalogueEntry, categories: list[Cat]) -> Consent:
    return store.repos.consents.create(
        Consent(
            participant_id=who.id, discloser="LEAD Juniper County", information="Legal events and plan",
            recipient=agency.label, recipient_code=agency.code, purpose="Case coordination",
            signed_by=f"{who.first_name} {who.last_name}", signed_on=TODAY - timedelta(days=30),
            expires_on=TODAY + timedelta(days=300), purposes=[CJ], categories=categories,
        )
    )  # fmt: skip


def at(day: date, hour: int = 9) -> datetime:
    return datetime.combine(day, time(hour)).astimezone(UTC)


@pytest.fixture
def people(store: Store) -> dict[str, Participant]:
    """Five participants, each suggested for one reason, and one nobody would suggest."""
    program(store)
    made = {
        "court": person(store, "Jordan", "Quill"),
        "coordinate": person(store, "Avery", "Stone"),
        "unseen": person(store, "Riley", "Marsh"),
        "new": person(store, "Kai", "Ortiz"),
        "quiet": person(store, "Sam", "Birch"),
    }
    repos = store.repos
    repos.legal_events.create(
        LegalEvent(participant_id=made["court"].id, kind=LegalEventKind.COURT_DATE,
                   occurred_at=at(TODAY + timedelta(days=9)), court="Juniper Municipal", case_number="24-118")
    )  # fmt: skip
    repos.legal_events.create(
        LegalEvent(
            participant_id=made["court"].id,
            kind=LegalEventKind.COURT_DATE,
            occurred_at=at(TODAY + timedelta(days=20)),
            court="Juniper Municipal",
        )
    )  # fmt: skip
    # (that one is beyond the window: not a reason on its own)
    repos.legal_events.create(
        LegalEvent(participant_id=made["coordinate"].id, kind=LegalEventKind.CHARGE_FILED,
                   occurred_at=at(TODAY - timedelta(days=40)),
                   prosecutor_coordination=ProsecutorCoordination.TO_COORDINATE)
    )  # fmt: skip
    repos.referrals.create(
        Referral(participant_id=made["new"].id, door=ReferralDoor.SOCIAL_CONTACT,
                 referred_at=at(TODAY - timedelta(days=3)))
    )  # fmt: skip
    repos.referrals.create(
        Referral(participant_id=made["quiet"].id, door=ReferralDoor.SOCIAL_CONTACT,
                 referred_at=at(TODAY - timedelta(days=60)))
    )  # fmt: skip
    seen = at(TODAY - timedelta(days=2))
    for key in ("court", "coordinate", "new", "quiet"):
        repos.contacts.create(Contact(participant_id=made[key].id, occurred_at=seen, kind=ContactKind.STREET))
    repos.contacts.create(
        Contact(participant_id=made["unseen"].id, occurred_at=at(TODAY - timedelta(days=15)),
                kind=ContactKind.STREET)
    )  # fmt: skip
    return made


def test_the_agenda_suggests_each_participant_with_their_reasons(
    desk: Desk, people: dict[str, Participant]
) -> None:
    found = {s.suggestion.participant_id: s for s in desk.conference.suggestions(today=TODAY)}
    reasons = {key: found[p.id].suggestion.reasons for key, p in people.items() if p.id in found}
    assert reasons == {
        "court": (AgendaReason.COURT_DATE,),
        "coordinate": (AgendaReason.COORDINATE,),
        "unseen": (AgendaReason.NOT_SEEN,),
        "new": (AgendaReason.NEW_REFERRAL,),
    }
    first = desk.conference.suggestions(today=TODAY)[0]
    assert first.suggestion.participant_id == people["court"].id  # a court date comes first
    assert first.suggestion.court_at == at(TODAY + timedelta(days=9))
    assert first.name == "Quill, Jordan"


def _agenda(desk: Desk, people: dict[str, Participant], *keys: str) -> Agenda:
    chosen = [Suggestion(people[k].id, (AgendaReason.ADDED,)) for k in keys]
    return desk.conference.agenda(chosen, attendees=ROOM, on=TODAY)


def test_a_consent_naming_the_prosecutor_identifies_and_shows_only_what_it_names(
    desk: Desk, store: Store, people: dict[str, Participant]
) -> None:
    jordan = people["court"]
    consent = consent_to(store, jordan, PAO, [Cat.DEMOGRAPHICS_CONTACT, Cat.LEGAL_EVENTS])
    store.repos.needs.create(Need(participant_id=jordan.id, domain=NeedDomain.HOUSING))
    entry = _agenda(desk, people, "court").entries[0]
    assert entry.identified
    assert entry.name == "Quill, Jordan"
    assert entry.date_of_birth == date(1985, 5, 17)
    assert {i.entity for i, _ in entry.shown} == {"participant", "legal_event"}  # the need is not named
    assert entry.consent_ids == (consent.id,)

    # A second agency in the room that no consent names: everyone sees only what all may see — nothing.
    both = [*ROOM, Attendee(name="Officer Lee", agency_code="JCPD")]
    alone = desk.conference.agenda([Suggestion(jordan.id, ())], attendees=both, on=TODAY).entries[0]
    assert not alone.identified
    assert alone.name == ""
    assert alone.shown == ()
    assert alone.date_of_birth is None
    assert alone.initials == "J. Q."


def test_without_a_covering_consent_a_participant_is_deidentified_or_left_out(
    desk: Desk, store: Store, people: dict[str, Participant]
) -> None:
    consent_to(store, people["court"], PAO, [Cat.DEMOGRAPHICS_CONTACT])
    consent_to(store, people["unseen"], JCPD, [Cat.DEMOGRAPHICS_CONTACT])  # the wrong agency
    agenda = _agenda(desk, people, "court", "unseen")
    riley = agenda.entry(people["unseen"].id)
    assert (riley.identified, riley.name, riley.date_of_birth, riley.shown) == (False, "", None, ())
    assert (riley.number, riley.initials) == (2, "R. M.")
    assert agenda.left_out == 0

    program(store, conference_without_consent=ConferenceWithoutConsent.LEAVE_OUT)
    agenda = _agenda(desk, people, "court", "unseen")
    assert [e.participant_id for e in agenda.entries] == [people["court"].id]
    assert agenda.left_out == 1


def test_an_attendee_of_an_agency_not_on_the_program_list_is_refused(
    desk: Desk, people: dict[str, Participant]
) -> None:
    with pytest.raises(ConferenceRefused, match="FBI is not one of the program's partner agencies"):
        desk.conference.agenda(
            [Suggestion(people["court"].id, ())], attendees=[Attendee(name="X", agency_code="FBI")], on=TODAY
        )


def test_finishing_writes_discussions_tasks_updates_and_disclosures_at_once(
    desk: Desk, store: Store, people: dict[str, Participant]
) -> None:
    consent = consent_to(store, people["coordinate"], PAO, [Cat.DEMOGRAPHICS_CONTACT, Cat.LEGAL_EVENTS])
    event = store.repos.legal_events.find(participant_id=people["coordinate"].id)[0]
    agenda = _agenda(desk, people, "coordinate", "unseen")
    decided = {
        people["coordinate"].id: Decision(
            text="Prosecutor will hold the filing decision over for 60 days",
            tasks=(
                TaskDecision(
                    "Send the prosecutor the plan", assignee="casey", due_on=TODAY + timedelta(days=7)
                ),
            ),
            legal_updates=(LegalUpdate(event.id, ProsecutorCoordination.COORDINATED),),
        ),
        people["unseen"].id: Decision(text="Outreach to the usual spots this week"),
    }
    done = desk.conference.finish(agenda, decisions=decided)
    avery, riley = done.value
    assert (avery.identified, avery.consent_ids, avery.conference_id) == (
        True,
        [consent.id],
        agenda.conference_id,
    )
    assert (riley.identified, riley.consent_ids, riley.conference_id) == (False, [], agenda.conference_id)
    task = store.repos.tasks.get(avery.task_ids[0])
    assert (task.title, task.assignee, task.participant_id) == (
        "Send the prosecutor the plan",
        "casey",
        avery.participant_id,
    )
    assert (
        store.repos.legal_events.get(event.id).prosecutor_coordination is ProsecutorCoordination.COORDINATED
    )
    # One disclosure: the identified participant, to the one agency; none for the de-identified one.
    (disclosure,) = store.repos.disclosures.find()
    assert (disclosure.participant_id, disclosure.recipient_code) == (people["coordinate"].id, "PAO")
    assert disclosure.consent_ids == [consent.id]
    assert disclosure.delivery is Delivery.IN_PERSON
    assert set(disclosure.items) == {"participant", "legal_event"}
    assert {"conference_discussion", "task", "legal_event", "disclosure"} <= done.changes.entities


def test_a_bad_decision_changes_nothing(desk: Desk, store: Store, people: dict[str, Participant]) -> None:
    consent_to(store, people["coordinate"], PAO, [Cat.DEMOGRAPHICS_CONTACT, Cat.LEGAL_EVENTS])
    other = store.repos.legal_events.find(participant_id=people["court"].id)[0]
    agenda = _agenda(desk, people, "coordinate")
    bad = {
        people["coordinate"].id: Decision(
            tasks=(TaskDecision("Call"),),
            legal_updates=(LegalUpdate(other.id, ProsecutorCoordination.COORDINATED),),
        )
    }
    before = (store.repos.tasks.count(), store.repos.discussions.count(), store.repos.disclosures.count())
    with pytest.raises(ConferenceRefused, match="another participant's event"):
        desk.conference.finish(agenda, decisions=bad)
    assert (
        store.repos.tasks.count(),
        store.repos.discussions.count(),
        store.repos.disclosures.count(),
    ) == before
    assert store.repos.legal_events.get(other.id).prosecutor_coordination is ProsecutorCoordination.NOT_NEEDED


def test_a_printed_agenda_is_not_recorded_twice(
    desk: Desk, store: Store, people: dict[str, Participant]
) -> None:
    consent_to(store, people["court"], PAO, [Cat.DEMOGRAPHICS_CONTACT])
    agenda = _agenda(desk, people, "court")
    desk.disclosures.record_many(agenda.reviews, delivery=Delivery.PRINTED, description="Agenda")
    desk.conference.finish(agenda, decisions={}, printed={people["court"].id})
    assert [d.delivery for d in store.repos.disclosures.find()] == [Delivery.PRINTED]
