"""Issue 19's hand-offs in the program report, as a supervisor's laptop computes it: a referral met
through Today counts as a warm hand-off (and its referral-to-engagement time as an episode's), one whose
person could not be located or declined counts as a referral without a hand-off, and the officers'
referrals are counted by what came of the hand-off in the warm hand-off table."""

from __future__ import annotations

from datetime import timedelta

import pytest

from leaddesk.desk import Desk
from leaddesk.domain import Participant, Referral
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import ParticipantStatus, ReferralDoor
from leaddesk.domain.episodes import StatusChange
from leaddesk.domain.ids import utcnow
from leaddesk.reports.referrals import HandoffClock
from leaddesk.reports.report_tables import program_tables
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState
from tests.officer_referral import arrived, officer_referral


@pytest.fixture
def supervisor(store: Store) -> Desk:
    user = EnrolledUser(username="pat", display_name="Pat Quinn", role="supervisor", teams=("north",))
    SyncState(store).save_enrolment(
        Enrolment("https://office.test", "d-1", token="t", ca_bundle=None, user=user)
    )
    return Desk(store)


def test_hand_offs_marked_on_today_are_what_the_report_counts(supervisor: Desk, store: Store) -> None:
    desk = supervisor
    referred = utcnow() - timedelta(days=3)
    names = ("Ash", "Bo", "Cy", "Di")
    made = {
        n: officer_referral(first=n, referred_at=referred + timedelta(minutes=i)) for i, n in enumerate(names)
    }
    for stub, referral in made.values():
        arrived(store, stub, referral)
    typed_in = store.repos.participants.create(
        Participant(first_name="Ed", last_name="Reed", team_id="north")
    )
    store.repos.referrals.create(
        Referral(
            participant_id=typed_in.id, door=ReferralDoor.COMMUNITY, referred_at=referred,
            warm_handoff_at=referred + timedelta(minutes=40),
        )
    )  # fmt: skip
    ash, ash_referral = made["Ash"]
    desk.handoffs.met(ash_referral.id, at=ash_referral.referred_at + timedelta(minutes=21))
    desk.handoffs.not_located(made["Bo"][1].id, at=referred + timedelta(minutes=50))
    desk.handoffs.declined(made["Cy"][1].id, at=referred + timedelta(minutes=15))
    engaged_on = local_today() - timedelta(days=1)
    desk.record.change_status(ash.id, StatusChange(to=ParticipantStatus.ENGAGED, engagement_date=engaged_on))

    today = local_today()
    dashboard = desk.reports.dashboard(start=today - timedelta(days=30), end=today)

    assert dashboard.clocks.handoff == HandoffClock(
        referrals=5,
        handed_off=2,  # Ash through Today (21 min) and Ed typed in (40 min); Bo and Cy had none
        within_target=1,
        median_minutes=30.5,
        from_officers=4,
        met=1,
        not_located=1,
        declined=1,
        waiting=1,
    )
    engagement = dashboard.clocks.engagement
    assert (engagement.episodes, engagement.engaged) == (5, 1)
    assert engagement.median_days == (engaged_on - ash_referral.referred_at.astimezone().date()).days
    report = desk.reports.program_report(start=today - timedelta(days=30), end=today)
    [table] = [t for t in program_tables(report) if t.key == "warm_handoff"]
    assert dict(zip(table.columns, table.rows[0], strict=True)) == {
        "Referrals": 5, "Handed off": 2, "Within 30 minutes": 1, "Median minutes": 30.5, "From officers": 4,
        "Met": 1, "Could not locate": 1, "Declined": 1, "Waiting": 1,
    }  # fmt: skip


def test_an_outcome_marked_after_the_period_was_still_waiting_at_its_end(
    supervisor: Desk, store: Store
) -> None:
    stub, referral = officer_referral(referred_at=utcnow() - timedelta(days=10))
    arrived(store, stub, referral)
    supervisor.handoffs.not_located(referral.id)  # today
    today = local_today()

    before = supervisor.reports.dashboard(start=today - timedelta(days=30), end=today - timedelta(days=2))
    now = supervisor.reports.dashboard(start=today - timedelta(days=30), end=today)

    assert (before.clocks.handoff.waiting, before.clocks.handoff.not_located) == (1, 0)
    assert (now.clocks.handoff.waiting, now.clocks.handoff.not_located) == (0, 1)
