"""The synthetic caseload generator: reproducible, valid, realistic, and free of real-looking data."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest

from leaddesk.demo import phrases
from leaddesk.demo.bundle import usernames
from leaddesk.demo.synthetic import CASELOAD_MAX, ParticipantBundle, generate
from leaddesk.domain import SYNCED_MODELS, SyncedRecord
from leaddesk.domain.enums import (
    ConsentKind,
    Destination,
    DobDataQuality,
    ExitReason,
    LegalEventKind,
    NoYesReason,
    ParticipantStatus,
    RaceEthnicity,
    ReferralDoor,
)
from leaddesk.domain.episodes import participant_fields

TODAY = date(2026, 3, 16)
MIDNIGHT = datetime(2026, 3, 16, tzinfo=UTC)
NOTES_PER_PARTICIPANT = 20
UUID7 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


@pytest.fixture(scope="module")
def caseload() -> list[ParticipantBundle]:
    return list(generate(seed=11, participants=150, notes_per_participant=NOTES_PER_PARTICIPANT, today=TODAY))


def all_records(bundles: list[ParticipantBundle]) -> Iterator[SyncedRecord]:
    for bundle in bundles:
        yield from bundle.records()


# -- determinism -----------------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_caseload_ids_included() -> None:
    first = list(generate(seed=5, participants=30, notes_per_participant=8, today=TODAY))
    second = list(generate(seed=5, participants=30, notes_per_participant=8, today=TODAY))
    assert first == second
    assert [r.id for r in all_records(first)] == [r.id for r in all_records(second)]


def test_a_different_seed_gives_a_different_caseload() -> None:
    first = list(generate(seed=5, participants=10, notes_per_participant=8, today=TODAY))
    other = list(generate(seed=6, participants=10, notes_per_participant=8, today=TODAY))
    assert {r.id for r in all_records(first)}.isdisjoint(r.id for r in all_records(other))
    assert [b.participant.last_name for b in first] != [b.participant.last_name for b in other]


def test_participants_stream_one_at_a_time() -> None:
    started = time.perf_counter()
    bundles = generate(seed=1, participants=100_000, notes_per_participant=50, today=TODAY)
    first = next(bundles)
    # Building 100,000 participants (5 million notes) up front would take minutes, not this.
    assert time.perf_counter() - started < 2.0
    assert first.participant.first_name


# -- validity --------------------------------------------------------------------------------------


def test_every_record_round_trips_through_its_model(caseload: list[ParticipantBundle]) -> None:
    for record in all_records(caseload):
        model = type(record)
        assert model.model_validate(record.model_dump()) == record
        assert model.model_validate_json(record.model_dump_json()) == record


def test_records_come_parents_first(caseload: list[ParticipantBundle]) -> None:
    order = [m.entity for m in SYNCED_MODELS]
    models = ParticipantBundle.MODELS
    assert [order.index(m.entity) for m in models] == sorted(order.index(m.entity) for m in models)
    assert {type(r) for b in caseload for r in b.records()} == set(models)
    for bundle in caseload[:10]:
        positions = [order.index(r.entity) for r in bundle.records()]
        assert positions == sorted(positions)
        assert all(getattr(r, "participant_id", bundle.participant.id) == bundle.participant.id
                   for r in bundle.records())


def test_ids_are_uuid7_from_the_synthetic_creation_time(caseload: list[ParticipantBundle]) -> None:
    records = list(all_records(caseload))
    assert len({r.id for r in records}) == len(records)
    for record in records:
        assert UUID7.match(record.id)
        assert int(record.id[:8] + record.id[9:13], 16) == int(record.created_at.timestamp() * 1000)


def test_nothing_is_dated_after_yesterday_but_court(caseload: list[ParticipantBundle]) -> None:
    for record in all_records(caseload):
        assert record.created_at < MIDNIGHT
        assert record.created_at <= record.updated_at < MIDNIGHT
    upcoming = [e for b in caseload for e in b.legal_events if e.occurred_at > MIDNIGHT]
    assert upcoming
    assert {e.kind for e in upcoming} == {LegalEventKind.COURT_DATE}


# -- realism ---------------------------------------------------------------------------------------


def test_all_doors_and_statuses_occur(caseload: list[ParticipantBundle]) -> None:
    assert {b.referral.door for b in caseload} == set(ReferralDoor)
    statuses = Counter(b.participant.status for b in caseload)
    assert set(statuses) == set(ParticipantStatus)
    assert statuses[ParticipantStatus.ACTIVE] + statuses[ParticipantStatus.ENGAGED] > len(caseload) / 2
    for bundle in caseload:
        p = bundle.participant
        if p.status is ParticipantStatus.EXITED:
            assert p.exited_on is not None
            assert p.exit_reason
            assert p.engaged_on is not None
            assert p.engaged_on <= p.exited_on < TODAY
        else:
            assert p.exited_on is None
            assert not p.exit_reason
        assert (p.engaged_on is None) == (p.status is ParticipantStatus.REFERRED)


def test_each_participant_has_episodes_their_status_follows(caseload: list[ParticipantBundle]) -> None:
    returned = 0
    for bundle in caseload:
        episodes, person = bundle.enrollments, bundle.participant
        assert episodes
        current = episodes[-1]
        # The participant's status fields are a copy of their current episode (domain/episodes.py).
        assert {f: getattr(person, f) for f in participant_fields(current)} == participant_fields(current)
        assert current.referral_date < TODAY
        for earlier, later in pairwise(episodes):
            assert earlier.status is ParticipantStatus.EXITED
            assert earlier.exit_reason is not ExitReason.DIED  # nobody comes back from that
            assert earlier.exit_date is not None
            assert later.referral_date > earlier.exit_date
        returned += len(episodes) > 1 and current.is_open
        for episode in episodes:
            assert (episode.destination is Destination.DECEASED) == (episode.exit_reason is ExitReason.DIED)
    assert 3 <= returned <= len(caseload) / 4  # some came back after an exit; most never left


def test_hmis_answers_are_plausibly_spread(caseload: list[ParticipantBundle]) -> None:
    people = [b.participant for b in caseload]
    veterans = Counter(p.veteran_status for p in people)
    assert 0.02 < veterans[NoYesReason.YES] / len(people) < 0.15
    assert veterans[NoYesReason.NO] > len(people) / 2
    disabled = Counter(p.disabling_condition for p in people)
    assert disabled[NoYesReason.YES] > disabled[NoYesReason.NO] > 0
    quality = Counter(p.dob_data_quality for p in people)
    assert quality[DobDataQuality.FULL] > len(people) / 2
    assert quality[DobDataQuality.APPROXIMATE_OR_PARTIAL] > 0
    assert 0 < sum(not q.has_date for q in quality.elements() if q) < len(people) / 5
    details = [p.additional_race_ethnicity for p in people if p.additional_race_ethnicity]
    assert 0 < len(details) < len(people) / 3


def test_referrals_follow_the_toolkit(caseload: list[ParticipantBundle]) -> None:
    waits = [r.warm_handoff_at - r.referred_at for b in caseload if (r := b.referral).warm_handoff_at]
    assert len(waits) > len(caseload) / 2
    assert sum(wait <= timedelta(minutes=30) for wait in waits) > len(waits) / 2
    assert max(waits) > timedelta(minutes=30)  # not every hand-off makes the ideal
    for bundle in caseload:
        referral = bundle.referral
        assert referral.intake_deadline == referral.referred_at.date() + timedelta(days=30)
        arrested = referral.door is ReferralDoor.ARREST_DIVERSION
        assert (referral.sent_to_prosecutor_on is not None) == arrested
        if arrested:
            assert any(e.kind is LegalEventKind.ARREST and e.case_number for e in bundle.legal_events)


def test_ages_are_adult_and_no_birth_is_in_the_future(caseload: list[ParticipantBundle]) -> None:
    for bundle in caseload:
        born = bundle.participant.date_of_birth
        quality = bundle.participant.dob_data_quality
        assert quality is not None
        assert (born is not None) == quality.has_date  # HMIS 3.03: no date with 8, 9 or 99
        if born is None:
            continue
        assert born < TODAY
        age_at_referral = (bundle.referral.referred_at.date() - born).days / 365.25
        assert 18 <= age_at_referral <= 76


def test_addenda_belong_to_signed_notes_of_the_same_participant(caseload: list[ParticipantBundle]) -> None:
    assert sum(len(b.addenda) for b in caseload) > 10
    for bundle in caseload:
        notes = {n.id: n for n in bundle.notes}
        for addendum in bundle.addenda:
            note = notes[addendum.note_id]
            assert note.signed_at is not None
            assert note.participant_id == addendum.participant_id
            assert addendum.signed_at > note.signed_at


def test_notes_average_the_requested_number_and_most_are_signed(caseload: list[ParticipantBundle]) -> None:
    notes = [n for b in caseload for n in b.notes]
    assert len(notes) / len(caseload) == pytest.approx(NOTES_PER_PARTICIPANT, rel=0.05)
    assert len({len(b.notes) for b in caseload}) > 20  # spread, not the same number for everyone
    signed = [n for n in notes if n.signed_at is not None]
    assert 0.9 < len(signed) / len(notes) < 1
    for bundle in caseload:
        # signed by their case manager, named as people are (the record stores the username)
        signers = {n.signed_by for n in bundle.notes} - {""}
        assert [usernames([s])[0] for s in signers] in ([], [bundle.participant.case_manager])
    assert 0 < sum(n.sensitive_sud for n in notes) < len(notes) * 0.2


def test_a_fractional_average_is_honoured() -> None:
    bundles = list(generate(seed=2, participants=200, notes_per_participant=0.5, today=TODAY))
    assert sum(len(b.notes) for b in bundles) / 200 == pytest.approx(0.5, abs=0.05)


def test_notes_have_varied_text_for_search(caseload: list[ParticipantBundle]) -> None:
    text = " ".join(n.text for b in caseload for n in b.notes).lower()
    for word in ("housing", "methadone", "buprenorphine", "naloxone", "court", "warrant", "id",
                 "snap", "ssi", "shelter", "detox"):
        assert re.search(rf"\b{word}\b", text), word
    assert len(set(re.findall(r"[a-z]+", text))) > 400
    contacts = [c for b in caseload for c in b.contacts]
    assert {c.kind for c in contacts} == {"street", "office", "phone", "court", "jail", "hospital", "shelter"}
    assert all(c.place and c.minutes > 0 for c in contacts)


def test_caseloads_stay_within_the_toolkit_limit(caseload: list[ParticipantBundle]) -> None:
    per_manager = Counter(b.participant.case_manager for b in caseload)
    assert max(per_manager.values()) <= CASELOAD_MAX
    assert len(per_manager) >= len(caseload) / CASELOAD_MAX
    teams = {b.participant.case_manager: b.participant.team_id for b in caseload}
    for bundle in caseload:  # a case manager works in one team
        assert teams[bundle.participant.case_manager] == bundle.participant.team_id
    assert set(teams.values()) == {"north", "south"}


def test_named_case_managers_carry_everyone_or_are_refused() -> None:
    names = ["Ana Velmore", "Bo Quandt-Oro", "Cy Thavane"]
    bundles = list(
        generate(seed=3, participants=60, notes_per_participant=1, case_managers=names, today=TODAY)
    )
    assert Counter(b.participant.case_manager for b in bundles) == dict.fromkeys(usernames(names), 20)
    with pytest.raises(ValueError, match="cannot carry"):
        generate(participants=76, case_managers=names)


@pytest.mark.parametrize(
    "arguments",
    [{"participants": -1}, {"notes_per_participant": -2}, {"teams": ()}, {"participants": 10_000_000}],
)
def test_impossible_requests_are_refused_at_once(arguments: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="participants must be"):
        generate(**arguments)  # type: ignore[arg-type]


def test_needs_plans_housing_tasks_and_consents_hold_together(caseload: list[ParticipantBundle]) -> None:
    overdue = done = 0
    for bundle in caseload:
        assert sorted(n.rank for n in bundle.needs) == list(range(1, len(bundle.needs) + 1))
        assert {g.domain for g in bundle.goals} <= {n.domain for n in bundle.needs}
        assert all(g.goal.startswith("I ") for g in bundle.goals)  # the participant's own words
        days = [h.effective_on for h in bundle.housing]
        assert days == sorted(set(days))
        assert days[0] == bundle.referral.referred_at.date()
        overdue += sum(not t.done and t.due_on is not None and t.due_on < TODAY for t in bundle.tasks)
        done += sum(t.done for t in bundle.tasks)
        for consent in bundle.consents:
            assert consent.signed_by == f"{bundle.participant.first_name} {bundle.participant.last_name}"
            assert consent.expires_on is not None or consent.expiry_event
    assert overdue
    assert done
    kinds = Counter(c.kind for b in caseload for c in b.consents)
    assert kinds[ConsentKind.CRIMINAL_JUSTICE]
    assert kinds[ConsentKind.GENERAL]


# -- nothing real ----------------------------------------------------------------------------------


def test_phone_numbers_are_in_the_fictional_range(caseload: list[ParticipantBundle]) -> None:
    phones = [b.participant.phone for b in caseload if b.participant.phone]
    assert len(phones) > len(caseload) / 3
    assert all(re.fullmatch(r"\(\d{3}\) 555-01\d\d", p) for p in phones)


def test_names_are_built_from_invented_syllables(caseload: list[ParticipantBundle]) -> None:
    for bundle in caseload:
        surname = bundle.participant.last_name.split("-")[0]
        assert surname.startswith(phrases.SURNAME_HEADS)
        assert surname.endswith(phrases.SURNAME_TAILS)
    # No place carries a house number, so no generated place is a street address.
    places = [c.place for b in caseload for c in b.contacts] + [b.referral.place for b in caseload]
    assert not any(re.search(r"\b\d{2,5} [A-Z]", p) for p in places)


def test_not_knowing_or_not_answering_race_stands_alone(caseload: list[ParticipantBundle]) -> None:
    """HMIS 3.04: "doesn't know" and "prefers not to answer" are never recorded beside a race."""
    alone = {RaceEthnicity.DOESNT_KNOW, RaceEthnicity.PREFERS_NOT_TO_ANSWER}
    answers = [bundle.participant.race_ethnicity for bundle in caseload]
    assert all(len(races) == 1 for races in answers if alone & set(races))
    assert any(len(races) == 2 for races in answers)  # some still name two
