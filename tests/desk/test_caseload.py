"""The caseload use cases over a real encrypted profile: pages, counts, scopes and the overdue rule
counted on the laptop's calendar."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from leaddesk.desk import Desk
from leaddesk.desk.caseload import OVERDUE_DAYS_KEY, TEAMS_KEY, CaseloadFilter, CaseloadSort, overdue
from leaddesk.domain import Contact, Participant
from leaddesk.domain.contact_due import DEFAULT_OVERDUE_DAYS
from leaddesk.domain.enums import ContactKind, ParticipantStatus
from leaddesk.storage.store import Store

PACIFIC = timezone(timedelta(hours=-8))
SATURDAY = date(2026, 3, 7)
FRIDAY_EVENING = datetime(2026, 3, 6, 21, 30, tzinfo=PACIFIC)  # Saturday 05:30 in UTC


def person(store: Store, last: str, **values: object) -> Participant:
    fields: dict[str, object] = {"team_id": "north", "status": ParticipantStatus.ACTIVE, **values}
    return store.repos.participants.create(Participant(first_name="Sam", last_name=last, **fields))  # type: ignore[arg-type]


def seen(store: Store, who: Participant, at: datetime) -> None:
    store.repos.contacts.create(Contact(participant_id=who.id, occurred_at=at, kind=ContactKind.STREET))


def test_pages_are_filtered_sorted_and_counted_in_the_query(desk: Desk, store: Store) -> None:
    for last in ("Cole", "Abbot", "Baker"):
        person(store, last)
    pages = desk.caseload.pages(sort=CaseloadSort.NAME, descending=True)
    assert pages.count() == 3
    assert [r.last_name for r in pages.page(offset=0, limit=2)] == ["Cole", "Baker"]
    assert [r.last_name for r in pages.page(offset=2, limit=2)] == ["Abbot"]
    assert desk.caseload.pages(CaseloadFilter(text="bak")).count() == 1


def test_a_contact_late_on_friday_evening_was_yesterday_on_saturday_in_the_list_and_its_filter(
    desk: Desk, store: Store, pacific: None
) -> None:
    late = person(store, "Late")
    seen(store, late, FRIDAY_EVENING)
    (row,) = desk.caseload.pages(CaseloadFilter(today=SATURDAY)).page(offset=0, limit=10)
    assert row.days_since_contact == 1  # counted in UTC it would be 0: the same day
    on_saturday = CaseloadFilter(today=SATURDAY)
    assert desk.caseload.overdue_count(on_saturday, overdue_days=1) == 1
    assert desk.caseload.overdue_count(on_saturday, overdue_days=2) == 0
    assert desk.caseload.pages(overdue(on_saturday, 1)).count() == 1


def test_only_people_expected_to_be_seen_are_counted_overdue(desk: Desk, store: Store) -> None:
    person(store, "Active")
    person(store, "Gone", status=ParticipantStatus.EXITED, exited_on=date(2026, 1, 5))
    person(store, "Resting", status=ParticipantStatus.INACTIVE)
    assert desk.caseload.overdue_count(CaseloadFilter(), overdue_days=14) == 1
    exited = CaseloadFilter(statuses=frozenset({ParticipantStatus.EXITED}))
    assert desk.caseload.overdue_count(exited, overdue_days=14) == 0
    assert desk.caseload.pages(overdue(exited, 14)).count() == 0  # the list agrees with the count


@pytest.mark.parametrize(
    ("stored", "expected"), [(None, DEFAULT_OVERDUE_DAYS), (10, 10), ("21", 21), (0, 1), ("soon", 14)]
)
def test_the_overdue_threshold_is_a_setting_read_safely(desk: Desk, stored: object, expected: int) -> None:
    if stored is not None:
        desk.settings.set(OVERDUE_DAYS_KEY, stored)
    assert desk.caseload.overdue_days() == expected


def test_mine_and_the_team_scope(desk: Desk, store: Store) -> None:
    person(store, "Other", case_manager="Someone Else", team_id="east")
    assert desk.caseload.own_count() == 0
    assert desk.caseload.teams() == frozenset()
    person(store, "Mine", case_manager=desk.user, team_id="south")
    assert desk.caseload.own_count() == 1
    assert desk.caseload.teams() == {"south"}
    desk.settings.set(TEAMS_KEY, ["west", "", 3])
    assert desk.caseload.teams() == {"west"}  # a configured list wins; junk in it is ignored


def test_matching_names_for_a_picker(desk: Desk, store: Store) -> None:
    person(store, "Quill", aliases=["JQ"])
    person(store, "Quince")
    assert [r.last_name for r in desk.caseload.matching("qui", limit=5)] == ["Quill", "Quince"]
    assert [r.last_name for r in desk.caseload.matching("jq", limit=5)] == ["Quill"]
    assert desk.caseload.matching("  ", limit=5) == []
