"""Episodes and the participant's HMIS fields through the real server (SQLite and PostgreSQL): they
reach the team's other laptops with their field clocks, never another team's, and two laptops that
change one participant's status offline end with the same status on participant and episode."""

from __future__ import annotations

from datetime import date
from typing import Any

from leaddesk.domain import Participant
from leaddesk.domain.enums import (
    Destination,
    DobDataQuality,
    ExitReason,
    NoYesReason,
    ParticipantStatus,
    RaceEthnicity,
)
from leaddesk.domain.episodes import StatusChange
from leaddesk.storage.conflicts import mine_and_theirs, open_conflicts, resolve_conflict
from tests.e2e.conftest import converged

S = ParticipantStatus


def test_episodes_and_hmis_fields_reach_the_team_and_only_the_team(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    office.user("sam", "south")
    casey, robin, sam = office.laptop("casey"), office.laptop("robin"), office.laptop("sam")
    jordan = casey.repos.participants.create(
        Participant(
            first_name="Jordan",
            last_name="Quill",
            team_id="north",
            date_of_birth=date(1984, 7, 1),
            dob_data_quality=DobDataQuality.APPROXIMATE_OR_PARTIAL,
            race_ethnicity=[RaceEthnicity.BLACK_AFRICAN_AMERICAN_AFRICAN],
            additional_race_ethnicity="Somali",
            veteran_status=NoYesReason.YES,
            disabling_condition=NoYesReason.YES,
        )
    )
    episodes = casey.repos.enrollments
    episodes.change_status(jordan.id, StatusChange(to=S.ENGAGED, engagement_date=date(2025, 3, 4)))
    episodes.change_status(
        jordan.id,
        StatusChange(
            to=S.EXITED,
            exit_date=date(2025, 8, 1),
            destination=Destination.JAIL_PRISON_DETENTION,
            exit_reason=ExitReason.INCARCERATED_LONG_TERM,
        ),
    )
    episodes.change_status(jordan.id, StatusChange(to=S.REFERRED, referral_date=date(2025, 11, 2)))

    casey.sync()
    robin.sync()
    sam.sync()

    converged(casey, robin)
    old, new = robin.repos.enrollments.for_participant(jordan.id)
    assert (old.status, old.destination, new.status) == (
        S.EXITED,
        Destination.JAIL_PRISON_DETENTION,
        S.REFERRED,
    )
    there = robin.repos.participants.get(jordan.id)
    assert (there.additional_race_ethnicity, there.veteran_status, there.status) == (
        "Somali",
        NoYesReason.YES,
        S.REFERRED,
    )
    assert robin.repos.enrollments.field_clocks(new.id) == casey.repos.enrollments.field_clocks(new.id)
    assert sam.repos.enrollments.count(include_deleted=True) == 0
    assert sam.repos.participants.count(include_deleted=True) == 0


def test_concurrent_status_changes_leave_participant_and_episode_agreeing(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    casey.repos.enrollments.change_status(
        jordan.id, StatusChange(to=S.ENGAGED, engagement_date=date(2025, 3, 4))
    )
    casey.repos.enrollments.change_status(jordan.id, StatusChange(to=S.ACTIVE))
    casey.sync()
    robin.sync()

    # Offline, each moves Jordan on differently; the later one wins on both records together.
    casey.repos.enrollments.change_status(jordan.id, StatusChange(to=S.INACTIVE))
    robin.store.clock.observe(casey.store.clock.last)  # Robin's comes later
    robin.repos.enrollments.change_status(jordan.id, StatusChange(to=S.IN_THE_WIND))
    robin.sync()
    casey.sync()
    robin.sync()

    converged(casey, robin)
    for laptop in (casey, robin):
        [episode] = laptop.repos.enrollments.for_participant(jordan.id)
        assert laptop.repos.participants.get(jordan.id).status is episode.status is S.IN_THE_WIND

    # Casey settles the episode's conflict for "inactive": the participant's copy follows, everywhere.
    [settle] = [c for c in open_conflicts(casey.store) if c.record_entity == "enrollment"]
    assert (settle.field, mine_and_theirs(casey.store, settle)) == ("status", ("inactive", "in_the_wind"))
    resolve_conflict(casey.store, settle.id, choice="mine")
    casey.sync()
    robin.sync()
    converged(casey, robin)
    for laptop in (casey, robin):
        [episode] = laptop.repos.enrollments.for_participant(jordan.id)
        assert laptop.repos.participants.get(jordan.id).status is episode.status is S.INACTIVE


def test_a_status_merged_over_an_exit_waits_for_a_person_on_both_records(office: Any) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    casey.repos.enrollments.change_status(
        jordan.id, StatusChange(to=S.ENGAGED, engagement_date=date(2025, 3, 4))
    )
    casey.repos.enrollments.change_status(jordan.id, StatusChange(to=S.ACTIVE))
    casey.sync()
    robin.sync()

    exit_ = StatusChange(to=S.EXITED, exit_date=date(2025, 9, 1), destination=Destination.FAMILY_PERMANENT)
    casey.repos.enrollments.change_status(jordan.id, exit_)
    # Robin's change comes later (its clock past Casey's, as a later moment would put it), unaware.
    robin.store.clock.observe(casey.store.clock.last)
    robin.repos.enrollments.change_status(jordan.id, StatusChange(to=S.INACTIVE))
    casey.sync()
    report = robin.sync()
    casey.sync()

    # "Inactive" over an exit would leave an exit date on an open record: set aside on both records.
    assert report.conflicts == 2
    converged(casey, robin)
    for laptop in (casey, robin):
        [episode] = laptop.repos.enrollments.for_participant(jordan.id)
        person = laptop.repos.participants.get(jordan.id)
        assert (
            (person.status, person.exited_on)
            == (episode.status, episode.exit_date)
            == (S.EXITED, date(2025, 9, 1))
        )
