"""Officers' referrals waiting for the warm hand-off, over a real encrypted profile: the list (only
officers' referrals still pending, oldest first, with the intake deadline), met / could not locate /
declined with their time (audited, queued for the server, refused when impossible), and a referral for
someone already here offered, refused ("different person") or merged."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from leaddesk.desk import Desk
from leaddesk.desk.handoffs import HandoffRefused
from leaddesk.domain import CaseNote, Participant, Referral
from leaddesk.domain.casework_codes import HandoffOutcome
from leaddesk.domain.duplicates import MatchBasis
from leaddesk.domain.enums import AuditAction, ReferralDoor
from leaddesk.domain.ids import utcnow
from leaddesk.domain.program import DEFAULT_PROGRAM
from leaddesk.storage.store import Store
from tests.officer_referral import arrived, officer_referral

ME = "Casey Morgan"  # the profile's name (tests/conftest.py), the user before any enrolment


def outbox(store: Store) -> list[tuple[str, str, str]]:
    return [(e.entity, e.op, e.record_id) for e in store.repos.outbox.pending()]


def test_the_list_holds_officers_referrals_still_waiting_oldest_first(desk: Desk, store: Store) -> None:
    now = utcnow()
    older = officer_referral(first="Ash", referred_at=now - timedelta(minutes=50))
    newer = officer_referral(
        first="Bo", referred_at=now - timedelta(minutes=5), intake_deadline=date(2031, 1, 2)
    )
    handled = officer_referral(first="Cy")
    for made in (newer, older, handled):
        arrived(store, *made)
    store.repos.referrals.update(
        handled[1].id, {"handoff_outcome": HandoffOutcome.DECLINED, "handoff_outcome_at": now}
    )
    typed_in = store.repos.participants.create(
        Participant(first_name="Di", last_name="Quill", team_id="north")
    )
    store.repos.referrals.create(
        Referral(
            participant_id=typed_in.id, door=ReferralDoor.COMMUNITY, referred_at=now - timedelta(hours=1)
        )
    )
    gone = officer_referral(first="Ed")
    arrived(store, *gone)
    store.repos.participants.delete(gone[0].id)
    store.repos.program.replace(
        version="b" * 32, settings=DEFAULT_PROGRAM.with_changes(intake_deadline_days=14), roster=[]
    )

    waiting = desk.handoffs.waiting()

    assert [w.name for w in waiting] == ["Ash Quill", "Bo Quill"]
    assert [w.id for w in waiting] == [older[1].id, newer[1].id]
    assert waiting[0].intake_deadline == older[1].referred_at.astimezone().date() + timedelta(days=14)
    assert waiting[1].intake_deadline == date(2031, 1, 2)  # the server's, from the program's settings
    assert waiting[0].minutes_waiting(now) == 50
    assert waiting[0].minutes_waiting(now - timedelta(hours=1)) == 0  # a laptop clock behind the server's
    assert [w.offer for w in waiting] == [None, None]  # Ash Quill, Bo Quill and Di Quill are three people


def test_met_is_the_warm_hand_off_and_the_participant_becomes_the_users(desk: Desk, store: Store) -> None:
    stub, referral = officer_referral(referred_at=utcnow() - timedelta(minutes=40))
    arrived(store, stub, referral)
    at = referral.referred_at + timedelta(minutes=21)
    audited = store.repos.audit.count()
    assert desk.caseload.own_count() == 0

    done = desk.handoffs.met(referral.id, at=at)

    marked = done.value
    assert marked.taken_on
    assert marked.case_manager == ME
    assert marked.referral.handoff_outcome is HandoffOutcome.MET
    assert marked.referral.handoff_outcome_at == at
    assert marked.referral.warm_handoff_at == at
    assert marked.referral.warm_handoff_minutes == 21
    assert store.repos.participants.get(stub.id).case_manager == ME
    assert desk.caseload.own_count() == 1  # now among the user's own participants
    assert desk.handoffs.waiting() == []
    assert sorted(outbox(store)) == [("participant", "update", stub.id), ("referral", "update", referral.id)]
    assert store.repos.audit.count() == audited + 2
    assert {"participant", "referral"} <= done.changes.entities
    assert stub.id in done.changes.participant_ids


def test_met_leaves_a_participant_who_has_a_case_manager_with_them(desk: Desk, store: Store) -> None:
    stub, referral = officer_referral()
    arrived(store, stub.with_changes(case_manager="robin"), referral)

    marked = desk.handoffs.met(referral.id).value

    assert not marked.taken_on
    assert marked.case_manager == "robin"
    assert store.repos.participants.get(stub.id).case_manager == "robin"
    assert outbox(store) == [("referral", "update", referral.id)]


@pytest.mark.parametrize("mark", ["not_located", "declined"])
def test_could_not_locate_and_declined_keep_their_time_and_no_hand_off(
    desk: Desk, store: Store, mark: str
) -> None:
    stub, referral = officer_referral(referred_at=utcnow() - timedelta(hours=1))
    arrived(store, stub, referral)
    at = referral.referred_at + timedelta(minutes=45)

    marked = getattr(desk.handoffs, mark)(referral.id, at=at).value

    assert marked.referral.handoff_outcome is HandoffOutcome(mark)
    assert marked.referral.handoff_outcome_at == at
    assert marked.referral.warm_handoff_at is None
    assert not marked.taken_on
    assert store.repos.participants.get(stub.id).case_manager == ""
    assert desk.handoffs.waiting() == []


def test_an_impossible_time_or_a_second_outcome_is_refused_and_changes_nothing(
    desk: Desk, store: Store
) -> None:
    stub, referral = officer_referral()
    arrived(store, stub, referral)

    with pytest.raises(HandoffRefused, match="future"):
        desk.handoffs.met(referral.id, at=utcnow() + timedelta(minutes=30))
    with pytest.raises(HandoffRefused, match="before the officer's referral"):
        desk.handoffs.declined(referral.id, at=referral.referred_at - timedelta(minutes=2))
    assert outbox(store) == []
    assert store.repos.participants.get(stub.id).case_manager == ""

    desk.handoffs.not_located(referral.id)
    with pytest.raises(HandoffRefused, match="already been marked"):
        desk.handoffs.met(referral.id)
    assert store.repos.referrals.get(referral.id).handoff_outcome is HandoffOutcome.NOT_LOCATED
    assert store.repos.participants.get(stub.id).case_manager == ""


def known(store: Store, first: str, last: str, **kw: object) -> Participant:
    values: dict[str, object] = {"team_id": "north", "case_manager": "robin", **kw}
    return store.repos.participants.create(Participant(first_name=first, last_name=last, **values))  # type: ignore[arg-type]


def test_someone_already_here_is_offered_until_said_to_be_someone_else(desk: Desk, store: Store) -> None:
    sunny = known(store, "Sunny", "Reed", aliases=["Jordan Quill"], date_of_birth=date(1979, 3, 14))
    jordan = known(store, "Jordán", "Quill")
    store.repos.program.replace(
        version="c" * 32,
        settings=DEFAULT_PROGRAM,
        roster=[],
    )
    arrived(store, *officer_referral(date_of_birth=date(1979, 3, 14)))

    [waiting] = desk.handoffs.waiting()
    assert waiting.offer is not None
    assert (waiting.offer.match.participant_id, waiting.offer.match.basis) == (
        sunny.id,
        MatchBasis.THEIR_ALIAS,
    )
    assert waiting.offer.match.same_birth_date
    assert (waiting.offer.name, waiting.offer.case_manager) == ("Sunny Reed", "robin")

    desk.handoffs.different_person(waiting.id, sunny.id)
    [waiting] = desk.handoffs.waiting()
    assert waiting.offer is not None
    assert waiting.offer.match.participant_id == jordan.id  # the next one

    desk.handoffs.different_person(waiting.id, jordan.id)
    assert desk.handoffs.waiting()[0].offer is None
    assert outbox(store) == [("participant", "create", sunny.id), ("participant", "create", jordan.id)]


def test_merging_moves_the_referral_to_them_and_leaves_the_stub_as_a_tombstone(
    desk: Desk, store: Store
) -> None:
    jordan = known(store, "Jordan", "Quill", aliases=["JQ"])
    stub, referral = officer_referral(first="jordan", last="QUILL", aliases=("Red",))
    arrived(store, stub, referral)
    store.repos.outbox.acknowledge([e.change_id for e in store.repos.outbox.pending()])

    done = desk.handoffs.merge(referral.id, into=jordan.id)

    moved = done.value
    assert moved.participant_id == jordan.id
    assert moved.id != referral.id
    same = {"id", "participant_id", "created_at", "created_by", "updated_at", "merged_from"}
    assert moved.model_dump(exclude=same) == referral.model_dump(exclude=same)
    assert moved.merged_from == referral.id  # where it came from, for the officer's list to follow
    assert store.repos.referrals.get(referral.id, include_deleted=True).deleted
    assert store.repos.participants.get(stub.id, include_deleted=True).deleted
    assert store.repos.participants.get(jordan.id).aliases == ["JQ", "Red"]  # "jordan QUILL" is their name
    assert sorted(outbox(store)) == sorted(
        [
            ("referral", "create", moved.id),
            ("referral", "delete", referral.id),
            ("participant", "update", jordan.id),
            ("participant", "delete", stub.id),
        ]
    )
    [event] = [e for e in store.repos.audit.events(participant_id=jordan.id) if e.entity_id == stub.id]
    assert event.action == AuditAction.UPDATE
    assert event.detail == f"merged into participant {jordan.id}; referrals moved {referral.id} -> {moved.id}"
    [waiting] = desk.handoffs.waiting()  # still waiting for the hand-off, now on Jordan's record
    assert (waiting.id, waiting.name, waiting.offer) == (moved.id, "Jordan Quill", None)
    assert stub.id in done.changes.participant_ids
    assert jordan.id in done.changes.participant_ids


def test_a_stub_that_holds_more_than_its_referral_is_not_merged(desk: Desk, store: Store) -> None:
    jordan = known(store, "Jordan", "Quill")
    stub, referral = officer_referral()
    arrived(store, stub, referral)
    store.repos.notes.create(CaseNote(participant_id=stub.id, data="Met him at the shelter."))
    waiting = outbox(store)

    with pytest.raises(HandoffRefused, match="more than the referral"):
        desk.handoffs.merge(referral.id, into=jordan.id)
    with pytest.raises(HandoffRefused, match="already on that participant"):
        desk.handoffs.merge(referral.id, into=stub.id)

    assert outbox(store) == waiting
    assert not store.repos.participants.get(stub.id).deleted
    assert store.repos.referrals.get(referral.id).participant_id == stub.id


def test_a_time_given_on_the_laptops_clock_is_the_same_moment(
    desk: Desk, store: Store, pacific: None
) -> None:
    stub, referral = officer_referral(referred_at=datetime(2026, 1, 5, 17, 0, tzinfo=UTC))
    arrived(store, stub, referral)
    nine_twenty = datetime(2026, 1, 5, 9, 20).astimezone()  # Pacific: 17:20 UTC

    marked = desk.handoffs.met(referral.id, at=nine_twenty).value

    assert marked.referral.warm_handoff_minutes == 20
    assert marked.referral.handoff_outcome_at == datetime(2026, 1, 5, 17, 20, tzinfo=UTC)


def test_a_time_given_to_the_minute_of_the_referral_is_the_referrals_time(desk: Desk, store: Store) -> None:
    stub, referral = officer_referral(referred_at=datetime(2026, 1, 5, 17, 0, 40, tzinfo=UTC))
    arrived(store, stub, referral)

    marked = desk.handoffs.met(referral.id, at=datetime(2026, 1, 5, 17, 0, tzinfo=UTC)).value

    assert marked.referral.warm_handoff_at == referral.referred_at
    assert marked.referral.warm_handoff_minutes == 0
