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
    COL_LAST_CONTACT,
    COL_NAME,
    COL_STATUS,
    PAGE,
    CaseloadModel,
    OverdueRole,
    ParticipantIdRole,
)


def add_people(store: Store, count: int) -> list[Participant]:
    people = [
        Participant(first_name=f"Given{i:04d}", last_name=f"Family{i:04d}", team_id="north")
        for i in range(count)
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
    store.repos.participants.update(
        people[7].id, {"aliases": ["Sparrow"], "status": ParticipantStatus.ACTIVE}
    )
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
        Contact(
            participant_id=seen.id, occurred_at=datetime.now(UTC) - timedelta(days=3), kind=ContactKind.STREET
        )
    )
    model = CaseloadModel(store, overdue_days=14)
    by_id = {model.data(model.index(r, 0), ParticipantIdRole): r for r in range(model.rowCount())}
    assert model.data(model.index(by_id[seen.id], COL_DAYS)) == "3"
    assert model.data(model.index(by_id[seen.id], 0), OverdueRole) is False
    assert model.data(model.index(by_id[unseen.id], 0), OverdueRole) is True
    model.overdue_days = 2
    assert model.data(model.index(by_id[seen.id], 0), OverdueRole) is True


def test_overdue_follows_the_same_rule_as_the_query(qapp, store: Store) -> None:
    """N days since the last contact is overdue, N - 1 is not: in the flag and in the count alike."""
    in_time, a_day_late, never = add_people(store, 3)
    now = datetime.now(UTC)
    for person, days in ((in_time, 13), (a_day_late, 14)):
        store.repos.contacts.create(
            Contact(participant_id=person.id, occurred_at=now - timedelta(days=days), kind=ContactKind.STREET)
        )
    model = CaseloadModel(store, overdue_days=14)
    flagged = {
        model.data(model.index(r, 0), ParticipantIdRole)
        for r in range(model.rowCount())
        if model.data(model.index(r, 0), OverdueRole)
    }
    assert flagged == {a_day_late.id, never.id}
    assert model.not_seen_count() == 2
    model.set_filter(CaseloadFilter(not_seen_for_days=14))
    assert {model.participant_id(r) for r in range(model.rowCount())} == flagged


def test_labels_tooltips_and_marks(qapp, store: Store) -> None:
    (person,) = add_people(store, 1)
    store.repos.participants.update(
        person.id, {"aliases": ["Sparrow", "Jay"], "status": ParticipantStatus.IN_THE_WIND}
    )
    model = CaseloadModel(store)
    assert model.data(model.index(0, COL_STATUS)) == "In the wind"
    assert model.data(model.index(0, COL_LAST_CONTACT)) == "never"
    assert model.data(model.index(0, COL_DAYS)) == "—"
    assert model.data(model.index(0, COL_NAME), Qt.ItemDataRole.ToolTipRole) == "Also known as: Sparrow, Jay"
    assert model.data(model.index(0, COL_DAYS), Qt.ItemDataRole.ToolTipRole) == "No contact recorded yet"
    assert model.data(model.index(0, COL_NAME), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, COL_STATUS), Qt.ItemDataRole.FontRole) is None


def test_refresh_keeps_the_rows_already_loaded(qapp, store: Store) -> None:
    add_people(store, PAGE * 2 + 5)
    model = CaseloadModel(store)
    model.fetchMore()
    assert model.rowCount() == PAGE * 2
    model.refresh()
    assert model.rowCount() == PAGE * 2  # the view does not jump back to the first page
    assert model.row_of(model.participant_id(PAGE + 3)) == PAGE + 3
    assert model.row_of("not-an-id") == -1


def test_the_sort_is_reported_for_the_header(qapp, store: Store) -> None:
    add_people(store, 3)
    model = CaseloadModel(store)
    model.sort(COL_DAYS, Qt.SortOrder.DescendingOrder)
    assert (model.sort_column, model.descending) == (COL_DAYS, True)


def test_no_contact_is_overdue_with_someone_exited_or_inactive(qapp, store: Store) -> None:
    active, exited, inactive = add_people(store, 3)
    store.repos.participants.update(active.id, {"status": ParticipantStatus.ACTIVE})
    store.repos.participants.update(
        exited.id, {"status": ParticipantStatus.EXITED, "exited_on": datetime.now(UTC).date()}
    )
    store.repos.participants.update(inactive.id, {"status": ParticipantStatus.INACTIVE})
    model = CaseloadModel(store, overdue_days=14)
    flagged = [model.participant_id(r) for r in range(3) if model.data(model.index(r, 0), OverdueRole)]
    assert flagged == [active.id]
    assert model.not_seen_count() == 1
    model.set_filter(CaseloadFilter(statuses=frozenset({ParticipantStatus.EXITED})))
    assert model.not_seen_count() == 0
