"""The caseload item model, tested without a view."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from leaddesk.domain import Contact, Participant
from leaddesk.domain.enums import ContactKind, ParticipantStatus
from leaddesk.storage.repositories.participants import CaseloadFilter
from leaddesk.storage.store import Store
from leaddesk.ui.caseload_model import (
    COL_DAYS,
    COL_NAME,
    PAGE,
    CaseloadModel,
    OverdueRole,
    ParticipantIdRole,
)


def add_people(store: Store, count: int) -> list[Participant]:
    people = [
        Participant(first_name=f"Given{i:04d}", last_name=f"Family{i:04d}", team_id="north") for i in range(count)
    ]
    store.repos.participants.import_records(people)
    return people


def test_rows_load_a_page_at_a_time(qapp, store: Store) -> None:
    add_people(store, PAGE * 2 + 5)
    model = CaseloadModel(store)
    assert model.total == PAGE * 2 + 5
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE * 2 + 5
    assert not model.canFetchMore()
    assert model.data(model.index(0, COL_NAME)) == "Family0000, Given0000"


def test_sorting_and_filtering_run_in_the_query(qapp, store: Store) -> None:
    people = add_people(store, 30)
    store.repos.participants.update(people[7].id, {"aliases": ["Sparrow"], "status": ParticipantStatus.ACTIVE})
    model = CaseloadModel(store)
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, COL_NAME)) == "Family0029, Given0029"
    model.set_filter(CaseloadFilter(text="sparr"))
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0), ParticipantIdRole) == people[7].id
    model.set_filter(CaseloadFilter(statuses=frozenset({ParticipantStatus.REFERRED})))
    assert model.rowCount() == 29


def test_overdue_contact_is_flagged(qapp, store: Store) -> None:
    seen, unseen = add_people(store, 2)
    store.repos.contacts.create(
        Contact(participant_id=seen.id, occurred_at=datetime.now(UTC) - timedelta(days=3), kind=ContactKind.STREET)
    )
    model = CaseloadModel(store, overdue_days=14)
    by_id = {model.data(model.index(r, 0), ParticipantIdRole): r for r in range(model.rowCount())}
    assert model.data(model.index(by_id[seen.id], COL_DAYS)) == "3"
    assert model.data(model.index(by_id[seen.id], 0), OverdueRole) is False
    assert model.data(model.index(by_id[unseen.id], 0), OverdueRole) is True
    model.overdue_days = 2
    assert model.data(model.index(by_id[seen.id], 0), OverdueRole) is True
