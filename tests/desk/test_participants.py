"""Opening a participant's file through the desk: one audited view holding all the page shows at once,
the header's facts by the same overdue rule as the caseload (domain/contact_due.py), and creation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from leaddesk.desk import Desk
from leaddesk.desk.caseload import OVERDUE_DAYS_KEY
from leaddesk.desk.participants import TIMELINE_PAGE
from leaddesk.domain import CaseNote, Contact, Need, Participant, PlanGoal
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import AuditAction, ContactKind, NeedDomain, NeedStatus, ParticipantStatus
from leaddesk.storage.errors import RecordNotFound
from leaddesk.storage.store import Store


def views(store: Store, participant_id: str) -> int:
    return len(store.repos.audit.events(participant_id=participant_id, action=AuditAction.VIEW))


def test_opening_a_file_is_one_audited_view_and_rereading_is_none(
    desk: Desk, store: Store, participant: Participant
) -> None:
    before = views(store, participant.id)
    opened = desk.participants.open_file(participant.id)
    assert opened.participant == participant
    assert views(store, participant.id) == before + 1
    desk.participants.header(participant.id)
    desk.participants.get(participant.id)
    assert views(store, participant.id) == before + 1


def test_the_file_holds_needs_goals_and_the_first_page_of_notes(
    desk: Desk, store: Store, participant: Participant
) -> None:
    pid = participant.id
    repos = store.repos
    met = repos.needs.create(
        Need(participant_id=pid, domain=NeedDomain.ID_DOCUMENTS, rank=1, status=NeedStatus.MET)
    )
    second = repos.needs.create(Need(participant_id=pid, domain=NeedDomain.PHONE, rank=3))
    first = repos.needs.create(Need(participant_id=pid, domain=NeedDomain.HOUSING, rank=2))
    goal = repos.goals.create(
        PlanGoal(participant_id=pid, goal="A place of my own", domain=NeedDomain.HOUSING)
    )
    with store.write():
        notes = [
            repos.notes.create(CaseNote(participant_id=pid, data=f"Note {n}"))
            for n in range(TIMELINE_PAGE + 5)
        ]
    newest = notes[-1]
    repos.notes.sign(newest.id)
    repos.notes.add_addendum(newest.id, "Also: the bus pass came.")
    repos.notes.add_addendum(newest.id, "And the phone.")

    opened = desk.participants.open_file(pid)
    assert [n.id for n in opened.needs] == [first.id, second.id, met.id]  # open by rank, then met
    assert [g.id for g in opened.goals] == [goal.id]
    assert opened.note_count == TIMELINE_PAGE + 5
    assert len(opened.notes) == TIMELINE_PAGE
    assert opened.notes[0].id == newest.id
    assert opened.notes[0].addenda == 2
    assert all(n.addenda == 0 for n in opened.notes[1:])


def test_a_participant_not_on_this_laptop_is_not_found(desk: Desk) -> None:
    with pytest.raises(RecordNotFound):
        desk.participants.open_file("0190aaaa-0000-7000-8000-000000000000")


@pytest.mark.parametrize(
    ("status", "overdue"),
    [
        (ParticipantStatus.ACTIVE, True),
        (ParticipantStatus.IN_THE_WIND, True),
        (ParticipantStatus.INACTIVE, False),  # not expected to be seen: the caseload does not flag them
        (ParticipantStatus.EXITED, False),
    ],
)
def test_never_seen_is_overdue_only_for_whom_contact_is_expected(
    desk: Desk, participant: Participant, status: ParticipantStatus, overdue: bool
) -> None:
    desk.records.update(
        "participant",
        participant.id,
        {"status": status, "exited_on": local_today()}
        if status is ParticipantStatus.EXITED
        else {"status": status},
    )
    facts = desk.participants.header(participant.id)
    assert facts.last_contact is None
    assert facts.days_since_contact is None
    assert facts.overdue is overdue


def test_overdue_counts_calendar_days_against_the_setting(desk: Desk, participant: Participant) -> None:
    seen = datetime.now(UTC) - timedelta(days=20)
    desk.records.create(Contact(participant_id=participant.id, occurred_at=seen, kind=ContactKind.STREET))
    facts = desk.participants.header(participant.id)
    assert facts.days_since_contact == (local_today() - seen.astimezone().date()).days
    assert facts.overdue  # the default: 14 days
    desk.settings.set(OVERDUE_DAYS_KEY, 30)
    assert not desk.participants.header(participant.id).overdue
    desk.settings.set(OVERDUE_DAYS_KEY, "not a number")
    assert desk.participants.header(participant.id).overdue  # back to the default, not a crash


def test_create_reports_the_new_participant(desk: Desk) -> None:
    done = desk.participants.create(Participant(first_name="Remy", last_name="Okafor", team_id="south"))
    assert done.changes.entities == {"participant", "enrollment"}  # with the first episode
    assert done.changes.participant_ids == {done.value.id}
    assert desk.participants.team_ids() == ["south"]
    assert [r.id for r in desk.caseload.matching("rem", limit=5)] == [done.value.id]
    assert desk.caseload.matching("   ", limit=5) == []


def test_progress_is_kept_in_date_order_and_a_bad_entry_writes_nothing(
    desk: Desk, participant: Participant
) -> None:
    goal = desk.records.create(
        PlanGoal(participant_id=participant.id, goal="A place of my own", domain=NeedDomain.HOUSING)
    ).value
    desk.participants.add_progress(goal.id, on=date(2026, 3, 5), text="Viewed a flat")
    done = desk.participants.add_progress(goal.id, on=date(2026, 3, 1), text="Applied")
    assert [e.text for e in done.value.progress] == ["Applied", "Viewed a flat"]
    assert done.changes.record_ids == {goal.id}
    with pytest.raises(ValueError):
        desk.participants.add_progress(goal.id, on=date(2026, 3, 6), text="")
    assert len(desk.participants.goals(participant.id)[0].progress) == 2
