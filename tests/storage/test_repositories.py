"""Repositories over a real encrypted profile: every entity round-trips, updates touch only what was
given, deletes are tombstones, rules of signed notes, housing history and attachments hold, and the
caseload list filters, sorts and pages in SQL."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from leaddesk.domain import (
    SYNCED_MODELS,
    Addendum,
    CaseNote,
    Consent,
    Contact,
    CriterionAnswer,
    EligibilityScreening,
    Enrollment,
    HousingStatus,
    IncomeAmount,
    LegalEvent,
    Need,
    OutcomeSnapshot,
    Participant,
    PlanGoal,
    ProgressEntry,
    Referral,
    Service,
    SyncedRecord,
    Task,
)
from leaddesk.domain.casework_codes import (
    ChargeLevel,
    Disposition,
    LegalSource,
    ProsecutorDecision,
    ReferralAcceptance,
)
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import (
    AuditAction,
    ConsentKind,
    ContactKind,
    Destination,
    DobDataQuality,
    EligibilityDecision,
    ExitReason,
    GoalStatus,
    LegalEventKind,
    LivingSituation,
    NeedDomain,
    NeedStatus,
    NoYesReason,
    ParticipantStatus,
    ProjectType,
    ProsecutorCoordination,
    RaceEthnicity,
    ReferralDoor,
    ServiceKind,
    Sex,
    Urgency,
)
from leaddesk.domain.errors import DomainError, NoteSigned
from leaddesk.domain.ids import new_id
from leaddesk.domain.outcome_codes import (
    DataCollectionStage,
    DisabilityKind,
    EmploymentType,
    HealthInsurance,
    IncomeSource,
    NonCashBenefit,
    SubstanceUseDisorder,
)
from leaddesk.domain.records import MAX_ATTACHMENT_BYTES
from leaddesk.storage.errors import RecordNotFound
from leaddesk.storage.repositories.participants import CaseloadFilter, CaseloadRow, CaseloadSort
from leaddesk.storage.repositories.records import ImmutableField, RecordRepository, UnknownField
from leaddesk.storage.store import Store
from tests.laptop_zone import UTC_ZONE, laptop_zone

AT = datetime(2024, 5, 1, 15, 30, 12, 345678, tzinfo=UTC)
TODAY = date(2024, 6, 1)
META = {"created_at", "created_by", "updated_at"}


def counts(store: Store) -> tuple[int, int]:
    return store.repos.outbox.count(), store.repos.audit.count()


def signed_note(store: Store, participant: Participant, text: str = "Met at the shelter.") -> CaseNote:
    note = store.repos.notes.create(CaseNote(participant_id=participant.id, data=text))
    return store.repos.notes.sign(note.id)


# -- round trips ------------------------------------------------------------------------------------


def full_records(store: Store, pid: str) -> dict[str, tuple[RecordRepository[Any], SyncedRecord]]:
    """One record of each entity with every kind of value set: lists, nested models, enums, dates, times."""
    repos = store.repos
    contact = Contact(
        participant_id=pid,
        occurred_at=AT,
        minutes=45,
        place="Under the 4th Ave bridge",
        latitude=47.6062,
        longitude=-122.3321,
        kind=ContactKind.STREET,
        staff_present=["Casey Morgan", "Officer Reyes"],
        outcome="Agreed to go to the ID clinic",
    )
    return {
        "participant": (
            repos.participants,
            Participant(
                first_name="José",
                last_name="Díaz-Núñez",
                preferred_name="Pepe",
                aliases=["JD", "Flaco"],
                date_of_birth=date(1980, 2, 29),
                dob_data_quality=DobDataQuality.APPROXIMATE_OR_PARTIAL,
                sex=Sex.MALE,
                gender="man",
                race_ethnicity=[RaceEthnicity.HISPANIC_LATINA_E_O, RaceEthnicity.WHITE],
                additional_race_ethnicity="Mexican American",
                veteran_status=NoYesReason.YES,
                disabling_condition=NoYesReason.PREFERS_NOT_TO_ANSWER,
                phone="206-555-0100",
                usual_locations="Pioneer Square, mornings; library afternoons",
                team_id="north",
                case_manager="Casey Morgan",
                status=ParticipantStatus.EXITED,
                engaged_on=date(2023, 1, 5),
                exited_on=date(2024, 4, 30),
                exit_reason="Moved to Spokane",
            ),
        ),
        "enrollment": (
            repos.enrollments,
            Enrollment(
                participant_id=pid,
                project=ProjectType.SERVICES_ONLY,
                status=ParticipantStatus.EXITED,
                referral_date=date(2023, 1, 2),
                entry_date=date(2023, 1, 3),
                engagement_date=date(2023, 1, 5),
                exit_date=date(2024, 4, 30),
                destination=Destination.DECEASED,
                exit_reason=ExitReason.DIED,
                exit_reason_detail="Overdose; the team held a memorial at the day centre",
            ),
        ),
        "referral": (
            repos.referrals,
            Referral(
                participant_id=pid,
                door=ReferralDoor.ARREST_DIVERSION,
                referred_at=AT,
                place="3rd and Pine",
                referring_officer="Ofc. Reyes",
                officer_badge="4411",
                referring_agency="SPD West Precinct",
                agency_code="spd",
                precinct="west",
                beat="M2",
                offence_category="vucsa",
                offence="VUCSA, under 3 g",
                warm_handoff_at=AT + timedelta(minutes=25),
                acceptance=ReferralAcceptance.ACCEPTED,
                acceptance_on=date(2024, 5, 1),
                sent_to_prosecutor_on=date(2024, 5, 2),
                intake_deadline=date(2024, 5, 31),
                prosecutor_decision=ProsecutorDecision.DECLINED_TO_FILE,
                prosecutor_name="DPA Lin",
                prosecutor_decided_on=date(2024, 5, 9),
                prosecutor_note="Declined while he works with the team",
            ),
        ),
        "eligibility_screening": (
            repos.screenings,
            EligibilityScreening(
                participant_id=pid,
                answers=[
                    CriterionAnswer(key="adult", answer=True, notes="ID seen"),
                    CriterionAnswer(key="over_quantity", answer=False),
                    CriterionAnswer(key="protective_order", answer=None, notes="checking"),
                ],
                decision=EligibilityDecision.ELIGIBLE,
                decided_by="DPA Lin",
                decided_at=AT,
                notes="Prosecutor agreed",
            ),
        ),
        "consent": (
            repos.consents,
            Consent(
                participant_id=pid,
                kind=ConsentKind.CRIMINAL_JUSTICE,
                discloser="LEAD case management",
                information="Attendance and engagement status",
                recipient="King County Prosecuting Attorney",
                purpose="Diversion coordination",
                expires_on=date(2025, 5, 1),
                expiry_event="End of diversion",
                signed_by="José Díaz-Núñez",
                signed_on=date(2024, 5, 1),
                irrevocable_until=date(2024, 11, 1),
                notes="Copy given",
            ),
        ),
        "need": (
            repos.needs,
            Need(
                participant_id=pid,
                domain=NeedDomain.ID_DOCUMENTS,
                description="State ID lost in a sweep",
                rank=2,
                urgency=Urgency.ACUTE,
                status=NeedStatus.IN_PROGRESS,
            ),
        ),
        "plan_goal": (
            repos.goals,
            PlanGoal(
                participant_id=pid,
                goal="Get my ID back so I can apply for housing",
                domain=NeedDomain.HOUSING,
                steps=["Birth certificate", "DOL appointment"],
                target_date=date(2024, 8, 1),
                status=GoalStatus.ON_HOLD,
                progress=[
                    ProgressEntry(on=date(2024, 5, 3), text="Ordered birth certificate"),
                    ProgressEntry(on=date(2024, 5, 20), text="Certificate arrived"),
                ],
            ),
        ),
        "contact": (repos.contacts, contact),
        "note": (
            repos.notes,
            CaseNote(
                participant_id=pid,
                contact_id=contact.id,
                data="Seen under the bridge; said he slept badly.",
                assessment="Wants MAT again.",
                plan="Warm hand-off to the clinic Thursday.",
                sensitive_sud=True,
            ),
        ),
        "service": (
            repos.services,
            Service(
                participant_id=pid,
                delivered_on=date(2024, 5, 4),
                kind=ServiceKind.NALOXONE,
                provider="Needle exchange",
                is_referral=True,
                outcome="Kit given",
                amount=Decimal("1234.5"),
                units=3,
                funding_source="opioid-settlement",
            ),
        ),
        "legal_event": (
            repos.legal_events,
            LegalEvent(
                participant_id=pid,
                kind=LegalEventKind.COURT_DATE,
                occurred_at=AT + timedelta(days=30),
                case_number="24-1-01234-5 SEA",
                court="KCSC",
                description="Status hearing",
                prosecutor_coordination=ProsecutorCoordination.SENT_TO_PROSECUTOR,
                charge_level=ChargeLevel.GROSS_MISDEMEANOR,
                disposition=Disposition.DEFERRED,
                source=LegalSource.COURT_RECORD,
            ),
        ),
        "legal_event_booking": (
            repos.legal_events,
            LegalEvent(
                participant_id=pid,
                kind=LegalEventKind.BOOKING,
                occurred_at=AT,
                released_at=AT + timedelta(days=2, hours=3),
                charge_level=ChargeLevel.FELONY,
                disposition=Disposition.PENDING,
                source=LegalSource.JAIL_ROSTER,
            ),
        ),
        "outcome_snapshot": (
            repos.outcomes,
            OutcomeSnapshot(
                participant_id=pid,
                information_date=date(2024, 5, 1),
                stage=DataCollectionStage.REVIEW,
                income_from_any_source=NoYesReason.YES,
                incomes=[
                    IncomeAmount(source=IncomeSource.SSI, monthly_amount=Decimal("943")),
                    IncomeAmount(
                        source=IncomeSource.OTHER, monthly_amount=Decimal("40.5"), detail="Recycling"
                    ),
                ],
                benefits_from_any_source=NoYesReason.YES,
                benefits=[NonCashBenefit.SNAP, NonCashBenefit.OTHER],
                other_benefit_detail="Food bank card",
                insurance_from_any_source=NoYesReason.YES,
                insurance=[HealthInsurance.MEDICAID, HealthInsurance.OTHER],
                other_insurance_detail="County plan",
                employed=NoYesReason.YES,
                employment_type=EmploymentType.SEASONAL_OR_SPORADIC,
                physical_disability=NoYesReason.NO,
                developmental_disability=NoYesReason.DOESNT_KNOW,
                chronic_health_condition=NoYesReason.YES,
                hiv_aids=NoYesReason.PREFERS_NOT_TO_ANSWER,
                mental_health_disorder=NoYesReason.YES,
                substance_use_disorder=SubstanceUseDisorder.BOTH,
                long_term_impairing=[DisabilityKind.SUBSTANCE_USE, DisabilityKind.MENTAL_HEALTH],
                notes="Day labour at the market in summer",
            ),
        ),
        "housing_status": (
            repos.housing,
            HousingStatus(
                participant_id=pid,
                effective_on=date(2024, 5, 1),
                situation=LivingSituation.EMERGENCY_SHELTER,
                notes="Bed at the Morrison",
            ),
        ),
        "task": (
            repos.tasks,
            Task(
                participant_id=pid,
                title="Call DOL",
                due_on=date(2024, 5, 10),
                assignee="Casey Morgan",
                done=True,
                done_at=AT,
            ),
        ),
    }


ENTITIES = [
    "participant",
    "enrollment",
    "referral",
    "eligibility_screening",
    "consent",
    "need",
    "plan_goal",
    "contact",
    "note",
    "service",
    "legal_event",
    "legal_event_booking",
    "outcome_snapshot",
    "housing_status",
    "task",
]


@pytest.mark.parametrize("entity", ENTITIES)
def test_every_entity_round_trips(store: Store, participant: Participant, entity: str) -> None:
    repo, record = full_records(store, participant.id)[entity]
    created = repo.create(record)
    # What the person entered is kept exactly; the device fills in when and who.
    assert created.model_dump(exclude=META) == record.model_dump(exclude=META)
    assert created.created_by == store.user
    fetched = repo.get(created.id)
    assert fetched == created
    assert type(fetched) is type(record)
    assert fetched.model_dump(mode="json") == created.model_dump(mode="json")
    assert repo.find(where={"id": created.id}) == [created]
    repo.delete(created.id)
    with pytest.raises(RecordNotFound):
        repo.get(created.id)
    assert repo.get(created.id, include_deleted=True).deleted
    assert repo.find(where={"id": created.id}) == []


def test_an_addendum_round_trips_and_appears_under_its_note(store: Store, participant: Participant) -> None:
    note = signed_note(store, participant)
    other = signed_note(store, participant, "Another note.")
    first = store.repos.notes.add_addendum(note.id, "Correction: it was Tuesday, not Monday.")
    second = store.repos.notes.add_addendum(note.id, "He also asked about dental care.")
    store.repos.notes.add_addendum(other.id, "Unrelated.")
    assert store.repos.addenda.get(first.id) == first
    assert (first.note_id, first.participant_id, first.signed_by) == (note.id, participant.id, store.user)
    assert store.repos.addenda.for_note(note.id) == [first, second]
    assert store.repos.addenda.for_note(new_id()) == []


def test_an_attachment_round_trips_with_its_bytes(store: Store, participant: Participant) -> None:
    data = bytes(range(256)) * 40 + b"\x00end"
    attachment = store.repos.attachments.add(
        participant_id=participant.id,
        file_name="release-of-information.pdf",
        media_type="application/pdf",
        data=data,
        description="Signed ROI",
    )
    assert (attachment.size, attachment.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    assert store.repos.attachments.get(attachment.id) == attachment
    assert store.repos.attachments.read_bytes(attachment.id) == data
    assert store.repos.attachments.has_bytes(attachment.sha256)
    assert not store.repos.attachments.has_bytes(hashlib.sha256(b"other").hexdigest())
    # The same file attached twice is kept once and read back for both.
    again = store.repos.attachments.add(
        participant_id=participant.id, file_name="copy.pdf", media_type="application/pdf", data=data
    )
    assert again.id != attachment.id
    assert store.repos.attachments.read_bytes(again.id) == data


def test_attachment_export_is_audited_and_viewing_is_not_an_export(
    store: Store, participant: Participant
) -> None:
    attachment = store.repos.attachments.add(
        participant_id=participant.id, file_name="photo.jpg", media_type="image/jpeg", data=b"\xff\xd8jpeg"
    )
    store.repos.attachments.read_bytes(attachment.id)
    assert store.repos.audit.events(action=AuditAction.EXPORT) == []
    outbox_before = store.repos.outbox.count()
    assert store.repos.attachments.export_bytes(attachment.id) == b"\xff\xd8jpeg"
    [event] = store.repos.audit.events(action=AuditAction.EXPORT)
    assert (event.entity, event.entity_id, event.participant_id) == (
        "attachment",
        attachment.id,
        participant.id,
    )
    assert (event.user, event.device) == (store.user, store.device_id)
    assert store.repos.outbox.count() == outbox_before


def test_an_attachment_over_the_size_limit_is_refused(store: Store, participant: Participant) -> None:
    before = counts(store)
    with pytest.raises(ValueError, match=r"^data: "):
        store.repos.attachments.add(
            participant_id=participant.id,
            file_name="huge.bin",
            media_type="application/octet-stream",
            data=bytes(MAX_ATTACHMENT_BYTES + 1),
        )
    assert counts(store) == before
    assert store.repos.attachments.find() == []
    assert store.conn.execute("SELECT count(*) FROM attachment_blob").fetchone()[0] == 0


def test_an_attachment_with_a_bad_media_type_leaves_no_bytes(store: Store, participant: Participant) -> None:
    with pytest.raises(ValidationError) as caught:
        store.repos.attachments.add(
            participant_id=participant.id, file_name="x", media_type="not a type", data=b"abc"
        )
    assert caught.value.errors()[0]["loc"] == ("media_type",)
    assert not store.repos.attachments.has_bytes(hashlib.sha256(b"abc").hexdigest())


def test_the_attachment_file_description_cannot_be_swapped(store: Store, participant: Participant) -> None:
    attachment = store.repos.attachments.add(
        participant_id=participant.id, file_name="a.txt", media_type="text/plain", data=b"a"
    )
    for field in ("sha256", "size", "media_type"):
        with pytest.raises(ImmutableField):
            store.repos.attachments.update(
                attachment.id, {field: "text/html" if field == "media_type" else 0}
            )
    renamed = store.repos.attachments.update(attachment.id, {"file_name": "b.txt"})
    assert store.repos.attachments.get(attachment.id).file_name == renamed.file_name == "b.txt"


# -- update -----------------------------------------------------------------------------------------


def test_update_changes_exactly_the_given_fields(store: Store, participant: Participant) -> None:
    before = store.repos.participants.get(participant.id)
    updated = store.repos.participants.update(
        participant.id,
        {"phone": "206-555-0199", "aliases": ["JQ", "Quill"], "status": ParticipantStatus.ACTIVE},
    )
    fetched = store.repos.participants.get(participant.id)
    assert fetched == updated
    assert (fetched.phone, fetched.aliases, fetched.status) == (
        "206-555-0199",
        ["JQ", "Quill"],
        ParticipantStatus.ACTIVE,
    )
    assert fetched.updated_at > before.updated_at
    untouched = set(Participant.model_fields) - {"phone", "aliases", "status", "updated_at"}
    assert fetched.model_dump(include=untouched) == before.model_dump(include=untouched)
    [entry] = store.repos.outbox.pending()[-1:]
    assert set(entry.fields) == {"phone", "aliases", "status", "updated_at"}


def test_update_with_unchanged_values_writes_nothing(store: Store, participant: Participant) -> None:
    before = counts(store)
    same = store.repos.participants.update(participant.id, {"last_name": "Quill", "aliases": ["JQ"]})
    assert same == store.repos.participants.get(participant.id)
    assert counts(store) == before


def test_update_accepts_wire_values(store: Store, participant: Participant) -> None:
    need = store.repos.needs.create(Need(participant_id=participant.id, domain=NeedDomain.FOOD))
    updated = store.repos.needs.update(need.id, {"status": "met", "urgency": "high"})
    assert (updated.status, updated.urgency) == (NeedStatus.MET, Urgency.HIGH)
    assert store.repos.needs.get(need.id) == updated


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"date_of_birth": local_today() + timedelta(days=2)}, "date_of_birth"),
        ({"date_of_birth": date(1850, 1, 1)}, "date_of_birth"),
        ({"first_name": "   "}, "first_name"),
        ({"status": ParticipantStatus.EXITED}, "exited_on"),
        ({"sex": "unknown"}, "sex"),
        ({"usual_locations": "x" * 5_000}, "usual_locations"),
    ],
)
def test_an_invalid_update_names_the_field_and_writes_nothing(
    store: Store, participant: Participant, changes: dict[str, Any], field: str
) -> None:
    before = counts(store)
    with pytest.raises(ValidationError) as caught:
        store.repos.participants.update(participant.id, changes)
    error = caught.value.errors()[0]
    assert error["loc"] == (field,) or str(error["msg"]).startswith(f"Value error, {field}:")
    assert counts(store) == before
    assert store.repos.participants.get(participant.id) == participant


@pytest.mark.parametrize("field", ["nickname", "field_clocks", "rid"])
def test_an_unknown_field_is_refused(store: Store, participant: Participant, field: str) -> None:
    before = counts(store)
    with pytest.raises(UnknownField) as caught:
        store.repos.participants.update(participant.id, {field: "x"})
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}:")
    assert counts(store) == before


@pytest.mark.parametrize(
    "field", ["id", "participant_id", "created_at", "created_by", "updated_at", "deleted"]
)
def test_an_immutable_field_is_refused(store: Store, participant: Participant, field: str) -> None:
    task = store.repos.tasks.create(Task(participant_id=participant.id, title="Call DOL"))
    value = {
        "id": new_id(),
        "participant_id": new_id(),
        "created_at": AT,
        "created_by": "Mallory",
        "updated_at": AT,
        "deleted": True,
    }[field]
    before = counts(store)
    with pytest.raises(ImmutableField) as caught:
        store.repos.tasks.update(task.id, {field: value})
    assert caught.value.field == field
    assert counts(store) == before
    assert store.repos.tasks.get(task.id) == task


def test_updating_a_missing_record_is_refused(store: Store, participant: Participant) -> None:
    before = counts(store)
    with pytest.raises(RecordNotFound):
        store.repos.tasks.update(participant.id, {"title": "x"})
    assert counts(store) == before


# -- delete -----------------------------------------------------------------------------------------


def test_delete_is_a_tombstone(store: Store, participant: Participant) -> None:
    keep = store.repos.needs.create(Need(participant_id=participant.id, domain=NeedDomain.FOOD))
    gone = store.repos.needs.create(Need(participant_id=participant.id, domain=NeedDomain.PHONE))
    store.repos.needs.delete(gone.id)
    with pytest.raises(RecordNotFound) as caught:
        store.repos.needs.get(gone.id)
    assert (caught.value.entity, caught.value.record_id) == ("need", gone.id)
    tombstone = store.repos.needs.get(gone.id, include_deleted=True)
    assert tombstone.deleted
    assert tombstone.domain is NeedDomain.PHONE
    assert tombstone.updated_at > gone.updated_at
    assert store.repos.needs.find(participant_id=participant.id) == [keep]
    assert store.repos.needs.count(participant_id=participant.id) == 1
    assert {n.id for n in store.repos.needs.find(include_deleted=True)} == {keep.id, gone.id}
    with pytest.raises(RecordNotFound):
        store.repos.needs.delete(gone.id)
    with pytest.raises(RecordNotFound):
        store.repos.needs.update(gone.id, {"description": "back?"})


def test_a_deleted_participant_leaves_the_caseload(store: Store, participant: Participant) -> None:
    other = store.repos.participants.create(Participant(first_name="Ana", last_name="Bell", team_id="north"))
    store.repos.participants.delete(participant.id)
    assert [r.id for r in store.repos.participants.caseload()] == [other.id]
    assert store.repos.participants.caseload_count() == 1


# -- find -------------------------------------------------------------------------------------------


def test_find_filters_orders_and_pages(store: Store, participant: Participant) -> None:
    other = store.repos.participants.create(Participant(first_name="Ana", last_name="Bell", team_id="north"))
    spec = [
        (NeedDomain.FOOD, 3, NeedStatus.OPEN),
        (NeedDomain.HOUSING, 1, NeedStatus.IN_PROGRESS),
        (NeedDomain.PHONE, 2, NeedStatus.MET),
        (NeedDomain.MAT, 5, NeedStatus.OPEN),
        (NeedDomain.LEGAL, 4, NeedStatus.OPEN),
    ]
    needs = [
        store.repos.needs.create(Need(participant_id=participant.id, domain=d, rank=r, status=s))
        for d, r, s in spec
    ]
    store.repos.needs.create(Need(participant_id=other.id, domain=NeedDomain.FOOD, rank=1))
    by_rank = sorted(needs, key=lambda n: n.rank)
    assert store.repos.needs.find(participant_id=participant.id) == by_rank  # default order: rank
    assert store.repos.needs.find(participant_id=participant.id, descending=True) == by_rank[::-1]
    open_ones = store.repos.needs.find(participant_id=participant.id, where={"status": NeedStatus.OPEN})
    assert [n.domain for n in open_ones] == [NeedDomain.FOOD, NeedDomain.LEGAL, NeedDomain.MAT]
    live = store.repos.needs.find(
        participant_id=participant.id,
        where={"status": [NeedStatus.OPEN, NeedStatus.IN_PROGRESS]},
        order_by=("domain",),
    )
    assert [n.domain for n in live] == sorted(
        [NeedDomain.FOOD, NeedDomain.HOUSING, NeedDomain.MAT, NeedDomain.LEGAL]
    )
    assert store.repos.needs.find(participant_id=participant.id, where={"status": []}) == []
    page = store.repos.needs.find(participant_id=participant.id, limit=2, offset=2)
    assert page == by_rank[2:4]
    assert store.repos.needs.find(participant_id=participant.id, limit=2, offset=4) == by_rank[4:]
    assert store.repos.needs.count(where={"domain": NeedDomain.FOOD}) == 2
    assert store.repos.needs.count(participant_id=participant.id, where={"rank": 5}) == 1


def test_find_by_null_date_and_bool(store: Store, participant: Participant) -> None:
    undated = store.repos.tasks.create(Task(participant_id=participant.id, title="Someday"))
    dated = store.repos.tasks.create(
        Task(participant_id=participant.id, title="Court", due_on=date(2024, 6, 3))
    )
    done = store.repos.tasks.create(Task(participant_id=participant.id, title="Done", done=True, done_at=AT))
    assert store.repos.tasks.find(where={"due_on": None, "done": False}) == [undated]
    assert store.repos.tasks.find(where={"due_on": date(2024, 6, 3)}) == [dated]
    assert store.repos.tasks.find(where={"done": True}) == [done]


def test_find_refuses_unknown_columns(store: Store, participant: Participant) -> None:
    with pytest.raises(UnknownField):
        store.repos.needs.find(where={"status; DROP TABLE need": "open"})
    with pytest.raises(UnknownField):
        store.repos.needs.find(order_by=("rank DESC",))
    assert store.repos.needs.count() == 0


def test_find_by_a_whole_second_time(store: Store, participant: Participant) -> None:
    at = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    contact = store.repos.contacts.create(
        Contact(participant_id=participant.id, occurred_at=at, kind="office")
    )
    assert store.repos.contacts.find(where={"occurred_at": at}) == [contact]


def test_times_in_the_same_second_sort_in_time_order(store: Store, participant: Participant) -> None:
    whole = datetime(2024, 5, 1, 10, 0, tzinfo=UTC)
    first = store.repos.contacts.create(
        Contact(participant_id=participant.id, occurred_at=whole, kind="office")
    )
    later = store.repos.contacts.create(
        Contact(participant_id=participant.id, occurred_at=whole + timedelta(milliseconds=250), kind="phone")
    )
    assert store.repos.contacts.find(participant_id=participant.id) == [first, later]


# -- consent --------------------------------------------------------------------------------------


def test_a_consent_is_revoked_by_update(store: Store, participant: Participant) -> None:
    _, consent = full_records(store, participant.id)["consent"]
    general = store.repos.consents.create(
        consent.model_copy(update={"kind": ConsentKind.GENERAL, "irrevocable_until": None})
    )
    revoked = store.repos.consents.update(general.id, {"revoked_on": date(2024, 6, 1)})
    assert store.repos.consents.get(general.id).revoked_on == revoked.revoked_on == date(2024, 6, 1)
    with pytest.raises(ValidationError) as caught:
        store.repos.consents.update(general.id, {"revoked_on": date(2024, 4, 1)})  # before the signature
    assert "revoked_on" in caught.value.errors()[0]["msg"]


def test_a_criminal_justice_consent_cannot_be_revoked_by_update_during_its_period(
    store: Store, participant: Participant
) -> None:
    repo, consent = full_records(store, participant.id)["consent"]
    created = repo.create(consent)  # irrevocable until 2024-11-01
    before = counts(store)
    with pytest.raises((ValidationError, DomainError)):
        repo.update(created.id, {"revoked_on": date(2024, 6, 1)})
    assert counts(store) == before
    assert repo.get(created.id).revoked_on is None


# -- notes and addenda ------------------------------------------------------------------------------


def test_a_signed_note_cannot_be_edited_or_deleted(store: Store, participant: Participant) -> None:
    note = store.repos.notes.create(CaseNote(participant_id=participant.id, data="Draft text"))
    edited = store.repos.notes.update(note.id, {"data": "Met at the shelter.", "sensitive_sud": True})
    assert store.repos.notes.get(note.id) == edited
    signed = store.repos.notes.sign(note.id)
    assert (signed.signed_by, signed.data) == (store.user, "Met at the shelter.")
    assert signed.signed_at is not None
    assert store.repos.notes.get(note.id) == signed
    before = counts(store)
    with pytest.raises(NoteSigned):
        store.repos.notes.update(note.id, {"data": "Changed after signing"})
    with pytest.raises(NoteSigned):
        store.repos.notes.update(note.id, {"sensitive_sud": False})
    with pytest.raises(NoteSigned):
        store.repos.notes.delete(note.id)
    with pytest.raises(NoteSigned):
        store.repos.notes.sign(note.id)
    assert counts(store) == before
    assert store.repos.notes.get(note.id) == signed


def test_an_unsigned_note_can_be_deleted(store: Store, participant: Participant) -> None:
    note = store.repos.notes.create(CaseNote(participant_id=participant.id, data="Oops, wrong person"))
    store.repos.notes.delete(note.id)
    assert store.repos.notes.timeline(participant.id) == []


def test_an_empty_note_cannot_be_signed(store: Store, participant: Participant) -> None:
    note = store.repos.notes.create(CaseNote(participant_id=participant.id, data="  "))
    before = counts(store)
    with pytest.raises(DomainError, match="empty"):
        store.repos.notes.sign(note.id)
    assert counts(store) == before
    assert not store.repos.notes.get(note.id).is_signed


def test_a_signature_is_only_made_by_sign(store: Store, participant: Participant) -> None:
    with pytest.raises(DomainError):
        store.repos.notes.create(
            CaseNote(participant_id=participant.id, data="x", signed_by="Someone", signed_at=AT)
        )
    note = store.repos.notes.create(CaseNote(participant_id=participant.id, data="x"))
    before = counts(store)
    with pytest.raises(DomainError):
        store.repos.notes.update(note.id, {"signed_by": "Someone", "signed_at": AT})
    assert counts(store) == before
    assert store.repos.notes.count() == 1


def test_an_addendum_needs_a_signed_note_and_is_final(store: Store, participant: Participant) -> None:
    draft = store.repos.notes.create(CaseNote(participant_id=participant.id, data="Not signed yet"))
    before = counts(store)
    with pytest.raises(DomainError):
        store.repos.notes.add_addendum(draft.id, "More")
    assert counts(store) == before
    assert store.repos.addenda.count() == 0
    note = signed_note(store, participant)
    addendum = store.repos.notes.add_addendum(note.id, "Correction")
    with pytest.raises(ImmutableField):
        store.repos.addenda.update(addendum.id, {"text": "Rewritten"})
    with pytest.raises(DomainError):
        store.repos.addenda.delete(addendum.id)
    assert store.repos.addenda.for_note(note.id) == [addendum]


def test_the_addendum_repository_refuses_an_addendum_on_an_unsigned_note(
    store: Store, participant: Participant
) -> None:
    draft = store.repos.notes.create(CaseNote(participant_id=participant.id, data="Not signed yet"))
    with pytest.raises(DomainError):
        store.repos.addenda.create(
            Addendum(
                participant_id=participant.id, note_id=draft.id, text="More", signed_by="X", signed_at=AT
            )
        )


def test_timeline_is_newest_first_and_paged(store: Store, participant: Participant) -> None:
    notes = [
        store.repos.notes.create(CaseNote(participant_id=participant.id, data=f"n{i}")) for i in range(5)
    ]
    assert store.repos.notes.timeline(participant.id) == notes[::-1]
    assert store.repos.notes.timeline(participant.id, limit=2, offset=1) == notes[::-1][1:3]


# -- housing history --------------------------------------------------------------------------------


def test_housing_situation_is_history_not_an_edit(store: Store, participant: Participant) -> None:
    housing = store.repos.housing
    first = housing.create(
        HousingStatus(
            participant_id=participant.id,
            effective_on=date(2024, 1, 10),
            situation=LivingSituation.PLACE_NOT_MEANT_FOR_HABITATION,
        )
    )
    before = counts(store)
    for field, value in (
        ("situation", LivingSituation.RENTAL_WITH_SUBSIDY),
        ("effective_on", date(2024, 3, 1)),
    ):
        with pytest.raises(ImmutableField) as caught:
            housing.update(first.id, {field: value})
        assert caught.value.field == field
    assert counts(store) == before
    noted = housing.update(first.id, {"notes": "Tent by the river"})
    second = housing.create(
        HousingStatus(
            participant_id=participant.id,
            effective_on=date(2024, 5, 1),
            situation=LivingSituation.RENTAL_WITH_SUBSIDY,
        )
    )
    assert housing.history(participant.id) == [second, noted]
    assert housing.current(participant.id) == second
    assert housing.get(first.id).situation is LivingSituation.PLACE_NOT_MEANT_FOR_HABITATION
    assert housing.current(new_id()) is None


# -- audited view -----------------------------------------------------------------------------------


def test_opening_a_participant_is_an_audited_view(store: Store, participant: Participant) -> None:
    outbox, audit = counts(store)
    assert store.repos.participants.get(participant.id) == participant
    assert counts(store) == (outbox, audit)  # a plain read by the software is not a person viewing
    assert store.repos.participants.open(participant.id) == participant
    assert counts(store) == (outbox, audit + 1)
    [event] = store.repos.audit.events(action=AuditAction.VIEW)
    assert (event.entity, event.entity_id, event.participant_id) == (
        "participant",
        participant.id,
        participant.id,
    )
    assert (event.user, event.device) == (store.user, store.device_id)
    assert store.repos.audit.events(participant_id=participant.id, limit=1)[0].action is AuditAction.VIEW


# -- caseload ---------------------------------------------------------------------------------------


def at_day(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


class Caseload:
    """Five participants whose every caseload column differs, so each sort has one right answer."""

    def __init__(self, store: Store) -> None:
        self.store = store
        r = store.repos
        S = ParticipantStatus
        # (first, last, preferred, aliases, team, case manager, status)
        people = [
            ("Alice", "Adams", "", [], "north", "Zed", S.ACTIVE),
            ("Bo", "brown", "", ["Sparrow"], "north", "Mia", S.ENGAGED),
            ("Cy", "Carter", "", [], "south", "Abe", S.REFERRED),
            ("José", "Díaz", "", [], "south", "kim", S.IN_THE_WIND),
            ("Eve", "Evans", "Evie", [], "east", "Lee", S.ACTIVE),
        ]
        self.adams, self.brown, self.carter, self.diaz, self.evans = (
            r.participants.create(
                Participant(
                    first_name=first,
                    last_name=last,
                    preferred_name=preferred,
                    aliases=aliases,
                    team_id=team,
                    case_manager=manager,
                    status=status,
                )
            )
            for first, last, preferred, aliases, team, manager, status in people
        )
        self.contact(self.adams, date(2024, 5, 20))
        self.contact(self.adams, date(2024, 5, 30), hour=9)
        gone = self.contact(self.adams, date(2024, 5, 31))
        r.contacts.delete(gone.id)
        self.contact(self.brown, date(2024, 4, 1))
        self.contact(self.diaz, date(2024, 5, 15))
        self.contact(self.diaz, date(2024, 5, 1))
        self.contact(self.evans, date(2024, 5, 31), hour=23)
        self.needs(
            self.adams, [NeedStatus.OPEN, NeedStatus.IN_PROGRESS, NeedStatus.MET, NeedStatus.NO_LONGER_NEEDED]
        )
        dropped = self.needs(self.adams, [NeedStatus.OPEN])[0]
        r.needs.delete(dropped.id)
        self.needs(self.carter, [NeedStatus.OPEN, NeedStatus.MET])
        self.needs(self.diaz, [NeedStatus.OPEN] * 3)
        self.needs(self.evans, [NeedStatus.IN_PROGRESS] * 4)
        self.task(self.adams, date(2024, 6, 10))
        self.task(self.adams, date(2024, 6, 3), done=True)
        r.tasks.delete(self.task(self.adams, date(2024, 6, 2)).id)
        self.task(self.adams, None)
        self.task(self.brown, date(2024, 6, 5))
        self.task(self.carter, None)
        self.task(self.diaz, date(2024, 7, 1))
        self.task(self.evans, date(2024, 6, 20))
        self.task(self.evans, date(2024, 8, 20))

    def contact(self, p: Participant, day: date, hour: int = 12) -> Contact:
        return self.store.repos.contacts.create(
            Contact(participant_id=p.id, occurred_at=at_day(day, hour), kind=ContactKind.STREET)
        )

    def needs(self, p: Participant, statuses: list[NeedStatus]) -> list[Need]:
        return [
            self.store.repos.needs.create(Need(participant_id=p.id, domain=NeedDomain.OTHER, status=s))
            for s in statuses
        ]

    def task(self, p: Participant, due: date | None, *, done: bool = False) -> Task:
        return self.store.repos.tasks.create(
            Task(participant_id=p.id, title="Follow up", due_on=due, done=done, done_at=AT if done else None)
        )

    def names(self, rows: list[CaseloadRow]) -> list[str]:
        return [r.last_name for r in rows]

    def rows(self, **criteria: Any) -> list[CaseloadRow]:
        return self.store.repos.participants.caseload(CaseloadFilter(today=TODAY, **criteria))


@pytest.fixture
def caseload(store: Store) -> Iterator[Caseload]:
    # Days since contact are counted on the laptop's calendar: these expectations are in UTC's.
    with laptop_zone(UTC_ZONE):
        yield Caseload(store)


def test_caseload_columns(caseload: Caseload) -> None:
    rows = {r.last_name: r for r in caseload.rows()}
    adams = rows["Adams"]
    assert adams.last_contact == at_day(date(2024, 5, 30), 9)  # the deleted later contact does not count
    assert adams.days_since_contact == 2
    assert adams.open_needs == 2  # open and in progress; not met, not dropped, not deleted
    assert adams.next_task_due == date(2024, 6, 10)  # done, deleted and undated tasks ignored
    assert (adams.status, adams.team_id, adams.case_manager) == (ParticipantStatus.ACTIVE, "north", "Zed")
    assert adams.name == "Adams, Alice"
    assert rows["Evans"].name == "Evans, Evie"
    assert rows["brown"].aliases == ("Sparrow",)
    assert (rows["brown"].days_since_contact, rows["brown"].open_needs) == (61, 0)
    assert (rows["Díaz"].last_contact, rows["Díaz"].days_since_contact) == (at_day(date(2024, 5, 15)), 17)
    assert rows["Evans"].days_since_contact == 1
    carter = rows["Carter"]
    assert (carter.last_contact, carter.days_since_contact, carter.next_task_due) == (None, None, None)
    assert carter.open_needs == 1


def test_days_since_contact_follows_today(store: Store, caseload: Caseload) -> None:
    later = store.repos.participants.caseload(CaseloadFilter(today=date(2024, 7, 1), text="adams"))
    assert later[0].days_since_contact == 32


TEXT_QUERIES = [
    ("ada", ["Adams"]),
    ("ADAMS alice", ["Adams"]),
    ("al", ["Adams"]),
    ("spar", ["brown"]),  # alias
    ("SPARROW", ["brown"]),
    ("BROWN", ["brown"]),
    ("jose", ["Díaz"]),  # accents typed or not
    ("díaz", ["Díaz"]),
    ("DIAZ jo", ["Díaz"]),
    ("evie", ["Evans"]),  # preferred name
    ("alice brown", []),  # every word must match the same person
    ("dams", []),  # a prefix, not a substring
    ("  ", ["Adams", "brown", "Carter", "Díaz", "Evans"]),
    ('"', []),
    ("a* OR b*", []),
]


def test_caseload_text_filter(caseload: Caseload) -> None:
    for text, expected in TEXT_QUERIES:
        assert caseload.names(caseload.rows(text=text)) == expected, text
        count = caseload.store.repos.participants.caseload_count(CaseloadFilter(today=TODAY, text=text))
        assert count == len(expected), text


def test_caseload_text_filter_follows_renames(store: Store, caseload: Caseload) -> None:
    store.repos.participants.update(caseload.brown.id, {"aliases": ["Wren"], "last_name": "Black"})
    assert caseload.names(caseload.rows(text="wren")) == ["Black"]
    assert caseload.rows(text="sparrow") == []
    assert caseload.rows(text="brown") == []


def test_caseload_filters(caseload: Caseload) -> None:
    names = caseload.names
    assert names(caseload.rows(statuses=frozenset({ParticipantStatus.ACTIVE}))) == ["Adams", "Evans"]
    assert names(
        caseload.rows(statuses=frozenset({ParticipantStatus.REFERRED, ParticipantStatus.ENGAGED}))
    ) == ["brown", "Carter"]
    assert caseload.rows(statuses=frozenset({ParticipantStatus.EXITED})) == []
    assert names(caseload.rows(team_ids=frozenset({"north"}))) == ["Adams", "brown"]
    assert names(caseload.rows(team_ids=frozenset({"south", "east"}))) == ["Carter", "Díaz", "Evans"]
    assert names(caseload.rows(case_managers=frozenset({"Zed"}))) == ["Adams"]
    assert caseload.rows(case_managers=frozenset({"nobody"})) == []
    assert caseload.rows(case_managers=frozenset()) == []  # no names: nobody is "mine"
    assert names(caseload.rows(not_seen_for_days=30)) == ["brown", "Carter"]  # Carter was never seen
    assert names(caseload.rows(not_seen_for_days=10)) == ["brown", "Carter", "Díaz"]
    assert len(caseload.rows(not_seen_for_days=0)) == 5  # nobody was seen today
    combined = {
        "team_ids": frozenset({"north", "south"}),
        "statuses": frozenset(
            {ParticipantStatus.ENGAGED, ParticipantStatus.REFERRED, ParticipantStatus.ACTIVE}
        ),
        "not_seen_for_days": 30,
    }
    assert names(caseload.rows(**combined)) == ["brown", "Carter"]
    assert caseload.store.repos.participants.caseload_count(CaseloadFilter(today=TODAY, **combined)) == 2


def test_caseload_team_ids(store: Store, caseload: Caseload) -> None:
    assert store.repos.participants.team_ids() == ["east", "north", "south"]


def test_not_seen_for_days_agrees_with_days_since_contact(store: Store, caseload: Caseload) -> None:
    overdue = {r.id for r in caseload.rows() if r.days_since_contact is None or r.days_since_contact >= 17}
    assert {r.id for r in caseload.rows(not_seen_for_days=17)} == overdue


ORDERS = {
    CaseloadSort.NAME: ["Adams", "brown", "Carter", "Díaz", "Evans"],
    CaseloadSort.STATUS: ["Adams", "Evans", "brown", "Díaz", "Carter"],  # by status, then by name
    CaseloadSort.LAST_CONTACT: ["brown", "Díaz", "Adams", "Evans", "Carter"],
    CaseloadSort.DAYS_SINCE_CONTACT: ["Evans", "Adams", "Díaz", "brown", "Carter"],
    CaseloadSort.OPEN_NEEDS: ["brown", "Carter", "Adams", "Díaz", "Evans"],
    CaseloadSort.NEXT_TASK_DUE: ["brown", "Adams", "Evans", "Díaz", "Carter"],
    CaseloadSort.CASE_MANAGER: ["Carter", "Díaz", "Evans", "brown", "Adams"],
}
# Rows without a value (never seen, no task due) go last whichever way the list is sorted, except that
# never seen counts as the longest time since contact: first when the longest come first.
WITHOUT_VALUE = {CaseloadSort.LAST_CONTACT, CaseloadSort.NEXT_TASK_DUE}


def expected_order(sort: CaseloadSort, descending: bool) -> list[str]:
    ascending = ORDERS[sort]
    if not descending:
        return ascending
    if sort in WITHOUT_VALUE:
        return [*ascending[:-1][::-1], ascending[-1]]
    if sort is CaseloadSort.STATUS:
        return ["Carter", "Díaz", "brown", "Adams", "Evans"]  # ties stay in name order
    if sort is CaseloadSort.DAYS_SINCE_CONTACT:
        return [ascending[-1], *ascending[:-1][::-1]]
    return ascending[::-1]


@pytest.mark.parametrize(
    ("sort", "descending"),
    [(s, d) for s in CaseloadSort for d in (False, True)],
)
def test_caseload_sorts(caseload: Caseload, sort: CaseloadSort, descending: bool) -> None:
    rows = caseload.store.repos.participants.caseload(
        CaseloadFilter(today=TODAY), sort=sort, descending=descending
    )
    assert caseload.names(rows) == expected_order(sort, descending)


def test_caseload_pages_are_consistent(caseload: Caseload) -> None:
    repo = caseload.store.repos.participants
    for sort in CaseloadSort:
        for criteria in (CaseloadFilter(today=TODAY), CaseloadFilter(today=TODAY, not_seen_for_days=10)):
            whole = repo.caseload(criteria, sort=sort, descending=True)
            pages = [
                r
                for offset in range(0, 6, 2)
                for r in repo.caseload(criteria, sort=sort, descending=True, limit=2, offset=offset)
            ]
            assert pages == whole, sort
            assert repo.caseload_count(criteria) == len(whole)
        assert repo.caseload(CaseloadFilter(today=TODAY), sort=sort, limit=2, offset=5) == []
        assert len(repo.caseload(CaseloadFilter(today=TODAY), sort=sort, limit=3, offset=3)) == 2


def test_last_contact_is_the_latest_within_a_second(store: Store, participant: Participant) -> None:
    whole = datetime(2024, 5, 30, 10, 0, tzinfo=UTC)
    store.repos.contacts.create(Contact(participant_id=participant.id, occurred_at=whole, kind="office"))
    later = whole + timedelta(milliseconds=500)
    store.repos.contacts.create(Contact(participant_id=participant.id, occurred_at=later, kind="office"))
    [row] = store.repos.participants.caseload(CaseloadFilter(today=TODAY))
    assert row.last_contact == later


def test_repositories_cover_every_synced_entity(store: Store) -> None:
    for model in SYNCED_MODELS:
        assert store.repos.for_entity(model.entity).table.model is model
