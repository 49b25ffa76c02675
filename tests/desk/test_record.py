"""The participant's own record through the desk (issue 13): editing the details, the status machine's
steps and refusals, the episode history, and a new participant's first episode and choices. A refusal
writes nothing: not the record, not the outbox."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from pydantic import ValidationError

from leaddesk.desk import Desk
from leaddesk.desk.record import EditRefused, StatusChange, StatusChangeRefused
from leaddesk.domain import Enrollment, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import (
    Destination,
    DobDataQuality,
    ExitReason,
    NoYesReason,
    ParticipantStatus,
    RaceEthnicity,
    Sex,
)
from leaddesk.domain.program import StaffMember
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState

S = ParticipantStatus
TODAY = local_today()
AGO = TODAY - timedelta(days=30)


@pytest.fixture
def jordan(desk: Desk) -> Participant:
    return desk.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north"), referral_date=AGO
    ).value


def unchanged(store: Store, participant: Participant, outbox: int) -> bool:
    return (
        store.repos.participants.get(participant.id) == participant and store.repos.outbox.count() == outbox
    )


def test_a_new_participant_is_referred_with_a_first_episode(desk: Desk, jordan: Participant) -> None:
    episodes = desk.record.episodes(jordan.id)
    assert [(e.status, e.referral_date) for e in episodes] == [(S.REFERRED, AGO)]
    facts = desk.record.status(jordan.id)
    assert (facts.status, facts.since, facts.next_steps) == (S.REFERRED, AGO, (S.ENGAGED, S.EXITED))
    today = desk.participants.create(Participant(first_name="Remy", last_name="Ash", team_id="north"))
    assert desk.record.episodes(today.value.id)[0].referral_date == TODAY
    assert today.changes.entities == {"participant", "enrollment"}


def test_a_new_participant_cannot_start_past_referred(desk: Desk, store: Store) -> None:
    with pytest.raises(StatusChangeRefused, match="starts as referred"):
        desk.participants.create(
            Participant(first_name="Remy", last_name="Ash", team_id="north", status=S.ACTIVE, engaged_on=AGO)
        )
    assert store.repos.participants.count() == 0
    assert store.repos.enrollments.count() == 0


def test_editing_the_details_writes_only_what_changed(desk: Desk, jordan: Participant) -> None:
    done = desk.record.edit(
        jordan.id,
        {
            "phone": "555-0101",
            "date_of_birth": date(1984, 3, 9),
            "dob_data_quality": DobDataQuality.APPROXIMATE_OR_PARTIAL,
            "sex": Sex.FEMALE,
            "race_ethnicity": [RaceEthnicity.WHITE, RaceEthnicity.HISPANIC_LATINA_E_O],
            "additional_race_ethnicity": "Puerto Rican",
            "veteran_status": NoYesReason.NO,
            "disabling_condition": NoYesReason.YES,
            "aliases": ["Sparrow"],
        },
    )
    saved = done.value
    assert saved.phone == "555-0101"
    assert saved.race_ethnicity == [RaceEthnicity.WHITE, RaceEthnicity.HISPANIC_LATINA_E_O]
    assert done.changes.entities == {"participant"}
    assert done.changes.participant_ids == {jordan.id}
    assert desk.record.edit(jordan.id, {"phone": "555-0101"}).changes.is_empty


@pytest.mark.parametrize(
    ("changes", "refusal"),
    [
        ({"status": S.ENGAGED}, "Change status"),
        ({"exited_on": TODAY}, "Change status"),
        ({"team_id": "south"}, "reassigning"),
        ({"case_manager": "Robin"}, "reassigning"),
        ({"created_by": "Robin"}, "not one of the participant's details"),
    ],
)
def test_an_edit_of_what_the_details_do_not_hold_is_refused_and_writes_nothing(
    desk: Desk, store: Store, jordan: Participant, changes: dict[str, object], refusal: str
) -> None:
    outbox = store.repos.outbox.count()
    with pytest.raises(EditRefused, match=refusal):
        desk.record.edit(jordan.id, {"phone": "555-0101", **changes})
    assert unchanged(store, jordan, outbox)


def test_a_bad_value_names_its_field_and_writes_nothing(
    desk: Desk, store: Store, jordan: Participant
) -> None:
    outbox = store.repos.outbox.count()
    with pytest.raises(ValidationError, match="dob_data_quality"):  # a full date of birth with no date
        desk.record.edit(jordan.id, {"phone": "555-0101", "dob_data_quality": DobDataQuality.FULL})
    with pytest.raises(ValidationError, match="first_name"):
        desk.record.edit(jordan.id, {"first_name": " "})
    assert unchanged(store, jordan, outbox)


def test_engaged_needs_its_date_and_a_refusal_writes_nothing(
    desk: Desk, store: Store, jordan: Participant
) -> None:
    outbox = store.repos.outbox.count()
    with pytest.raises(StatusChangeRefused, match="needs the date of engagement"):
        desk.record.change_status(jordan.id, StatusChange(to=S.ENGAGED))
    with pytest.raises(StatusChangeRefused, match="can become engaged or exited, not active"):
        desk.record.change_status(jordan.id, StatusChange(to=S.ACTIVE))
    assert unchanged(store, jordan, outbox)
    assert desk.record.episodes(jordan.id)[0].status is S.REFERRED

    done = desk.record.change_status(jordan.id, StatusChange(to=S.ENGAGED, engagement_date=TODAY))
    assert (done.value.status, done.value.engaged_on) == (S.ENGAGED, TODAY)
    assert done.changes.entities == {"participant", "enrollment"}
    facts = desk.record.status(jordan.id)
    assert (facts.status, facts.since) == (S.ENGAGED, TODAY)
    assert facts.next_steps == (S.ACTIVE, S.INACTIVE, S.IN_THE_WIND, S.EXITED)


def test_a_status_without_a_date_of_its_own_is_dated_by_when_it_was_set(
    desk: Desk, jordan: Participant
) -> None:
    desk.record.change_status(jordan.id, StatusChange(to=S.ENGAGED, engagement_date=AGO))
    desk.record.change_status(jordan.id, StatusChange(to=S.IN_THE_WIND))
    assert desk.record.status(jordan.id).since == TODAY  # the day the status was written


def test_exit_needs_a_destination_and_a_return_is_a_new_episode(
    desk: Desk, store: Store, jordan: Participant
) -> None:
    desk.record.change_status(jordan.id, StatusChange(to=S.ENGAGED, engagement_date=AGO))
    engaged = store.repos.participants.get(jordan.id)
    outbox = store.repos.outbox.count()
    with pytest.raises(StatusChangeRefused, match="where the participant is going"):
        desk.record.change_status(jordan.id, StatusChange(to=S.EXITED, exit_date=TODAY))
    assert unchanged(store, engaged, outbox)

    exit_ = StatusChange(
        to=S.EXITED,
        exit_date=TODAY,
        destination=Destination.RENTAL_WITH_SUBSIDY,
        exit_reason=ExitReason.COMPLETED_PLAN,
    )
    assert desk.record.change_status(jordan.id, exit_).value.status is S.EXITED
    returned = desk.record.change_status(jordan.id, StatusChange(to=S.REFERRED, referral_date=TODAY))
    assert returned.value.status is S.REFERRED
    assert returned.value.exited_on is None
    newest, oldest = desk.record.episodes(jordan.id)
    assert (newest.status, newest.referral_date) == (S.REFERRED, TODAY)
    assert (oldest.status, oldest.destination, oldest.exit_reason) == (
        S.EXITED,
        Destination.RENTAL_WITH_SUBSIDY,
        ExitReason.COMPLETED_PLAN,
    )
    assert desk.participants.open_file(jordan.id).episodes == [newest, oldest]
    assert desk.participants.header(jordan.id).standing.episode == newest


def enrol(store: Store, *teams: str) -> None:
    user = EnrolledUser(username="casey", display_name="Casey Morgan", role="case_manager", teams=teams)
    SyncState(store).save_enrolment(
        Enrolment("https://office.example", "dev-1", token="t", ca_bundle="", user=user)
    )


def test_teams_to_choose_are_the_users_enrolled_ones_else_those_on_the_laptop(
    desk: Desk, store: Store, jordan: Participant
) -> None:
    assert desk.participants.team_choices() == ["north"]
    enrol(store, "south", "east")
    assert desk.participants.team_choices() == ["east", "south"]


def test_case_managers_to_choose_come_from_the_roster_else_the_user(
    desk: Desk, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    (me,) = desk.participants.case_manager_choices("north")
    assert me.display_name == store.user
    roster = [
        StaffMember(username="robin", display_name="Robin Hale", role="case_manager", teams=["north"]),
        StaffMember(username="ash", display_name="Ash Tran", role="case_manager", teams=["south"]),
        StaffMember(
            username="kim", display_name="Kim Oduya", role="case_manager", teams=["north"], active=False
        ),
        StaffMember(username="ada", display_name="Ada Byrne", role="supervisor", teams=["north"]),
    ]
    # The roster comes from the server by developer B's sync; here it stands in for what a sync brought.
    monkeypatch.setattr(type(desk.program), "roster", lambda _self: roster)
    assert [s.username for s in desk.participants.case_manager_choices("north")] == ["ada", "robin"]


@pytest.mark.parametrize(("changed_days_after_engagement", "since_days_after"), [(3, 3), (-9, 0)])
def test_a_status_brought_in_whole_is_dated_by_the_episodes_own_last_change(
    desk: Desk, store: Store, changed_days_after_engagement: int, since_days_after: int
) -> None:
    """Records imported whole (the demo's caseload) carry the import's clock; their own `updated_at`
    says when they last changed, and no such status comes before the engagement."""
    changed = datetime.combine(AGO + timedelta(days=changed_days_after_engagement), time(12), UTC)
    person = Participant(first_name="Ash", last_name="Tran", team_id="north", status=S.ACTIVE, engaged_on=AGO)
    episode = Enrollment(
        participant_id=person.id,
        status=S.ACTIVE,
        referral_date=AGO - timedelta(days=20),
        engagement_date=AGO,
        updated_at=changed,
    )
    store.repos.participants.import_records([person])
    store.repos.enrollments.import_records([episode])
    assert desk.record.status(person.id).since == AGO + timedelta(days=since_days_after)
