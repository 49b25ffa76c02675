"""The status machine over episodes (domain/episodes.py) and the HMIS fields' rules: every allowed step
gives the records to write, every other one is refused with a sentence a case manager can act on."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from leaddesk.domain import Enrollment, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import (
    Destination,
    DobDataQuality,
    ExitReason,
    NoYesReason,
    ParticipantStatus,
    ProjectType,
)
from leaddesk.domain.episodes import (
    NEXT,
    StatusChange,
    StatusChangeRefused,
    change_status,
    participant_fields,
)

S = ParticipantStatus
REFERRED_ON = date(2025, 1, 6)
ENGAGED_ON = date(2025, 1, 20)
EXITED_ON = date(2025, 9, 1)
MADE = datetime(2025, 1, 6, 18, tzinfo=UTC)


def person(**fields: Any) -> Participant:
    return Participant(first_name="Rowan", last_name="Tessel", team_id="north", created_at=MADE, **fields)


def episode_in(status: ParticipantStatus, who: Participant) -> Enrollment:
    values: dict[str, Any] = {"participant_id": who.id, "status": status, "referral_date": REFERRED_ON}
    if status is not S.REFERRED:
        values |= {"entry_date": REFERRED_ON, "engagement_date": ENGAGED_ON}
    if status is S.EXITED:
        values |= {"exit_date": EXITED_ON, "destination": Destination.FAMILY_PERMANENT}
    return Enrollment.model_validate(values)


def situation(status: ParticipantStatus) -> tuple[Participant, Enrollment]:
    """A participant whose current episode (and so their own status fields) is at `status`."""
    who = person()
    episode = episode_in(status, who)
    return who.with_changes(**participant_fields(episode)), episode


# What each step needs to be taken.
NEEDS: dict[ParticipantStatus, dict[str, Any]] = {
    S.ENGAGED: {"engagement_date": ENGAGED_ON},
    S.EXITED: {"exit_date": EXITED_ON, "destination": Destination.RENTAL_NO_SUBSIDY},
    S.REFERRED: {"referral_date": EXITED_ON + timedelta(days=40)},
}
ALLOWED = [(before, after) for before, steps in NEXT.items() for after in sorted(steps)]
REFUSED = [pair for pair in itertools.product(S, S) if pair not in ALLOWED]


def test_the_machine_is_the_programs() -> None:
    assert NEXT[S.REFERRED] == {S.ENGAGED, S.EXITED}
    assert NEXT[S.ENGAGED] == {S.ACTIVE, S.INACTIVE, S.IN_THE_WIND, S.EXITED}
    assert NEXT[S.ACTIVE] == {S.INACTIVE, S.IN_THE_WIND, S.EXITED}
    assert NEXT[S.INACTIVE] == {S.ACTIVE, S.IN_THE_WIND, S.EXITED}
    assert NEXT[S.IN_THE_WIND] == {S.ACTIVE, S.INACTIVE, S.EXITED}
    assert NEXT[S.EXITED] == {S.REFERRED}
    assert len(ALLOWED) + len(REFUSED) == len(S) ** 2


@pytest.mark.parametrize(("before", "after"), ALLOWED, ids=[f"{a}->{b}" for a, b in ALLOWED])
def test_every_allowed_step_writes_the_episode_and_the_participants_copy(
    before: ParticipantStatus, after: ParticipantStatus
) -> None:
    who, episode = situation(before)
    plan = change_status(
        participant=who, episodes=[episode], change=StatusChange(to=after, **NEEDS.get(after, {}))
    )

    written = plan.episodes[-1].episode
    assert written.status is after
    assert who.with_changes(**plan.participant_changes).status is after
    assert who.with_changes(**plan.participant_changes).model_dump(
        include=set(participant_fields(written))
    ) == (participant_fields(written))
    if before is S.EXITED:  # a return: a new episode; the old one is not touched
        assert len(plan.episodes) == 1
        assert plan.episodes[0].is_new
        assert written.id != episode.id
        assert written.referral_date == NEEDS[S.REFERRED]["referral_date"]
        assert plan.participant_changes == {"status": S.REFERRED, "engaged_on": None, "exited_on": None}
    else:
        assert [w.is_new for w in plan.episodes] == [False]
        assert written.id == episode.id
        assert set(plan.episodes[0].changes or {}) >= {"status"}


@pytest.mark.parametrize(("before", "after"), REFUSED, ids=[f"{a}->{b}" for a, b in REFUSED])
def test_every_other_step_is_refused_with_what_can_be_done(
    before: ParticipantStatus, after: ParticipantStatus
) -> None:
    who, episode = situation(before)
    change = StatusChange(to=after, **NEEDS.get(after, {}))
    if before is after:
        expected = f"Rowan Tessel is already {after.value.replace('_', ' ')}."
    elif before is S.EXITED:
        expected = "Rowan Tessel has exited: they can only return, as referred, in a new episode"
    else:
        expected = f"Rowan Tessel is {before.value.replace('_', ' ')}: from there they can become "
    with pytest.raises(StatusChangeRefused) as refused:
        change_status(participant=who, episodes=[episode], change=change)
    assert str(refused.value).startswith(expected)
    if before is not after and before is not S.EXITED:
        assert str(refused.value).endswith(f", not {after.value.replace('_', ' ')}.")


def test_the_refusal_names_the_steps_that_are_open() -> None:
    who, episode = situation(S.REFERRED)
    with pytest.raises(
        StatusChangeRefused,
        match=r"^Rowan Tessel is referred: from there they can become "
        r"engaged or exited, not active\.$",
    ):
        change_status(participant=who, episodes=[episode], change=StatusChange(to=S.ACTIVE))


@pytest.mark.parametrize(
    ("before", "change", "message"),
    [
        (S.REFERRED, StatusChange(to=S.ENGAGED), "Becoming engaged needs the date of engagement."),
        (S.ACTIVE, StatusChange(to=S.EXITED, exit_date=EXITED_ON), "An exit needs the exit date and where"),
        (
            S.ACTIVE,
            StatusChange(to=S.EXITED, destination=Destination.DECEASED),
            "An exit needs the exit date and where",
        ),
        (S.EXITED, StatusChange(to=S.REFERRED), "A return needs the date of the new referral."),
        (
            S.REFERRED,
            StatusChange(to=S.ENGAGED, engagement_date=REFERRED_ON - timedelta(days=1)),
            "The date of engagement cannot be before the entry date.",
        ),
        (
            S.REFERRED,
            StatusChange(to=S.ENGAGED, engagement_date=local_today() + timedelta(days=3)),
            "The date of engagement cannot be in the future.",
        ),
        (
            S.ACTIVE,
            StatusChange(
                to=S.EXITED, exit_date=ENGAGED_ON - timedelta(days=1), destination=Destination.OTHER
            ),
            "The exit date cannot be before the date of engagement.",
        ),
        (
            S.EXITED,
            StatusChange(to=S.REFERRED, referral_date=EXITED_ON - timedelta(days=1)),
            "A return cannot start before the last episode ended (2025-09-01).",
        ),
    ],
    ids=[
        "engaged-no-date",
        "exit-no-destination",
        "exit-no-date",
        "return-no-date",
        "engaged-before-referral",
        "engaged-in-future",
        "exit-before-engagement",
        "return-before-exit",
    ],
)
def test_a_step_without_what_it_needs_is_refused(
    before: ParticipantStatus, change: StatusChange, message: str
) -> None:
    who, episode = situation(before)
    if before is S.REFERRED:  # no entry date yet: the engagement is checked against the referral
        episode = episode.with_changes(entry_date=REFERRED_ON)
    with pytest.raises(StatusChangeRefused) as refused:
        change_status(participant=who, episodes=[episode], change=change)
    assert str(refused.value).startswith(message)


def test_engaging_sets_the_entry_date_when_none_was_given() -> None:
    who, episode = situation(S.REFERRED)
    plan = change_status(
        participant=who, episodes=[episode], change=StatusChange(to=S.ENGAGED, engagement_date=ENGAGED_ON)
    )
    assert plan.episodes[0].changes == {
        "status": S.ENGAGED,
        "engagement_date": ENGAGED_ON,
        "entry_date": ENGAGED_ON,
    }
    assert plan.participant_changes == {"status": S.ENGAGED, "engaged_on": ENGAGED_ON}


def test_an_exit_records_destination_and_reason_and_the_participant_follows() -> None:
    who, episode = situation(S.IN_THE_WIND)
    change = StatusChange(
        to=S.EXITED,
        exit_date=EXITED_ON,
        destination=Destination.NO_EXIT_INTERVIEW,
        exit_reason=ExitReason.NO_CONTACT,
    )
    plan = change_status(participant=who, episodes=[episode], change=change)
    closed = plan.episodes[0].episode
    assert (closed.exit_date, closed.destination, closed.exit_reason) == (
        EXITED_ON,
        Destination.NO_EXIT_INTERVIEW,
        ExitReason.NO_CONTACT,
    )
    assert plan.participant_changes == {
        "status": S.EXITED,
        "exited_on": EXITED_ON,
        "exit_reason": "no_contact",
    }


def test_a_return_keeps_the_project_unless_told_and_the_old_episode_stays_closed() -> None:
    who, episode = situation(S.EXITED)
    episode = episode.with_changes(project=ProjectType.SERVICES_ONLY)
    back = EXITED_ON + timedelta(days=60)
    plan = change_status(
        participant=who, episodes=[episode], change=StatusChange(to=S.REFERRED, referral_date=back)
    )
    assert plan.episodes[0].episode.project is ProjectType.SERVICES_ONLY
    assert plan.episodes[0].episode.is_open
    # The new episode is the current one from now on; the closed one is history.
    again = change_status(
        participant=who.with_changes(**plan.participant_changes),
        episodes=[episode, plan.episodes[0].episode],
        change=StatusChange(to=S.ENGAGED, engagement_date=back),
    )
    assert again.episodes[0].episode.id == plan.episodes[0].episode.id


def test_two_open_episodes_from_two_laptops_must_be_settled_first() -> None:
    who, episode = situation(S.ACTIVE)
    twin = episode_in(S.REFERRED, who)
    with pytest.raises(StatusChangeRefused, match="more than one open episode"):
        change_status(participant=who, episodes=[episode, twin], change=StatusChange(to=S.INACTIVE))


def test_a_participant_from_before_episodes_gets_the_episode_they_have_been_in() -> None:
    who = person(status=S.ACTIVE, engaged_on=ENGAGED_ON)
    plan = change_status(participant=who, episodes=[], change=StatusChange(to=S.IN_THE_WIND))
    [write] = plan.episodes
    assert write.is_new
    assert (write.episode.status, write.episode.referral_date, write.episode.engagement_date) == (
        S.IN_THE_WIND,
        MADE.date(),
        ENGAGED_ON,
    )
    assert plan.participant_changes == {"status": S.IN_THE_WIND}


def test_an_exited_participant_from_before_episodes_returns_with_both_episodes_written() -> None:
    who = person(status=S.EXITED, engaged_on=ENGAGED_ON, exited_on=EXITED_ON, exit_reason="Moved to Ohio")
    plan = change_status(
        participant=who,
        episodes=[],
        change=StatusChange(to=S.REFERRED, referral_date=EXITED_ON + timedelta(days=9)),
    )
    old, new = (w.episode for w in plan.episodes)
    assert all(w.is_new for w in plan.episodes)
    assert (old.status, old.exit_date, old.destination, old.exit_reason, old.exit_reason_detail) == (
        S.EXITED,
        EXITED_ON,
        Destination.NOT_COLLECTED,
        ExitReason.OTHER,
        "Moved to Ohio",
    )
    assert new.is_open
    assert plan.participant_changes == {
        "status": S.REFERRED,
        "engaged_on": None,
        "exited_on": None,
        "exit_reason": "",
    }


def test_an_engaged_participant_from_before_episodes_without_a_date_is_asked_for_it() -> None:
    who = person(status=S.ENGAGED)
    with pytest.raises(StatusChangeRefused, match="has no date of engagement on record"):
        change_status(participant=who, episodes=[], change=StatusChange(to=S.ACTIVE))
    plan = change_status(
        participant=who, episodes=[], change=StatusChange(to=S.ACTIVE, engagement_date=ENGAGED_ON)
    )
    assert plan.participant_changes == {"status": S.ACTIVE, "engaged_on": ENGAGED_ON}


@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"status": S.EXITED, "engagement_date": ENGAGED_ON, "exit_date": EXITED_ON},
            "needs the destination",
        ),
        ({"status": S.EXITED, "destination": Destination.OTHER}, "needs its exit date"),
        ({"status": S.ACTIVE}, "needs its date of engagement"),
        ({"engagement_date": ENGAGED_ON}, "no longer referred"),
        ({"status": S.ACTIVE, "engagement_date": ENGAGED_ON, "exit_date": EXITED_ON}, "is exited"),
        (
            {"entry_date": REFERRED_ON - timedelta(days=1)},
            "the entry date cannot be before the referral date",
        ),
    ],
)
def test_an_episode_keeps_its_own_rules(values: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Enrollment.model_validate({"participant_id": person().id, "referral_date": REFERRED_ON, **values})


# -- the participant's HMIS fields --------------------------------------------------------------------


def test_a_participant_saved_before_the_hmis_fields_is_still_valid() -> None:
    old = person(date_of_birth=date(1980, 5, 1)).model_dump(mode="json")
    for field in ("dob_data_quality", "additional_race_ethnicity", "veteran_status", "disabling_condition"):
        old.pop(field)
    again = Participant.model_validate(old)
    assert (again.dob_data_quality, again.veteran_status, again.disabling_condition) == (
        None,
        NoYesReason.NOT_COLLECTED,
        NoYesReason.NOT_COLLECTED,
    )
    assert NoYesReason.NOT_COLLECTED.value == "99"  # what an HMIS export carries


def test_the_date_of_births_quality_matches_the_date() -> None:
    person(date_of_birth=date(1980, 5, 1), dob_data_quality=DobDataQuality.APPROXIMATE_OR_PARTIAL)
    person(dob_data_quality=DobDataQuality.PREFERS_NOT_TO_ANSWER)
    with pytest.raises(ValidationError, match="a full or approximate date of birth needs the date itself"):
        person(dob_data_quality=DobDataQuality.FULL)
    with pytest.raises(ValidationError, match="say whether it is full or approximate"):
        person(date_of_birth=date(1980, 5, 1), dob_data_quality=DobDataQuality.NOT_COLLECTED)


def test_the_additional_race_and_ethnicity_detail_is_hmis_sized() -> None:
    assert person(additional_race_ethnicity=" Coast Salish ").additional_race_ethnicity == "Coast Salish"
    with pytest.raises(ValidationError, match="additional_race_ethnicity"):
        person(additional_race_ethnicity="x" * 101)


def test_only_an_exited_participant_has_an_exit_date() -> None:
    with pytest.raises(ValidationError, match="only an exited participant has an exit date"):
        person(status=S.INACTIVE, engaged_on=ENGAGED_ON, exited_on=EXITED_ON)
